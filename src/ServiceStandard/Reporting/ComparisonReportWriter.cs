using System.Globalization;
using System.Text;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>
/// Writes a comparison: a <see cref="ComparisonReport"/> of several regions (docs/format.md section 5,
/// <c>schemas/reports/1.0/comparison.schema.json</c>) or a <see cref="VersionReport"/> of two versions of one region's
/// inventory, as text, JSON, Markdown, CSV or HTML (<see cref="ReportFormat"/>), or to a stream as an .xlsx workbook. Findings and words are in the culture
/// given (zh or en); items are listed lowest uniformity first in text, Markdown and HTML.
/// </summary>
public static class ComparisonReportWriter
{
    /// <summary>The regional comparison in <paramref name="format"/> (not <see cref="ReportFormat.Xlsx"/>: a workbook is written to a stream).</summary>
    /// <param name="report">The comparison.</param>
    /// <param name="format">The form to write.</param>
    /// <param name="culture">The language of words and findings.</param>
    /// <param name="leftOut">What the comparison could not read, to be listed in the report (none when null).</param>
    public static string Write(ComparisonReport report, ReportFormat format, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        return format switch
        {
            ReportFormat.Json => JsonText.Write(json => DiffJsonWriter.Regional(json, report, culture, leftOut ?? [])),
            ReportFormat.Markdown => DiffMarkdownWriter.Regional(new DiffView(report, culture, leftOut)),
            ReportFormat.Csv => DiffCsvWriter.Regional(new DiffView(report, culture, leftOut)),
            ReportFormat.Html => DiffHtmlWriter.Regional(new DiffView(report, culture, leftOut)),
            ReportFormat.Text => DiffTextWriter.Regional(new DiffView(report, culture, leftOut)),
            ReportFormat.Xlsx => throw new ArgumentException(WorkbookIsBytes, nameof(format)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>
    /// The regional comparison in <paramref name="format"/>, written to <paramref name="stream"/> as UTF-8 without a
    /// byte order mark (CSV has its own), or as an .xlsx workbook (<see cref="ReportFormat.Xlsx"/>). JSON is streamed
    /// item by item: a national comparison is never held whole.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The comparison.</param>
    /// <param name="format">The form to write.</param>
    /// <param name="culture">The language of words and findings.</param>
    /// <param name="leftOut">What the comparison could not read, to be listed in the report (none when null).</param>
    public static void Write(Stream stream, ComparisonReport report, ReportFormat format, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        if (format == ReportFormat.Json)
        {
            JsonText.WriteTo(stream, json => DiffJsonWriter.Regional(json, report, culture, leftOut ?? []));
            return;
        }

        if (format == ReportFormat.Xlsx)
        {
            ReportWorkbook.Regional(stream, new DiffView(report, culture, leftOut));
            return;
        }

        stream.Write(Encoding.UTF8.GetBytes(Write(report, format, culture, leftOut)));
    }

    /// <summary>The comparison of two versions of one region's inventory in <paramref name="format"/> (not <see cref="ReportFormat.Xlsx"/>: a workbook is written to a stream).</summary>
    /// <param name="report">The comparison of the old and the new version.</param>
    /// <param name="format">The form to write.</param>
    /// <param name="culture">The language of words and changes.</param>
    /// <param name="leftOut">What the comparison could not read, to be listed in the report (none when null; CSV has no place for it).</param>
    public static string Write(VersionReport report, ReportFormat format, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var words = DiffWords.For(culture);
        return format switch
        {
            ReportFormat.Json => DiffJsonWriter.Versions(report, culture, leftOut ?? []),
            ReportFormat.Markdown => DiffMarkdownWriter.Versions(report, words, leftOut ?? []),
            ReportFormat.Csv => DiffCsvWriter.Versions(report, words),
            ReportFormat.Html => DiffHtmlWriter.Versions(report, words, leftOut ?? []),
            ReportFormat.Text => DiffTextWriter.Versions(report, words, leftOut ?? []),
            ReportFormat.Xlsx => throw new ArgumentException(WorkbookIsBytes, nameof(format)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>
    /// The comparison of two versions of one region's inventory in <paramref name="format"/>, written to
    /// <paramref name="stream"/>: text forms as UTF-8 without a byte order mark (CSV has its own), or an .xlsx workbook.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The comparison of the old and the new version.</param>
    /// <param name="format">The form to write.</param>
    /// <param name="culture">The language of words and changes.</param>
    /// <param name="leftOut">What the comparison could not read, to be listed in the report (none when null; CSV has no place for it).</param>
    public static void Write(Stream stream, VersionReport report, ReportFormat format, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        if (format == ReportFormat.Xlsx)
        {
            ReportWorkbook.Versions(stream, report, DiffWords.For(culture), leftOut ?? []);
            return;
        }

        stream.Write(Encoding.UTF8.GetBytes(Write(report, format, culture, leftOut)));
    }

    /// <summary>The message of asking a text of a workbook.</summary>
    internal const string WorkbookIsBytes = "An .xlsx workbook is bytes, not text: write it with the overload that takes a stream.";
}
