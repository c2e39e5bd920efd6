using System.Globalization;
using ServiceStandard.Scoring;

namespace ServiceStandard.Reporting;

/// <summary>
/// Writes the capability index (<see cref="ScoreReport"/>, docs/format.md section 7, <c>schemas/reports/1.0/score.schema.json</c>)
/// as text, JSON, Markdown or HTML, or to a stream as an .xlsx workbook: the ranking, each dimension, and what costs each region the most points.
/// Figures are rounded to one decimal, half away from zero.
/// </summary>
public static class ScoreReportWriter
{
    /// <summary>The number of findings listed per region unless asked otherwise.</summary>
    public const int DefaultTop = 5;

    /// <summary>The capability index in <paramref name="format"/> (text, JSON, Markdown or HTML).</summary>
    /// <param name="report">The index.</param>
    /// <param name="format">The form to write; CSV is not one of the score's.</param>
    /// <param name="culture">The language of words and findings.</param>
    /// <param name="top">How many of each region's costliest findings to list.</param>
    /// <param name="leftOut">What the index could not read, to be listed in the report (none when null).</param>
    public static string Write(ScoreReport report, ReportFormat format, CultureInfo culture, int top = DefaultTop, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var view = new ScoreView(report, culture, top, leftOut);
        return format switch
        {
            ReportFormat.Json => ScoreJsonWriter.Write(view),
            ReportFormat.Markdown => ScoreMarkdownWriter.Write(view),
            ReportFormat.Html => ScoreHtmlWriter.Write(view),
            ReportFormat.Text => ScoreTextWriter.Write(view),
            ReportFormat.Xlsx => throw new ArgumentException(ComparisonReportWriter.WorkbookIsBytes, nameof(format)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The capability index is written as text, JSON, Markdown or HTML."),
        };
    }

    /// <summary>
    /// The capability index in <paramref name="format"/>, written to <paramref name="stream"/>: text forms as UTF-8
    /// without a byte order mark, or an .xlsx workbook (<see cref="ReportFormat.Xlsx"/>: the ranking, then each region's
    /// costliest findings, figures as numbers rounded to one decimal).
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The index.</param>
    /// <param name="format">The form to write; CSV is not one of the score's.</param>
    /// <param name="culture">The language of words and findings.</param>
    /// <param name="top">How many of each region's costliest findings to list.</param>
    /// <param name="leftOut">What the index could not read, to be listed in the report (none when null).</param>
    public static void Write(Stream stream, ScoreReport report, ReportFormat format, CultureInfo culture, int top = DefaultTop, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (format == ReportFormat.Xlsx)
        {
            ReportWorkbook.Score(stream, new ScoreView(report, culture, top, leftOut));
            return;
        }

        stream.Write(System.Text.Encoding.UTF8.GetBytes(Write(report, format, culture, top, leftOut)));
    }
}
