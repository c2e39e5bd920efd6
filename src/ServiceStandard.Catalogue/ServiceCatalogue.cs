using System.Globalization;
using Microsoft.Data.Sqlite;
using ServiceStandard.Scoring;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// A catalogue of the service items of many regions, built by <see cref="CatalogueBuilder"/>: found by words
/// (substrings, Chinese or not, ranked by BM25), region (with every division under it), item type, service
/// object, online depth and trips to an office. Opened read-only; holds the database open until disposed; not
/// safe for use by several threads at once (open one per thread).
/// </summary>
public sealed class ServiceCatalogue : IDisposable
{
    private const string HitColumns = """
        i.id, i.basic_code, i.name, i.region_code, r.name, a.name, i.type, i.committed_working_days,
        i.required_materials, i.onsite_visits, i.online_depth, f.path, i.line
        """;

    private const string HitJoins = """
        JOIN regions r ON r.code = i.region_code
        JOIN authorities a ON a.id = i.authority_id
        JOIN files f ON f.id = i.file_id
        """;

    private readonly SqliteConnection connection;
    private readonly Lazy<IReadOnlyDictionary<string, CatalogueRegion>> regions;

    private ServiceCatalogue(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
        regions = new(ReadRegions);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The regions that have an inventory in the catalogue, by division code.</summary>
    public IReadOnlyList<CatalogueRegion> Regions => regions.Value.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();

    /// <summary>What the last build left out of its files: items with errors and files that cannot be read, in file order.</summary>
    public IReadOnlyList<CatalogueLeftOut> LeftOut => LeftOutTable.Of(connection);

    /// <summary>The number of items in the catalogue.</summary>
    public int Count => (int)CatalogueSchema.Scalar<long>(connection, "SELECT count(*) FROM items");

    /// <summary>Opens a catalogue for reading.</summary>
    /// <param name="path">A database written by <see cref="CatalogueBuilder"/>.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a catalogue, or one of another layout (build it again).</exception>
    public static ServiceCatalogue Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
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

            var catalogue = new ServiceCatalogue(connection, path);
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

    /// <summary>Finds items by words alone.</summary>
    /// <param name="text">The words (see <see cref="CatalogueQuery.Text"/>).</param>
    public CatalogueSearchResult Search(string text) => Search(new CatalogueQuery { Text = text });

    /// <summary>
    /// Finds items: every word as a substring (words of 3 characters or more through the trigram index,
    /// words of 1 or 2 characters through an index of the pairs of adjacent characters of the same text),
    /// every filter applied; best matches first (BM25, a hit in the name weighing most; without a
    /// word of 3 characters, items with the words in their name first, shorter names first), then by region
    /// code and basic code.
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

        var plan = QueryPlan.Of(query);
        if (query.Limit == 0)
        {
            return new CatalogueSearchResult(query.Text, CountMatches(plan), []);
        }

        // One pass: the matches are counted and ranked together, and only the best are joined to their region,
        // authority and file.
        using var select = plan.Command(connection, $"""
            WITH matches AS MATERIALIZED (
                SELECT i.id AS id, {plan.Rank} AS rank, i.region_code AS region, i.basic_code AS basic
                FROM {plan.From} {plan.Where}),
            best AS (
                SELECT id, rank, region, basic, count(*) OVER () AS total
                FROM matches
                ORDER BY rank, region, basic, id
                LIMIT {query.Limit.ToString(CultureInfo.InvariantCulture)} OFFSET {query.Offset.ToString(CultureInfo.InvariantCulture)})
            SELECT {HitColumns}, best.total
            FROM best JOIN items i ON i.id = best.id
            {HitJoins}
            ORDER BY best.rank, best.region, best.basic, best.id
            """);
        using var reader = select.ExecuteReader();
        var hits = new List<CatalogueHit>();
        var total = 0;
        while (reader.Read())
        {
            hits.Add(ReadHit(reader));
            total = reader.GetInt32(13);
        }

        // A page past the last match has no row to carry the total: count the matches alone.
        return new CatalogueSearchResult(query.Text, hits.Count == 0 && query.Offset > 0 ? CountMatches(plan) : total, hits);
    }

    private int CountMatches(QueryPlan plan)
    {
        using var count = plan.Command(connection, $"SELECT count(*) FROM {plan.From} {plan.Where}");
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Counts the items a query matches by region, item type, service object and theme (the query's limit is ignored).</summary>
    /// <param name="query">Words and filters.</param>
    public CatalogueFacets Facets(CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = QueryPlan.Of(query);
        return new CatalogueFacets(
            Facet(plan, "i.region_code", "r.name", "JOIN regions r ON r.code = i.region_code"),
            Facet(plan, "i.type", null, string.Empty, token => CodeListCatalog.ItemTypes.TryParse(token, out var type, out _) ? CodeListCatalog.ItemTypes[type].Label : token),
            Facet(plan, "so.object", null, "JOIN service_objects so ON so.item_id = i.id", token => CodeListCatalog.ServiceObjects.TryParse(token, out var o, out _) ? CodeListCatalog.ServiceObjects[o].Label : token),
            Facet(plan, "th.theme", null, "JOIN themes th ON th.item_id = i.id"));
    }

    /// <summary>Reads one item whole.</summary>
    /// <param name="id">The <see cref="CatalogueHit.Id"/> of a search result.</param>
    /// <returns>The item, or null when the catalogue has no such item.</returns>
    public CatalogueItem? Item(long id) => ReadItems("WHERE i.id = $id", ("$id", id)).FirstOrDefault();

    /// <summary>Reads the item with a basic code in a region (the first imported, should the region list it twice).</summary>
    /// <param name="regionCode">The region's division code.</param>
    /// <param name="basicCode">The item's basic code.</param>
    /// <returns>The item, or null when the region has no such item.</returns>
    public CatalogueItem? Item(string regionCode, string basicCode) =>
        ReadItems("WHERE i.region_code = $region AND i.basic_code = $basic", ("$region", regionCode), ("$basic", basicCode)).FirstOrDefault();

    /// <summary>Every region's implementation of one item, by region code: to see how the same item differs.</summary>
    /// <param name="basicCode">The item's basic code.</param>
    public IReadOnlyList<CatalogueItem> Implementations(string basicCode) =>
        ReadItems("WHERE i.basic_code = $basic", ("$basic", basicCode)).ToArray();

    /// <summary>Every item of the catalogue, by region code and basic code, read one at a time.</summary>
    public IEnumerable<CatalogueItem> Items() => ReadItems(string.Empty);

    /// <summary>Which items of a basic catalogue each region implements and which it lacks.</summary>
    /// <param name="basic">The reference list of basic codes.</param>
    public CoverageReport Coverage(BasicCatalogue basic)
    {
        ArgumentNullException.ThrowIfNull(basic);
        var implemented = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var region in regions.Value.Keys)
        {
            implemented[region] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        using (var command = CatalogueSchema.Command(connection, "SELECT region_code, basic_code, name FROM items WHERE status <> 'cancelled' ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                implemented[reader.GetString(0)].TryAdd(reader.GetString(1), reader.GetString(2));
            }
        }

        return CoverageReport.Of(basic, regions.Value.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray(), implemented) with { LeftOut = LeftOut };
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => connection.Dispose();

    private IReadOnlyList<FacetCount> Facet(QueryPlan plan, string key, string? label, string join, Func<string, string>? labelOf = null)
    {
        var sql = $"SELECT {key}, {label ?? key}, count(*) FROM {plan.From} {join} {plan.Where} GROUP BY {key} ORDER BY count(*) DESC, {key}";
        using var command = plan.Command(connection, sql);
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read())
        {
            var value = reader.GetString(0);
            counts.Add(new FacetCount(value, labelOf?.Invoke(value) ?? reader.GetString(1), reader.GetInt32(2)));
        }

        return counts;
    }

    private IEnumerable<CatalogueItem> ReadItems(string where, params (string Name, object? Value)[] parameters)
    {
        using var command = CatalogueSchema.Command(
            connection, $"SELECT {HitColumns}, d.json FROM items i {HitJoins} JOIN documents d ON d.item_id = i.id {where} ORDER BY i.region_code, i.basic_code, i.id", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var hit = ReadHit(reader);
            var document = reader.GetString(13);
            yield return new CatalogueItem
            {
                Summary = hit,
                Item = ItemDocument.Read(document),
                Document = document,
                Region = regions.Value[hit.Region.Code],
            };
        }
    }

    private static CatalogueHit ReadHit(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        BasicCode = reader.GetString(1),
        Name = reader.GetString(2),
        Region = new Region { Code = reader.GetString(3), Name = reader.GetString(4) },
        Authority = reader.GetString(5),
        Type = CodeListCatalog.ItemTypes.TryParse(reader.GetString(6), out var type, out _) ? type : default,
        CommittedWorkingDays = reader.IsDBNull(7) ? null : Math.Round((decimal)reader.GetDouble(7), 2, MidpointRounding.AwayFromZero),
        Materials = reader.GetInt32(8),
        OnsiteVisits = reader.IsDBNull(9) ? null : reader.GetInt32(9),
        OnlineDepth = reader.IsDBNull(10) ? null : reader.GetInt32(10),
        File = reader.GetString(11),
        Line = reader.IsDBNull(12) ? null : reader.GetInt32(12),
    };

    private Dictionary<string, CatalogueRegion> ReadRegions()
    {
        var result = new Dictionary<string, CatalogueRegion>(StringComparer.Ordinal);
        using var command = CatalogueSchema.Command(connection, """
            SELECT r.code, r.name, r.full_name, r.level, r.province_code, r.province_name, r.city_code, r.city_name,
                   (SELECT count(*) FROM items WHERE region_code = r.code)
            FROM regions r
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Region? Ancestor(int column) =>
                reader.IsDBNull(column) ? null : new Region { Code = reader.GetString(column), Name = reader.GetString(column + 1) };
            result[reader.GetString(0)] = new CatalogueRegion
            {
                Code = reader.GetString(0),
                Name = reader.GetString(1),
                FullName = reader.GetString(2),
                Level = RegionChain.LevelOf(reader.GetString(3)),
                Province = Ancestor(4),
                City = Ancestor(6),
                Items = reader.GetInt32(8),
            };
        }

        return result;
    }

    /// <summary>The FROM and WHERE clauses of a query, every value of the user's a parameter.</summary>
    private sealed class QueryPlan
    {
        private readonly List<(string Name, object? Value)> parameters = [];

        private QueryPlan()
        {
        }

        public string From { get; private set; } = "items i";

        public string Where { get; private set; } = string.Empty;

        /// <summary>What ranks the matches, lower first; ties go by region code, basic code and row.</summary>
        public string Rank { get; private set; } = "0";

        public static QueryPlan Of(CatalogueQuery query)
        {
            var plan = new QueryPlan();
            var conditions = new List<string>();
            var text = SearchText.Parse(query.Text);
            if (text.Indexed.Count + text.Pairs.Count + text.Singles.Count > CatalogueQuery.MaxWords)
            {
                throw new ArgumentException($"A search takes at most {CatalogueQuery.MaxWords} distinct words; this one has {text.Indexed.Count + text.Pairs.Count + text.Singles.Count}.", nameof(query));
            }
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

            if (query.Region is { } region)
            {
                conditions.Add($"i.region_code IN (SELECT code FROM region_ancestors WHERE ancestor = {plan.Add(region)})");
            }

            if (query.Type is { } type)
            {
                conditions.Add($"i.type = {plan.Add(CodeListCatalog.ItemTypes[type].Token)}");
            }

            if (query.ServiceObject is { } serviceObject)
            {
                conditions.Add($"EXISTS (SELECT 1 FROM service_objects o WHERE o.item_id = i.id AND o.object = {plan.Add(CodeListCatalog.ServiceObjects[serviceObject].Token)})");
            }

            if (query.OnlineOnly)
            {
                conditions.Add("i.online_depth = 4");
            }

            if (query.MaxVisits is { } visits)
            {
                conditions.Add($"i.onsite_visits <= {plan.Add(visits)}");
            }

            plan.Where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
            return plan;
        }

        public SqliteCommand Command(SqliteConnection connection, string sql) => CatalogueSchema.Command(connection, sql, [.. parameters]);

        private string Add(object value)
        {
            var name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            return name;
        }
    }
}
