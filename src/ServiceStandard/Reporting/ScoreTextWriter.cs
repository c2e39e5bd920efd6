using System.Globalization;
using System.Text;

namespace ServiceStandard.Reporting;

/// <summary>The capability index as plain text: the ranking table (aligned for CJK), the mean, the top findings.</summary>
internal static class ScoreTextWriter
{
    public static string Write(ScoreView view)
    {
        var report = view.Report;
        var text = new StringBuilder(LeftOutWriter.Text(view.LeftOut, view.Culture));
        text.Append(view.Title).Append(view.Zh ? "：" : ": ")
            .Append(CultureInfo.InvariantCulture, $"{report.Regions.Count}{(view.Zh ? " 个地区；" : " regions; ")}")
            .Append(TerminalText.Safe(view.Reference)).Append(view.Zh ? "；" : "; ").Append(TerminalText.Safe(view.Weights)).Append('\n').Append('\n');

        var rows = new List<string[]> { view.Headings };
        rows.AddRange(report.Regions.Select((r, i) => (string[])
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), TerminalText.Safe(r.Code), TerminalText.Safe(view.RegionName(r)), r.Items.ToString(CultureInfo.InvariantCulture),
            .. ScoreView.Dimensions.Select(d => ScoreView.Figure(r.Dimensions.Of(d))), ScoreView.Figure(r.Index), view.Band(r.Band),
        ]));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(row => Width(row[c]))).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c is 1 or 2 or 9 ? Pad(cell, widths[c], right: false) : Pad(cell, widths[c], right: true));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        text.Append('\n').Append(view.Mean).Append('\n').Append('\n').Append(view.FindingsHeading).Append(view.Zh ? "：\n" : ":\n");
        for (var i = 0; i < report.Regions.Count; i++)
        {
            var region = report.Regions[i];
            text.Append(TerminalText.Safe(view.RegionHeading(region, i + 1))).Append('\n');
            var findings = view.TopFindings(region);
            foreach (var finding in findings)
            {
                text.Append("   - ").Append(TerminalText.Safe(view.FindingLine(finding))).Append('\n');
            }

            if (region.Findings.Count == 0)
            {
                text.Append("   ").Append(view.NoFindings).Append('\n');
            }
        }

        text.Append('\n').Append(view.Rounding).Append('\n');
        return text.ToString();
    }

    /// <summary>Columns a terminal gives the text: 2 for CJK and full-width characters, 1 otherwise.</summary>
    internal static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    internal static string Pad(string text, int width, bool right)
    {
        var padding = new string(' ', Math.Max(0, width - Width(text)));
        return right ? padding + text : text + padding;
    }
}
