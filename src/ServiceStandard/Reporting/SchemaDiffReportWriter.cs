using System.Globalization;
using ServiceStandard.Schema;

namespace ServiceStandard.Reporting;

/// <summary>
/// <c>svcstd schema diff</c>'s report: the classified changes between two schemas (<see cref="SchemaDiff.Compare"/>) as text
/// in the reader's language, or as the JSON of <c>schemas/reports/1.0/schema-diff.schema.json</c>.
/// </summary>
public static class SchemaDiffReportWriter
{
    /// <summary>
    /// The header and one line a change in the reader's language; the rule's id and kind (<c>SD001 property-added</c>)
    /// are the stable names JSON carries.
    /// </summary>
    /// <param name="result">The changes between the two schemas.</param>
    /// <param name="culture">The reader's language (Chinese, or English otherwise).</param>
    /// <returns>The lines, each ending in a newline.</returns>
    public static string Text(SchemaDiffResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        var breaking = result.Changes.Count(c => c.IsBreaking);
        var lines = new List<string>
        {
            ReportText.Get(culture, "SchemaDiff_Summary", result.OldVersion ?? "?", result.NewVersion ?? "?", result.Changes.Count, breaking),
        };
        lines.AddRange(result.Changes.Select(c =>
            c.ToString().Replace(c.IsBreaking ? " breaking " : " non-breaking ", " " + ReportText.Get(culture, c.IsBreaking ? "SchemaDiff_Breaking" : "SchemaDiff_NonBreaking") + " ", StringComparison.Ordinal)));
        return string.Join("\n", lines) + "\n";
    }

    /// <summary><c>{ old, new, breaking, changes: [ { rule, kind, breaking, path, before, after } ] }</c>.</summary>
    /// <param name="result">The changes between the two schemas.</param>
    /// <returns>The indented document with a trailing newline.</returns>
    public static string Json(SchemaDiffResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("old", result.OldVersion);
            writer.WriteString("new", result.NewVersion);
            writer.WriteBoolean("breaking", result.IsBreaking);
            writer.WriteStartArray("changes");
            foreach (var change in result.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", change.Rule);
                writer.WriteString("kind", change.Kind);
                writer.WriteBoolean("breaking", change.IsBreaking);
                writer.WriteString("path", change.Path);
                writer.WriteString("before", change.Before);
                writer.WriteString("after", change.After);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
