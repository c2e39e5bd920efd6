using System.Collections.Frozen;

namespace ServiceStandard.Divisions;

/// <summary>
/// The GB/T 2260 division codes of the mainland (2023 statistical codes, provinces, cities and counties),
/// embedded in the library. Loaded once, on first use; safe to share between threads.
/// </summary>
public static class DivisionTable
{
    private static readonly Lazy<FrozenDictionary<string, Division>> Table = new(Load);

    /// <summary>The number of divisions in the table.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>Every division, in no particular order.</summary>
    public static IEnumerable<Division> All => Table.Value.Values;

    /// <summary>Finds a division by its 6-digit code.</summary>
    /// <param name="code">A division code such as <c>330400</c>.</param>
    /// <returns>The division, or <see langword="null"/> when the code is not in the table.</returns>
    public static Division? Find(string code) => Table.Value.GetValueOrDefault(code);

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies under it.</summary>
    /// <param name="code">A division code.</param>
    /// <param name="ancestor">A division code, such as a province's.</param>
    public static bool IsWithin(string code, string ancestor)
    {
        for (var current = Find(code); current is not null; current = current.ParentCode is { } parent ? Find(parent) : null)
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
        for (var current = Find(code); current is not null; current = current.ParentCode is { } parent ? Find(parent) : null)
        {
            if (current.Name is not ("市辖区" or "县"))
            {
                names.Insert(0, current.Name);
            }
        }

        return names.Count == 0 ? null : string.Concat(names);
    }

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
