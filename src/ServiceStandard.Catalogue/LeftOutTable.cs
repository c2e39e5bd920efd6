using System.Text.Json;
using System.Data.Common;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The table <c>left_out</c>: what the last build left out of each given file, kept so that an unchanged file (which is
/// not read again) and <see cref="ServiceCatalogue.Coverage"/> can still say it. A reason is stored as its diagnostic
/// code, arguments, pointer and position, and worded again in the language asked for when read.
/// </summary>
internal static class LeftOutTable
{
    private const string Columns = "path, region_code, item, basic_code, code, arguments, pointer, line, \"column\"";

    /// <summary>Replaces what is stored as left out of one file (by its identity, its full path) with <paramref name="leftOut"/>.</summary>
    public static void Replace(DbConnection connection, string identity, IEnumerable<CatalogueLeftOut> leftOut)
    {
        Execute(connection, "DELETE FROM left_out WHERE identity = @identity", ("@identity", identity));
        Add(connection, identity, leftOut);
    }

    /// <summary>
    /// Sets whether a file cannot be read (<paramref name="unreadable"/>: the entry that says so; null: it can be read
    /// again), keeping what its last import left out, since the catalogue keeps that import's items.
    /// </summary>
    public static void SetUnreadable(DbConnection connection, string identity, CatalogueLeftOut? unreadable)
    {
        Execute(connection, "DELETE FROM left_out WHERE identity = @identity AND item IS NULL", ("@identity", identity));
        Add(connection, identity, unreadable is null ? [] : [unreadable]);
    }

    private static void Add(DbConnection connection, string identity, IEnumerable<CatalogueLeftOut> leftOut)
    {
        foreach (var entry in leftOut)
        {
            Execute(
                connection,
                $"INSERT INTO left_out (identity, {Columns}) VALUES (@identity, @path, @region, @item, @basic, @code, @arguments, @pointer, @line, @column)",
                ("@identity", identity), ("@path", entry.File), ("@region", entry.RegionCode), ("@item", entry.Item), ("@basic", entry.BasicCode),
                ("@code", entry.Reason.Code), ("@arguments", Arguments(entry.Reason.Arguments)), ("@pointer", entry.Reason.Path),
                ("@line", entry.Reason.Position?.Line), ("@column", entry.Reason.Position?.Column));
        }
    }

    /// <summary>Forgets what was left out of the files that are not among <paramref name="identities"/>.</summary>
    public static void KeepOnly(DbConnection connection, IReadOnlySet<string> identities)
    {
        foreach (var identity in Read(connection, "SELECT DISTINCT identity FROM left_out", reader => reader.GetString(0)))
        {
            if (!identities.Contains(identity))
            {
                Execute(connection, "DELETE FROM left_out WHERE identity = @identity", ("@identity", identity));
            }
        }
    }

    /// <summary>What is stored as left out of one file, or (no identity) of every file, in file and item order.</summary>
    public static IReadOnlyList<CatalogueLeftOut> Of(DbConnection connection, string? identity = null) =>
        Read(
            connection,
            $"SELECT {Columns} FROM left_out {(identity is null ? string.Empty : "WHERE identity = @identity")} ORDER BY path, item IS NOT NULL, item, id",
            Entry,
            ("@identity", identity));

    private static CatalogueLeftOut Entry(DbDataReader reader)
    {
        int? Number(int column) => reader.IsDBNull(column) ? null : CatalogueRows.Int(reader, column);
        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        var code = reader.GetString(4);
        var descriptor = DiagnosticCatalog.Find(code) ?? throw new InvalidDataException($"The catalogue names a diagnostic code this version does not know: {code}.");
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(reader.GetString(5)))
        {
            foreach (var property in json.RootElement.EnumerateObject())
            {
                arguments[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        var path = reader.GetString(0);
        var position = Number(7) is { } line && Number(8) is { } column ? new SourcePosition(line, column) : (SourcePosition?)null;
        return new CatalogueLeftOut
        {
            File = path,
            RegionCode = Text(1),
            Item = Number(2),
            BasicCode = Text(3),
            Reason = new Diagnostic(descriptor, Severity.Error, reader.GetString(6), position, arguments) { File = path, ItemCode = Text(3) },
        };
    }

    private static string Arguments(IReadOnlyDictionary<string, string> arguments)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in arguments)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<T> Read<T>(DbConnection connection, string sql, Func<DbDataReader, T> row, params (string Name, object? Value)[] parameters) =>
        CatalogueRows.Read(connection, sql, row, parameters);

    private static void Execute(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = CatalogueRows.Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }
}
