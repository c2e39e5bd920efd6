using System.Globalization;
using System.Data.Common;
using Npgsql;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The PostgreSQL store of <see cref="ServiceCatalogue"/>, answering as the SQLite store does for the same files: every
/// word a substring of the same text (<c>LIKE</c> through the pg_trgm GIN index for words of 3 characters or more,
/// the array of pairs and characters for shorter ones), in the order of <see cref="SearchOrder"/> (every word in the
/// name first, then shorter names), ties by region, basic code and row.
/// Connections are pooled (Npgsql): opening one per request is cheap.
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

            // A catalogue built before the search order has not its indexes (its next build makes them): it is searched
            // by the plan's SQL, every match ranked, until then.
            var ordered = PostgresStore.Scalar<long>(connection,
                "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname = 'name_keys' AND n.nspname = current_schema()") > 0;
            var reader = new CatalogueReader(connection, (query, ranked) => Plan(query, ranked), ordered ? Search : null);
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

    public static QueryPlan Plan(CatalogueQuery query, bool ranked)
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

        if (ranked && !text.IsEmpty)
        {
            // As SQLite (SearchOrder): the items with every word in their name first, then shorter names.
            plan.Rank = $"(CASE WHEN {InName(text, plan)} THEN 0 ELSE 64 END) + {NameLength}";
        }

        return plan.Filter(query, conditions, regionArray: true);
    }

    /// <summary>
    /// A search with words: the matches counted, then the first page read in search order through the index
    /// <c>items_search_order</c> (the items with every word in their name, then the others), so that the server stops at
    /// the page's last item rather than rank every match. Null for a query without words (the plan lists it by region).
    /// </summary>
    public static CatalogueSearchResult? Search(DbConnection connection, CatalogueQuery query)
    {
        var text = SearchText.Of(query);
        if (text.IsEmpty)
        {
            return null;
        }

        var plan = Plan(query, ranked: false);
        var (total, exact) = CatalogueRows.Total(query, $"SELECT 1 FROM {plan.From} {plan.Where}", sql => plan.Command(connection, sql));
        var need = query.Offset + query.Limit;
        if (query.Limit == 0 || (exact && query.Offset >= total))
        {
            return new CatalogueSearchResult(query.Text, total, []) { TotalIsExact = exact };
        }

        var inName = InName(text, plan);
        var rank = $"(CASE WHEN {inName} THEN 0 ELSE 1 END), {NameLength}, i.region_code, i.basic_code, i.id";
        var few = Math.Min(FewMatches, query.TotalLimit ?? FewMatches);
        if (exact && total <= few)
        {
            // Few matches: rank them all (the server reads each match once).
            return Result(query, total, exact, connection, Ids(plan, connection, string.Empty, rank, need));
        }

        // Many matches: the items with every word in their name first. When few names hold the words, they are found
        // through items_name_keys and ranked; else, and for the others, the server walks items_search_order and stops
        // at the page's last item. (PostgreSQL cannot tell these cases apart by its estimates: the counts decide.)
        var parts = plan.Add(text.NameParts);
        var names = CatalogueRows.Total(
            query with { TotalLimit = few },
            $"SELECT 1 FROM items i WHERE name_keys(i.name) @> {parts}::text[] AND {inName}",
            sql => plan.Command(connection, sql));
        var ordered = $"{NameLength}, i.region_code, i.basic_code, i.id";
        var ids = Ids(plan, connection, names.Exact ? $"AND name_keys(i.name) @> {parts}::text[] AND {inName}" : $"AND {inName}", ordered, need);
        if (ids.Count < need)
        {
            ids.AddRange(Ids(plan, connection, $"AND NOT ({inName})", ordered, need - ids.Count));
        }

        return Result(query, total, exact, connection, ids);
    }

    private static CatalogueSearchResult Result(CatalogueQuery query, int total, bool exact, DbConnection connection, List<long> ids) =>
        new(query.Text, total, CatalogueRows.Hits(connection, ids.Skip(query.Offset).Take(query.Limit).ToList())) { TotalIsExact = exact };

    /// <summary>The characters of the name that rank it, at most <see cref="SearchOrder.MaxNameLength"/> (the expression of the index items_search_order).</summary>
    private const string NameLength = "least(length(i.name), 63)";

    /// <summary>SQL that is true when the item's name (A to Z lower-cased) holds every word.</summary>
    private static string InName(SearchText text, QueryPlan plan) =>
        string.Join(" AND ", text.All.Select(word => $"strpos(translate(i.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), {plan.Add(word)}) > 0"));

    /// <summary>Up to this many matches (or names holding the words; at most the query's total limit) are ranked all at once.</summary>
    private const int FewMatches = 2_000;

    /// <summary>The first <paramref name="count"/> ids of the plan's matches that meet <paramref name="condition"/>, in that order.</summary>
    private static List<long> Ids(QueryPlan plan, DbConnection connection, string condition, string order, int count) => CatalogueRows.Read(
        connection,
        $"SELECT i.id FROM {plan.From} {plan.Where} {condition} ORDER BY {order} LIMIT {count.ToString(CultureInfo.InvariantCulture)}",
        r => r.GetInt64(0),
        [.. plan.Parameters]);
}
