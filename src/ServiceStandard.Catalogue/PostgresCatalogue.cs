using System.Globalization;
using Npgsql;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The PostgreSQL store of <see cref="ServiceCatalogue"/>, answering as the SQLite store does for the same files: every
/// word a substring of the same text (<c>LIKE</c> through the pg_trgm GIN index for words of 3 characters or more,
/// the array of pairs and characters for shorter ones), ranked by the same BM25 as FTS5's <c>bm25()</c> (the same
/// weights, trigram counts and totals, in the same floating-point steps), ties by region, basic code and row.
/// Connections are pooled (Npgsql): opening one per request is cheap.
/// </summary>
internal static class PostgresCatalogue
{
    /// <summary>FTS5's column weights in <c>bm25(item_text, 10.0, 3.0, 1.0, 2.0, 1.0)</c>: name, materials, conditions, authority, other.</summary>
    private static readonly (string Column, int Weight)[] Weights = [("name", 10), ("materials", 3), ("conditions", 1), ("authority", 2), ("other", 1)];

    public static CatalogueReader Open(string location)
    {
        var display = CatalogueStore.Display(location);
        var connection = PostgresStore.Connect(location, pooling: true);
        try
        {
            var version = PostgresStore.VersionOf(connection);
            if (version != PostgresStore.Version)
            {
                throw new InvalidDataException(version switch
                {
                    0 => $"{display} holds no catalogue; build one with 'svcstd catalogue build --db ...'.",
                    < 0 => $"{display} is not a svcstd catalogue.",
                    _ => $"{display} is a catalogue of layout {version}; build it again with 'svcstd catalogue build'.",
                });
            }

            var opened = connection;
            var reader = new CatalogueReader(connection, (query, ranked) => Plan(query, opened, ranked));
            connection = null;
            return reader;
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidDataException($"{display} cannot be opened as a catalogue: {exception.Message}", exception);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    public static QueryPlan Plan(CatalogueQuery query, NpgsqlConnection connection, bool ranked)
    {
        var plan = new QueryPlan();
        var conditions = new List<string>();
        var text = SearchText.Of(query);

        if (!text.IsEmpty)
        {
            plan.From = "items i JOIN item_text t ON t.item_id = i.id";
        }

        foreach (var word in text.Indexed)
        {
            conditions.Add($"t.search LIKE {plan.Add(SearchText.Contains(SearchText.FoldCase(word)))}");
        }

        if (text.Short.Any())
        {
            conditions.Add($"t.pairs @> {plan.Add(text.Short.ToArray())}::text[]");
        }

        if (ranked && text.Indexed.Count > 0)
        {
            plan.Rank = Bm25(plan, text.Indexed, connection);
        }
        else if (ranked && !text.IsEmpty)
        {
            // As SQLite: more words in the name first, then shorter names.
            var inName = text.Short.Select(word => $"(strpos(translate(i.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), {plan.Add(word)}) > 0)::integer");
            plan.Rank = $"length(i.name) - 1000000 * ({string.Join(" + ", inName)})";
        }

        return plan.Filter(query, conditions);
    }

    /// <summary>
    /// FTS5's <c>bm25()</c> over the indexed words, step for step: per word, the weighted count of its occurrences in
    /// each column (overlapping ones too), the row's trigram count against the average, and the IDF of the rows that
    /// hold it (counted once here, as FTS5 counts them once per query).
    /// </summary>
    private static string Bm25(QueryPlan plan, IReadOnlyList<string> words, NpgsqlConnection connection)
    {
        var hits = string.Join(", ", words.Select((_, k) => $"(SELECT count(*) FROM item_text WHERE search LIKE @w{k})"));
        using var stats = CatalogueRows.Command(
            connection, $"SELECT rows, tokens, {hits} FROM text_stats", [.. words.Select((word, k) => ($"@w{k}", (object?)SearchText.Contains(SearchText.FoldCase(word))))]);
        using var reader = stats.ExecuteReader();
        reader.Read();
        var rows = reader.GetInt64(0);
        var averageLength = (double)reader.GetInt64(1) / rows;
        var terms = new List<string>();
        for (var k = 0; k < words.Count; k++)
        {
            var hit = reader.GetInt64(2 + k);
            var idf = Math.Log((rows - hit + 0.5) / (hit + 0.5));
            if (idf <= 0.0)
            {
                idf = 1e-6;
            }

            var word = SearchText.FoldCase(words[k]);
            var occurrences = string.Join(" + ", Weights.Select(w => $"{w.Weight} * {Occurrences(plan, "t." + w.Column, word)}"));
            var frequency = $"({occurrences})::double precision";
            terms.Add($"{plan.Add(idf)} * (({frequency} * {plan.Add(1.2 + 1.0)}) / ({frequency} + {plan.Add(1.2)} * ({plan.Add(1 - 0.75)} + {plan.Add(0.75)} * t.tokens::double precision / {plan.Add(averageLength)})))");
        }

        return $"{plan.Add(-1.0)} * ({string.Join(" + ", terms)})";
    }

    /// <summary>How often a word occurs in a column, overlapping occurrences counted (as FTS5 counts phrase instances).</summary>
    private static string Occurrences(QueryPlan plan, string column, string word)
    {
        if (SearchText.Overlaps(word))
        {
            // A lookahead matches at every position where the word begins; every ASCII character but a letter or a digit is escaped (a backslash before one stands for itself).
            var literal = string.Concat(word.Select(c => c < 128 && !char.IsAsciiLetterOrDigit(c) ? "\\" + c : c.ToString()));
            return $"regexp_count({column}, {plan.Add("(?=" + literal + ")")})";
        }

        var value = plan.Add(word);
        return $"((length({column}) - length(replace({column}, {value}, ''))) / length({value}))";
    }
}
