using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The SQLite store of <see cref="ServiceCatalogue"/>: words of 3 characters or more matched through the FTS5 trigram
/// index, shorter ones, the filters and the words of each name through the key index (see <see cref="SearchText"/>);
/// results in the order of <see cref="SearchOrder"/>, read in id order from the key index.
/// </summary>
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

            var catalogue = new CatalogueReader(connection, (query, _) => Plan(query), Search, new FacetMatches("BEGIN", FacetMatches));
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

    /// <summary>
    /// The plan of a query (facets, and a search without words): words of 3 characters or more through the trigram
    /// index, shorter ones through the key index; ranked as <see cref="SearchOrder"/> says.
    /// </summary>
    public static QueryPlan Plan(CatalogueQuery query)
    {
        var plan = new QueryPlan();
        var conditions = new List<string>();
        var text = SearchText.Of(query);
        if (text.Indexed.Count > 0)
        {
            conditions.Add($"i.id IN (SELECT rowid FROM item_text WHERE item_text MATCH {plan.Add(text.MatchExpression)})");
        }

        if (text.Short.Any())
        {
            conditions.Add($"i.id IN (SELECT rowid FROM item_pairs WHERE item_pairs MATCH {plan.Add(text.PairExpression)})");
        }

        if (!text.IsEmpty)
        {
            plan.Rank = $"(CASE WHEN {InName(text, plan)} THEN 0 ELSE 64 END) + {SearchOrder.NameLength}";
        }

        return plan.Filter(query, conditions);
    }

    /// <summary>
    /// A search with words, from the indexes in id order: the total counted in the indexes, then the items with every word
    /// in their name in id order until the page is full (and the bucket of its last item complete), then the others.
    /// Null for a query without words (the plan's SQL lists it by region).
    /// </summary>
    public static CatalogueSearchResult? Search(DbConnection connection, CatalogueQuery query)
    {
        var text = SearchText.Of(query);
        if (text.IsEmpty)
        {
            return null;
        }

        var (plan, keys, from, match, conditions) = Matches(query, text);
        var (total, exact) = CatalogueRows.Total(query, $"SELECT 1 FROM {from}{Items(query)} WHERE {match}{conditions}", sql => plan.Command(connection, sql));
        var need = query.Offset + query.Limit;
        if (query.Limit == 0 || (exact && query.Offset >= total))
        {
            return new CatalogueSearchResult(query.Text, total, []) { TotalIsExact = exact };
        }

        var inName = InName(text, plan);
        var names = plan.Add(string.Join(' ', keys.Skip(text.Short.Any() ? 1 : 0).Prepend(text.NameExpression)));
        var first = Ordered(plan.Command(connection,
            $"SELECT x.rowid, i.basic_code FROM item_pairs x JOIN items i ON i.id = x.rowid WHERE item_pairs MATCH {names} AND {inName}{conditions} ORDER BY x.rowid"), need);
        var ids = first;
        if (ids.Count < need)
        {
            var rest = Ordered(plan.Command(connection,
                $"SELECT x.rowid, i.basic_code FROM {from} JOIN items i ON i.id = x.rowid WHERE {match} AND NOT ({inName}){conditions} ORDER BY x.rowid"), need - ids.Count);
            ids = [.. ids, .. rest];
        }

        return new CatalogueSearchResult(query.Text, total, CatalogueRows.Hits(connection, ids.Skip(query.Offset).Take(query.Limit).ToList())) { TotalIsExact = exact };
    }

    /// <summary>
    /// The matches of a query with words, from the indexes: the FROM (one index as <c>x</c>, driving in id order) and the
    /// condition, the keys of the short words and filters, and the conditions on trips to an office (over <c>items i</c>) and on a theme.
    /// </summary>
    private static (QueryPlan Plan, List<string> Keys, string From, string Match, string Conditions) Matches(CatalogueQuery query, SearchText text)
    {
        var keys = new List<string>();
        if (text.Short.Any())
        {
            keys.Add(text.PairExpression);
        }

        keys.AddRange(ItemRow.FilterKeys(query));
        var plan = new QueryPlan();
        var conditions = query.MaxVisits is { } most ? $" AND i.onsite_visits <= {plan.Add(most)}" : string.Empty;
        if (query.Theme is { } theme)
        {
            // Themes are not keys of the index: a match is looked up in its table (the filter narrows; it is not a facet).
            conditions += $" AND EXISTS (SELECT 1 FROM themes tf WHERE tf.item_id = x.rowid AND tf.theme = {plan.Add(theme)})";
        }

        var indexed = text.Indexed.Count > 0 ? plan.Add(text.MatchExpression) : null;
        var keyed = keys.Count > 0 ? plan.Add(string.Join(' ', keys)) : null;

        // One index drives, in id order; the other, when both are needed, is a set (the + keeps SQLite from looking
        // each of its ids up in the driving index with the MATCH again, which is a hundred times slower).
        var (from, match) = (indexed, keyed) switch
        {
            (null, _) => ("item_pairs x", $"item_pairs MATCH {keyed}"),
            (_, null) => ("item_text x", $"item_text MATCH {indexed}"),
            _ => ("item_text x", $"item_text MATCH {indexed} AND +x.rowid IN (SELECT rowid FROM item_pairs WHERE item_pairs MATCH {keyed})"),
        };
        return (plan, keys, from, match, conditions);
    }

    /// <summary>
    /// The ids of a query's matches for its facets: from the indexes when it has words or a filter of the key index (region,
    /// type, service object, online), else by the plan's filters over <c>items</c>; null for a query of every item.
    /// </summary>
    private static (QueryPlan Plan, string Sql)? FacetMatches(CatalogueQuery query)
    {
        var text = SearchText.Of(query);
        if (!text.IsEmpty || ItemRow.FilterKeys(query).Any())
        {
            var (plan, _, from, match, conditions) = Matches(query, text);
            return (plan, $"SELECT x.rowid FROM {from}{Items(query)} WHERE {match}{conditions}");
        }

        var filtered = Plan(query);
        return filtered.Where.Length == 0 ? null : (filtered, $"SELECT i.id FROM {filtered.From} {filtered.Where}");
    }

    /// <summary>The join to <c>items</c> that a condition on trips to an office needs.</summary>
    private static string Items(CatalogueQuery query) => query.MaxVisits is null ? string.Empty : " JOIN items i ON i.id = x.rowid";

    /// <summary>SQL that is true when the item's name (A to Z lower-cased) holds every word.</summary>
    private static string InName(SearchText text, QueryPlan plan) =>
        string.Join(" AND ", text.All.Select(word => $"instr(lower(i.name), {plan.Add(word)}) > 0"));

    /// <summary>
    /// Reads (id, basic code) rows in id order until at least <paramref name="need"/> are read and the bucket of the last one
    /// is complete; returns them ordered by bucket, basic code and id.
    /// </summary>
    private static List<long> Ordered(DbCommand command, int need)
    {
        var rows = new List<(long Id, string Basic)>();
        using (command)
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (rows.Count >= need && SearchOrder.Bucket(id) != SearchOrder.Bucket(rows[^1].Id))
                {
                    break;
                }

                rows.Add((id, reader.GetString(1)));
            }
        }

        rows.Sort((a, b) =>
        {
            var order = SearchOrder.Bucket(a.Id).CompareTo(SearchOrder.Bucket(b.Id));
            order = order != 0 ? order : string.CompareOrdinal(a.Basic, b.Basic);
            return order != 0 ? order : a.Id.CompareTo(b.Id);
        });
        return rows.Select(r => r.Id).ToList();
    }
}
