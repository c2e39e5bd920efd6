using System.Globalization;
using System.Text;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>A readable plain-text summary: regions, then items with the lowest uniformity first, then missing items.</summary>
internal static class DiffTextWriter
{
    public static string Regional(DiffView view)
    {
        var words = view.Words;
        var text = new StringBuilder(LeftOutWriter.Text(view.LeftOut, view.Culture));
        text.Append(words.Title).Append('\n').Append(TerminalText.Safe(view.Summary)).Append('\n').Append(words.TextLegend).Append("\n\n");
        text.Append(words.Regions).Append('\n');
        Table(text, "  ", [[words.Code, words.Name, words.ItemCount, words.StrictestCount, words.LoosestCount],
            .. view.Report.Regions.Select(r => new[] { r.Code, r.Name, Count(r.Items), Count(r.Strictest), Count(r.Loosest) })]);
        text.Append('\n').Append(words.Items).Append('\n');
        foreach (var item in view.WorstFirst)
        {
            var regions = item.ByRegion.Keys.ToArray();
            text.Append(CultureInfo.InvariantCulture, $"\n[{DiffView.Uniformity(item)}] {TerminalText.Safe(DiffView.Code(item))} {TerminalText.Safe(view.ItemTitle(item))}");
            if (item.Strictest.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ({words.Strictest}: {TerminalText.Safe(view.RegionNames(item.Strictest))}; {words.Loosest}: {TerminalText.Safe(view.RegionNames(item.Loosest))})");
            }

            text.Append('\n');
            Table(text, "    ", [[words.Metric, .. regions.Select(view.RegionName)],
                .. ComparisonMetrics.All.Select(m => new[] { view.Label(m) }.Concat(regions.Select(r => Marked(view, item, r, m))).ToArray())]);
            foreach (var finding in item.Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {words.Severity(finding.Severity)}: {TerminalText.Safe(finding.Message(view.Culture))}\n");
            }

            if (item.Findings.Count == 0 && regions.Length > 1)
            {
                text.Append("    ").Append(words.NoFinding).Append('\n');
            }
        }

        if (view.Report.Missing.Count > 0)
        {
            text.Append('\n').Append(words.Missing).Append('\n');
            foreach (var missing in view.Report.Missing)
            {
                text.Append(TerminalText.Safe($"  {missing.BasicCode} {missing.Name}: {words.PresentIn} {view.RegionNames(missing.PresentIn)}; {words.AbsentFrom} {view.RegionNames(missing.AbsentFrom)}")).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Versions(VersionReport report, DiffWords words, IReadOnlyList<LeftOut> leftOut)
    {
        var text = new StringBuilder(LeftOutWriter.Text(leftOut, words.Culture));
        text.Append(words.VersionTitle).Append('\n').Append(TerminalText.Safe(VersionSummary(report, words))).Append('\n');
        Section(text, words.Added, report.Added.Select(i => $"  + {i.BasicCode} {i.Name}"), words);
        Section(text, words.Removed, report.Removed.Select(i => $"  - {i.BasicCode} {i.Name}"), words);
        Section(text, words.Changed, report.Changed.SelectMany(c => new[] { $"  ~ {c.BasicCode} {c.Name} [{words.DirectionWord(c.Direction)}]" }
            .Concat(c.Changes.Select(x => $"      [{words.DirectionWord(x.Direction)}] {x.Message(words.Culture)}"))), words);
        return text.ToString();
    }

    /// <summary>The summary line of a version comparison (shared by every rendering).</summary>
    public static string VersionSummary(VersionReport report, DiffWords words) => words.Format(
        words.VersionSummary,
        report.RegionName,
        report.RegionCode,
        report.OldItems,
        report.OldPublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? words.Undated,
        report.NewItems,
        report.NewPublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? words.Undated,
        report.Added.Count,
        report.Removed.Count,
        report.Changed.Count,
        report.Changed.Count(c => c.Direction == ChangeDirection.Stricter),
        report.Changed.Count(c => c.Direction == ChangeDirection.Looser),
        report.Changed.Count(c => c.Direction == ChangeDirection.Mixed),
        report.Changed.Count(c => c.Direction == ChangeDirection.Neutral));

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines, DiffWords words)
    {
        var all = lines.ToArray();
        text.Append('\n').Append(title).Append('\n');
        foreach (var line in all.Length == 0 ? [$"  {words.None}"] : all)
        {
            text.Append(TerminalText.Safe(line)).Append('\n');
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value, with ! (warning) or * (info) when the region stands out on the metric.</summary>
    private static string Marked(DiffView view, ItemComparison item, string region, ComparisonMetric metric) =>
        view.Value(item, region, metric) + view.Mark(item, region, ComparisonMetrics.Name(metric)) switch
        {
            FindingSeverity.Warning => " !",
            FindingSeverity.Info => " *",
            _ => string.Empty,
        };

    /// <summary>Columns padded to the widest cell, counting East Asian wide characters as two columns.</summary>
    private static void Table(StringBuilder text, string indent, IReadOnlyList<string[]> written)
    {
        var rows = written.Select(row => row.Select(TerminalText.Safe).ToArray()).ToArray();
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        foreach (var row in rows)
        {
            text.Append(indent);
            for (var c = 0; c < row.Length; c++)
            {
                text.Append(row[c]);
                if (c < row.Length - 1)
                {
                    text.Append(' ', widths[c] - Width(row[c]) + 2);
                }
            }

            text.Append('\n');
        }
    }

    private static int Width(string text) => text.Sum(c => c >= '\u1100' && IsWide(c) ? 2 : 1);

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
