using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Divisions;
using ServiceStandard.Model;

namespace ServiceStandard.Comparison;

/// <summary>
/// Lines up the same item across the inventories of many regions and shows where they differ on the things
/// citizens feel (docs/format.md section 5). Pure and thread-safe: the inventories are only read.
/// </summary>
/// <remarks>
/// <para>Alignment: items match by basic code; an item whose basic code is blank matches by normalized name
/// (Unicode NFKC, white space removed), joining a coded item of that name when there is one, and the item is
/// reported as aligned by name. Inventories of the same region are merged; within a region the first item with
/// a code (or name) wins.</para>
/// <para>Findings on a metric: among the regions that state it, the reference is the median (the better value
/// when only two regions state it; both are then named). A region stands out when its value is worse than the
/// reference by more than <see cref="ComparisonOptions.Threshold"/> × max(reference, 1) — worse meaning higher,
/// except for online depth, where the gap is measured on the levels missing to full online handling (4 − depth).
/// The finding is a warning when the gap is at least max(reference, 1) (twice the reference) or at least
/// <see cref="ComparisonMetrics.LargeGap"/>, info otherwise; one finding per metric and severity.
/// Material set, legal basis and handling type give info findings naming the regions that differ.</para>
/// </remarks>
public static class RegionalComparison
{
    /// <summary>Compares the inventories of several regions.</summary>
    /// <remarks>
    /// The sequence is read once, in order, and each inventory is reduced to what the comparison needs as it comes, so
    /// a lazily loaded sequence is never all in memory. The codes, names, titles and material names compared are tidied
    /// as <see cref="Normalization.InventoryNormalizer"/> tidies them: inventories as loaded and the same inventories
    /// normalized give the same report.
    /// </remarks>
    /// <param name="inventories">One or more inventories per region, as loaded or normalized.</param>
    /// <param name="options">Threshold and synonyms; <see cref="ComparisonOptions.Default"/> when omitted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative.</exception>
    public static ComparisonReport Compare(IEnumerable<Inventory> inventories, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inventories);
        options ??= ComparisonOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threshold, nameof(options));

        // Each inventory is read once, as the sequence yields it, into what the comparison needs of its items,
        // so a caller that loads inventories lazily need not hold them all in memory.
        var keys = new ComparisonKeys(options.MaterialSynonyms);
        var regions = inventories
            .Select(i => ComparedInventory.Of(i, keys))
            .GroupBy(i => i.RegionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RegionItems.Of(g.Key, g.ToArray()))
            .ToArray();
        var names = regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var groups = Align(regions);
        var items = new ItemComparison[groups.Count];
        Parallel.For(0, groups.Count, i => items[i] = CompareItem(groups[i], names, options));
        var strictest = new Dictionary<string, int>(StringComparer.Ordinal);
        var loosest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var code in item.Strictest)
            {
                strictest[code] = strictest.GetValueOrDefault(code) + 1;
            }

            foreach (var code in item.Loosest)
            {
                loosest[code] = loosest.GetValueOrDefault(code) + 1;
            }
        }

        var summaries = regions.Select(r => new RegionSummary(
            r.Code, r.Name, r.Items.Count, strictest.GetValueOrDefault(r.Code), loosest.GetValueOrDefault(r.Code))).ToArray();
        var missing = items
            .Where(i => i.ByRegion.Count < regions.Length)
            .Select(i => new MissingItem(
                i.BasicCode,
                i.Name,
                i.ByRegion.Keys.ToArray(),
                regions.Select(r => r.Code).Where(c => !i.ByRegion.ContainsKey(c)).ToArray()))
            .ToArray();
        return new ComparisonReport { Regions = summaries, Items = items, Missing = missing, Threshold = options.Threshold };
    }

    /// <summary>The name reports give a region: the embedded GB/T 2260 table's, else the inventory's, else the code.</summary>
    internal static string RegionName(string code, string? written) => DivisionTable.Find(code)?.Name ?? written ?? code;

    /// <summary>The key of an item's name for alignment: NFKC, no white space.</summary>
    internal static string NameKey(string name) => MaterialSynonyms.Normalize(name);

    internal static bool HasCode(ServiceItem item) => !string.IsNullOrWhiteSpace(item.BasicCode);

    /// <summary>
    /// The items a region carries once each: coded items first, the first with a code wins; an item without a code
    /// is dropped when an earlier item of the region has the same name key.
    /// </summary>
    internal static List<T> FirstOfEach<T>(IEnumerable<T> items, Func<T, string> code, Func<T, string> nameKey)
    {
        var kept = new List<T>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var nameKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.OrderBy(i => string.IsNullOrWhiteSpace(code(i)) ? 1 : 0))
        {
            var key = nameKey(item);
            var fresh = string.IsNullOrWhiteSpace(code(item)) ? !nameKeys.Contains(key) : codes.Add(code(item));
            nameKeys.Add(key);
            if (fresh)
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static List<ItemGroup> Align(IReadOnlyList<RegionItems> regions)
    {
        var coded = new SortedDictionary<string, ItemGroup>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            foreach (var item in region.Items.Where(i => i.HasCode))
            {
                if (!coded.TryGetValue(item.BasicCode, out var group))
                {
                    coded[item.BasicCode] = group = new ItemGroup(item.BasicCode);
                }

                group.Add(region.Code, item);
            }
        }

        var byName = new Dictionary<string, ItemGroup>(StringComparer.Ordinal);
        foreach (var group in coded.Values)
        {
            foreach (var (_, item) in group.Members)
            {
                byName.TryAdd(item.NameKey, group);
            }
        }

        var named = new SortedDictionary<string, ItemGroup>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            foreach (var item in region.Items.Where(i => !i.HasCode))
            {
                var key = item.NameKey;
                if (!byName.TryGetValue(key, out var group))
                {
                    byName[key] = named[key] = group = new ItemGroup(null);
                }

                if (group.Add(region.Code, item))
                {
                    group.ByName = true;
                }
            }
        }

        foreach (var group in coded.Values.Concat(named.Values))
        {
            group.Members.Sort((a, b) => string.CompareOrdinal(a.Region, b.Region));
        }

        return [.. coded.Values, .. named.Values];
    }

    private static ItemComparison CompareItem(ItemGroup group, IReadOnlyDictionary<string, string> names, ComparisonOptions options)
    {
        var members = group.Members;
        var name = members
            .GroupBy(m => m.Item.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First().Key;
        var metrics = new SortedDictionary<string, ItemMetrics>(StringComparer.Ordinal);
        foreach (var (region, item) in members)
        {
            metrics[region] = item.Metrics;
        }

        var findings = new List<Finding>();
        var agreement = new List<decimal>();
        var differences = Array.Empty<MaterialDifference>();
        var scores = new Scores(members.Count);
        foreach (var metric in ComparisonMetrics.All)
        {
            // The members are in region order, one per region: the order of ByRegion.
            var stated = new List<(string Region, decimal Value)>(members.Count);
            var at = new List<int>(members.Count);
            for (var m = 0; m < members.Count; m++)
            {
                if (members[m].Item.Metrics.Get(metric) is { } value)
                {
                    stated.Add((members[m].Region, value));
                    at.Add(m);
                }
            }

            if (stated.Count >= 2)
            {
                var values = new decimal[stated.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = stated[i].Value;
                }

                // On a scale where higher is worse (the values themselves but for online depth), and their median.
                var scaled = ComparisonMetrics.HigherIsWorse(metric) ? values : Array.ConvertAll(values, v => ComparisonMetrics.Burden(metric, v));
                var median = ComparisonMetrics.Median(values);
                agreement.Add(Agreement(values, median));
                findings.AddRange(metric == ComparisonMetric.LegalWorkingDays
                    ? StatutoryFindings(stated, names)
                    : MetricFindings(metric, stated, scaled, scaled == values ? median : ComparisonMetrics.Median(scaled), median, names, options.Threshold));
                scores.Add(scaled, at);
            }
        }

        if (members.Count >= 2)
        {
            findings.AddRange(CommittedBeyondLegal(members, names));
            differences = MaterialSet(members, names, agreement, findings);
            Categorical(
                "legalBasis",
                members.Where(m => m.Item.LegalBasisKey is not null)
                    .Select(m => (m.Region, Key: m.Item.LegalBasisKey!, Display: MessageArgument.Joined(MessageJoin.Titles, m.Item.LegalBasisTitles.Select(MessageArgument.Data))))
                    .ToArray(),
                names,
                agreement,
                findings);
            Categorical(
                "handlingType",
                members.Where(m => m.Item.HandlingType is not null)
                    .Select(m => (m.Region, Key: m.Item.HandlingType!.Value.ToString(), Display: MessageArgument.Message("HandlingType_" + m.Item.HandlingType!.Value)))
                    .ToArray(),
                names,
                agreement,
                findings);
        }

        var burdens = scores.Burdens(members);
        var (strictest, loosest) = Extremes(burdens);
        return new ItemComparison
        {
            BasicCode = group.Code ?? members.Select(m => m.Item.BasicCode).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)),
            Name = name,
            AlignedBy = group.ByName ? ItemAlignment.Name : ItemAlignment.BasicCode,
            ByRegion = metrics,
            Findings = findings,
            Uniformity = agreement.Count == 0 ? null : Math.Round(agreement.Average(), 2, MidpointRounding.AwayFromZero),
            MaterialDifferences = differences,
            Burdens = burdens,
            Strictest = strictest,
            Loosest = loosest,
        };
    }

    /// <summary>1 − 2 × mean |x − median| / max, in [0, 1]; 1 when the largest value is 0.</summary>
    private static decimal Agreement(IReadOnlyList<decimal> values, decimal median)
    {
        var max = values.Max();
        if (max <= 0m)
        {
            return 1m;
        }

        var deviation = DomainBounds.SaturatingSum(values.Select(v => Math.Abs(v - median)));
        return Math.Clamp(1m - (deviation / values.Count / max * 2m), 0m, 1m);
    }

    /// <param name="metric">The metric.</param>
    /// <param name="stated">The regions stating it and their values, in region order.</param>
    /// <param name="burdens">The values on a scale where higher is worse.</param>
    /// <param name="medianBurden">The median of <paramref name="burdens"/>.</param>
    /// <param name="median">The median of the values.</param>
    /// <param name="names">The regions' names.</param>
    /// <param name="threshold">The threshold.</param>
    private static IEnumerable<Finding> MetricFindings(
        ComparisonMetric metric,
        IReadOnlyList<(string Region, decimal Value)> stated,
        decimal[] burdens,
        decimal medianBurden,
        decimal median,
        IReadOnlyDictionary<string, string> names,
        decimal threshold)
    {
        var pair = stated.Count == 2;
        var reference = pair ? burdens.Min() : medianBurden;
        var unit = Math.Max(Math.Abs(reference), 1m);
        var outstanding = new List<(string Region, decimal Value, decimal Gap)>();
        for (var i = 0; i < stated.Count; i++)
        {
            var gap = burdens[i] - reference;
            if (gap > 0m && gap > threshold * unit)
            {
                outstanding.Add((stated[i].Region, stated[i].Value, gap));
            }
        }

        // The largest gap first, then by region (one entry per region, so the order is total).
        outstanding.Sort((a, b) => b.Gap.CompareTo(a.Gap) is var byGap and not 0 ? byGap : string.CompareOrdinal(a.Region, b.Region));
        var kind = ComparisonMetrics.Name(metric);
        if (pair)
        {
            if (outstanding.Count == 1)
            {
                var worse = outstanding[0];
                var better = stated.Single(s => s.Region != worse.Region);
                var severity = Severity(metric, worse.Gap, unit);
                yield return Create(kind, severity, [worse.Region, better.Region], "Finding_MetricPair",
                    ("metric", Metric(metric)),
                    ("worse", Stated(names[worse.Region], worse.Value)),
                    ("better", Stated(names[better.Region], better.Value)));
            }

            yield break;
        }

        foreach (var severity in new[] { FindingSeverity.Warning, FindingSeverity.Info })
        {
            var regions = outstanding.Where(s => Severity(metric, s.Gap, unit) == severity).ToArray();
            if (regions.Length > 0)
            {
                yield return Create(kind, severity, regions.Select(r => r.Region).ToArray(), "Finding_Metric",
                    ("metric", Metric(metric)),
                    ("values", MessageArgument.Joined(MessageJoin.List, regions.Select(r => Stated(names[r.Region], r.Value)))),
                    ("median", ComparisonMetrics.Format(median)),
                    ("count", stated.Count.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>
    /// The legal time limit (法定办结时限) is set by law: the same item has the same one everywhere. Any difference is a
    /// warning, whatever the threshold and whichever way it goes (a region that states a newer, shorter statutory limit
    /// is named as much as one with a longer one), naming every value with its regions: the regions outside the most
    /// common value stand out, or all of them when no value is the most common.
    /// </summary>
    private static IEnumerable<Finding> StatutoryFindings(IReadOnlyList<(string Region, decimal Value)> stated, IReadOnlyDictionary<string, string> names)
    {
        var groups = stated.GroupBy(s => s.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToArray();
        if (groups.Length < 2)
        {
            yield break;
        }

        var common = groups[0].Count() > groups[1].Count() ? groups[0].Key : (decimal?)null;
        var regions = stated.Where(s => s.Value != common).Select(s => s.Region).ToArray();
        yield return Create("legalWorkingDays", FindingSeverity.Warning, regions, "Finding_Statutory",
            ("values", MessageArgument.Joined(MessageJoin.Groups, groups.Select(g => MessageArgument.Joined(MessageJoin.Space, [Names(g.Select(s => s.Region), names), Days(g.Key)])))));
    }

    /// <summary>
    /// A committed limit longer than the legal limit another region states for the same item: the committed limit
    /// promises more time than the law allows there (one warning per region, against the shortest legal limit stated).
    /// </summary>
    private static IEnumerable<Finding> CommittedBeyondLegal(IReadOnlyList<(string Region, ComparedItem Item)> members, IReadOnlyDictionary<string, string> names)
    {
        // The shortest legal limit stated and the next one (by value, then region): the shortest another region states
        // is the first unless the region is that one itself. Once per item, not once per region: a national
        // comparison has thousands of regions per item.
        (string Region, decimal Legal)? first = null, second = null;
        foreach (var (region, item) in members)
        {
            if (item.Metrics.LegalWorkingDays is not { } legal)
            {
                continue;
            }

            if (first is null || Before((region, legal), first.Value))
            {
                (second, first) = (first, (region, legal));
            }
            else if (second is null || Before((region, legal), second.Value))
            {
                second = (region, legal);
            }
        }

        foreach (var (region, item) in members)
        {
            if (item.Metrics.CommittedWorkingDays is not { } committed
                || (first?.Region == region ? second : first) is not { } shortest
                || shortest.Legal >= committed)
            {
                continue;
            }

            yield return Create("committedBeyondLegal", FindingSeverity.Warning, [region, shortest.Region], "Finding_CommittedBeyondLegal",
                ("region", names[region]),
                ("committed", Days(committed)),
                ("other", names[shortest.Region]),
                ("legal", Days(shortest.Legal)));
        }
    }

    private static bool Before((string Region, decimal Legal) a, (string Region, decimal Legal) b) =>
        a.Legal < b.Legal || (a.Legal == b.Legal && string.CompareOrdinal(a.Region, b.Region) < 0);

    private static MessageArgument Days(decimal workingDays) => MessageArgument.Message("WorkingDays", ("value", ComparisonMetrics.Format(workingDays)));

    private static MessageArgument Metric(ComparisonMetric metric) => MessageArgument.Message("Metric_" + ComparisonMetrics.Name(metric));

    /// <summary>A region's name and its figure, such as 黄浦区 12.</summary>
    private static MessageArgument Stated(string name, decimal value) => MessageArgument.Joined(MessageJoin.Space, [name, ComparisonMetrics.Format(value)]);

    /// <summary>The names of regions, listed.</summary>
    private static MessageArgument Names(IEnumerable<string> regions, IReadOnlyDictionary<string, string> names) =>
        MessageArgument.Joined(MessageJoin.List, regions.Select(r => MessageArgument.Data(names[r])));

    private static FindingSeverity Severity(ComparisonMetric metric, decimal gap, decimal unit) =>
        gap >= unit || gap >= ComparisonMetrics.LargeGap(metric) ? FindingSeverity.Warning : FindingSeverity.Info;

    private static Finding Create(string kind, FindingSeverity severity, IReadOnlyList<string> regions, string code, params (string Name, MessageArgument Value)[] arguments) =>
        new(kind, severity, regions, MessageArgument.Message(code, arguments));

    private static MaterialDifference[] MaterialSet(
        IReadOnlyList<(string Region, ComparedItem Item)> members,
        IReadOnlyDictionary<string, string> names,
        List<decimal> agreement,
        List<Finding> findings)
    {
        var stating = members.Where(m => m.Item.StatesMaterials).ToArray();
        if (stating.Length < 2)
        {
            return [];
        }

        // Every required material some region demands, by key, named as the first region demanding it writes it.
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new List<string>();
        var demanded = new HashSet<string>[stating.Length];
        for (var m = 0; m < stating.Length; m++)
        {
            demanded[m] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, name) in stating[m].Item.RequiredMaterials)
            {
                if (display.TryAdd(key, name))
                {
                    keys.Add(key);
                }

                demanded[m].Add(key);
            }
        }

        var differences = new List<MaterialDifference>();
        var shares = new List<decimal>();

        // Per region, the materials it demands that at most half of the regions demand.
        var rare = new List<string>[stating.Length];
        foreach (var key in keys)
        {
            var by = new List<int>();
            var not = new List<int>();
            for (var m = 0; m < stating.Length; m++)
            {
                (demanded[m].Contains(key) ? by : not).Add(m);
            }

            shares.Add((decimal)Math.Max(by.Count, not.Count) / stating.Length);
            if (not.Count > 0)
            {
                differences.Add(new MaterialDifference(display[key], [.. by.Select(m => stating[m].Region)], [.. not.Select(m => stating[m].Region)]));
                if (by.Count * 2 <= stating.Length)
                {
                    foreach (var m in by)
                    {
                        (rare[m] ??= []).Add(display[key]);
                    }
                }
            }
        }

        agreement.Add(shares.Count == 0 ? 1m : shares.Average());

        // The regions demanding such materials: the most first.
        var extras = new List<(string Region, string[] Materials)>();
        for (var m = 0; m < stating.Length; m++)
        {
            if (rare[m] is { } materials)
            {
                extras.Add((stating[m].Region, [.. materials]));
            }
        }

        extras.Sort((a, b) => b.Materials.Length.CompareTo(a.Materials.Length) is var byCount and not 0 ? byCount : string.CompareOrdinal(a.Region, b.Region));
        if (extras.Count > 0)
        {
            findings.Add(Create("materialSet", FindingSeverity.Info, extras.Select(e => e.Region).ToArray(), "Finding_materialSet",
                ("groups", MessageArgument.Joined(MessageJoin.Groups, extras.Select(e => MessageArgument.Joined(
                    MessageJoin.Label, [names[e.Region], MessageArgument.Joined(MessageJoin.List, e.Materials.Select(MessageArgument.Data))]))))));
        }

        return [.. differences];
    }

    /// <summary>
    /// A property that is one value per region (legal basis titles, handling type): adds the share of regions in the
    /// largest group to <paramref name="agreement"/>, and an info finding naming the regions outside the largest group
    /// (every region when no group is the largest alone).
    /// </summary>
    private static void Categorical(
        string kind,
        IReadOnlyList<(string Region, string Key, MessageArgument Display)> stated,
        IReadOnlyDictionary<string, string> names,
        List<decimal> agreement,
        List<Finding> findings)
    {
        if (stated.Count < 2)
        {
            return;
        }

        var groups = stated
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Region, StringComparer.Ordinal)
            .ToArray();
        agreement.Add((decimal)groups[0].Count() / stated.Count);
        if (groups.Length == 1)
        {
            return;
        }

        var unique = groups[0].Count() > groups[1].Count();
        var regions = (unique ? groups.Skip(1) : groups).SelectMany(g => g.Select(s => s.Region)).ToArray();
        findings.Add(Create(kind, FindingSeverity.Info, regions, "Finding_" + kind,
            ("groups", MessageArgument.Joined(MessageJoin.Groups, groups.Select(g => MessageArgument.Joined(
                MessageJoin.Label, [Names(g.Select(s => s.Region), names), g.First().Display]))))));
    }

    private static (IReadOnlyList<string> Strictest, IReadOnlyList<string> Loosest) Extremes(IReadOnlyDictionary<string, decimal> burdens)
    {
        var values = burdens.Values.ToArray();
        if (values.Length < 2)
        {
            return ([], []);
        }

        var high = values.Max();
        var low = values.Min();
        if (high == low)
        {
            return ([], []);
        }

        var strictest = new List<string>();
        var loosest = new List<string>();
        foreach (var (region, burden) in burdens)
        {
            if (burden == high)
            {
                strictest.Add(region);
            }

            if (burden == low)
            {
                loosest.Add(region);
            }
        }

        return ([.. strictest], [.. loosest]);
    }

    /// <summary>
    /// The members' burden scores (see <see cref="ItemComparison.Burdens"/>): for each metric whose stated values
    /// differ, 0 at the best value and 1 at the worst, added up in metric order.
    /// </summary>
    private sealed class Scores(int members)
    {
        private readonly decimal[] sums = new decimal[members];
        private readonly int[] counts = new int[members];

        /// <param name="burdens">Two or more values of a metric on a scale where higher is worse, in member order.</param>
        /// <param name="at">The member of each value.</param>
        public void Add(decimal[] burdens, IReadOnlyList<int> at)
        {
            var best = burdens.Min();
            var worst = burdens.Max();
            if (best == worst)
            {
                return;
            }

            for (var i = 0; i < burdens.Length; i++)
            {
                sums[at[i]] += (burdens[i] - best) / (worst - best);
                counts[at[i]]++;
            }
        }

        /// <summary>Each scored member's mean score, rounded to 4 decimals, by region.</summary>
        public SortedDictionary<string, decimal> Burdens(IReadOnlyList<(string Region, ComparedItem Item)> members)
        {
            var burdens = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            for (var m = 0; m < members.Count; m++)
            {
                if (counts[m] > 0)
                {
                    burdens[members[m].Region] = Math.Round(sums[m] / counts[m], 4, MidpointRounding.AwayFromZero);
                }
            }

            return burdens;
        }
    }

    private sealed class ItemGroup(string? code)
    {
        private readonly HashSet<string> regions = new(StringComparer.Ordinal);

        public string? Code { get; } = code;

        public List<(string Region, ComparedItem Item)> Members { get; } = [];

        public bool ByName { get; set; }

        /// <summary>Adds a region's item unless the region already has one in the group.</summary>
        public bool Add(string region, ComparedItem item)
        {
            if (!regions.Add(region))
            {
                return false;
            }

            Members.Add((region, item));
            return true;
        }
    }

    /// <summary>The items of one region, its inventories merged: the first item with a code (or a name) wins.</summary>
    internal sealed record RegionItems(string Code, string Name, IReadOnlyList<ComparedItem> Items)
    {
        public static RegionItems Of(string code, IReadOnlyList<ComparedInventory> inventories) => new(
            code,
            RegionName(code, inventories.Select(i => i.RegionName).FirstOrDefault(n => n is not null)),
            FirstOfEach(inventories.SelectMany(i => i.Items), i => i.BasicCode, i => i.NameKey));
    }
}
