namespace ServiceStandard.Reporting;

/// <summary>The forms a report is written in (not every report has every form: each writer names its own).</summary>
public enum ReportFormat
{
    /// <summary>Plain text for a terminal or a log: values from files made safe (<see cref="TerminalText.Safe"/>).</summary>
    Text,

    /// <summary>The JSON of the public contract, indented, Chinese unescaped, with a trailing newline (see <c>schemas/reports</c>).</summary>
    Json,

    /// <summary>GitHub-flavoured Markdown, for a pull request or a wiki.</summary>
    Markdown,

    /// <summary>CSV (RFC 4180, UTF-8 with a byte order mark), cells guarded against formula injection.</summary>
    Csv,

    /// <summary>One self-contained HTML page (styles inline, no script from elsewhere).</summary>
    Html,

    /// <summary>
    /// An .xlsx workbook for officials: one sheet per table, headers in the reader's language, a frozen header row,
    /// columns sized to their content, numbers as numbers. Bytes, not text: written only to a stream.
    /// </summary>
    Xlsx,
}
