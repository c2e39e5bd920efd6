using System.Globalization;
using System.Net;
using System.Text;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>
/// One self-contained HTML file (inline CSS and a few lines of inline script; no remote asset, font or script): summary
/// cards, an item × region heat map for the overall burden and for each metric, sortable tables, the findings in words.
/// Every value from the inventories is HTML-escaped.
/// </summary>
internal static class DiffHtmlWriter
{
    public static string Regional(DiffView view)
    {
        var words = view.Words;
        var report = view.Report;
        var html = new StringBuilder();
        Open(html, words, words.Title);
        html.Append("<header class=\"top\"><div class=\"wrap\"><h1>").Append(E(words.Title)).Append("</h1><p class=\"sub\">")
            .Append(E(view.Summary)).Append("</p><p class=\"chips\">");
        foreach (var region in report.Regions)
        {
            html.Append("<span class=\"chip\">").Append(E(region.Name)).Append(" <small>").Append(E(region.Code)).Append("</small></span>");
        }

        html.Append("</p></div></header>\n<main class=\"wrap\">\n");
        LeftOutWriter.Html(html, view.LeftOut, view.Culture);
        html.Append("<section class=\"cards\">");
        Card(html, words.Regions, Invariant(report.Regions.Count), view.RegionNames(report.Regions.Select(r => r.Code)), string.Empty);
        Card(html, words.ItemsCompared, Invariant(report.Items.Count), words.Format(words.SharedEverywhere, view.Shared), string.Empty);
        Card(html, words.Warnings, Invariant(view.Warnings), words.Findings, "warn");
        Card(html, words.Infos, Invariant(view.Infos), words.Findings, "info");
        Card(html, words.AverageUniformity, DiffView.Number(view.MeanUniformity), "0 – 1", string.Empty);
        html.Append("</section>\n");

        HeatMaps(html, view);
        RegionTable(html, view);
        Overview(html, view);
        Findings(html, view);
        Missing(html, view);

        html.Append("<section class=\"panel method\"><h2>").Append(E(words.Method)).Append("</h2><ul>");
        foreach (var line in words.MethodText)
        {
            html.Append("<li>").Append(E(line)).Append("</li>");
        }

        html.Append("</ul></section>\n</main>\n");
        Close(html);
        return html.ToString();
    }

    public static string Versions(VersionReport report, DiffWords words, IReadOnlyList<LeftOut> leftOut)
    {
        var html = new StringBuilder();
        Open(html, words, words.VersionTitle);
        html.Append("<header class=\"top\"><div class=\"wrap\"><h1>").Append(E(words.VersionTitle)).Append("</h1><p class=\"sub\">")
            .Append(E(DiffTextWriter.VersionSummary(report, words))).Append("</p></div></header>\n<main class=\"wrap\">\n");
        LeftOutWriter.Html(html, leftOut, words.Culture);
        html.Append("<section class=\"cards\">");
        Card(html, words.Added, Invariant(report.Added.Count), string.Empty, string.Empty);
        Card(html, words.Removed, Invariant(report.Removed.Count), string.Empty, string.Empty);
        Card(html, words.Stricter, Invariant(report.Changed.Count(c => c.Direction == ChangeDirection.Stricter)), words.Changed, "warn");
        Card(html, words.Looser, Invariant(report.Changed.Count(c => c.Direction == ChangeDirection.Looser)), words.Changed, "good");
        Card(html, words.Mixed, Invariant(report.Changed.Count(c => c.Direction == ChangeDirection.Mixed)), words.Changed, "info");
        html.Append("</section>\n");
        foreach (var (title, items) in new[] { (words.Added, report.Added), (words.Removed, report.Removed) })
        {
            html.Append("<section class=\"panel\"><h2>").Append(E(title)).Append("</h2>");
            if (items.Count == 0)
            {
                html.Append("<p class=\"muted\">").Append(E(words.None)).Append("</p>");
            }
            else
            {
                html.Append("<table class=\"grid sortable\"><thead><tr><th>").Append(E(words.BasicCode)).Append("</th><th>").Append(E(words.Item))
                    .Append("</th></tr></thead><tbody>");
                foreach (var item in items)
                {
                    html.Append("<tr><td class=\"code\">").Append(E(item.BasicCode)).Append("</td><td>").Append(E(item.Name)).Append("</td></tr>");
                }

                html.Append("</tbody></table>");
            }

            html.Append("</section>\n");
        }

        html.Append("<section class=\"panel\"><h2>").Append(E(words.Changed)).Append("</h2>");
        if (report.Changed.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(E(words.None)).Append("</p>");
        }

        foreach (var item in report.Changed)
        {
            html.Append("<article class=\"item\"><h3>").Append(E(item.Name)).Append(" <span class=\"code\">").Append(E(item.BasicCode)).Append("</span> ")
                .Append(Direction(item.Direction, words)).Append("</h3><ul class=\"findings\">");
            foreach (var change in item.Changes)
            {
                html.Append("<li>").Append(Direction(change.Direction, words)).Append(' ').Append(E(change.Message(words.Culture))).Append("</li>");
            }

            html.Append("</ul></article>");
        }

        html.Append("</section>\n</main>\n");
        Close(html);
        return html.ToString();
    }

    private static void HeatMaps(StringBuilder html, DiffView view)
    {
        var words = view.Words;
        var regions = view.Report.Regions;
        var panels = new List<(string Label, Func<ItemComparison, string, (decimal? Score, string Text, string? Mark)> Cell)>
        {
            (words.Burden, (item, region) => item.Burdens.TryGetValue(region, out var burden)
                ? (burden, burden.ToString("0.00", CultureInfo.InvariantCulture), item.Strictest.Contains(region) ? "▲" : null)
                : (null, item.ByRegion.ContainsKey(region) ? "0.00" : words.NotStated, null)),
        };
        panels.AddRange(ComparisonMetrics.All.Select(metric => (view.Label(metric), (Func<ItemComparison, string, (decimal?, string, string?)>)((item, region) =>
            (view.Score(item, region, metric), view.Value(item, region, metric), view.Mark(item, region, ComparisonMetrics.Name(metric)) is null ? null : "▲")))));

        html.Append("<section class=\"panel\"><h2>").Append(E(words.HeatMap)).Append("</h2><p class=\"muted\">").Append(E(words.Lighter))
            .Append("<span class=\"legend\"></span>").Append(E(words.Heavier)).Append(" · ").Append(E(words.HeatMapNote)).Append("</p><div class=\"tabs\">");
        for (var p = 0; p < panels.Count; p++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"radio\" name=\"heat\" id=\"heat{p}\"{(p == 0 ? " checked" : string.Empty)}><label for=\"heat{p}\">{E(panels[p].Label)}</label>");
        }

        for (var p = 0; p < panels.Count; p++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"tab\" id=\"tab{p}\"><table class=\"heat sortable\"><thead><tr><th>{E(words.Item)}</th>");
            foreach (var region in regions)
            {
                html.Append("<th class=\"region\">").Append(E(region.Name)).Append("</th>");
            }

            html.Append("<th class=\"num\">").Append(E(words.Uniformity)).Append("</th></tr></thead><tbody>");
            foreach (var item in view.WorstFirst)
            {
                html.Append("<tr><td class=\"name\">").Append(E(view.ItemTitle(item))).Append("<small>").Append(E(DiffView.Code(item))).Append("</small></td>");
                foreach (var region in regions)
                {
                    if (!item.ByRegion.ContainsKey(region.Code))
                    {
                        html.Append("<td class=\"cell absent\" data-v=\"\">").Append(E(words.NotCarried)).Append("</td>");
                        continue;
                    }

                    var (score, text, mark) = panels[p].Cell(item, region.Code);
                    var style = score is { } s ? $" style=\"background:{Colour(s)}\"" : string.Empty;
                    var css = score is null && text == words.NotStated ? "cell unstated" : "cell";
                    html.Append(CultureInfo.InvariantCulture, $"<td class=\"{css}\"{style} data-v=\"{E(text == words.NotStated ? string.Empty : text)}\">{E(text)}");
                    if (mark is not null)
                    {
                        html.Append("<b class=\"mark\">").Append(mark).Append("</b>");
                    }

                    html.Append("</td>");
                }

                UniformityCell(html, item.Uniformity);
                html.Append("</tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append("</div></section>\n");
    }

    private static void RegionTable(StringBuilder html, DiffView view)
    {
        var words = view.Words;
        var most = Math.Max(1, view.Report.Regions.Max(r => Math.Max(r.Strictest, r.Loosest)));
        html.Append("<section class=\"panel\"><h2>").Append(E(words.Regions)).Append("</h2><table class=\"grid sortable\"><thead><tr><th>")
            .Append(E(words.Name)).Append("</th><th>").Append(E(words.Code)).Append("</th><th class=\"num\">").Append(E(words.ItemCount))
            .Append("</th><th>").Append(E(words.StrictestCount)).Append("</th><th>").Append(E(words.LoosestCount)).Append("</th></tr></thead><tbody>");
        foreach (var region in view.Report.Regions)
        {
            html.Append("<tr><td>").Append(E(region.Name)).Append("</td><td class=\"code\">").Append(E(region.Code)).Append("</td><td class=\"num\">")
                .Append(Invariant(region.Items)).Append("</td>");
            Bar(html, region.Strictest, most, "bar-strict");
            Bar(html, region.Loosest, most, "bar-loose");
            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Overview(StringBuilder html, DiffView view)
    {
        var words = view.Words;
        html.Append("<section class=\"panel\"><h2>").Append(E(words.Overview)).Append("</h2><table class=\"grid sortable\"><thead><tr><th>")
            .Append(E(words.Item)).Append("</th><th>").Append(E(words.BasicCode)).Append("</th><th class=\"num\">").Append(E(words.Uniformity))
            .Append("</th><th class=\"num\">").Append(E(words.Warnings)).Append("</th><th class=\"num\">").Append(E(words.Infos))
            .Append("</th><th>").Append(E(words.Strictest)).Append("</th><th>").Append(E(words.Loosest)).Append("</th></tr></thead><tbody>");
        foreach (var item in view.WorstFirst)
        {
            html.Append("<tr><td>").Append(E(view.ItemTitle(item))).Append("</td><td class=\"code\">").Append(E(DiffView.Code(item))).Append("</td>");
            UniformityCell(html, item.Uniformity);
            html.Append("<td class=\"num\">").Append(Invariant(view.Count(item, FindingSeverity.Warning))).Append("</td><td class=\"num\">")
                .Append(Invariant(view.Count(item, FindingSeverity.Info))).Append("</td><td>").Append(E(view.RegionNames(item.Strictest)))
                .Append("</td><td>").Append(E(view.RegionNames(item.Loosest))).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Findings(StringBuilder html, DiffView view)
    {
        var words = view.Words;
        html.Append("<section class=\"panel\"><h2>").Append(E(words.Findings)).Append("</h2>");
        foreach (var item in view.WorstFirst)
        {
            html.Append("<article class=\"item\"><h3>").Append(E(view.ItemTitle(item))).Append(" <span class=\"code\">").Append(E(DiffView.Code(item)))
                .Append("</span> <span class=\"score\">").Append(E(words.Uniformity)).Append(' ').Append(E(DiffView.Uniformity(item))).Append("</span></h3><ul class=\"findings\">");
            foreach (var finding in item.Findings)
            {
                var css = finding.Severity == FindingSeverity.Warning ? "warn" : "info";
                html.Append("<li><span class=\"pill ").Append(css).Append("\">").Append(E(words.Severity(finding.Severity))).Append("</span> ")
                    .Append(E(finding.Message(view.Culture))).Append("</li>");
            }

            if (item.Findings.Count == 0)
            {
                html.Append("<li class=\"muted\">").Append(E(words.NoFinding)).Append("</li>");
            }

            html.Append("</ul></article>");
        }

        html.Append("</section>\n");
    }

    private static void Missing(StringBuilder html, DiffView view)
    {
        if (view.Report.Missing.Count == 0)
        {
            return;
        }

        var words = view.Words;
        html.Append("<section class=\"panel\"><h2>").Append(E(words.Missing)).Append("</h2><table class=\"grid sortable\"><thead><tr><th>")
            .Append(E(words.Item)).Append("</th><th>").Append(E(words.BasicCode)).Append("</th><th>").Append(E(words.PresentIn))
            .Append("</th><th>").Append(E(words.AbsentFrom)).Append("</th></tr></thead><tbody>");
        foreach (var missing in view.Report.Missing)
        {
            html.Append("<tr><td>").Append(E(missing.Name)).Append("</td><td class=\"code\">").Append(E(missing.BasicCode ?? string.Empty))
                .Append("</td><td>").Append(E(view.RegionNames(missing.PresentIn))).Append("</td><td class=\"absent-list\">")
                .Append(E(view.RegionNames(missing.AbsentFrom))).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Card(StringBuilder html, string label, string value, string note, string css) =>
        html.Append("<div class=\"card ").Append(css).Append("\"><div class=\"label\">").Append(E(label)).Append("</div><div class=\"value\">")
            .Append(E(value)).Append("</div><div class=\"note\">").Append(E(note)).Append("</div></div>");

    private static void Bar(StringBuilder html, int value, int most, string css) =>
        html.Append(CultureInfo.InvariantCulture, $"<td class=\"barcell\" data-v=\"{value}\"><span class=\"bar {css}\" style=\"width:{value * 80 / most}%\"></span><span class=\"barv\">{value}</span></td>");

    private static void UniformityCell(StringBuilder html, decimal? uniformity)
    {
        var text = uniformity is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "-";
        var width = uniformity is { } u ? (int)Math.Round(u * 100m) : 0;
        var colour = uniformity is { } level ? Colour(1m - level) : "#cbd2d9";
        html.Append(CultureInfo.InvariantCulture, $"<td class=\"num uni\" data-v=\"{text}\"><span class=\"ubar\"><span style=\"width:{width}%;background:{colour}\"></span></span>{E(text)}</td>");
    }

    private static string Direction(ChangeDirection direction, DiffWords words) =>
        $"<span class=\"pill {direction.ToString().ToLowerInvariant()}\">{E(words.DirectionWord(direction))}</span>";

    /// <summary>Green (0, lightest burden) through amber to red (1, heaviest).</summary>
    private static string Colour(decimal score)
    {
        var s = (double)Math.Clamp(score, 0m, 1m);
        return string.Create(CultureInfo.InvariantCulture, $"hsl({130 * (1 - s):0},{55 + (15 * s):0}%,{86 - (8 * s):0}%)");
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Open(StringBuilder html, DiffWords words, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(words.IsChinese ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(Css).Append("</style>\n</head>\n<body>\n");
    }

    private static void Close(StringBuilder html) => html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");

    private const string Css = """
:root{--ink:#1d2733;--muted:#5f6b7a;--line:#dde3ea;--bg:#f3f5f8;--navy:#17365d;--red:#b3261e;--amber:#b7791f;--green:#2f855a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Helvetica Neue",Arial,sans-serif}
.wrap{max-width:1320px;margin:0 auto;padding:0 24px}
.top{background:linear-gradient(135deg,#17365d,#24507f);color:#fff;padding:22px 0 18px;border-bottom:4px solid #b3261e}
.top h1{margin:0 0 4px;font-size:24px;font-weight:700;letter-spacing:.5px}
.sub{margin:0;opacity:.9}
.chips{margin:10px 0 0}
.chip{display:inline-block;margin:0 8px 4px 0;padding:2px 10px;border-radius:12px;background:rgba(255,255,255,.15);font-size:13px}
.chip small{opacity:.75}
.cards{display:grid;grid-template-columns:repeat(5,1fr);gap:14px;margin:18px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;border-top:3px solid var(--navy)}
.card.warn{border-top-color:var(--red)}.card.info{border-top-color:var(--amber)}.card.good{border-top-color:var(--green)}
.card .label{color:var(--muted);font-size:13px}.card .value{font-size:28px;font-weight:700;line-height:1.2}
.card.warn .value{color:var(--red)}.card.info .value{color:var(--amber)}.card.good .value{color:var(--green)}
.card .note{color:var(--muted);font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 18px}
h2{font-size:17px;margin:0 0 8px;color:var(--navy)}
h3{font-size:15px;margin:0 0 6px}
.muted{color:var(--muted);font-size:13px;margin:0 0 10px}
table{border-collapse:collapse;width:100%}
th{background:#eef2f7;color:#34465c;font-weight:600;text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);cursor:pointer;user-select:none;white-space:nowrap}
th:hover{background:#e2e9f2}
th[data-dir=asc]::after{content:" ▲";font-size:10px}th[data-dir=desc]::after{content:" ▼";font-size:10px}
td{padding:6px 10px;border-bottom:1px solid #edf0f4;vertical-align:middle}
.num{text-align:right}
.code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12px;color:var(--muted)}
.tabs>input{position:absolute;opacity:0;pointer-events:none}
.tabs>label{display:inline-block;padding:5px 12px;margin:0 4px 6px 0;border:1px solid var(--line);border-radius:16px;cursor:pointer;font-size:13px;color:#34465c;background:#f7f9fb}
.tabs>input:checked+label{background:var(--navy);border-color:var(--navy);color:#fff}
.tab{display:none;margin-top:6px}
#heat0:checked~#tab0,#heat1:checked~#tab1,#heat2:checked~#tab2,#heat3:checked~#tab3,#heat4:checked~#tab4,#heat5:checked~#tab5,#heat6:checked~#tab6,#heat7:checked~#tab7,#heat8:checked~#tab8{display:block}
.heat td.name{white-space:nowrap;font-weight:500}
.heat td.name small{display:block;font-weight:400;color:var(--muted);font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:11px}
.heat td.cell{text-align:center;font-variant-numeric:tabular-nums;border:2px solid #fff;border-radius:4px;min-width:92px;font-weight:600}
.heat td.unstated,.heat td.absent{background:repeating-linear-gradient(45deg,#f2f4f7,#f2f4f7 6px,#e8ebf0 6px,#e8ebf0 12px);color:#98a2b3;font-weight:400}
.heat td.cell:not([style]):not(.unstated):not(.absent){background:#eef1f5}
.heat td.absent{font-size:12px}
.mark{color:var(--red);font-size:11px;margin-left:4px}
.uni{white-space:nowrap;font-variant-numeric:tabular-nums}
.ubar{display:inline-block;width:60px;height:8px;background:#e7ebf0;border-radius:4px;margin-right:8px;vertical-align:middle;overflow:hidden}
.ubar span{display:block;height:100%;filter:saturate(1.6) brightness(.8)}
.heat th.region{text-align:center}
.legend{display:inline-block;width:120px;height:10px;border-radius:5px;vertical-align:middle;margin:0 6px;background:linear-gradient(90deg,hsl(130,55%,86%),hsl(65,62%,82%),hsl(0,70%,78%))}
.bar{display:inline-block;height:10px;border-radius:3px;vertical-align:middle;margin-right:6px;min-width:2px}
.bar-strict{background:#c53030}.bar-loose{background:#38a169}
.barv{font-variant-numeric:tabular-nums}
.barcell{white-space:nowrap;width:22%}
.item{border-top:1px solid var(--line);padding:10px 0 6px}
.item:first-of-type{border-top:0}
.score{font-size:12px;font-weight:400;color:var(--muted);margin-left:6px}
.findings{margin:4px 0 0;padding-left:0;list-style:none}
.findings li{margin:3px 0}
.pill{display:inline-block;min-width:44px;text-align:center;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:#718096;margin-right:6px}
.pill.warn,.pill.stricter{background:var(--red)}.pill.info,.pill.mixed{background:var(--amber)}.pill.looser{background:var(--green)}
.absent-list{color:var(--red)}
.method li{color:#3c4a5a;margin:4px 0}
@media print{.tabs>label{display:none}.tab{display:block!important;page-break-inside:avoid}th{cursor:default}}
""";

    private const string Script = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('thead th').forEach(function (th, column) {
    th.addEventListener('click', function () {
      var ascending = th.dataset.dir !== 'asc';
      table.querySelectorAll('thead th').forEach(function (other) { delete other.dataset.dir; });
      th.dataset.dir = ascending ? 'asc' : 'desc';
      var key = function (row) { var cell = row.cells[column]; return cell.dataset.v !== undefined ? cell.dataset.v : cell.textContent.trim(); };
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y), order;
        if (!isNaN(nx) && !isNaN(ny)) { order = nx - ny; }
        else if (isNaN(nx) !== isNaN(ny) && (x === '' || y === '')) { order = x === '' ? -1 : 1; }
        else { order = x.localeCompare(y, 'zh'); }
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
});
""";
}
