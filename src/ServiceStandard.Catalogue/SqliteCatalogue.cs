using Microsoft.Data.Sqlite;

namespace ServiceStandard.Catalogue;

/// <summary>The SQLite store of <see cref="ServiceCatalogue"/>: words matched through FTS5 (trigrams ranked by BM25, pairs of characters).</summary>
internal static class SqliteCatalogue
{
    /// <summary>Opens a catalogue file for reading.</summary>
    public static CatalogueReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no catalogue at {path}.", path);
        }

        SqliteConnection? connection = null;
        try
        {
            connection = CatalogueSchema.Connect(path, SqliteOpenMode.ReadOnly);
            var version = CatalogueSchema.VersionOf(connection);
            if (version != CatalogueSchema.Version)
            {
                throw new InvalidDataException(version < 0
                    ? $"{path} is not a svcstd catalogue."
                    : $"{path} is a catalogue of layout {version}; build it again with 'svcstd catalogue build'.");
            }

            var catalogue = new CatalogueReader(connection, (query, _) => Plan(query));
            connection = null;
            return catalogue;
        }
        catch (SqliteException exception)
        {
            throw CatalogueSchema.CannotOpen(path, exception, string.Empty);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>The plan of a query: words of 3 characters or more through the trigram index (BM25), shorter ones through the pair index.</summary>
    public static QueryPlan Plan(CatalogueQuery query)
    {
        var plan = new QueryPlan();
        var conditions = new List<string>();
        var text = SearchText.Of(query);
        if (text.Indexed.Count > 0)
        {
            plan.From = "items i JOIN item_text ON item_text.rowid = i.id";
            conditions.Add("item_text MATCH " + plan.Add(text.MatchExpression));
            plan.Rank = "bm25(item_text, 10.0, 3.0, 1.0, 2.0, 1.0)";
        }

        if (text.Short.Any())
        {
            conditions.Add($"i.id IN (SELECT rowid FROM item_pairs WHERE item_pairs MATCH {plan.Add(text.PairExpression)})");
        }

        if (text.Indexed.Count == 0 && !text.IsEmpty)
        {
            // No BM25 without a word of 3 characters: more words in the name first, then shorter names.
            var inName = text.Short.Select(word => $"(instr(lower(i.name), {plan.Add(word)}) > 0)");
            plan.Rank = $"length(i.name) - 1000000 * ({string.Join(" + ", inName)})";
        }

        return plan.Filter(query, conditions);
    }
}
