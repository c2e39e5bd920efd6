using System.Globalization;
using System.Net;
using System.Text;
using ServiceStandard.Scoring;

namespace ServiceStandard.Reporting;

/// <summary>
/// The capability index as one self-contained HTML page: inline CSS and SVG, no script, no remote asset.
/// A ranked bar chart of the index (band zones behind), one ranked chart per dimension, the table, each
/// region's costliest findings and the method. Every value from the inventories is HTML-escaped.
/// </summary>
internal static class ScoreHtmlWriter
{
    internal const string Style = """
        :root{--ink:#1d2733;--muted:#5f6b7a;--line:#dde3ea;--bg:#f3f5f8;--navy:#17365d}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Helvetica Neue",Arial,sans-serif}
        .wrap{max-width:1280px;margin:0 auto;padding:0 24px}
        .top{background:linear-gradient(135deg,#17365d,#24507f);color:#fff;padding:20px 0 16px;border-bottom:4px solid #b3261e}
        .top h1{margin:0 0 4px;font-size:24px;letter-spacing:.5px}
        .sub{margin:0;opacity:.9}
        .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin:18px 0}
        .card{background:#fff;border:1px solid var(--line);border-top:3px solid var(--navy);border-radius:8px;padding:10px 16px}
        .card .label{color:var(--muted);font-size:13px}.card .value{font-size:28px;font-weight:700;line-height:1.25}
        .card .note{color:var(--muted);font-size:12px}
        .panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 18px}
        h2{font-size:17px;margin:0 0 6px;color:var(--navy)}
        .muted{color:var(--muted);font-size:13px;margin:0 0 8px}
        svg{display:block;width:100%;height:auto}
        svg text{font-family:inherit}
        .grid2{display:grid;grid-template-columns:1fr 1fr;gap:10px 28px}
        .grid2 h3{font-size:14px;margin:4px 0 2px}
        table{border-collapse:collapse;width:100%}
        th{background:#eef2f7;color:#34465c;font-weight:600;text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);white-space:nowrap}
        td{padding:6px 10px;border-bottom:1px solid #edf0f4}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12px;color:var(--muted)}
        .band{display:inline-block;padding:1px 10px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
        .veryHigh{background:#2f855a}.high{background:#2b6cb0}.medium{background:#b7791f}.low{background:#b3261e}
        .regions{display:grid;grid-template-columns:1fr 1fr;gap:14px}
        .region{border:1px solid var(--line);border-radius:8px;padding:10px 14px}
        .region h3{font-size:15px;margin:0 0 6px}
        .region ol{margin:0;padding-left:20px}
        .region li{margin:0 0 6px}
        .cost{display:inline-block;margin:2px 6px 0 0;padding:0 8px;border-radius:9px;font-size:12px;color:#fff;white-space:nowrap}
        .cost.index{background:#34465c}
        .method li{margin:0 0 4px}
        footer{color:var(--muted);font-size:12px;padding:0 0 24px}
        """;

    private static readonly string[] DimensionColours = ["#17365d", "#2b6cb0", "#6b46c1", "#0f766e"];

    public static string Write(ScoreView view)
    {
        var report = view.Report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(view.Zh ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(view.Title)).Append("</title>\n<style>\n")
            .Append(Style).Append("\n</style>\n</head>\n<body>\n<header class=\"top\"><div class=\"wrap\"><h1>").Append(E(view.Title)).Append("</h1><p class=\"sub\">")
            .Append(E(Sub(view))).Append("</p></div></header>\n<main class=\"wrap\">\n");
        LeftOutWriter.Html(html, view.LeftOut, view.Culture);
        Cards(html, view);
        html.Append("<section class=\"panel\"><h2>").Append(view.Zh ? "指数排名" : "Ranking by index").Append("</h2><p class=\"muted\">")
            .Append(E(view.Rounding)).Append("</p>\n").Append(IndexChart(view)).Append("</section>\n");
        html.Append("<section class=\"panel\"><h2>").Append(view.Zh ? "四个维度" : "The four dimensions").Append("</h2><div class=\"grid2\">\n");
        foreach (var dimension in ScoreView.Dimensions)
        {
            html.Append("<div><h3>").Append(E(view.Dimension(dimension))).Append("</h3>")
                .Append(DimensionChart(view, dimension)).Append("</div>\n");
        }

        html.Append("</div></section>\n");
        Table(html, view);
        Findings(html, view);
        Method(html, view);
        html.Append("<footer>").Append(E(view.Mean)).Append(" svcstd score</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Sub(ScoreView view) =>
        $"{view.Report.Regions.Count}{(view.Zh ? " 个地区 · " : " regions · ")}{view.Reference} · {view.Weights}";

    private static void Cards(StringBuilder html, ScoreView view)
    {
        var report = view.Report;
        html.Append("<section class=\"cards\">\n");
        Card(html, view.Zh ? "地区" : "Regions", report.Regions.Count.ToString(CultureInfo.InvariantCulture), view.Zh ? "按指数从高到低排列" : "ranked by index, highest first");
        Card(html, view.Zh ? "平均指数" : "Mean index", ScoreView.Figure(report.Mean),
            view.Zh ? $"{report.AboveMean} 个地区高于平均值" : $"{report.AboveMean} of {report.Regions.Count} regions above the mean");
        if (report.Regions.Count > 0)
        {
            var best = report.Regions[0];
            Card(html, view.Zh ? "最高" : "Highest", ScoreView.Figure(best.Index), $"{view.RegionName(best)} · {view.Band(best.Band)}");
        }

        Card(html, view.Zh ? "参照事项" : "Reference items", report.Reference.Items.Count.ToString(CultureInfo.InvariantCulture),
            report.Reference.Kind == ReferenceKind.Basic ? (view.Zh ? "基本目录" : "basic catalogue") : (view.Zh ? "各地区事项并集" : "union of all regions' items"));
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, string label, string value, string note) =>
        html.Append("<div class=\"card\"><div class=\"label\">").Append(E(label)).Append("</div><div class=\"value\">").Append(E(value))
            .Append("</div><div class=\"note\">").Append(E(note)).Append("</div></div>\n");

    /// <summary>Horizontal bars of the index, one row per region in rank order, the four band zones behind.</summary>
    private static string IndexChart(ScoreView view)
    {
        const int Left = 250, Width = 860, Top = 30, Row = 38;
        var regions = view.Report.Regions;
        var height = Top + (regions.Count * Row) + 42;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 1220 {height}\" role=\"img\" aria-label=\"{E(view.Title)}\">\n");
        (decimal From, decimal To, ScoreBand Band, string Fill)[] zones =
            [(0, 65, ScoreBand.Low, "#fbeceb"), (65, 80, ScoreBand.Medium, "#fbf3e4"), (80, 90, ScoreBand.High, "#e8f0fa"), (90, 100, ScoreBand.VeryHigh, "#e6f4ec")];
        foreach (var zone in zones)
        {
            var x = X(zone.From, Left, Width);
            var w = X(zone.To, Left, Width) - x;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Top - 8}\" width=\"{w}\" height=\"{(regions.Count * Row) + 8}\" fill=\"{zone.Fill}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (w / 2)}\" y=\"{Top - 14}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5f6b7a\">{E(view.Band(zone.Band))}</text>\n");
        }

        foreach (var tick in new[] { 0m, 65m, 80m, 90m, 100m })
        {
            var x = X(tick, Left, Width);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top - 8}\" x2=\"{x}\" y2=\"{Top + (regions.Count * Row)}\" stroke=\"#c5ced8\" stroke-dasharray=\"3 3\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top + (regions.Count * Row) + 16}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5f6b7a\">{tick}</text>\n");
        }

        var mean = X(view.Report.Mean, Left, Width);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{mean}\" y1=\"{Top - 4}\" x2=\"{mean}\" y2=\"{Top + (regions.Count * Row) + 20}\" stroke=\"#b3261e\" stroke-width=\"2\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{mean}\" y=\"{Top + (regions.Count * Row) + 34}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#b3261e\">{(view.Zh ? "平均" : "mean")} {ScoreView.Figure(view.Report.Mean)}</text>\n");
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            var y = Top + (i * Row);
            var w = X(region.Index, Left, Width) - Left;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 12}\" y=\"{y + 20}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1d2733\">{i + 1}. {E(view.RegionName(region))} <tspan font-size=\"11\" fill=\"#5f6b7a\">{region.Code}</tspan></text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y + 5}\" width=\"{w}\" height=\"22\" rx=\"3\" class=\"{ScoreLabels.Token(region.Band)}\" fill=\"{BandColour(region.Band)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + w + 8}\" y=\"{y + 21}\" font-size=\"14\" font-weight=\"700\" fill=\"#1d2733\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">{ScoreView.Figure(region.Index)}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>One dimension's bars, regions ranked by that dimension (ties by code).</summary>
    private static string DimensionChart(ScoreView view, ScoreDimension dimension)
    {
        const int Left = 170, Width = 360, Row = 26;
        var regions = view.Report.Regions.OrderByDescending(r => r.Dimensions.Of(dimension)).ThenBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var colour = DimensionColours[(int)dimension];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 600 {(regions.Length * Row) + 6}\" role=\"img\" aria-label=\"{E(view.Dimension(dimension))}\">\n");
        for (var i = 0; i < regions.Length; i++)
        {
            var region = regions[i];
            var y = 3 + (i * Row);
            var w = X(region.Dimensions.Of(dimension), Left, Width) - Left;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 10}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2733\">{E(view.RegionName(region))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y + 3}\" width=\"{Width}\" height=\"16\" rx=\"2\" fill=\"#eef2f7\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y + 3}\" width=\"{w}\" height=\"16\" rx=\"2\" fill=\"{colour}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + Width + 8}\" y=\"{y + 16}\" font-size=\"13\" fill=\"#1d2733\">{ScoreView.Figure(region.Dimensions.Of(dimension))}</text>\n");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Table(StringBuilder html, ScoreView view)
    {
        html.Append("<section class=\"panel\"><h2>").Append(view.Zh ? "得分表" : "Scores").Append("</h2>\n<table>\n<thead><tr>");
        var headings = view.Headings;
        for (var c = 0; c < headings.Length; c++)
        {
            html.Append(c is 0 or 3 or (>= 4 and <= 8) ? "<th class=\"num\">" : "<th>").Append(E(headings[c])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < view.Report.Regions.Count; i++)
        {
            var r = view.Report.Regions[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{i + 1}</td><td class=\"code\">{E(r.Code)}</td><td>{E(view.RegionName(r))}</td><td class=\"num\">{r.Items}</td>");
            foreach (var dimension in ScoreView.Dimensions)
            {
                html.Append("<td class=\"num\">").Append(ScoreView.Figure(r.Dimensions.Of(dimension))).Append("</td>");
            }

            html.Append("<td class=\"num\"><b>").Append(ScoreView.Figure(r.Index)).Append("</b></td><td>").Append(Badge(view, r.Band)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"muted\">").Append(E(view.Mean)).Append("</p></section>\n");
    }

    private static void Findings(StringBuilder html, ScoreView view)
    {
        html.Append("<section class=\"panel\"><h2>").Append(E(view.FindingsHeading)).Append("</h2><p class=\"muted\">")
            .Append(view.Zh ? "每项给出修正后各维度和总指数可得的分数。" : "Each line gives the points fixing it would gain in each dimension and on the index.")
            .Append("</p>\n<div class=\"regions\">\n");
        for (var i = 0; i < view.Report.Regions.Count; i++)
        {
            var region = view.Report.Regions[i];
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"region\"><h3>{i + 1}. {E(view.RegionName(region))} <span class=\"code\">{E(region.Code)}</span> · {ScoreView.Figure(region.Index)} ")
                .Append(Badge(view, region.Band)).Append("</h3>\n");
            var findings = view.TopFindings(region);
            if (findings.Count == 0)
            {
                html.Append("<p class=\"muted\">").Append(E(view.NoFindings)).Append("</p>");
            }
            else
            {
                html.Append("<ol>\n");
                foreach (var finding in findings)
                {
                    html.Append("<li>").Append(E(finding.Message(view.Culture))).Append("<br>");
                    foreach (var points in finding.Points)
                    {
                        html.Append("<span class=\"cost\" style=\"background:").Append(DimensionColours[(int)points.Dimension]).Append("\">−")
                            .Append(ScoreView.Figure(points.Points)).Append(' ').Append(E(view.Dimension(points.Dimension))).Append("</span>");
                    }

                    html.Append("<span class=\"cost index\">−").Append(ScoreView.Figure(finding.IndexPoints)).Append(view.Zh ? " 总指数" : " index").Append("</span></li>\n");
                }

                html.Append("</ol>");
            }

            html.Append("</div>\n");
        }

        html.Append("</div></section>\n");
    }

    private static void Method(StringBuilder html, ScoreView view)
    {
        string[] lines = view.Zh
            ?
            [
                "服务方式完备性：每个事项 100 分，窗口、网上、移动端、快递、自助终端、在线预约（网上办理深度 ≥ 2，格式 1.0 无预约代码）各 10 分，公布办理地点、办理时间、咨询方式、监督投诉方式各 10 分；取事项平均。",
                "服务事项覆盖性：100 × 已实施的参照事项数 ÷ 参照事项数（参照为基本目录，或各地区事项并集）。",
                "办事指南准确性：每个事项 100 分，设定依据、受理条件、申请材料、办理地点、办理时间、办理流程、办结时限、收费、到现场次数各 10 分，咨询电话、投诉电话各 5 分；要素缺失或有校验问题（表述模糊、格式错误、前后矛盾）即不得分；取事项平均。",
                "在线服务交互性：网上办理深度每级 10 分（共 40），零跑动 20 分，在线咨询 10 分，在线投诉 10 分，取事项平均；另加 20 × 承诺时限比法定时限平均压缩比例。",
                "总指数为四个维度的加权平均；只计在用事项。",
            ]
            :
            [
                "channelCompleteness: 100 per item: window, online, mobile, post, self-service and appointment (online depth 2 or more; format 1.0 has no appointment code) 10 each; published location, hours, consultation and complaint contact 10 each; mean over items.",
                "itemCoverage: 100 × reference items implemented / reference items (the basic catalogue, or the union of all regions' items).",
                "guideAccuracy: 100 per item: legal basis, conditions, materials, location, hours, process, time limits, fees and on-site visits 10 each, consultation and complaint phone 5 each; an element missing or with a validation finding (vague, malformed, inconsistent) scores 0; mean over items.",
                "onlineInteractivity: online depth 10 a level (40), zero visits 20, online consultation 10, online complaint 10, mean over items; plus 20 × the mean cut of committed below legal time limits.",
                "The index is the weighted mean of the four dimensions; only active items count.",
            ];
        html.Append("<section class=\"panel method\"><h2>").Append(view.Zh ? "计算方法" : "Method").Append("</h2><ul>\n");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static string Badge(ScoreView view, ScoreBand band) =>
        $"<span class=\"band {ScoreLabels.Token(band)}\">{E(view.Band(band))}</span>";

    private static string BandColour(ScoreBand band) => band switch
    {
        ScoreBand.VeryHigh => "#2f855a",
        ScoreBand.High => "#2b6cb0",
        ScoreBand.Medium => "#b7791f",
        _ => "#b3261e",
    };

    private static decimal X(decimal value, int left, int width) => decimal.Round(left + (Math.Clamp(value, 0m, 100m) * width / 100m), 1);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
