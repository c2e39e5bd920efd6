using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ServiceStandard.Reporting;

/// <summary>
/// Says what a report leaves out (<see cref="LeftOut"/>), the same way in every rendering: one line per file or item
/// in the language asked for (<c>left out: a.yaml item 4 (line 40, column 5: SS1101 ...)</c>), at the top of text,
/// Markdown and HTML; an <c>excluded</c> array in JSON.
/// </summary>
internal static class LeftOutWriter
{
    /// <summary>One line, without a newline; an item is named by its index and, when known, its basic code.</summary>
    public static string Line(LeftOut leftOut, CultureInfo culture) => TerminalText.Safe(leftOut.Item is { } item
        ? ReportText.Get(culture, "LeftOutItem", leftOut.File, string.Join(' ', [item.ToString(CultureInfo.InvariantCulture), .. leftOut.BasicCode is { } code ? [code] : Array.Empty<string>()]), Reason(leftOut, culture))
        : ReportText.Get(culture, "LeftOutFile", leftOut.File, Reason(leftOut, culture)));

    /// <summary>Where and why: <c>line 3, column 1: SS1001 message</c> (no position: the code and message alone).</summary>
    public static string Reason(LeftOut leftOut, CultureInfo culture) => Reason(leftOut.Reason, culture);

    /// <summary>The same, of the error alone: for a verb that names what it left out without a <see cref="LeftOut"/>.</summary>
    public static string Reason(ServiceStandard.Diagnostics.Diagnostic reason, CultureInfo culture)
    {
        var why = $"{reason.Code} {reason.Message(culture)}";
        return reason.Position is { } p ? ReportText.Get(culture, "LeftOutWhere", p.Line, p.Column) + why : why;
    }

    /// <summary>The lines and a blank line, to begin a text report with; nothing when nothing was left out.</summary>
    public static string Text(IReadOnlyList<LeftOut> leftOut, CultureInfo culture)
    {
        if (leftOut.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var line in leftOut)
        {
            text.Append(Line(line, culture)).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    /// <summary>A Markdown list of the lines, then a blank line; nothing when nothing was left out.</summary>
    public static void Markdown(StringBuilder md, IReadOnlyList<LeftOut> leftOut, CultureInfo culture)
    {
        foreach (var line in leftOut)
        {
            md.Append("- ").Append(DiffMarkdownWriter.Escape(Line(line, culture))).Append('\n');
        }

        if (leftOut.Count > 0)
        {
            md.Append('\n');
        }
    }

    /// <summary>A panel listing the lines, HTML-escaped; nothing when nothing was left out.</summary>
    public static void Html(StringBuilder html, IReadOnlyList<LeftOut> leftOut, CultureInfo culture)
    {
        if (leftOut.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"panel leftout\"><ul class=\"findings\">");
        foreach (var line in leftOut)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(Line(line, culture))).Append("</li>");
        }

        html.Append("</ul></section>\n");
    }

    /// <summary>
    /// The <c>excluded</c> array: per file or item <c>file</c>, <c>item</c> (0-based index in the items list; absent for a
    /// whole file), <c>basicCode</c> and <c>region</c> (when known), <c>reason</c> (the message), <c>code</c>, <c>line</c>,
    /// <c>column</c> (absent without a position).
    /// </summary>
    public static void Json(Utf8JsonWriter json, IReadOnlyList<LeftOut> leftOut, CultureInfo culture)
    {
        json.WriteStartArray("excluded");
        foreach (var line in leftOut)
        {
            json.WriteStartObject();
            json.WriteString("file", line.File);
            if (line.Item is { } item)
            {
                json.WriteNumber("item", item);
            }

            if (line.BasicCode is { } code)
            {
                json.WriteString("basicCode", code);
            }

            if (line.Region is { } region)
            {
                json.WriteString("region", region);
            }

            json.WriteString("reason", line.Reason.Message(culture));
            json.WriteString("code", line.Reason.Code);
            if (line.Reason.Position is { } position)
            {
                json.WriteNumber("line", position.Line);
                json.WriteNumber("column", position.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
