using System.IO.Compression;
using System.Xml.Linq;

namespace ServiceStandard.Tests.Support;

/// <summary>
/// Reads a written .xlsx back with the zip and XML readers alone (not the product's reader): sheet names in order, each
/// sheet's cells with their type, its frozen rows and column widths.
/// </summary>
internal sealed class WorkbookCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Package = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, SheetCells> sheets = new(StringComparer.Ordinal);

    public WorkbookCells(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var strings = Part("xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToArray();
        var targets = Part("xl/_rels/workbook.xml.rels").Root!.Elements(Package + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var names = new List<string>();
        foreach (var sheet in Part("xl/workbook.xml").Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var name = (string)sheet.Attribute("name")!;
            names.Add(name);
            sheets[name] = new SheetCells(Part("xl/" + targets[(string)sheet.Attribute(Relationships + "id")!]), strings);
        }

        Names = names;
    }

    public IReadOnlyList<string> Names { get; }

    public SheetCells this[string name] => sheets[name];

    public static WorkbookCells Of(Action<Stream> write)
    {
        using var memory = new MemoryStream();
        write(memory);
        return new WorkbookCells(memory.ToArray());
    }
}

/// <summary>A cell as written: <c>s</c> (text), <c>n</c> (number), <c>date</c> (a number in the date style); its value.</summary>
internal readonly record struct ReadCell(string Type, string Value)
{
    public override string ToString() => $"{Type}:{Value}";
}

/// <summary>One sheet's cells by reference (A1), its frozen rows and its column widths.</summary>
internal sealed class SheetCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public SheetCells(XDocument sheet, IReadOnlyList<string> strings)
    {
        var root = sheet.Root!;
        FrozenRows = (int?)root.Descendants(Main + "pane").FirstOrDefault(p => (string?)p.Attribute("state") == "frozen")?.Attribute("ySplit") ?? 0;
        Widths = root.Descendants(Main + "col").Select(c => (double)c.Attribute("width")!).ToArray();
        foreach (var c in root.Descendants(Main + "c"))
        {
            var value = (string?)c.Element(Main + "v") ?? string.Empty;
            var type = (string?)c.Attribute("t");
            Cells[(string)c.Attribute("r")!] = type switch
            {
                "s" => new ReadCell("s", strings[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)]),
                null => new ReadCell((string?)c.Attribute("s") == "2" ? "date" : "n", value),
                _ => new ReadCell(type, value),
            };
        }

        Rows = root.Descendants(Main + "row").Count();
    }

    public Dictionary<string, ReadCell> Cells { get; } = new(StringComparer.Ordinal);

    public int FrozenRows { get; }

    public IReadOnlyList<double> Widths { get; }

    /// <summary>How many rows hold a cell (the header included).</summary>
    public int Rows { get; }

    /// <summary>The texts of row <paramref name="row"/> (1-based), an empty cell as "".</summary>
    public string[] Row(int row, int columns) =>
        [.. Enumerable.Range(1, columns).Select(c => Cells.TryGetValue($"{(char)('A' + c - 1)}{row}", out var cell) ? cell.Value : string.Empty)];

    public ReadCell? this[string reference] => Cells.TryGetValue(reference, out var cell) ? cell : null;
}
