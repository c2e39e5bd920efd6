using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Divisions;
using ServiceStandard.Model;
using ServiceStandard.Validation;

namespace ServiceStandard.Scoring;

/// <summary>
/// Scores regions the way the national evaluation of online government service capability does: four
/// dimensions of 0 to 100 (channelCompleteness, itemCoverage, guideAccuracy, onlineInteractivity), their
/// weighted mean as the index, and its band. Every dimension is 100 minus the points its deficiencies cost,
/// so each <see cref="ScoreFinding"/> says exactly what fixing it would gain. Inventories of the same region
/// code are scored together; only active items count. Safe to call from many threads at once.
/// </summary>
public static class CapabilityIndex
{
    private static readonly ScoreDimension[] Dimensions = Enum.GetValues<ScoreDimension>();

    /// <summary>Validates the inventories with the default rules, then scores them.</summary>
    /// <param name="inventories">One or more inventories per region.</param>
    /// <param name="options">Reference and weights; the union and equal weights when omitted.</param>
    public static ScoreReport Score(IReadOnlyList<Inventory> inventories, ScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inventories);
        return Score(inventories.Select(i => InventoryValidator.Validate(i)).ToArray(), options);
    }

    /// <summary>
    /// Scores validated inventories. The validation findings decide what is vague, malformed or inconsistent
    /// (a rule turned off costs nothing; any other severity counts).
    /// </summary>
    /// <param name="results">Validation results that each have an inventory.</param>
    /// <param name="options">Reference and weights; the union and equal weights when omitted.</param>
    public static ScoreReport Score(IReadOnlyList<ValidationResult> results, ScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= ScoreOptions.Default;
        options.Weights.Check();
        if (results.Any(r => r.Inventory is null))
        {
            throw new ArgumentException("Every validation result must have an inventory; report the others' diagnostics instead.", nameof(results));
        }

        var regions = results
            .GroupBy(r => r.Inventory!.Region.Code, StringComparer.Ordinal)
            .Select(g => RegionItems.Of(g.Key, g.ToArray()))
            .ToArray();
        var reference = new ScoreReference
        {
            Kind = options.Basic is null ? ReferenceKind.Union : ReferenceKind.Basic,
            Items = options.Basic?.Items.OrderBy(i => i.BasicCode, StringComparer.Ordinal).ToArray()
                ?? regions.SelectMany(r => r.Items).Select(i => i.Item).DistinctBy(i => i.BasicCode)
                    .Select(i => new BasicItem(i.BasicCode, i.Name)).OrderBy(i => i.BasicCode, StringComparer.Ordinal).ToArray(),
        };
        var scores = regions
            .Select(r => ScoreRegion(r, reference.Items, options.Weights))
            .OrderByDescending(r => r.Index)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToArray();
        var mean = scores.Length == 0 ? 0m : scores.Sum(s => s.Index) / scores.Length;
        return new ScoreReport
        {
            Regions = scores,
            Reference = reference,
            Weights = options.Weights,
            Mean = mean,
            AboveMean = scores.Count(s => s.Index > mean),
        };
    }

    /// <summary>A figure as reports print it: one decimal, half away from zero (89.95 is 90.0).</summary>
    /// <param name="value">A dimension, index or cost at full precision.</param>
    public static decimal Round(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0m;

    /// <summary>
    /// The band of an index, read from the index as printed (<see cref="Round"/>) so that a report never shows
    /// 90.0 as veryHigh: above 90 veryHigh; 80 to 90 high; 65 to below 80 medium; below 65 low.
    /// </summary>
    /// <param name="index">The index at full precision.</param>
    public static ScoreBand BandOf(decimal index)
    {
        var printed = Round(index);
        return printed > 90m ? ScoreBand.VeryHigh : printed >= 80m ? ScoreBand.High : printed >= 65m ? ScoreBand.Medium : ScoreBand.Low;
    }

    private static RegionScore ScoreRegion(RegionItems region, IReadOnlyList<BasicItem> reference, ScoreWeights weights)
    {
        var findings = new List<(ScoreDeficiency Deficiency, int Count, IReadOnlyList<string> Codes, DimensionPoints[] Points, Dictionary<string, string> Arguments)>();
        var n = region.Items.Count;
        var total = n.ToString(CultureInfo.InvariantCulture);

        if (n == 0)
        {
            var lost = reference.Count == 0 ? Dimensions : Dimensions.Where(d => d != ScoreDimension.ItemCoverage);
            findings.Add((ScoreDeficiency.NoActiveItems, 0, [], lost.Select(d => new DimensionPoints(d, 100m)).ToArray(), []));
        }
        else
        {
            // Item-based deficiencies: the units of every item, divided by the number of items.
            var charges = region.Items
                .SelectMany(i => ItemCriteria.Charges(i.Item, i.Diagnostics).Select(c => (c.Deficiency, c.Units, i.Item.BasicCode)))
                .GroupBy(c => c.Deficiency);
            foreach (var group in charges)
            {
                var units = group.Sum(c => c.Units);
                var points = Deficiencies.PerItem(group.Key).Select(p => new DimensionPoints(p.Dimension, p.Points * units / n)).ToArray();
                findings.Add((group.Key, group.Count(), group.Select(c => c.BasicCode).Distinct().ToArray(), points,
                    new() { ["count"] = group.Count().ToString(CultureInfo.InvariantCulture), ["total"] = total }));
            }

            findings.Add(CutFinding(region));
        }

        // Item coverage: each reference item not implemented costs 100 / reference items.
        var implemented = region.Items.Select(i => i.Item.BasicCode).ToHashSet(StringComparer.Ordinal);
        var missing = reference.Where(r => !implemented.Contains(r.BasicCode)).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join("、", missing.Take(3).Select(m => m.Name ?? m.BasicCode)) + (missing.Length > 3 ? "…" : string.Empty);
            findings.Add((ScoreDeficiency.MissingReferenceItems, missing.Length, missing.Select(m => m.BasicCode).ToArray(),
                [new(ScoreDimension.ItemCoverage, 100m * missing.Length / reference.Count)],
                new()
                {
                    ["count"] = missing.Length.ToString(CultureInfo.InvariantCulture),
                    ["total"] = reference.Count.ToString(CultureInfo.InvariantCulture),
                    ["names"] = names,
                }));
        }

        var scored = findings
            .Where(f => f.Points.Any(p => p.Points > 0))
            .Select(f => new ScoreFinding
            {
                Deficiency = f.Deficiency,
                Count = f.Count,
                ItemCodes = f.Codes,
                Points = f.Points.Where(p => p.Points > 0).ToArray(),
                IndexPoints = f.Points.Sum(p => weights.Of(p.Dimension) * p.Points) / weights.Total,
                Arguments = f.Arguments,
            })
            .OrderByDescending(f => f.IndexPoints)
            .ThenByDescending(f => f.Points.Sum(p => p.Points))
            .ThenBy(f => f.Deficiency)
            .ToArray();
        decimal Dimension(ScoreDimension d) => 100m - scored.SelectMany(f => f.Points).Where(p => p.Dimension == d).Sum(p => p.Points);
        var dimensions = new DimensionScores
        {
            ChannelCompleteness = Dimension(ScoreDimension.ChannelCompleteness),
            ItemCoverage = Dimension(ScoreDimension.ItemCoverage),
            GuideAccuracy = Dimension(ScoreDimension.GuideAccuracy),
            OnlineInteractivity = Dimension(ScoreDimension.OnlineInteractivity),
        };
        var index = Dimensions.Sum(d => weights.Of(d) * dimensions.Of(d)) / weights.Total;
        return new RegionScore
        {
            Code = region.Code,
            Name = region.Name,
            Items = n,
            Dimensions = dimensions,
            Index = index,
            Band = BandOf(index),
            Findings = scored,
        };
    }

    /// <summary>减时间: 20 × (1 − mean cut) over the items that state both limits; 20 when none does.</summary>
    private static (ScoreDeficiency, int, IReadOnlyList<string>, DimensionPoints[], Dictionary<string, string>) CutFinding(RegionItems region)
    {
        var cuts = region.Items.Select(i => (i.Item.BasicCode, Cut: ItemCriteria.Cut(i.Item))).Where(c => c.Cut is not null).ToArray();
        if (cuts.Length == 0)
        {
            return (ScoreDeficiency.NoComparableLimits, 0, [], [new(ScoreDimension.OnlineInteractivity, Deficiencies.CutPoints)], []);
        }

        var mean = cuts.Sum(c => c.Cut!.Value) / cuts.Length;
        var uncut = cuts.Where(c => c.Cut < 1m).ToArray();
        return (ScoreDeficiency.LimitsNotCut, uncut.Length, uncut.Select(c => c.BasicCode).Distinct().ToArray(),
            [new(ScoreDimension.OnlineInteractivity, Deficiencies.CutPoints * (1m - mean))],
            new()
            {
                ["count"] = uncut.Length.ToString(CultureInfo.InvariantCulture),
                ["total"] = cuts.Length.ToString(CultureInfo.InvariantCulture),
                ["cut"] = Round(mean * 100m).ToString(CultureInfo.InvariantCulture),
            });
    }

    /// <summary>The active items of one region, each with the validation findings about it.</summary>
    private sealed record RegionItems(string Code, string? Name, IReadOnlyList<(ServiceItem Item, IReadOnlyList<Diagnostic> Diagnostics)> Items)
    {
        public static RegionItems Of(string code, IReadOnlyList<ValidationResult> results)
        {
            var items = new List<(ServiceItem, IReadOnlyList<Diagnostic>)>();
            foreach (var result in results)
            {
                var inventory = result.Inventory!;
                var sourceIndices = result.Load.ItemSourceIndices;
                var byItem = result.Diagnostics
                    .Select(d => (Index: ItemIndex(d, sourceIndices), Diagnostic: d))
                    .Where(d => d.Index is not null)
                    .ToLookup(d => d.Index!.Value, d => d.Diagnostic);
                for (var i = 0; i < inventory.Items.Count; i++)
                {
                    if (inventory.Items[i].Status == ItemStatus.Active)
                    {
                        items.Add((inventory.Items[i], byItem[i].ToArray()));
                    }
                }
            }

            var name = results.Select(r => r.Inventory!.Region.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                ?? DivisionTable.Find(code)?.Name;
            return new RegionItems(code, name, items);
        }

        /// <summary>The model index of the item a pointer such as <c>/items/7/guide</c> is about (document indices mapped back).</summary>
        private static int? ItemIndex(Diagnostic diagnostic, IReadOnlyList<int> sourceIndices)
        {
            if (diagnostic.ItemIndex is not { } documentIndex)
            {
                return null;
            }

            for (var i = 0; i < sourceIndices.Count; i++)
            {
                if (sourceIndices[i] == documentIndex)
                {
                    return i;
                }
            }

            return sourceIndices.Count == 0 ? documentIndex : null;
        }
    }
}
