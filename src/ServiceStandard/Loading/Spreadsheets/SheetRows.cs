using System.Globalization;
using System.Text;
using System.Xml;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Loading.Spreadsheets;

/// <summary>What a cell holds, as the spreadsheet typed it.</summary>
internal enum CellKind
{
    /// <summary>Text (a shared, inline or formula string), or a CSV field.</summary>
    Text,

    /// <summary>A number (a date already turned into its ISO 8601 text).</summary>
    Number,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,
}

/// <summary>One non-empty cell: its 1-based column and its value as text.</summary>
internal readonly record struct SheetCell(int Column, string Text, CellKind Kind);

/// <summary>One row of a sheet with at least one non-empty cell; the same object is reused for the next row.</summary>
internal sealed class SheetRow
{
    public int Number { get; set; }

    /// <summary>The non-empty cells, by column.</summary>
    public List<SheetCell> Cells { get; } = [];

    /// <summary>The cell in column <paramref name="column"/>, if it is not empty.</summary>
    public SheetCell? At(int column)
    {
        foreach (var cell in Cells)
        {
            if (cell.Column == column)
            {
                return cell;
            }
        }

        return null;
    }
}

/// <summary>A sheet's rows, one at a time: a worksheet part of an .xlsx package or a CSV text.</summary>
internal abstract class SheetSource(string name, bool hidden)
{
    /// <summary>The sheet's name (empty for CSV: cells are then named C12).</summary>
    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    /// <summary>
    /// Rows from this one on get the values of merged ranges that start at or below it (rows above, a title merged
    /// across the columns or the header, are left as they are). Set by the reader once it knows the header row.
    /// </summary>
    public int MergesFromRow { get; set; } = int.MaxValue;

    /// <summary>The rows with at least one non-empty cell, in order.</summary>
    public abstract IEnumerable<SheetRow> Rows(DiagnosticBag diagnostics);

    /// <summary>The position of a cell of this sheet.</summary>
    public SourcePosition At(int row, int column) => new(row, column) { Sheet = Name };
}

/// <summary>The rows of a CSV text (RFC 4180), the item sheet alone; a row's line is where it starts.</summary>
internal sealed class CsvSheet(string text) : SheetSource(string.Empty, hidden: false)
{
    public override IEnumerable<SheetRow> Rows(DiagnosticBag diagnostics)
    {
        var row = new SheetRow();
        foreach (var (fields, line) in Csv.Rows(text))
        {
            row.Number = line;
            row.Cells.Clear();
            for (var i = 0; i < fields.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(fields[i]))
                {
                    row.Cells.Add(new SheetCell(i + 1, fields[i], CellKind.Text));
                }
            }

            if (row.Cells.Count > 0)
            {
                yield return row;
            }
        }
    }
}

/// <summary>
/// The rows of a worksheet part, read as a stream of XML (one row in memory at a time; when its bytes
/// name merged ranges, which are written after the rows, a first pass reads them). Shared strings are looked
/// up, dates (numbers in a date style) written as ISO 8601, a formula read as the value the spreadsheet last
/// calculated (never evaluated; said so, SS1506), error values (#N/A) reported and read as empty, merged ranges
/// filled from their top-left cell (SS1510).
/// </summary>
internal sealed class XlsxSheet(XlsxPackage package, SheetEntry entry) : SheetSource(entry.Name, entry.Hidden)
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public override IEnumerable<SheetRow> Rows(DiagnosticBag diagnostics)
    {
        var merges = MergedRanges();
        var row = new SheetRow();
        var text = new StringBuilder();
        using var reader = package.Open(entry.Part);

        // A part that is not well-formed XML is refused (SS1501) with nothing found in its rows, as when the pass for
        // merged ranges read the whole part first (it no longer does when the part has none).
        var mark = diagnostics.Items.Count;
        while (true)
        {
            bool more;
            try
            {
                more = NextRow(reader, row, text, diagnostics);
            }
            catch (Exception exception) when (XlsxPackage.IsReadFailure(exception))
            {
                diagnostics.TruncateTo(mark);
                throw;
            }

            if (!more)
            {
                yield break;
            }

            if (merges.Count > 0)
            {
                Fill(row, merges, diagnostics);
            }

            if (row.Cells.Count > 0)
            {
                yield return row;
            }
        }
    }

    /// <summary>Reads the next row element into <paramref name="row"/>; false at the end of the part.</summary>
    private bool NextRow(XmlReader reader, SheetRow row, StringBuilder text, DiagnosticBag diagnostics)
    {
        while (reader.Read())
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "row" })
            {
                continue;
            }

            row.Number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row.Number + 1;
            row.Cells.Clear();
            if (!reader.IsEmptyElement)
            {
                ReadCells(reader, row, text, diagnostics);
            }

            return true;
        }

        return false;
    }

    private void ReadCells(XmlReader reader, SheetRow row, StringBuilder text, DiagnosticBag diagnostics)
    {
        var depth = reader.Depth;
        var nextColumn = 1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "c" })
            {
                continue;
            }

            var column = reader.GetAttribute("r") is { } reference ? ColumnOf(reference) : nextColumn;
            nextColumn = column + 1;
            var type = reader.GetAttribute("t");
            var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null;
            string? formula = null;
            if (!reader.IsEmptyElement)
            {
                var cellDepth = reader.Depth;
                reader.Read();
                while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == cellDepth))
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                        continue;
                    }

                    switch (reader.LocalName)
                    {
                        case "v":
                            value = reader.ReadElementContentAsString(); // leaves the reader on the next node
                            break;
                        case "f":
                            formula = reader.ReadElementContentAsString();
                            break;
                        case "is":
                            text.Clear();
                            XlsxPackage.ReadRichText(reader, text, int.MaxValue);
                            value = text.ToString();
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
            }

            if (Cell(column, type, style, value, row.Number, diagnostics) is { } cell)
            {
                if (formula is not null)
                {
                    diagnostics.Add(SpreadsheetDiagnostics.FormulaCached, string.Empty, At(row.Number, column), null, ("formula", Formula(formula)), ("value", cell.Text));
                }

                row.Cells.Add(cell);
            }
            else if (formula is not null && type != "e")
            {
                diagnostics.Add(SpreadsheetDiagnostics.FormulaWithoutValue, string.Empty, At(row.Number, column), null, ("formula", Formula(formula)));
            }
        }
    }

    private static string Formula(string formula) => formula.Length == 0 ? "…" : formula;

    private SheetCell? Cell(int column, string? type, int style, string? value, int row, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case "s":
                var strings = package.SharedStrings;
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                    ? Text(column, strings[index])
                    : null;
            case "str" or "inlineStr":
                return Text(column, value);
            case "b":
                return new SheetCell(column, value == "1" ? "true" : "false", CellKind.Boolean);
            case "e":
                diagnostics.Add(SpreadsheetDiagnostics.ErrorValue, string.Empty, At(row, column), null, ("value", value));
                return null;
            case "d":
                return new SheetCell(column, value.Length >= 10 ? value[..10] : value, CellKind.Number);
            default:
                if (value.Length == 0)
                {
                    return null;
                }

                return package.IsDateStyle(style) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466
                    ? new SheetCell(column, Date(serial), CellKind.Number)
                    : new SheetCell(column, Number(value), CellKind.Number);
        }
    }

    private static SheetCell? Text(int column, string text) =>
        string.IsNullOrWhiteSpace(text) ? null : new SheetCell(column, text, CellKind.Text);

    /// <summary>A serial date (days since 1899-12-30, Excel's 1900 system) as ISO 8601: a date, or a date and time.</summary>
    internal static string Date(double serial)
    {
        var time = Epoch.AddDays(serial);
        return time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A number as Excel stored it, with float noise (0.30000000000000004) taken off: the shortest text that is the same double.</summary>
    private static string Number(string value) =>
        value.Contains('.', StringComparison.Ordinal) || value.Contains('E', StringComparison.OrdinalIgnoreCase)
            ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Shortest(number) : value
            : value;

    private static string Shortest(double number)
    {
        var rounded = Math.Round(number, 10);
        return rounded.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>The 1-based column of a cell reference such as <c>AB12</c>.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column;
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray()) is var i and >= 0 ? i : reference.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;

    /// <summary>A merged range, and the value of its top-left cell once its row has been read.</summary>
    private sealed class Merge(int top, int left, int bottom, int right, string reference)
    {
        public int Top { get; } = top;
        public int Left { get; } = left;
        public int Bottom { get; } = bottom;
        public int Right { get; } = right;
        public string Reference { get; } = reference;
        public SheetCell? Value { get; set; }
    }

    /// <summary>The merged ranges of the sheet (written after its rows: read first, skipping the rows).</summary>
    private List<Merge> MergedRanges()
    {
        var merges = new List<Merge>();
        if (!package.MayMention(entry.Part, "mergeCell"u8))
        {
            return merges; // the bytes say there is none: the part's XML is read once, for its rows
        }

        using var reader = package.Open(entry.Part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "sheetData")
            {
                reader.Skip();
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "mergeCells" } == false)
                {
                    continue;
                }
            }

            if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } reference && reference.Split(':') is [var from, var to])
            {
                merges.Add(new Merge(RowOf(from), ColumnOf(from), RowOf(to), ColumnOf(to), reference));
            }
        }

        return merges;
    }

    private void Fill(SheetRow row, List<Merge> merges, DiagnosticBag diagnostics)
    {
        var added = false;
        foreach (var merge in merges)
        {
            if (row.Number < merge.Top || row.Number > merge.Bottom || merge.Top < MergesFromRow)
            {
                continue;
            }

            if (row.Number == merge.Top)
            {
                merge.Value = row.At(merge.Left);
                if (merge.Value is not null && (merge.Bottom > merge.Top || merge.Right > merge.Left))
                {
                    diagnostics.Add(SpreadsheetDiagnostics.MergedCells, string.Empty, At(merge.Top, merge.Left), null,
                        ("range", merge.Reference), ("first", SourcePosition.ColumnName(merge.Left) + merge.Top.ToString(CultureInfo.InvariantCulture)));
                }
            }

            if (merge.Value is not { } value)
            {
                continue;
            }

            for (var column = merge.Left; column <= merge.Right; column++)
            {
                if ((row.Number != merge.Top || column != merge.Left) && row.At(column) is null)
                {
                    row.Cells.Add(value with { Column = column });
                    added = true;
                }
            }
        }

        if (added)
        {
            row.Cells.Sort((a, b) => a.Column.CompareTo(b.Column));
        }
    }
}
