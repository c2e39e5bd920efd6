using System.Globalization;
using System.Text;
using ServiceStandard.Scoring;

namespace ServiceStandard.Reporting;

/// <summary>The capability index as Markdown (GitHub tables); text from the inventories is escaped.</summary>
internal static class ScoreMarkdownWriter
{
    private const string Special = "\\`*_[]<>|#";

    public static string Write(ScoreView view)
    {
        var report = view.Report;
        var text = new StringBuilder();
        text.Append("# ").Append(view.Title).Append("\n\n");
        LeftOutWriter.Markdown(text, view.LeftOut, view.Culture);
        text.Append(view.Reference).Append(view.Zh ? "；" : "; ").Append(view.Weights).Append(view.Zh ? "。\n\n" : ".\n\n");
        var headings = view.Headings;
        text.Append("| ").Append(string.Join(" | ", headings)).Append(" |\n")
            .Append("| ").Append(string.Join(" | ", headings.Select((_, c) => c is 1 or 2 or 9 ? "---" : "---:"))).Append(" |\n");
        for (var i = 0; i < report.Regions.Count; i++)
        {
            var r = report.Regions[i];
            string[] cells =
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), r.Code, Escape(view.RegionName(r)), r.Items.ToString(CultureInfo.InvariantCulture),
                .. ScoreView.Dimensions.Select(d => ScoreView.Figure(r.Dimensions.Of(d))), "**" + ScoreView.Figure(r.Index) + "**", view.Band(r.Band),
            ];
            text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }

        text.Append('\n').Append(view.Mean).Append("\n\n## ").Append(view.FindingsHeading).Append("\n\n");
        for (var i = 0; i < report.Regions.Count; i++)
        {
            var region = report.Regions[i];
            text.Append("### ").Append(Escape(view.RegionHeading(region, i + 1))).Append("\n\n");
            foreach (var finding in view.TopFindings(region))
            {
                text.Append("- ").Append(Escape(finding.Message(view.Culture))).Append(view.Zh ? "：" : ": ").Append(view.Cost(finding)).Append('\n');
            }

            if (region.Findings.Count == 0)
            {
                text.Append(view.NoFindings).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(view.Rounding).Append('\n');
        return text.ToString();
    }

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
