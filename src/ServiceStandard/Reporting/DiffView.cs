using System.Globalization;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>What every rendering of a regional comparison derives from the report: order, names, counts, marks.</summary>
internal sealed class DiffView
{
    private static readonly Dictionary<string, ComparisonMetric> MetricsByName =
        ComparisonMetrics.All.ToDictionary(ComparisonMetrics.Name, StringComparer.Ordinal);

    private readonly Dictionary<string, string> names;

    /// <summary>
    /// Per item, what every cell of a metric needs from all the item's regions, worked out once (a cell asking the
    /// whole row again made a report quadratic in regions).
    /// </summary>
    private readonly Dictionary<ItemComparison, ItemFacts> facts = new(ReferenceEqualityComparer.Instance);

    public DiffView(ComparisonReport report, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
    {
        Report = report;
        LeftOut = leftOut ?? [];
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

    /// <summary>What the comparison could not read: whole files and items (<see cref="LeftOutWriter"/>).</summary>
    public IReadOnlyList<LeftOut> LeftOut { get; }

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
    public FindingSeverity? Mark(ItemComparison item, string region, string kind) =>
        Facts(item).Marks.TryGetValue((kind, region), out var severity) ? severity : null;

    /// <summary>Uniformity with two decimals (0.70), or - when only one region carries the item.</summary>
    public static string Uniformity(ItemComparison item) =>
        item.Uniformity is { } u ? u.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>The median of the stated values of a metric, or <see langword="null"/> when fewer than two regions state it.</summary>
    public decimal? Median(ItemComparison item, ComparisonMetric metric) => Facts(item).Metrics[(int)metric].Median;

    /// <summary>0 for the region with the best value of the item on a metric, 1 for the worst; null when not stated or all equal.</summary>
    public decimal? Score(ItemComparison item, string region, ComparisonMetric metric)
    {
        if (!item.ByRegion.TryGetValue(region, out var own) || own.Get(metric) is not { } value)
        {
            return null;
        }

        var (best, worst) = (Facts(item).Metrics[(int)metric].Best, Facts(item).Metrics[(int)metric].Worst);
        return best == worst ? null : (ComparisonMetrics.Burden(metric, value) - best) / (worst - best);
    }

    public string ItemTitle(ItemComparison item) =>
        item.AlignedBy == ItemAlignment.Name ? $"{item.Name} ({Words.AlignedByName})" : item.Name;

    private ItemFacts Facts(ItemComparison item)
    {
        if (!facts.TryGetValue(item, out var known))
        {
            facts[item] = known = ItemFacts.Of(item);
        }

        return known;
    }

    /// <summary>A metric over all the regions stating it: how many, the median of the values, the best and worst burden.</summary>
    private readonly record struct MetricFacts(int Stated, decimal? Median, decimal Best, decimal Worst);

    private sealed record ItemFacts(MetricFacts[] Metrics, Dictionary<(string Kind, string Region), FindingSeverity> Marks)
    {
        public static ItemFacts Of(ItemComparison item)
        {
            var metrics = ComparisonMetrics.All.Select(metric =>
            {
                var values = item.ByRegion.Values.Select(m => m.Get(metric)).OfType<decimal>().ToArray();
                var burdens = values.Select(v => ComparisonMetrics.Burden(metric, v)).ToArray();
                return values.Length == 0
                    ? new MetricFacts(0, null, 0m, 0m)
                    : new MetricFacts(values.Length, values.Length < 2 ? null : ComparisonMetrics.Median(values), burdens.Min(), burdens.Max());
            }).ToArray();

            // The most severe finding of each kind naming each region; of a finding on a metric only two regions state,
            // only the worse region (named first).
            var marks = new Dictionary<(string Kind, string Region), FindingSeverity>();
            foreach (var finding in item.Findings)
            {
                var pair = MetricsByName.TryGetValue(finding.Kind, out var metric) && metrics[(int)metric].Stated == 2;
                foreach (var region in pair ? finding.Regions.Take(1) : finding.Regions)
                {
                    if (!marks.TryGetValue((finding.Kind, region), out var severity) || finding.Severity > severity)
                    {
                        marks[(finding.Kind, region)] = finding.Severity;
                    }
                }
            }

            return new ItemFacts(metrics, marks);
        }
    }
}
