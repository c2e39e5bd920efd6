using System.Globalization;
using System.Text.Json;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Reporting;

/// <summary>
/// Writes a <see cref="ValidationReport"/>: compiler-style text, or the JSON report of docs/format.md section 4
/// (<c>schemas/reports/1.0/validation.schema.json</c>). Messages are in the culture given (zh or en).
/// </summary>
public static class ValidationReportWriter
{
    /// <summary>
    /// Compiler-style lines: errors and warnings (infos too when <paramref name="verbose"/>), each file's in the order
    /// found, the files that cannot be read at all first; then the summary, which counts every finding.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of messages and labels.</param>
    /// <param name="colour">True to colour the severities with ANSI escapes (for a terminal).</param>
    /// <param name="verbose">True to list infos too.</param>
    public static string Text(ValidationReport report, CultureInfo culture, bool colour = false, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new System.Text.StringBuilder();
        foreach (var diagnostic in report.Shown(verbose))
        {
            text.Append(Line(diagnostic, culture, colour));
        }

        return text.Append(Closing(report, culture, verbose)).ToString();
    }

    /// <summary>The lines that end text output: the profile judged against, the summary, and where the infos are.</summary>
    internal static string Closing(ValidationReport report, CultureInfo culture, bool verbose)
    {
        var text = new System.Text.StringBuilder();
        if (report.Profile is not null)
        {
            text.Append(ReportText.Get(culture, "JudgedAgainstProfile", report.FormatVersion ?? "-", report.Profile)).Append('\n');
        }

        text.Append(ReportText.Get(culture, "ValidationSummary", report.Files.Count, report.Items, report.Errors, report.Warnings, report.Infos)).Append('\n');
        if (!verbose && report.Infos > 0)
        {
            text.Append(ReportText.Get(culture, "InfosListedWithVerbose", report.Infos)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// One diagnostic, compiler style: <c>file:line:column: severity CODE: message [path]</c> and a newline, made
    /// safe for a terminal (<see cref="TerminalText.Safe"/>).
    /// </summary>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="culture">The language of the message and the severity.</param>
    /// <param name="colour">True to colour the severity with ANSI escapes.</param>
    public static string Line(Diagnostic diagnostic, CultureInfo culture, bool colour = false)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var where = TerminalText.Safe(diagnostic.Position is { } p ? $"{diagnostic.File}:{Where(p)}" : diagnostic.File);
        var severity = SeverityLabel(diagnostic.Severity, culture);
        if (colour)
        {
            severity = diagnostic.Severity switch
            {
                Severity.Error => $"\u001b[31m{severity}\u001b[0m",
                Severity.Warning => $"\u001b[33m{severity}\u001b[0m",
                _ => $"\u001b[36m{severity}\u001b[0m",
            };
        }

        return string.Create(CultureInfo.InvariantCulture, $"{where}: {severity} {diagnostic.Code}: {TerminalText.Safe(diagnostic.Message(culture))} [{(diagnostic.Path.Length == 0 ? "/" : TerminalText.Safe(diagnostic.Path))}]\n");
    }

    /// <summary>A position as text output names it: <c>line:column</c>, or a spreadsheet's cell (<c>申请材料!C12</c>).</summary>
    internal static string Where(SourcePosition position) => position.Cell ?? string.Create(CultureInfo.InvariantCulture, $"{position.Line}:{position.Column}");

    /// <summary>The JSON report (docs/format.md section 4), indented, Chinese unescaped, with a trailing newline.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the messages and hints.</param>
    public static string Json(ValidationReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(json => WriteJson(json, report, culture));
    }

    /// <summary>The JSON report written to <paramref name="stream"/> as it is made (UTF-8, without a byte order mark).</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the messages and hints.</param>
    public static void WriteJson(Stream stream, ValidationReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        JsonText.WriteTo(stream, json => WriteJson(json, report, culture));
    }

    /// <summary>
    /// The JSON report written to <paramref name="stream"/> asynchronously (for a host such as ASP.NET Core, whose
    /// response stream refuses synchronous writes): made in memory, then copied.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the messages and hints.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    public static async Task WriteJsonAsync(Stream stream, ValidationReport report, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        JsonText.WriteTo(buffer, json => WriteJson(json, report, culture));
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteJson(Utf8JsonWriter json, ValidationReport report, CultureInfo culture)
    {
        json.WriteStartObject();
        json.WriteBoolean("valid", report.IsValid);
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Count);
        json.WriteNumber("items", report.Items);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteNumber("infos", report.Infos);
        json.WriteEndObject();
        json.WriteStartObject("format");
        json.WriteString("version", report.FormatVersion);
        json.WriteString("profile", report.Profile);
        json.WriteEndObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", SeverityWord(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message(culture));
            json.WriteString("hint", diagnostic.Hint(culture));
            json.WriteString("file", diagnostic.File);
            if (diagnostic.Position is { } position)
            {
                json.WriteNumber("line", position.Line);
                json.WriteNumber("column", position.Column);
                if (position.Cell is { } cell)
                {
                    json.WriteString("cell", cell);
                }
            }
            else
            {
                json.WriteNull("line");
                json.WriteNull("column");
            }

            json.WriteString("path", diagnostic.Path);
            json.WriteString("itemCode", diagnostic.ItemCode);
            json.WriteEndObject();
            JsonText.FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The severity as text output says it, in the language of messages (错误, 警告, 提示 in Chinese).</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="culture">The language.</param>
    public static string SeverityLabel(Severity severity, CultureInfo culture) => severity switch
    {
        Severity.Error => ReportText.Get(culture, "Severity_Error"),
        Severity.Warning => ReportText.Get(culture, "Severity_Warning"),
        _ => ReportText.Get(culture, "Severity_Info"),
    };

    /// <summary>The severity as docs/format.md section 4 writes it.</summary>
    internal static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
