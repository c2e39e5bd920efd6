using System.Data.Common;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The SQL and the reading of rows that both stores (SQLite and PostgreSQL) share: their tables have the same names and
/// columns, and <c>@name</c> parameters read the same in both.
/// </summary>
internal static class CatalogueRows
{
    /// <summary>The columns of a <see cref="CatalogueHit"/>, in the order <see cref="Hit"/> reads them.</summary>
    public const string HitColumns = """
        i.id, i.basic_code, i.name, i.region_code, r.name, a.name, i.type, i.committed_working_days,
        i.required_materials, i.onsite_visits, i.online_depth, f.path, i.line
        """;

    public const string HitJoins = """
        JOIN regions r ON r.code = i.region_code
        JOIN authorities a ON a.id = i.authority_id
        JOIN files f ON f.id = i.file_id
        """;

    /// <summary>Runs a statement with its parameters; the rows it changed.</summary>
    public static int Execute(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or the default of <typeparamref name="T"/> for none or NULL.</summary>
    public static T? Scalar<T>(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static List<T> Read<T>(DbConnection connection, string sql, Func<DbDataReader, T> row, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>An integer column or count, whichever width the store gives it.</summary>
    public static int Int(DbDataReader reader, int column) => Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    public static CatalogueHit Hit(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        BasicCode = reader.GetString(1),
        Name = reader.GetString(2),
        Region = new Region { Code = reader.GetString(3), Name = reader.GetString(4) },
        Authority = reader.GetString(5),
        Type = CodeListCatalog.ItemTypes.TryParse(reader.GetString(6), out var type, out _) ? type : default,
        CommittedWorkingDays = reader.IsDBNull(7) ? null : Math.Round((decimal)reader.GetDouble(7), 2, MidpointRounding.AwayFromZero),
        Materials = Int(reader, 8),
        OnsiteVisits = reader.IsDBNull(9) ? null : Int(reader, 9),
        OnlineDepth = reader.IsDBNull(10) ? null : Int(reader, 10),
        File = reader.GetString(11),
        Line = reader.IsDBNull(12) ? null : Int(reader, 12),
    };

    /// <summary>
    /// A search by the plan's SQL (a query without words: ranked by region): the matches counted (up to the query's
    /// <see cref="CatalogueQuery.TotalLimit"/>), then the page's ids in order, then their hits.
    /// <paramref name="command"/> makes a command of SQL with the plan's parameters.
    /// </summary>
    public static CatalogueSearchResult Search(DbConnection connection, CatalogueQuery query, string from, string where, string? rank, Func<string, DbCommand> command)
    {
        var (total, exact) = Total(query, $"SELECT 1 FROM {from} {where}", command);
        if (query.Limit == 0 || (exact && query.Offset >= total))
        {
            return new CatalogueSearchResult(query.Text, total, []) { TotalIsExact = exact };
        }

        var ids = new List<long>();
        using (var select = command($"""
            SELECT i.id FROM {from} {where}
            ORDER BY {(rank is null ? string.Empty : rank + ", ")}i.region_code, i.basic_code, i.id
            LIMIT {query.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} OFFSET {query.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture)}
            """))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        return new CatalogueSearchResult(query.Text, total, Hits(connection, ids)) { TotalIsExact = exact };
    }

    /// <summary>
    /// The number of rows <paramref name="matches"/> (a SELECT) gives, counted up to the query's
    /// <see cref="CatalogueQuery.TotalLimit"/> (the count stops there: a lower bound, not exact), or all of them.
    /// </summary>
    public static (int Total, bool Exact) Total(CatalogueQuery query, string matches, Func<string, DbCommand> command)
    {
        using var count = command(query.TotalLimit is { } limit
            ? $"SELECT count(*) FROM ({matches} LIMIT {(limit + 1L).ToString(System.Globalization.CultureInfo.InvariantCulture)}) m"
            : $"SELECT count(*) FROM ({matches}) m");
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return total > query.TotalLimit ? (query.TotalLimit.Value, false) : (total, true);
    }

    /// <summary>The hits of these item ids, in the order given.</summary>
    public static List<CatalogueHit> Hits(DbConnection connection, IReadOnlyList<long> ids)
    {
        var hits = new Dictionary<long, CatalogueHit>();
        if (ids.Count > 0)
        {
            using var select = Command(connection,
                $"SELECT {HitColumns} FROM items i {HitJoins} WHERE i.id IN ({string.Join(", ", ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var hit = Hit(reader);
                hits[hit.Id] = hit;
            }
        }

        return ids.Select(id => hits[id]).ToList();
    }

    /// <summary>Whole items, by region code, basic code and row; <paramref name="where"/> is empty or a WHERE clause over <c>i</c>.</summary>
    public static IEnumerable<CatalogueItem> Items(
        DbConnection connection, IReadOnlyDictionary<string, CatalogueRegion> regions, string where, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(
            connection, $"SELECT {HitColumns}, d.json FROM items i {HitJoins} JOIN documents d ON d.item_id = i.id {where} ORDER BY i.region_code, i.basic_code, i.id", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var hit = Hit(reader);
            var document = reader.GetString(13);
            yield return new CatalogueItem
            {
                Summary = hit,
                Item = ItemDocument.Read(document),
                Document = document,
                Region = regions[hit.Region.Code],
            };
        }
    }

    /// <summary>The WHERE clause and parameters of <see cref="ICatalogueReader.Items"/>.</summary>
    public static (string Where, (string Name, object? Value)[] Parameters) ItemFilter(long? id, string? regionCode, string? basicCode) =>
        id is { } row ? ("WHERE i.id = @id", [("@id", row)])
        : regionCode is not null ? ("WHERE i.region_code = @region AND i.basic_code = @basic", [("@region", regionCode), ("@basic", basicCode)])
        : basicCode is not null ? ("WHERE i.basic_code = @basic", [("@basic", basicCode)])
        : (string.Empty, []);

    public static IEnumerable<(string Region, string BasicCode, string Name)> Implemented(DbConnection connection)
    {
        using var command = Command(connection, "SELECT region_code, basic_code, name FROM items WHERE status <> 'cancelled' ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }
    }

    public static int Count(DbConnection connection, string table)
    {
        using var command = Command(connection, $"SELECT count(*) FROM {table}");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, CatalogueRegion> Regions(DbConnection connection)
    {
        var result = new Dictionary<string, CatalogueRegion>(StringComparer.Ordinal);
        foreach (var region in Read(connection, """
            SELECT r.code, r.name, r.full_name, r.level, r.province_code, r.province_name, r.city_code, r.city_name,
                   (SELECT count(*) FROM items WHERE region_code = r.code)
            FROM regions r
            """, Region))
        {
            result[region.Code] = region;
        }

        return result;
    }

    /// <summary>The first column of every row, as ids, read as they are enumerated.</summary>
    public static IEnumerable<long> Ids(DbDataReader reader)
    {
        while (reader.Read())
        {
            yield return reader.GetInt64(0);
        }
    }

    /// <summary>The counts of one facet: <c>(value, label, count)</c> rows, largest first.</summary>
    public static IReadOnlyList<FacetCount> Facet(DbCommand command, Func<string, string>? labelOf)
    {
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read())
        {
            var value = reader.GetString(0);
            counts.Add(new FacetCount(value, labelOf?.Invoke(value) ?? reader.GetString(1), Int(reader, 2)));
        }

        return counts;
    }

    /// <summary>The conditions of a query's filters over <c>i</c> (items), each value made a parameter by <paramref name="add"/>.</summary>
    /// <param name="query">The query.</param>
    /// <param name="add">Makes a value a parameter.</param>
    /// <param name="regionArray">
    /// PostgreSQL: the region codes as an array (<c>= ANY (ARRAY(...))</c>), which the planner looks up in
    /// <c>items_region</c> code by code; as <c>IN (SELECT ...)</c> it hash-joins every item (a province: 199 against 13 ms).
    /// </param>
    public static IEnumerable<string> Filters(CatalogueQuery query, Func<object, string> add, bool regionArray = false)
    {
        if (query.Region is { } region)
        {
            yield return regionArray
                ? $"i.region_code = ANY (ARRAY(SELECT code FROM region_ancestors WHERE ancestor = {add(region)}))"
                : $"i.region_code IN (SELECT code FROM region_ancestors WHERE ancestor = {add(region)})";
        }

        if (query.Type is { } type)
        {
            yield return $"i.type = {add(CodeListCatalog.ItemTypes[type].Token)}";
        }

        if (query.ServiceObject is { } serviceObject)
        {
            yield return $"EXISTS (SELECT 1 FROM service_objects o WHERE o.item_id = i.id AND o.object = {add(CodeListCatalog.ServiceObjects[serviceObject].Token)})";
        }

        if (query.Theme is { } theme)
        {
            yield return $"EXISTS (SELECT 1 FROM themes t WHERE t.item_id = i.id AND t.theme = {add(theme)})";
        }

        if (query.OnlineOnly)
        {
            yield return "i.online_depth = 4";
        }

        if (query.MaxVisits is { } visits)
        {
            yield return $"i.onsite_visits <= {add(visits)}";
        }
    }

    /// <summary>The label of an item type token.</summary>
    public static string TypeLabel(string token) => CodeListCatalog.ItemTypes.TryParse(token, out var type, out _) ? CodeListCatalog.ItemTypes[type].Label : token;

    /// <summary>The label of a service object token.</summary>
    public static string ObjectLabel(string token) => CodeListCatalog.ServiceObjects.TryParse(token, out var o, out _) ? CodeListCatalog.ServiceObjects[o].Label : token;

    private static CatalogueRegion Region(DbDataReader reader)
    {
        Region? Ancestor(int column) =>
            reader.IsDBNull(column) ? null : new Region { Code = reader.GetString(column), Name = reader.GetString(column + 1) };
        return new CatalogueRegion
        {
            Code = reader.GetString(0),
            Name = reader.GetString(1),
            FullName = reader.GetString(2),
            Level = RegionChain.LevelOf(reader.GetString(3)),
            Province = Ancestor(4),
            City = Ancestor(6),
            Items = Int(reader, 8),
        };
    }
}
