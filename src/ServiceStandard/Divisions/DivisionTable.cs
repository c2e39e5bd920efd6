using System.Collections.Frozen;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Divisions;

/// <summary>
/// The GB/T 2260 division codes of the mainland (2023 statistical codes, provinces, cities and counties),
/// embedded in the library. Loaded once, on first use; safe to share between threads. Divisions created after the
/// table's date are added with <see cref="Use"/> (from a file: <see cref="Read"/>).
/// </summary>
public static class DivisionTable
{
    private static readonly Lazy<FrozenDictionary<string, Division>> Table = new(Load);

    /// <summary>Divisions added for the current flow of work (<see cref="Use"/>): a command, a request, a test.</summary>
    private static readonly AsyncLocal<FrozenDictionary<string, Division>?> Added = new();

    /// <summary>The date the built-in table was cut off: the 2023 statistical division codes (统计用区划代码), as of 2023-06-30.</summary>
    public static DateOnly Date { get; } = new(2023, 6, 30);

    /// <summary>
    /// Adds divisions to the table, or replaces those with the same code, for the current flow of work (this thread and
    /// the tasks it starts) until the returned scope is disposed: a county created after <see cref="Date"/>.
    /// </summary>
    /// <param name="divisions">The divisions to add, such as those <see cref="Read"/> gives.</param>
    /// <returns>The scope; dispose it to return to the table as it was.</returns>
    public static IDisposable Use(IEnumerable<Division> divisions)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        var previous = Added.Value;
        var merged = previous is null ? new Dictionary<string, Division>(StringComparer.Ordinal) : new Dictionary<string, Division>(previous, StringComparer.Ordinal);
        foreach (var division in divisions)
        {
            merged[division.Code] = division;
        }

        Added.Value = merged.ToFrozenDictionary(StringComparer.Ordinal);
        return new Scope(previous);
    }

    /// <summary>
    /// Reads divisions to add from a CSV file of <c>code,name</c> lines (the built-in table's first two columns; a header
    /// line and further columns are allowed). A division's level and parent follow from its code: <c>xx0000</c> a
    /// province, <c>xxxx00</c> a city under it, any other a county under its city, or under its province where the
    /// city is not known (a county-level city directly under a province). Problems are diagnostics (SS1306), never exceptions.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="diagnostics">The problems found, each with its line; empty when the file is sound.</param>
    /// <returns>The divisions, or <see langword="null"/> when the file has errors.</returns>
    public static IReadOnlyList<Division>? Read(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var divisions = new List<Division>();
        // Read as every side file is: bounded (a device file is refused, not read to the end), BOM stripped, GB18030 detected.
        if (DocumentTree.ReadUtf8(path, bag) is not { } utf8)
        {
            diagnostics = bag.Items;
            return null;
        }

        foreach (var (fields, line) in Csv.Rows(System.Text.Encoding.UTF8.GetString(utf8.Span)))
        {
            var code = fields[0].Trim();
            if (line == 1 && code.Equals("code", StringComparison.OrdinalIgnoreCase) || fields.All(f => f.Trim().Length == 0))
            {
                continue; // the header, or an empty line
            }

            var name = fields.Count > 1 ? fields[1].Trim() : string.Empty;
            if (code.Length != 6 || !code.All(char.IsAsciiDigit) || code == "000000" || name.Length == 0)
            {
                bag.Add(DiagnosticCatalog.InvalidDivisions, string.Empty, new SourcePosition(line, 1), null, ("value", string.Join(",", fields)));
                continue;
            }

            divisions.Add(new Division(code, name, LevelOf(code), null));
        }

        diagnostics = bag.Items;
        if (bag.ErrorCount > 0)
        {
            return null;
        }

        // Parents once every line is read: a county may come before its new city.
        var codes = divisions.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        return divisions.Select(d => d with { ParentCode = ParentOf(d.Code, d.Level, c => codes.Contains(c) || Find(c) is not null) }).ToArray();
    }

    private static DivisionLevel LevelOf(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? DivisionLevel.Province
        : code.EndsWith("00", StringComparison.Ordinal) ? DivisionLevel.City
        : DivisionLevel.County;

    private static string? ParentOf(string code, DivisionLevel level, Func<string, bool> known) => level switch
    {
        DivisionLevel.Province => null,
        DivisionLevel.City => code[..2] + "0000",
        _ => known(code[..4] + "00") ? code[..4] + "00" : code[..2] + "0000",
    };

    private sealed class Scope(FrozenDictionary<string, Division>? previous) : IDisposable
    {
        public void Dispose() => Added.Value = previous;
    }

    /// <summary>The number of divisions in the table.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>Every division, in no particular order.</summary>
    public static IEnumerable<Division> All => Table.Value.Values;

    /// <summary>Finds a division by its 6-digit code.</summary>
    /// <param name="code">A division code such as <c>330400</c>.</param>
    /// <returns>The division, or <see langword="null"/> when the code is not in the table.</returns>
    public static Division? Find(string code) =>
        Added.Value is { } added && added.TryGetValue(code, out var division) ? division : Table.Value.GetValueOrDefault(code);

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies under it.</summary>
    /// <param name="code">A division code.</param>
    /// <param name="ancestor">A division code, such as a province's.</param>
    public static bool IsWithin(string code, string ancestor)
    {
        for (var current = Find(code); current is not null; current = ParentOf(current))
        {
            if (current.Code == ancestor)
            {
                return true;
            }
        }

        // Codes not in the table (historical divisions) fall back on the code's own prefix structure.
        return ancestor.EndsWith("0000", StringComparison.Ordinal) ? code.StartsWith(ancestor[..2], StringComparison.Ordinal)
            : ancestor.EndsWith("00", StringComparison.Ordinal) ? code.StartsWith(ancestor[..4], StringComparison.Ordinal)
            : code == ancestor;
    }

    /// <summary>The division and its ancestors' names joined, province first (e.g. 陕西省宝鸡市太白县).</summary>
    /// <param name="code">A division code.</param>
    /// <returns>The full name, or <see langword="null"/> when the code is not in the table.</returns>
    public static string? FullName(string code)
    {
        var names = new List<string>();
        for (var current = Find(code); current is not null; current = ParentOf(current))
        {
            if (current.Name is not ("市辖区" or "县"))
            {
                names.Insert(0, current.Name);
            }
        }

        return names.Count == 0 ? null : string.Concat(names);
    }

    /// <summary>
    /// The division above <paramref name="division"/>, or <see langword="null"/> at the top. A parent is always of a higher
    /// level; one that is not (a division named as its own parent, or two naming each other, possible among divisions
    /// added with <see cref="Use"/>) is none, so that no walk up the table loops.
    /// </summary>
    /// <param name="division">A division of the table.</param>
    internal static Division? ParentOf(Division division) =>
        division.ParentCode is { } code && Find(code) is { } parent && parent.Level < division.Level ? parent : null;

    private static FrozenDictionary<string, Division> Load()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream("ServiceStandard.Divisions.divisions.csv")
            ?? throw new InvalidOperationException("The embedded GB/T 2260 table is missing.");
        using var reader = new StreamReader(stream);
        var divisions = new Dictionary<string, Division>(4096, StringComparer.Ordinal);
        reader.ReadLine(); // header: code,name,level,parent
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (fields[3] == fields[0])
            {
                // A city with no counties (东莞市 441900, 中山市 442000, 儋州市 460400) is listed again as its own county,
                // with itself as parent: the city row is the division; the second would make every walk up from it loop.
                continue;
            }

            var level = fields[2] switch
            {
                "province" => DivisionLevel.Province,
                "city" => DivisionLevel.City,
                _ => DivisionLevel.County,
            };
            divisions[fields[0]] = new Division(fields[0], fields[1], level, fields[3].Length == 0 ? null : fields[3]);
        }

        return divisions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
