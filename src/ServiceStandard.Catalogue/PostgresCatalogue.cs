using System.Globalization;
using System.Text;
using System.Data.Common;
using Npgsql;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The PostgreSQL store of <see cref="ServiceCatalogue"/>, answering as the SQLite store does for the same files: every
/// word a substring of the same text (<c>LIKE</c> through the pg_trgm GIN index for words of 3 characters or more,
/// the keys of pairs and characters for shorter ones, and the keys of the filters), in the order of
/// <see cref="SearchOrder"/> (every word in the name first, then shorter names), ties by region, basic code and row.
/// A search is one prepared statement over the partitions of <c>item_search</c> (<see cref="PostgresStore.Partitions"/>),
/// then the hits of its page. Connections are pooled (Npgsql): opening one per request is cheap, and a pooled
/// connection keeps its prepared statements.
/// </summary>
internal static class PostgresCatalogue
{
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

            var reader = new CatalogueReader(connection, (query, _) => Plan(query), Search, new FacetMatches("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", FacetMatches));
            connection = null;
            return reader;
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidDataException($"{display} cannot be opened as a catalogue: {PostgresStore.Reason(exception)}", exception);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>
    /// The ids of a query's matches for its facets (see <see cref="FacetValues"/>): those of <see cref="Plan"/>, from
    /// <c>item_search</c> alone when the query has words and no filter (at a million items, 营业执照: 1.27 s with the join
    /// to <c>items</c>, 0.42 s without); null for a query of every item. Four grouped counts that each matched the query
    /// again took 2.5 s for the empty query and 9.2 s for 许可 at a million items; with the values 0.02 s and 0.59 s.
    /// </summary>
    private static (QueryPlan Plan, string Sql)? FacetMatches(CatalogueQuery query)
    {
        var plan = Plan(query);
        if (plan.Where.Length == 0)
        {
            return null;
        }

        var wordsAlone = Plan(query with { Text = string.Empty }).Where.Length == 0;
        return (plan, wordsAlone ? $"SELECT s.item_id FROM item_search s {plan.Where}" : $"SELECT i.id FROM {plan.From} {plan.Where}");
    }

    /// <summary>The plan of a query over <c>items</c> (facets; a query without words, listed by region).</summary>
    public static QueryPlan Plan(CatalogueQuery query)
    {
        var plan = new QueryPlan();
        var conditions = new List<string>();
        var text = SearchText.Of(query);
        if (!text.IsEmpty)
        {
            plan.From = "items i JOIN item_search s ON s.item_id = i.id";
        }

        foreach (var word in text.Indexed)
        {
            conditions.Add($"s.search LIKE {plan.Add(SearchText.Contains(SearchText.FoldCase(word)))}");
        }

        if (text.Short.Any())
        {
            conditions.Add($"s.keys @> {plan.Add(text.Short.ToArray())}::text[]");
        }

        return plan.Filter(query, conditions, regionArray: true);
    }

    /// <summary>
    /// A search with words, in <c>item_search</c> alone: the matches counted (up to the query's limit: the partitions are
    /// read in order and the count stops at the limit), then the page in search order, the items with every word in
    /// their name first (found by their names' keys), then the others; each read in order of the partitions, so that
    /// the server stops at the partition that completes the page. Null for a query without words (the plan lists it by
    /// region).
    /// </summary>
    public static CatalogueSearchResult? Search(DbConnection connection, CatalogueQuery query)
    {
        var text = SearchText.Of(query);
        if (text.IsEmpty)
        {
            return null;
        }

        var plan = new QueryPlan();
        var paired = text.Indexed.Where(ByPairs).ToList();
        var likes = text.Indexed.Select(word => plan.Add(SearchText.Contains(SearchText.FoldCase(word)))).ToList();
        var conditions = text.Indexed.Select((word, i) => paired.Contains(word) ? $"(s.search || '') LIKE {likes[i]}" : $"s.search LIKE {likes[i]}").ToList();
        string[] keys = [.. text.Short, .. paired.SelectMany(SearchText.Parts).Distinct(StringComparer.Ordinal), .. ItemRow.FilterKeys(query)];
        if (keys.Length > 0)
        {
            conditions.Add($"s.keys @> {plan.Add(keys)}::text[]");
        }

        var others = new List<string>();
        if (query.Theme is { } theme)
        {
            others.Add($"EXISTS (SELECT 1 FROM themes t WHERE t.item_id = s.item_id AND t.theme = {plan.Add(theme)})");
        }

        if (query.MaxVisits is { } visits)
        {
            others.Add($"EXISTS (SELECT 1 FROM items i WHERE i.id = s.item_id AND i.onsite_visits <= {plan.Add(visits)})");
        }

        var where = string.Join(" AND ", conditions.Concat(others));
        var limit = query.TotalLimit is { } most ? $"LIMIT {plan.Add(most + 1)}" : string.Empty;
        var need = query.Offset + query.Limit;
        var inName = string.Join(" AND ", text.All.Select(word =>
            $"strpos(translate(s.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), {plan.Add(word)}) > 0"));
        var count = plan.Add(need);

        // The items with every word in their name are found by their names' keys (with the short words' and the
        // filters'), the only condition their index can answer (the LIKE of a longer word is checked on those rows, not
        // looked up: a word of the materials in most items, in few names, would read most of the trigram index).
        var named = string.Join(" AND ", new[] { $"s.keys @> {plan.Add(keys.Concat(text.NameExpression.Split(' ')).ToArray())}::text[]" }
            .Concat(likes.Select(like => $"(s.search || '') LIKE {like}")).Concat(others).Append(inName));
        var page = string.Join("\nUNION ALL ", new[] { named, $"{where} AND NOT ({inName})" }.SelectMany(tier =>
            PostgresStore.PartitionNames.Select(partition =>
                $"(SELECT s.item_id FROM {partition} s WHERE {tier} ORDER BY s.region_code, s.basic_code, s.item_id LIMIT {count})")));

        // One statement: the count (the partitions read in order until the limit), and the page (the partitions of the
        // items with every word in their name, then those of the others, each the first rows of its partition in order:
        // the server runs them one after the other and stops when the page is full).
        using var command = plan.Command(connection, $"""
            SELECT (SELECT count(*) FROM (SELECT 1 FROM item_search s WHERE {where} {limit}) m),
                   ARRAY(SELECT item_id FROM ({page}) p LIMIT {count})
            """);
        if (text.All.Count() <= PreparedWords)
        {
            command.Prepare();
        }

        using var reader = command.ExecuteReader();
        reader.Read();
        var total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        var ids = (long[])reader.GetValue(1);
        reader.Close();
        var exact = query.TotalLimit is not { } cap || total <= cap;
        total = exact ? total : query.TotalLimit!.Value;
        return new(query.Text, total, query.Limit == 0 ? [] : CatalogueRows.Hits(connection, [.. ids.Skip(query.Offset).Take(query.Limit)])) { TotalIsExact = exact };
    }

    /// <summary>
    /// Searches of up to this many words are prepared (each number of words and kind of word and filter is a statement of
    /// its own, which every pooled session keeps with its plan); longer ones, rare, are planned each time, so that
    /// nobody can fill the server's memory with plans by varying the number of words up to <see cref="CatalogueQuery.MaxWords"/>.
    /// </summary>
    private const int PreparedWords = 4;

    /// <summary>
    /// True for a word that pg_trgm cannot look up well and whose pairs are among the keys of every text that holds it:
    /// pg_trgm makes trigrams of runs of letters and digits only, so a word with punctuation (发（分) gives it next to
    /// nothing to look up, and the server would check most rows; its character pairs (all of them in the keys of a
    /// text that holds the word) find it instead. Only for a word of characters that lower-casing never makes from
    /// another (no cased letter, no mark; Chinese characters, digits, punctuation), since the keys are not folded as the
    /// text the LIKE reads is.
    /// </summary>
    private static bool ByPairs(string word) =>
        word.EnumerateRunes().Any(rune => !Rune.IsLetterOrDigit(rune))
        && word.EnumerateRunes().All(rune => Rune.ToLowerInvariant(rune) == rune && Rune.ToUpperInvariant(rune) == rune
            && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned));
}
