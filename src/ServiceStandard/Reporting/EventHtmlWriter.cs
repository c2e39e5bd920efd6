using System.Globalization;
using System.Net;
using System.Text;
using ServiceStandard.Events;

namespace ServiceStandard.Reporting;

/// <summary>
/// An event as one self-contained HTML page (inline CSS and SVG, no script, no remote asset): each region's chain as a
/// horizontal bar split into its steps, as long as the step's longest committed limit, the target as a line across;
/// an incomplete region as a hatched bar naming what it lacks. Then the table of every figure and the method. Every value
/// from the files is HTML-escaped.
/// </summary>
internal static class EventHtmlWriter
{
    private const string More = """
        .legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:6px 0 10px;padding:0;list-style:none;font-size:13px}
        .legend i{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:-2px}
        .notes li{margin:0 0 4px}
        """;

    private static readonly string[] StepColours = ["#17365d", "#2b6cb0", "#0f766e", "#6b46c1", "#b7791f", "#9b2c2c", "#2f855a", "#4a5568"];

    public static string Write(EventView view)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(view.Zh ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(view.Title)).Append("</title>\n<style>\n")
            .Append(ScoreHtmlWriter.Style).Append('\n').Append(More).Append("\n</style>\n</head>\n<body>\n<header class=\"top\"><div class=\"wrap\"><h1>")
            .Append(E(view.Title)).Append("</h1><p class=\"sub\">").Append(E(view.Heading)).Append("</p></div></header>\n<main class=\"wrap\">\n");
        LeftOutWriter.Html(html, view.LeftOut, view.Culture);
        html.Append("<section class=\"panel\"><h2>").Append(view.Zh ? "各地区全程承诺时限（工作日）" : "Committed working days end to end, by region").Append("</h2>");
        foreach (var line in new[] { view.Target, view.Source })
        {
            if (line is not null)
            {
                html.Append("<p class=\"muted\">").Append(E(line)).Append("</p>");
            }
        }

        html.Append("<ul class=\"legend\">");
        for (var i = 0; i < view.Event.Steps.Count; i++)
        {
            html.Append("<li><i style=\"background:").Append(Colour(i)).Append("\"></i>").Append(E(view.StepLabel(i) + view.Colon + view.StepItems(i))).Append("</li>");
        }

        html.Append("</ul>\n").Append(Chart(view)).Append("</section>\n");
        Table(html, view);
        html.Append("<section class=\"panel method\"><h2>").Append(view.Zh ? "计算方法" : "Method").Append("</h2><p>").Append(E(view.Method)).Append("</p></section>\n")
            .Append("<footer>svcstd event</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>One row per region in rank order: the chain's steps as segments of one bar, the total at its end.</summary>
    private static string Chart(EventView view)
    {
        const int Left = 250, Width = 820, Top = 34, Row = 40;
        var regions = view.Report.Regions;
        var goal = view.Event.Target?.CommittedWorkingDays;
        var longest = regions.Select(r => r.CommittedWorkingDays ?? 0m).Append(goal ?? 0m).Max();
        var scale = longest > 0 ? Width / longest : 0m;
        var height = Top + (regions.Count * Row) + 30;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 1220 {height}\" role=\"img\" aria-label=\"{E(view.Title)}\">\n")
            .Append("<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f3f5f8\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#c5ced8\" stroke-width=\"4\"/></pattern></defs>\n");
        foreach (var tick in Ticks(longest))
        {
            var x = Left + (tick * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{R(x)}\" y1=\"{Top - 6}\" x2=\"{R(x)}\" y2=\"{Top + (regions.Count * Row)}\" stroke=\"#dde3ea\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{R(x)}\" y=\"{Top - 12}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5f6b7a\">{EventView.Number(tick)}</text>\n");
        }

        for (var i = 0; i < regions.Count; i++)
        {
            Bar(svg, view, regions[i], i, Top + (i * Row), Left, scale);
        }

        if (goal is { } g)
        {
            var x = R(Left + (g * scale));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top - 6}\" x2=\"{x}\" y2=\"{Top + (regions.Count * Row) + 6}\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top + (regions.Count * Row) + 22}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#b3261e\">{E(view.Zh ? $"目标 {EventView.Number(g)}" : $"target {EventView.Number(g)}")}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, EventView view, EventRegion region, int rank, int y, int left, decimal scale)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"chain\" data-region=\"{E(region.Code)}\">")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 12}\" y=\"{y + 20}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1d2733\">{rank + 1}. {E(region.Name)} <tspan font-size=\"11\" fill=\"#5f6b7a\">{E(region.Code)}</tspan></text>");
        if (!region.Complete)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 5}\" width=\"480\" height=\"22\" rx=\"3\" fill=\"url(#hatch)\" stroke=\"#c5ced8\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 10}\" y=\"{y + 21}\" font-size=\"13\" fill=\"#5f6b7a\">{E(view.Zh ? "不完整：缺少 " : "incomplete: lacks ")}{E(string.Join(view.Zh ? "、" : ", ", region.Missing))}</text></g>\n");
            return;
        }

        if (region.CommittedWorkingDays is not { } total)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 5}\" width=\"480\" height=\"22\" rx=\"3\" fill=\"none\" stroke=\"#c5ced8\" stroke-dasharray=\"4 3\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 10}\" y=\"{y + 21}\" font-size=\"13\" fill=\"#5f6b7a\">{E(view.Zh ? "有事项未载明承诺时限，不计算全程时限" : "an item states no committed limit: no end-to-end figure")}</text></g>\n");
            return;
        }

        // Drawn last step first, so that an immediate step's 3-unit mark stays on top of the step after it.
        var x = (decimal)left;
        var segments = new List<string>();
        for (var s = 0; s < region.Steps.Count; s++)
        {
            var step = region.Steps[s];
            var days = step.CommittedWorkingDays ?? 0m;
            // An immediate step (0 days) is still drawn, 3 units wide, without pushing the next step off the scale.
            var width = Math.Max(days * scale, 3m);
            var tip = $"{view.StepLabel(s)}{view.Colon}{EventView.Number(days)}{(view.Zh ? " 个工作日 · " : " working days · ")}"
                + string.Join(" ∥ ", step.Items.Select(i => $"{i.Name ?? i.BasicCode} {EventView.Figure(i.Metrics?.CommittedWorkingDays)}"));
            var segment = new StringBuilder();
            segment.Append(CultureInfo.InvariantCulture, $"<rect class=\"step\" x=\"{R(x)}\" y=\"{y + 5}\" width=\"{R(width)}\" height=\"22\" fill=\"{Colour(s)}\" stroke=\"#fff\"><title>{E(tip)}</title></rect>");
            if (days * scale >= 34)
            {
                segment.Append(CultureInfo.InvariantCulture, $"<text x=\"{R(x + (width / 2))}\" y=\"{y + 21}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#fff\">{EventView.Number(days)}</text>");
            }

            segments.Add(segment.ToString());
            x += days * scale;
        }

        segments.Reverse();
        svg.AppendJoin(string.Empty, segments);

        var verdict = region.MeetsTarget switch { true => view.Zh ? " · 达标" : " · met", false => view.Zh ? " · 未达标" : " · missed", _ => string.Empty };
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{R(Math.Max(x, left + 3m) + 8)}\" y=\"{y + 21}\" font-size=\"14\" font-weight=\"700\" fill=\"{(region.MeetsTarget == false ? "#b3261e" : "#1d2733")}\">{EventView.Number(total)}{E(verdict)}</text></g>\n");
    }

    private static void Table(StringBuilder html, EventView view)
    {
        html.Append("<section class=\"panel\"><h2>").Append(view.Zh ? "各地区数值" : "Figures by region").Append("</h2><table><thead><tr>");
        var headings = view.Headings;
        for (var c = 0; c < headings.Length; c++)
        {
            html.Append(EventView.IsText(c) ? "<th>" : "<th class=\"num\">").Append(E(headings[c])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        for (var i = 0; i < view.Report.Regions.Count; i++)
        {
            html.Append("<tr>");
            var row = view.Row(view.Report.Regions[i], i + 1);
            for (var c = 0; c < row.Length; c++)
            {
                html.Append(EventView.IsText(c) ? "<td>" : "<td class=\"num\">").Append(E(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>");
        var notes = view.Notes;
        if (notes.Count > 0)
        {
            html.Append("<ul class=\"notes\">");
            foreach (var note in notes)
            {
                html.Append("<li>").Append(E(note)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</section>\n");
    }

    /// <summary>About five round ticks from 0 to the longest chain.</summary>
    private static IEnumerable<decimal> Ticks(decimal longest)
    {
        if (longest <= 0)
        {
            return [0m];
        }

        var step = new[] { 1m, 2m, 5m, 10m, 20m, 50m, 100m, 200m, 500m }.FirstOrDefault(s => longest / s <= 6, 1000m);
        return Enumerable.Range(0, (int)(longest / step) + 1).Select(i => i * step);
    }

    private static string Colour(int step) => StepColours[step % StepColours.Length];

    private static decimal R(decimal value) => decimal.Round(value, 1);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
