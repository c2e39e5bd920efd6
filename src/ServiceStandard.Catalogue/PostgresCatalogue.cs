using System.Globalization;
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

            var opened = connection;
            var reader = new CatalogueReader(connection, (query, ranked) => Plan(query, ranked));
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
            var inName = text.All.Select(word => $"strpos(translate(i.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), {plan.Add(word)}) > 0");
            plan.Rank = $"(CASE WHEN {string.Join(" AND ", inName)} THEN 0 ELSE 64 END) + least(length(i.name), {SearchOrder.MaxNameLength})";
        }

        return plan.Filter(query, conditions);
    }
}
