using System.Globalization;
using ServiceStandard.Events;

namespace ServiceStandard.Reporting;

/// <summary>
/// Writes the comparison of one service event (一件事) across regions (<see cref="EventReport"/>) as text, JSON,
/// Markdown or HTML: each region's end-to-end figures, ranked, against the event's target.
/// </summary>
public static class EventReportWriter
{
    /// <summary>The event comparison in <paramref name="format"/> (text, JSON, Markdown or HTML).</summary>
    /// <param name="report">The event comparison.</param>
    /// <param name="format">The form to write; CSV is not one of the event's.</param>
    /// <param name="culture">The language of words.</param>
    /// <param name="leftOut">What the comparison could not read, to be listed in the report (none when null).</param>
    public static string Write(EventReport report, ReportFormat format, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var view = new EventView(report, culture, leftOut);
        return format switch
        {
            ReportFormat.Json => EventJsonWriter.Write(view),
            ReportFormat.Markdown => EventMarkdownWriter.Write(view),
            ReportFormat.Html => EventHtmlWriter.Write(view),
            ReportFormat.Text => EventTextWriter.Write(view),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "An event comparison is written as text, JSON, Markdown or HTML."),
        };
    }
}
