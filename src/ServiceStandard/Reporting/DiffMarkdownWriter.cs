using System.Globalization;
using System.Text;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>A Markdown report (GitHub flavour): summary tables, one section per item with its metric table and findings.</summary>
internal static class DiffMarkdownWriter
{
    public static string Regional(DiffView view)
    {
        var words = view.Words;
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(words.Title)).Append("\n\n");
        LeftOutWriter.Markdown(md, view.LeftOut, view.Culture);
        md.Append(Escape(view.Summary)).Append("\n\n");
        md.Append("## ").Append(words.Regions).Append("\n\n");
        Table(md, [words.Code, words.Name, words.ItemCount, words.StrictestCount, words.LoosestCount], [false, false, true, true, true],
            view.Report.Regions.Select(r => new[] { r.Code, r.Name, Invariant(r.Items), Invariant(r.Strictest), Invariant(r.Loosest) }));
        md.Append("## ").Append(words.Overview).Append("\n\n");
        Table(md, [words.Item, words.BasicCode, words.Uniformity, words.Warnings, words.Infos, words.Strictest, words.Loosest], [false, false, true, true, true, false, false],
            view.WorstFirst.Select(i => new[]
            {
                view.ItemTitle(i), DiffView.Code(i), DiffView.Uniformity(i), Invariant(view.Count(i, FindingSeverity.Warning)),
                Invariant(view.Count(i, FindingSeverity.Info)), view.RegionNames(i.Strictest), view.RegionNames(i.Loosest),
            }));
        md.Append("## ").Append(words.Findings).Append("\n\n");
        foreach (var item in view.WorstFirst)
        {
            md.Append("### ").Append(Escape($"{DiffView.Code(item)} {view.ItemTitle(item)}")).Append(" · ")
                .Append(words.Uniformity).Append(' ').Append(DiffView.Uniformity(item)).Append("\n\n");
            var regions = item.ByRegion.Keys.ToArray();
            Table(md, [words.Metric, .. regions.Select(view.RegionName)], [false, .. regions.Select(_ => true)],
                ComparisonMetrics.All.Select(m => new[] { view.Label(m) }.Concat(regions.Select(r => Marked(view, item, r, m))).ToArray()), escapeCells: false);
            foreach (var finding in item.Findings)
            {
                md.Append("- ").Append(finding.Severity == FindingSeverity.Warning ? "⚠️ **" : "ℹ️ **").Append(words.Severity(finding.Severity))
                    .Append("** `").Append(finding.Kind).Append("` ").Append(Escape(finding.Message(view.Culture))).Append('\n');
            }

            if (item.Findings.Count == 0)
            {
                md.Append("- ").Append(Escape(words.NoFinding)).Append('\n');
            }

            md.Append('\n');
        }

        if (view.Report.Missing.Count > 0)
        {
            md.Append("## ").Append(words.Missing).Append("\n\n");
            Table(md, [words.BasicCode, words.Item, words.PresentIn, words.AbsentFrom], [false, false, false, false],
                view.Report.Missing.Select(m => new[] { m.BasicCode ?? string.Empty, m.Name, view.RegionNames(m.PresentIn), view.RegionNames(m.AbsentFrom) }));
        }

        md.Append("## ").Append(words.Method).Append("\n\n");
        foreach (var line in words.MethodText)
        {
            md.Append("- ").Append(Escape(line)).Append('\n');
        }

        return md.ToString();
    }

    public static string Versions(VersionReport report, DiffWords words, IReadOnlyList<LeftOut> leftOut)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(words.VersionTitle)).Append("\n\n");
        LeftOutWriter.Markdown(md, leftOut, words.Culture);
        md.Append(Escape(DiffTextWriter.VersionSummary(report, words))).Append("\n\n");
        foreach (var (title, items) in new[] { (words.Added, report.Added), (words.Removed, report.Removed) })
        {
            md.Append("## ").Append(title).Append("\n\n");
            if (items.Count == 0)
            {
                md.Append(words.None).Append("\n\n");
            }
            else
            {
                Table(md, [words.BasicCode, words.Item], [false, false], items.Select(i => new[] { i.BasicCode, i.Name }));
            }
        }

        md.Append("## ").Append(words.Changed).Append("\n\n");
        if (report.Changed.Count == 0)
        {
            md.Append(words.None).Append("\n\n");
        }

        foreach (var item in report.Changed)
        {
            md.Append("### ").Append(Escape($"{item.BasicCode} {item.Name}")).Append(" · ").Append(words.DirectionWord(item.Direction)).Append("\n\n");
            Table(md, [words.Change, words.Direction], [false, false], item.Changes.Select(c => new[] { c.Message(words.Culture), words.DirectionWord(c.Direction) }));
        }

        return md.ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Marked(DiffView view, ItemComparison item, string region, ComparisonMetric metric)
    {
        var value = Escape(view.Value(item, region, metric));
        return view.Mark(item, region, ComparisonMetrics.Name(metric)) switch
        {
            FindingSeverity.Warning => $"**{value}** ⚠️",
            FindingSeverity.Info => $"**{value}**",
            _ => value,
        };
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IReadOnlyList<bool> right, IEnumerable<string[]> rows, bool escapeCells = true)
    {
        md.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n");
        md.Append('|').Append(string.Concat(right.Select(r => r ? " ---: |" : " --- |"))).Append('\n');
        foreach (var row in rows)
        {
            md.Append("| ").Append(string.Join(" | ", escapeCells ? row.Select(Escape) : row)).Append(" |\n");
        }

        md.Append('\n');
    }

    /// <summary>Escapes text for a Markdown line or table cell: Markdown punctuation, pipes, HTML brackets, line breaks.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '&': result.Append("&amp;"); break;
                case '\r': break;
                case '\n': result.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~': result.Append('\\').Append(c); break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }
}
