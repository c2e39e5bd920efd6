using System.Globalization;
using System.Text.Json;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS) written by hand with System.Text.Json: a log of one run whose driver lists every
/// rule of the catalogue, and one result per diagnostic with its physical location (file, line, column)
/// and its logical location (the item's basic code). Hand-written because the SARIF SDK package pulls in
/// Newtonsoft and far more than this small, fixed shape needs.
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF log of <paramref name="report"/>, indented, with a trailing newline.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the rules' texts and the messages.</param>
    /// <param name="toolName">The driver's name (the tool that ran, e.g. <c>svcstd</c>).</param>
    /// <param name="toolVersion">The driver's version (semantic).</param>
    /// <param name="informationUri">Where the tool is described, or null.</param>
    public static string Write(ValidationReport report, CultureInfo culture, string toolName, string toolVersion, string? informationUri = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rules = DiagnosticCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", toolName);
            json.WriteString("version", toolVersion);
            json.WriteString("semanticVersion", toolVersion);
            if (informationUri is not null)
            {
                json.WriteString("informationUri", informationUri);
            }

            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title(culture));
                json.WriteEndObject();
                json.WriteStartObject("help");
                json.WriteString("text", rule.Hint(culture));
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category.ToString());
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Code);
                json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
                json.WriteString("level", Level(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message(culture));
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                if (diagnostic.File is { } file)
                {
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", FileUri(file));
                    json.WriteEndObject();
                    if (diagnostic.Position is { } position)
                    {
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", position.Line);
                        json.WriteNumber("startColumn", position.Column);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                if (diagnostic.ItemCode is { } itemCode)
                {
                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("fullyQualifiedName", itemCode);
                    json.WriteString("kind", "element");
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("properties");
                json.WriteString("path", diagnostic.Path);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>SARIF calls info "note".</summary>
    private static string Level(Severity severity) =>
        severity == Severity.Info ? "note" : ValidationReportWriter.SeverityWord(severity);

    /// <summary>A relative path as a relative URI reference (segments escaped), an absolute one as a file URI.</summary>
    private static string FileUri(string file) =>
        Path.IsPathRooted(file)
            ? new Uri(file).AbsoluteUri
            : string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
