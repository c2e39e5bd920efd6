using System.Globalization;
using System.Text.Json;
using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Server;

/// <summary>
/// The validation report of FORMAT.md section 4 for one posted inventory (the fields <c>svcstd validate --format json</c>
/// writes): <c>valid</c>, <c>summary</c>, <c>format</c>, <c>diagnostics</c>.
/// </summary>
internal static class ValidationJson
{
    public static string Write(ValidationResult result, CultureInfo culture)
    {
        return ServiceStandard.Catalogue.Reporting.ReportText.Json(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", result.IsValid);
            json.WriteStartObject("summary");
            json.WriteNumber("files", 1);
            json.WriteNumber("items", result.Inventory?.Items.Count ?? 0);
            json.WriteNumber("errors", result.Count(Severity.Error));
            json.WriteNumber("warnings", result.Count(Severity.Warning));
            json.WriteNumber("infos", result.Count(Severity.Info));
            json.WriteEndObject();
            json.WriteStartObject("format");
            json.WriteString("version", result.Inventory?.SchemaVersion);
            json.WriteNull("profile");
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" });
                json.WriteString("message", diagnostic.Message(culture));
                json.WriteString("hint", diagnostic.Hint(culture));
                json.WriteString("file", diagnostic.File);
                if (diagnostic.Position is { } position)
                {
                    json.WriteNumber("line", position.Line);
                    json.WriteNumber("column", position.Column);
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
}
