namespace ServiceStandard.Diagnostics;

/// <summary>
/// A 1-based line and column in a source document (columns count UTF-16 code units). In a spreadsheet, the row and
/// the column number of a cell, and <see cref="Sheet"/> names its sheet.
/// </summary>
/// <param name="Line">The 1-based line (a spreadsheet's row).</param>
/// <param name="Column">The 1-based column (a spreadsheet's column number: A is 1).</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>
    /// The sheet of a spreadsheet cell: its name in a workbook, empty in a CSV file (one sheet);
    /// <see langword="null"/> for a position in text (YAML, JSON).
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>The cell as a spreadsheet names it (<c>申请材料!C12</c>; <c>C12</c> in a CSV file), or <see langword="null"/> in text.</summary>
    public string? Cell => Sheet is null ? null : (Sheet.Length == 0 ? string.Empty : Sheet + "!") + ColumnName(Column) + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The letters of a 1-based column number (1 is A, 27 is AA).</summary>
    /// <param name="column">The 1-based column number.</param>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = Math.Max(column, 1); n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <inheritdoc />
    public override string ToString() => Cell ?? $"{Line}:{Column}";
}
