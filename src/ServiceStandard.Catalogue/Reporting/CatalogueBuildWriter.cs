using System.Globalization;
using System.Text;
using ServiceStandard.Reporting;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// Renders what <c>catalogue build</c> did: one line per file (with the errors of rejected files and the items left out
/// of the others), then the totals; JSON adds <c>excluded</c>, as diff and score do.
/// </summary>
public static class CatalogueBuildWriter
{
    /// <summary>The text report in the reader's language: a line per file, the errors and items left out, the totals.</summary>
    /// <param name="database">The catalogue database, as the user named it.</param>
    /// <param name="report">What the build did.</param>
    /// <param name="culture">The reader's language (Chinese, or English otherwise).</param>
    /// <returns>The lines, each ending in a newline.</returns>
    public static string Text(string database, CatalogueBuildReport report, CultureInfo culture) => Text(database, report, CatalogueWords.For(culture));

    /// <summary>The JSON report (schemas/reports/1.0/catalogue-build.schema.json), messages in the reader's language.</summary>
    /// <param name="database">The catalogue database, as the user named it.</param>
    /// <param name="report">What the build did.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <returns>The indented document with a trailing newline.</returns>
    public static string Json(string database, CatalogueBuildReport report, CultureInfo culture) => Json(database, report, CatalogueWords.For(culture));

    private static string Text(string database, CatalogueBuildReport report, CatalogueWords words)
    {
        var text = new StringBuilder();
        var width = new[] { words.Added, words.Updated, words.Unchanged, words.Rejected, words.Removed }.Max(w => w.Length) + 1;
        foreach (var file in report.Files)
        {
            var detail = file.Outcome == CatalogueFileOutcome.Rejected
                ? words.Format(file.Items > 0 ? words.RejectedKept : words.RejectedNothing, file.Errors.Count, file.Items)
                : file.LeftOut.Count > 0
                    ? words.Message("ItemsLeftOut", file.Items, file.LeftOut.Count)
                    : words.Format(words.ItemsOfFile, file.Items);
            text.Append(words.Outcome(file.Outcome).PadRight(width)).Append(TerminalText.Safe(file.File)).Append(" (").Append(detail).Append(")\n");
            if (file.Outcome != CatalogueFileOutcome.Rejected)
            {
                foreach (var leftOut in file.LeftOut)
                {
                    text.Append("  ").Append(LeftOutWriter.Line(ReportText.LeftOutOf(leftOut), words.Culture)).Append('\n');
                }
            }

            foreach (var error in file.Errors)
            {
                text.Append("  ").Append(ValidationReportWriter.Line(error, words.Culture, colour: false));
            }
        }

        text.Append(words.Format(
            words.BuildSummary, TerminalText.Safe(database), report.CatalogueFiles, report.CatalogueRegions, report.CatalogueItems,
            report.Count(CatalogueFileOutcome.Added), report.Count(CatalogueFileOutcome.Updated), report.Count(CatalogueFileOutcome.Unchanged),
            report.Count(CatalogueFileOutcome.Rejected), report.Count(CatalogueFileOutcome.Removed))).Append('\n');
        return text.ToString();
    }

    private static string Json(string database, CatalogueBuildReport report, CatalogueWords words) => ReportText.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("database", database);
        json.WriteBoolean("created", report.Created);
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.CatalogueFiles);
        json.WriteNumber("regions", report.CatalogueRegions);
        json.WriteNumber("items", report.CatalogueItems);
        foreach (var outcome in Enum.GetValues<CatalogueFileOutcome>())
        {
            json.WriteNumber(Token(outcome), report.Count(outcome));
        }

        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteString("outcome", Token(file.Outcome));
            json.WriteNumber("items", file.Items);
            json.WriteStartArray("errors");
            foreach (var error in file.Errors)
            {
                json.WriteStartObject();
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message(words.Culture));
                if (error.Position is { } position)
                {
                    json.WriteNumber("line", position.Line);
                    json.WriteNumber("column", position.Column);
                }

                json.WriteString("path", error.Path);
                json.WriteString("itemCode", error.ItemCode);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ReportText.Excluded(json, report.LeftOut, words.Culture);
        json.WriteEndObject();
    });

    private static string Token(CatalogueFileOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
