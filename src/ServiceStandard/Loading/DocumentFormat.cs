namespace ServiceStandard.Loading;

/// <summary>The syntax a document is written in.</summary>
public enum DocumentFormat
{
    /// <summary>YAML 1.2 (scalars are read as the field they bind to wants; no YAML 1.1 booleans or octals).</summary>
    Yaml,

    /// <summary>JSON (RFC 8259, strict: no comments, no trailing commas).</summary>
    Json,

    /// <summary>An Excel workbook (Office Open XML, <c>.xlsx</c>) in the spreadsheet layout of docs/format.md section 8.</summary>
    Xlsx,

    /// <summary>The item sheet alone as comma-separated values (RFC 4180, <c>.csv</c>); the region is given by <see cref="LoadOptions.Region"/>.</summary>
    Csv,
}

/// <summary>Helpers to tell the format of a file.</summary>
public static class DocumentFormats
{
    /// <summary>
    /// The format a file name implies: <c>.json</c> is JSON, <c>.yaml</c> and <c>.yml</c> are YAML, <c>.xlsx</c> a
    /// workbook, <c>.csv</c> comma-separated values.
    /// </summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format, or <see langword="null"/> for any other extension.</returns>
    public static DocumentFormat? FromPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => DocumentFormat.Json,
            ".yaml" or ".yml" => DocumentFormat.Yaml,
            ".xlsx" => DocumentFormat.Xlsx,
            ".csv" => DocumentFormat.Csv,
            _ => null,
        };

    /// <summary>True for the spreadsheet formats (<see cref="DocumentFormat.Xlsx"/>, <see cref="DocumentFormat.Csv"/>).</summary>
    /// <param name="format">The format.</param>
    public static bool IsSpreadsheet(this DocumentFormat format) => format is DocumentFormat.Xlsx or DocumentFormat.Csv;

    /// <summary>
    /// True for spreadsheet files this tool does not read: <c>.xls</c> (Excel 97-2003), <c>.et</c> (WPS) and <c>.xlsm</c>
    /// (a workbook with macros, which are never run); loading one gives diagnostic <c>SS1402</c>: save it as .xlsx.
    /// </summary>
    /// <param name="path">A file name or path.</param>
    public static bool IsRefusedSpreadsheet(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xls" or ".et" or ".xlsm" or ".ett" or ".xlsb";
}
