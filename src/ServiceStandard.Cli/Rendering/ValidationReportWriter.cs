using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Rendering;

/// <summary>Renders validation results: compiler-style text, or the JSON report of FORMAT.md section 4.</summary>
internal static class ValidationReportWriter
{
    /// <summary>
    /// Compiler-style lines: errors and warnings (infos too when <paramref name="verbose"/>), each file's in the order
    /// found, the files that cannot be read at all first; then the summary, which counts every finding.
    /// </summary>
    public static string Text(IReadOnlyList<FileVerdict> results, CultureInfo culture, bool colour, string? profile = null, bool verbose = false)
    {
        var text = new System.Text.StringBuilder();
        foreach (var diagnostic in Shown(results, verbose))
        {
            text.Append(Line(diagnostic, culture, colour));
        }

        return text.Append(Closing(results, culture, profile, verbose)).ToString();
    }

    /// <summary>
    /// The findings text output lists, in its order: errors and warnings (infos too when <paramref name="verbose"/>),
    /// each file's in the order found, the files that cannot be read at all first.
    /// </summary>
    public static IEnumerable<Diagnostic> Shown(IReadOnlyList<FileVerdict> results, bool verbose) =>
        results.OrderBy(r => r.Readable).SelectMany(r => r.Diagnostics).Where(d => verbose || d.Severity != Severity.Info);

    /// <summary>The lines that end text output: the profile judged against, the summary, and where the infos are.</summary>
    public static string Closing(IReadOnlyList<FileVerdict> results, CultureInfo culture, string? profile, bool verbose)
    {
        var text = new System.Text.StringBuilder();
        var summary = Summarize(results);
        if (profile is not null)
        {
            text.Append(CliText.Get(culture, "JudgedAgainstProfile", Versions(results), profile)).Append('\n');
        }

        text.Append(CliText.Get(culture, "ValidationSummary", summary.Files, summary.Items, summary.Errors, summary.Warnings, summary.Infos)).Append('\n');
        if (!verbose && summary.Infos > 0)
        {
            text.Append(CliText.Get(culture, "InfosListedWithVerbose", summary.Infos)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One diagnostic, compiler style: <c>file:line:column: severity CODE: message [path]</c> and a newline.</summary>
    public static string Line(Diagnostic diagnostic, CultureInfo culture, bool colour)
    {
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

    /// <summary>A problem in a file given beside the inventories (a rule set, weights, a basic catalogue), without a newline: <c>path:line:column: severity CODE: message</c>.</summary>
    public static string SideLine(Diagnostic problem, string path, CultureInfo culture)
    {
        var where = problem.Position is { } p ? $"{path}:{Where(p)}" : path;
        return TerminalText.Safe($"{where}: {SeverityLabel(problem.Severity, culture)} {problem.Code}: {problem.Message(culture)}");
    }

    /// <summary>A position as text output names it: <c>line:column</c>, or a spreadsheet's cell (<c>申请材料!C12</c>).</summary>
    private static string Where(SourcePosition position) => position.Cell ?? string.Create(CultureInfo.InvariantCulture, $"{position.Line}:{position.Column}");

    /// <summary>The format versions the files declared, in order (one, usually).</summary>
    private static string Versions(IReadOnlyList<FileVerdict> results) =>
        string.Join(", ", results.Select(r => r.Version).OfType<string>().Distinct().Order(StringComparer.Ordinal)) is { Length: > 0 } versions ? versions : "-";

    public static string Json(IReadOnlyList<FileVerdict> results, CultureInfo culture, string? profile = null)
    {
        var summary = Summarize(results);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", summary.Errors == 0 && results.All(r => r.Readable));
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("items", summary.Items);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteEndObject();
            json.WriteStartObject("format");
            json.WriteString("version", Versions(results) is "-" ? null : Versions(results));
            json.WriteString("profile", profile);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in results.SelectMany(r => r.Diagnostics))
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
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The severity as text output says it, in the language of messages (错误, 警告, 提示 in Chinese).</summary>
    public static string SeverityLabel(Severity severity, CultureInfo culture) => severity switch
    {
        Severity.Error => CliText.Get(culture, "Severity_Error"),
        Severity.Warning => CliText.Get(culture, "Severity_Warning"),
        _ => CliText.Get(culture, "Severity_Info"),
    };

    /// <summary>The severity as FORMAT.md section 4 writes it.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static (int Files, int Items, int Errors, int Warnings, int Infos) Summarize(IReadOnlyList<FileVerdict> results) =>
        (results.Count,
         results.Sum(r => r.Items),
         results.Sum(r => r.Count(Severity.Error)),
         results.Sum(r => r.Count(Severity.Warning)),
         results.Sum(r => r.Count(Severity.Info)));
}
