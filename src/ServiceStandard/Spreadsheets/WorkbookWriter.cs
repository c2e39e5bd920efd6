using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using ServiceStandard.Loading.Spreadsheets;

namespace ServiceStandard.Spreadsheets;

/// <summary>A value to write in a cell.</summary>
internal readonly record struct CellValue
{
    public string Text { get; init; }

    public CellKind Kind { get; init; }

    /// <summary>A formula (without <c>=</c>) whose cached value is <see cref="Text"/>; only tests write one.</summary>
    public string? Formula { get; init; }

    /// <summary>Written with the date style: <see cref="Text"/> is then a serial day number.</summary>
    public bool IsDate { get; init; }

    /// <summary>An error value (#N/A); only tests write one.</summary>
    public bool IsError { get; init; }

    public static CellValue Of(string text) => new() { Text = text, Kind = CellKind.Text };

    public static CellValue Of(decimal number) => new() { Text = number.ToString(CultureInfo.InvariantCulture), Kind = CellKind.Number };

    public static CellValue Of(double number) => new() { Text = number.ToString("R", CultureInfo.InvariantCulture), Kind = CellKind.Number };

    public static CellValue Of(bool value) => new() { Text = value ? "1" : "0", Kind = CellKind.Boolean };

    public static implicit operator CellValue(string text) => Of(text);
}

/// <summary>One sheet being written: rows of cells, and what officials need around them.</summary>
internal sealed class SheetWriter(string name)
{
    public string Name { get; } = name;

    public List<CellValue?[]> Rows { get; } = [];

    /// <summary>The rows frozen at the top (the header row, 1 by default; 0 for none).</summary>
    public int FrozenRows { get; set; }

    /// <summary>Column widths in characters, by 0-based column; 0 leaves a column as it is.</summary>
    public List<double> Widths { get; } = [];

    /// <summary>Cell comments (1-based row and column).</summary>
    public List<(int Row, int Column, string Text)> Comments { get; } = [];

    /// <summary>Drop-down lists: a range such as <c>D2:D1048576</c> and the values it offers.</summary>
    public List<(string Range, IReadOnlyList<string> Values)> DropDowns { get; } = [];

    /// <summary>Merged ranges such as <c>A2:A3</c>.</summary>
    public List<string> Merges { get; } = [];

    public bool Hidden { get; set; }

    /// <summary>Rows above the first row of <see cref="Rows"/> left empty (a title row is written as a row).</summary>
    public void Add(params CellValue?[] cells) => Rows.Add(cells);

    /// <summary>Sets each column's width from its longest text (a CJK character counts twice), within 8 and 60.</summary>
    public void FitWidths()
    {
        Widths.Clear();
        foreach (var row in Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                while (Widths.Count <= i)
                {
                    Widths.Add(8);
                }

                var text = row[i]?.Text ?? string.Empty;
                var longest = text.Split('\n').Max(line => line.Sum(c => c > 0x2E80 ? 2 : 1));
                Widths[i] = Math.Min(60, Math.Max(Widths[i], longest + 2));
            }
        }
    }
}

/// <summary>
/// Writes an .xlsx workbook (Office Open XML, SpreadsheetML) with <see cref="ZipArchive"/> and plain XML text: shared
/// strings, numbers as numbers, a bold frozen header row, column widths, cell comments (with the VML drawing Excel
/// needs to show them), drop-down lists (data validation) and merged ranges. Output is the same bytes for the same
/// sheets (entries dated 1980-01-01), so that written workbooks can be compared and approved.
/// </summary>
internal sealed class WorkbookWriter
{
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<SheetWriter> sheets = [];
    private readonly Dictionary<string, int> stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];

    /// <summary>The sheet of that name, added after the others when there is none; the first is the one a spreadsheet opens on.</summary>
    public SheetWriter Sheet(string name)
    {
        if (sheets.FirstOrDefault(s => s.Name == name) is { } existing)
        {
            return existing;
        }

        var sheet = new SheetWriter(name);
        sheets.Add(sheet);
        return sheet;
    }

    /// <summary>The rows a sheet holds at most (Excel's limit); a table longer than that goes on to further sheets.</summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>
    /// A table on a sheet of its own: <paramref name="header"/> as the bold, frozen first row, then the rows; columns
    /// sized to their content (a CJK character counts twice). A null cell is left empty. Used by the reports. Rows
    /// beyond <see cref="MaxRows"/> go on to sheets named <c>name (2)</c>, <c>name (3)</c>..., each with the header:
    /// nothing is cut.
    /// </summary>
    public void Table(string name, IReadOnlyList<string> header, IEnumerable<CellValue?[]> rows)
    {
        SheetWriter? sheet = null;
        var part = 0;
        foreach (var row in rows.Prepend(null))
        {
            if (sheet is null || sheet.Rows.Count == MaxRows)
            {
                sheet?.FitWidths();
                part++;
                sheet = Sheet(part == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} ({part})"));
                sheet.FrozenRows = 1;
                sheet.Add([.. header.Select(h => (CellValue?)CellValue.Of(h))]);
            }

            if (row is not null)
            {
                sheet.Add(row);
            }
        }

        sheet!.FitWidths();
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public void Write(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var sheetXml = sheets.Select(Sheet).ToList(); // fills the shared strings
        Entry(zip, "[Content_Types].xml", ContentTypes());
        Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml", Workbook());
        Entry(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships());
        Entry(zip, "xl/styles.xml", Styles);
        Entry(zip, "xl/sharedStrings.xml", SharedStrings());
        for (var i = 0; i < sheets.Count; i++)
        {
            var n = i + 1;
            Entry(zip, $"xl/worksheets/sheet{n}.xml", sheetXml[i]);
            if (sheets[i].Comments.Count > 0)
            {
                Entry(zip, $"xl/worksheets/_rels/sheet{n}.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{n}.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{n}.vml"/></Relationships>""");
                Entry(zip, $"xl/comments{n}.xml", Comments(sheets[i]));
                Entry(zip, $"xl/drawings/vmlDrawing{n}.vml", Vml(sheets[i]));
            }
        }
    }

    /// <summary>The workbook as bytes.</summary>
    public byte[] ToArray()
    {
        using var memory = new MemoryStream();
        Write(memory);
        return memory.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    private static string X(string text) => SecurityElement.Escape(Clean(text));

    /// <summary>Text without the control characters XML 1.0 cannot carry (a tab and a line end are kept).</summary>
    private static string Clean(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : text;

    private string ContentTypes()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        for (var i = 1; i <= sheets.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
            if (sheets[i - 1].Comments.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>""");
            }
        }

        return text.Append("</Types>").ToString();
    }

    private string Workbook()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (var i = 1; i <= sheets.Count; i++)
        {
            var state = sheets[i - 1].Hidden ? " state=\"hidden\"" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"""<sheet name="{X(sheets[i - 1].Name)}" sheetId="{i}"{state} r:id="rId{i}"/>""");
        }

        return text.Append("</sheets></workbook>").ToString();
    }

    private string WorkbookRelationships()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= sheets.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        }

        var n = sheets.Count;
        text.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        return text.Append("</Relationships>").ToString();
    }

    /// <summary>Styles: 0 plain, 1 the bold header (wrapped), 2 a date (yyyy-mm-dd), 3 wrapped text.</summary>
    private const string Styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";

    private int StringAt(string text)
    {
        if (!stringIndex.TryGetValue(text, out var index))
        {
            stringIndex[text] = index = strings.Count;
            strings.Add(text);
        }

        return index;
    }

    private string SharedStrings()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">""");
        foreach (var s in strings)
        {
            var preserve = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n', StringComparison.Ordinal)) ? " xml:space=\"preserve\"" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"<si><t{preserve}>{X(s)}</t></si>");
        }

        return text.Append("</sst>").ToString();
    }

    private string Sheet(SheetWriter sheet)
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        if (sheet.FrozenRows > 0)
        {
            var top = $"A{sheet.FrozenRows + 1}";
            text.Append(CultureInfo.InvariantCulture, $"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{sheet.FrozenRows}" topLeftCell="{top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/></sheetView></sheetViews>""");
        }

        if (sheet.Widths.Count > 0)
        {
            text.Append("<cols>");
            for (var i = 0; i < sheet.Widths.Count; i++)
            {
                if (sheet.Widths[i] > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{sheet.Widths[i]:0.##}" customWidth="1"/>""");
                }
            }

            text.Append("</cols>");
        }

        text.Append("<sheetData>");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            if (row.All(c => c is null))
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"""<row r="{r + 1}">""");
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is { } cell)
                {
                    Cell(text, cell, $"{Diagnostics.SourcePosition.ColumnName(c + 1)}{r + 1}", header: r < sheet.FrozenRows);
                }
            }

            text.Append("</row>");
        }

        text.Append("</sheetData>");
        if (sheet.Merges.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{sheet.Merges.Count}">""");
            foreach (var merge in sheet.Merges)
            {
                text.Append(CultureInfo.InvariantCulture, $"""<mergeCell ref="{merge}"/>""");
            }

            text.Append("</mergeCells>");
        }

        if (sheet.DropDowns.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<dataValidations count="{sheet.DropDowns.Count}">""");
            foreach (var (range, values) in sheet.DropDowns)
            {
                // An inline list: at most 255 characters, no comma inside a value (the code lists' labels have none).
                text.Append(CultureInfo.InvariantCulture, $"""<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="0" sqref="{range}"><formula1>"{X(string.Join(",", values))}"</formula1></dataValidation>""");
            }

            text.Append("</dataValidations>");
        }

        if (sheet.Comments.Count > 0)
        {
            text.Append("""<legacyDrawing r:id="rId2"/>""");
        }

        return text.Append("</worksheet>").ToString();
    }

    private void Cell(StringBuilder text, CellValue cell, string reference, bool header)
    {
        var style = header ? " s=\"1\"" : cell.IsDate ? " s=\"2\"" : cell.Kind == CellKind.Text && cell.Text.Contains('\n', StringComparison.Ordinal) ? " s=\"3\"" : string.Empty;
        var formula = cell.Formula is { } f ? $"<f>{X(f)}</f>" : string.Empty;
        if (cell.IsError)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"{style} t="e">{formula}<v>{X(cell.Text)}</v></c>""");
            return;
        }

        switch (cell.Kind)
        {
            case CellKind.Number:
                text.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"{style}>{formula}<v>{cell.Text}</v></c>""");
                break;
            case CellKind.Boolean:
                text.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"{style} t="b">{formula}<v>{cell.Text}</v></c>""");
                break;
            default:
                if (cell.Formula is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"{style} t="str">{formula}<v>{X(cell.Text)}</v></c>""");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"{style} t="s"><v>{StringAt(cell.Text)}</v></c>""");
                }

                break;
        }
    }

    private static string Comments(SheetWriter sheet)
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>svcstd</author></authors><commentList>""");
        foreach (var (row, column, comment) in sheet.Comments)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<comment ref="{Diagnostics.SourcePosition.ColumnName(column)}{row}" authorId="0"><text><t xml:space="preserve">{X(comment)}</t></text></comment>""");
        }

        return text.Append("</commentList></comments>").ToString();
    }

    /// <summary>The legacy VML drawing Excel uses to show comments (one hidden note shape per comment).</summary>
    private static string Vml(SheetWriter sheet)
    {
        var text = new StringBuilder("""<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>""");
        var id = 1025;
        foreach (var (row, column, _) in sheet.Comments)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<v:shape id="_x0000_s{id++}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>{row - 1}</x:Row><x:Column>{column - 1}</x:Column></x:ClientData></v:shape>""");
        }

        return text.Append("</xml>").ToString();
    }
}
