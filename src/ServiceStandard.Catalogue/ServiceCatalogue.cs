using ServiceStandard.Scoring;

namespace ServiceStandard.Catalogue;

/// <summary>
/// A catalogue of the service items of many regions, built by <see cref="CatalogueBuilder"/>: found by words
/// (substrings, Chinese or not; the items with the words in their name first), region (with every division under it), item type, service
/// object, online depth and trips to an office. A SQLite file or a PostgreSQL database (see
/// <see cref="CatalogueStore"/>), which answer alike for the same files. Opened read-only; holds the database open
/// until disposed; not safe for use by several threads at once (open one per thread).
/// </summary>
public sealed class ServiceCatalogue : IDisposable
{
    private readonly ICatalogueReader store;

    private ServiceCatalogue(ICatalogueReader store, string path)
    {
        this.store = store;
        Path = path;
    }

    /// <summary>The database file; for PostgreSQL, the database as <see cref="CatalogueStore.Display"/> shows it (never its password).</summary>
    public string Path { get; }

    /// <summary>The regions that have an inventory in the catalogue, by division code.</summary>
    public IReadOnlyList<CatalogueRegion> Regions => store.Regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();

    /// <summary>What the last build left out of its files: items with errors and files that cannot be read, in file order.</summary>
    public IReadOnlyList<CatalogueLeftOut> LeftOut => store.LeftOut;

    /// <summary>The number of items in the catalogue.</summary>
    public int Count => store.Count;

    /// <summary>Opens a catalogue for reading.</summary>
    /// <param name="path">A database written by <see cref="CatalogueBuilder"/>: a SQLite file, or a PostgreSQL URL
    /// (<c>postgres://...</c>) or connection string (<c>Host=...;Database=...</c>), see <see cref="CatalogueStore"/>.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file (or PostgreSQL database) is not a catalogue, or one of another layout
    /// (build it again); or the PostgreSQL server cannot be reached or refuses.</exception>
    public static ServiceCatalogue Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return CatalogueStore.IsPostgres(path)
            ? new ServiceCatalogue(PostgresCatalogue.Open(path), CatalogueStore.Display(path))
            : new ServiceCatalogue(SqliteCatalogue.Open(path), path);
    }

    /// <summary>Finds items by words alone.</summary>
    /// <param name="text">The words (see <see cref="CatalogueQuery.Text"/>).</param>
    public CatalogueSearchResult Search(string text) => Search(new CatalogueQuery { Text = text });

    /// <summary>
    /// Finds items: every word as a substring (words of 3 characters or more through the trigram index,
    /// words of 1 or 2 characters through an index of the pairs of adjacent characters of the same text),
    /// every filter applied; the items with every word in their name first, then the others; within each, shorter
    /// names first, then by region code, basic code and row.
    /// </summary>
    /// <param name="query">Words and filters.</param>
    public CatalogueSearchResult Search(CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "The limit cannot be negative.");
        }

        if (query.Offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "The offset cannot be negative.");
        }

        if (query.TotalLimit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "The total limit cannot be negative.");
        }

        return store.Search(query);
    }

    /// <summary>Counts the items a query matches by region, item type, service object and theme (the query's limit is ignored).</summary>
    /// <param name="query">Words and filters.</param>
    public CatalogueFacets Facets(CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.Facets(query);
    }

    /// <summary>Reads one item whole.</summary>
    /// <param name="id">The <see cref="CatalogueHit.Id"/> of a search result.</param>
    /// <returns>The item, or null when the catalogue has no such item.</returns>
    public CatalogueItem? Item(long id) => store.Items(id: id).FirstOrDefault();

    /// <summary>Reads the item with a basic code in a region (the first imported, should the region list it twice).</summary>
    /// <param name="regionCode">The region's division code.</param>
    /// <param name="basicCode">The item's basic code.</param>
    /// <returns>The item, or null when the region has no such item.</returns>
    public CatalogueItem? Item(string regionCode, string basicCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        ArgumentNullException.ThrowIfNull(basicCode);
        return store.Items(regionCode: regionCode, basicCode: basicCode).FirstOrDefault();
    }

    /// <summary>Every region's implementation of one item, by region code: to see how the same item differs.</summary>
    /// <param name="basicCode">The item's basic code.</param>
    public IReadOnlyList<CatalogueItem> Implementations(string basicCode)
    {
        ArgumentNullException.ThrowIfNull(basicCode);
        return store.Items(basicCode: basicCode).ToArray();
    }

    /// <summary>Every item of the catalogue, by region code and basic code, read one at a time.</summary>
    public IEnumerable<CatalogueItem> Items() => store.Items();

    /// <summary>Which items of a basic catalogue each region implements and which it lacks.</summary>
    /// <param name="basic">The reference list of basic codes.</param>
    public CoverageReport Coverage(BasicCatalogue basic)
    {
        ArgumentNullException.ThrowIfNull(basic);
        var regions = store.Regions;
        var implemented = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var region in regions.Keys)
        {
            implemented[region] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var (region, basicCode, name) in store.Implemented())
        {
            implemented[region].TryAdd(basicCode, name);
        }

        return CoverageReport.Of(basic, regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray(), implemented) with { LeftOut = LeftOut };
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => store.Dispose();
}
