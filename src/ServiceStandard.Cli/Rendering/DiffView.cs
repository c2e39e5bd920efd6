using System.Globalization;
using ServiceStandard.Comparison;

namespace ServiceStandard.Cli.Rendering;

/// <summary>What every rendering of a regional comparison derives from the report: order, names, counts, marks.</summary>
internal sealed class DiffView
{
    private readonly Dictionary<string, string> names;

    public DiffView(ComparisonReport report, CultureInfo culture)
    {
        Report = report;
        Words = DiffWords.For(culture);
        names = report.Regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        WorstFirst = report.Items
            .OrderBy(i => i.Uniformity ?? 2m)
            .ThenByDescending(i => i.Findings.Count(f => f.Severity == FindingSeverity.Warning))
            .ThenByDescending(i => i.Findings.Count)
            .ThenBy(i => i.BasicCode ?? "~" + i.Name, StringComparer.Ordinal)
            .ToArray();
    }

    public ComparisonReport Report { get; }

    public DiffWords Words { get; }

    public CultureInfo Culture => Words.Culture;

    /// <summary>Items, lowest uniformity first, then most warnings, then by code.</summary>
    public IReadOnlyList<ItemComparison> WorstFirst { get; }

    public int Warnings => Report.Items.Sum(i => i.Findings.Count(f => f.Severity == FindingSeverity.Warning));

    public int Infos => Report.Items.Sum(i => i.Findings.Count(f => f.Severity == FindingSeverity.Info));

    public int Shared => Report.Items.Count(i => i.ByRegion.Count == Report.Regions.Count);

    public decimal? MeanUniformity
    {
        get
        {
            var values = Report.Items.Select(i => i.Uniformity).OfType<decimal>().ToArray();
            return values.Length == 0 ? null : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero);
        }
    }

    public string Summary => Words.Format(
        Words.Summary, Report.Regions.Count, Report.Items.Count, Shared, Report.Items.Count - Shared, Warnings, Infos, Number(Report.Threshold));

    public string RegionName(string code) => names.GetValueOrDefault(code, code);

    public string RegionNames(IEnumerable<string> codes) => Words.List(codes.Select(RegionName));

    public string Label(ComparisonMetric metric) => ComparisonMetrics.Label(metric, Culture);

    public static string Number(decimal? value) => ComparisonMetrics.Format(value);

    public string Value(ItemComparison item, string region, ComparisonMetric metric) =>
        item.ByRegion.TryGetValue(region, out var metrics) && metrics.Get(metric) is { } value ? Number(value) : Words.NotStated;

    public static string Code(ItemComparison item) => item.BasicCode ?? string.Empty;

    public int Count(ItemComparison item, FindingSeverity severity) => item.Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// The severity of the finding of <paramref name="kind"/> that names <paramref name="region"/> as standing out, if any.
    /// A finding between only two regions names both, the worse first: only the worse is marked.
    /// </summary>
    public static FindingSeverity? Mark(ItemComparison item, string region, string kind)
    {
        var metric = ComparisonMetrics.All.Cast<ComparisonMetric?>().FirstOrDefault(m => ComparisonMetrics.Name(m!.Value) == kind);
        var pair = metric is { } stated && item.ByRegion.Values.Count(v => v.Get(stated) is not null) == 2;
        return item.Findings
            .Where(f => f.Kind == kind && (pair ? f.Regions[0] == region : f.Regions.Contains(region)))
            .Select(f => (FindingSeverity?)f.Severity)
            .Max();
    }

    /// <summary>Uniformity with two decimals (0.70), or - when only one region carries the item.</summary>
    public static string Uniformity(ItemComparison item) =>
        item.Uniformity is { } u ? u.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>The median of the stated values of a metric, or <see langword="null"/> when fewer than two regions state it.</summary>
    public static decimal? Median(ItemComparison item, ComparisonMetric metric)
    {
        var values = item.ByRegion.Values.Select(m => m.Get(metric)).OfType<decimal>().ToArray();
        return values.Length < 2 ? null : ComparisonMetrics.Median(values);
    }

    /// <summary>0 for the region with the best value of the item on a metric, 1 for the worst; null when not stated or all equal.</summary>
    public static decimal? Score(ItemComparison item, string region, ComparisonMetric metric)
    {
        if (!item.ByRegion.TryGetValue(region, out var own) || own.Get(metric) is not { } value)
        {
            return null;
        }

        var burdens = item.ByRegion.Values.Select(m => m.Get(metric)).OfType<decimal>().Select(v => ComparisonMetrics.Burden(metric, v)).ToArray();
        var (best, worst) = (burdens.Min(), burdens.Max());
        return best == worst ? null : (ComparisonMetrics.Burden(metric, value) - best) / (worst - best);
    }

    public string ItemTitle(ItemComparison item) =>
        item.AlignedBy == ItemAlignment.Name ? $"{item.Name} ({Words.AlignedByName})" : item.Name;
}
