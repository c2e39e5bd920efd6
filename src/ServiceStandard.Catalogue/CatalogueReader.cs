using System.Data.Common;
using System.Globalization;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The reading side of both stores: the same SQL over the same tables, but for the words of a query, which each store
/// matches and ranks its own way (<see cref="SqliteCatalogue.Plan"/>, <see cref="PostgresCatalogue.Plan"/>).
/// </summary>
internal sealed class CatalogueReader : ICatalogueReader
{
    private readonly DbConnection connection;
    private readonly Func<CatalogueQuery, bool, QueryPlan> plan;
    private readonly Func<DbConnection, CatalogueQuery, CatalogueSearchResult?>? search;
    private readonly FacetMatches? facetMatches;
    private readonly Lazy<IReadOnlyDictionary<string, CatalogueRegion>> regions;

    /// <param name="connection">The open connection, disposed with the reader.</param>
    /// <param name="plan">The plan of a query; false: its rank will not be read (facets, counts).</param>
    /// <param name="search">The store's own search, when it has one for the query (null: the plan's SQL).</param>
    /// <param name="facetMatches">How the store reads a query's matches for facets counted with <see cref="FacetValues"/> (null: the plan's SQL counts them).</param>
    public CatalogueReader(
        DbConnection connection,
        Func<CatalogueQuery, bool, QueryPlan> plan,
        Func<DbConnection, CatalogueQuery, CatalogueSearchResult?>? search = null,
        FacetMatches? facetMatches = null)
    {
        this.facetMatches = facetMatches;
        this.connection = connection;
        this.plan = plan;
        this.search = search;
        regions = new(() => CatalogueRows.Regions(connection));
    }

    public IReadOnlyDictionary<string, CatalogueRegion> Regions => regions.Value;

    public IReadOnlyList<CatalogueLeftOut> LeftOut => LeftOutTable.Of(connection);

    public int Count => CatalogueRows.Count(connection, "items");

    public CatalogueSearchResult Search(CatalogueQuery query)
    {
        if (search?.Invoke(connection, query) is { } found)
        {
            return found;
        }

        var of = plan(query, query.Limit > 0);
        return CatalogueRows.Search(connection, query, of.From, of.Where, of.Rank, sql => of.Command(connection, sql));
    }

    public CatalogueFacets Facets(CatalogueQuery query)
    {
        if (facetMatches is not null && Counted(query, facetMatches) is { } found)
        {
            return found;
        }

        var of = plan(query, false);
        return new CatalogueFacets(
            Facet(of, "i.region_code", "r.name", "JOIN regions r ON r.code = i.region_code"),
            Facet(of, "i.type", null, string.Empty, CatalogueRows.TypeLabel),
            Facet(of, "so.object", null, "JOIN service_objects so ON so.item_id = i.id", CatalogueRows.ObjectLabel),
            Facet(of, "th.theme", null, "JOIN themes th ON th.item_id = i.id"));
    }

    public IEnumerable<CatalogueItem> Items(long? id = null, string? regionCode = null, string? basicCode = null)
    {
        var (where, parameters) = CatalogueRows.ItemFilter(id, regionCode, basicCode);
        return CatalogueRows.Items(connection, regions.Value, where, parameters);
    }

    public IEnumerable<(string Region, string BasicCode, string Name)> Implemented() => CatalogueRows.Implemented(connection);

    public void Dispose() => connection.Dispose();

    /// <summary>
    /// The facets of a query: its matches' ids counted with the catalogue's <see cref="FacetValues"/> (read once per state
    /// of the catalogue), both in one read transaction, so that they are of one state. Null for a catalogue without
    /// <c>meta.state</c> (built before it) or a match not among the values: the plan's SQL counts those.
    /// </summary>
    private CatalogueFacets? Counted(CatalogueQuery query, FacetMatches matches)
    {
        CatalogueRows.Execute(connection, matches.BeginRead);
        try
        {
            if (FacetValues.For(connection) is not { } values)
            {
                return null;
            }

            var names = regions.Value; // read before the matches: a connection runs one command at a time
            if (matches.Sql(query) is not { } of)
            {
                return values.Facets(null, names);
            }

            using var command = of.Plan.Command(connection, of.Sql);
            using var reader = command.ExecuteReader();
            return values.Facets(CatalogueRows.Ids(reader), names);
        }
        finally
        {
            CatalogueRows.Execute(connection, "COMMIT");
        }
    }

    /// <summary>The counts of one facet; a label column is grouped with its key (one name per region code).</summary>
    private IReadOnlyList<FacetCount> Facet(QueryPlan of, string key, string? label, string join, Func<string, string>? labelOf = null)
    {
        using var command = of.Command(connection,
            $"SELECT {key}, {label ?? key}, count(*) FROM {of.From} {join} {of.Where} GROUP BY {key}{(label is null ? string.Empty : ", " + label)} ORDER BY count(*) DESC, {key}");
        return CatalogueRows.Facet(command, labelOf);
    }
}

/// <summary>How a store reads the matches of a query for <see cref="FacetValues"/>.</summary>
/// <param name="BeginRead">The statement that begins a read transaction seeing one state of the catalogue.</param>
/// <param name="Sql">The ids of a query's matches: a plan (its parameters) and the SQL; null for a query of every item.</param>
internal sealed record FacetMatches(string BeginRead, Func<CatalogueQuery, (QueryPlan Plan, string Sql)?> Sql);

/// <summary>The FROM and WHERE clauses of a query and its rank, every value of the user's a parameter (<c>@p0</c>, <c>@p1</c>, ...).</summary>
internal sealed class QueryPlan
{
    private readonly List<(string Name, object? Value)> parameters = [];

    public string From { get; set; } = "items i";

    public string Where { get; private set; } = string.Empty;

    /// <summary>What ranks the matches, lower first (null: nothing, the region decides); ties go by region code, basic code and row.</summary>
    public string? Rank { get; set; }

    /// <summary>Sets the WHERE clause: the conditions of the words, then those of the query's filters.</summary>
    public QueryPlan Filter(CatalogueQuery query, IEnumerable<string> conditions, bool regionArray = false)
    {
        var all = conditions.Concat(CatalogueRows.Filters(query, Add, regionArray)).ToList();
        Where = all.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", all);
        return this;
    }

    /// <summary>The values of the parameters so far.</summary>
    public IReadOnlyList<(string Name, object? Value)> Parameters => parameters;

    public DbCommand Command(DbConnection connection, string sql) => CatalogueRows.Command(connection, sql, [.. parameters]);

    public string Add(object value)
    {
        var name = "@p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }
}
