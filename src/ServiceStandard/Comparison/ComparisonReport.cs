using System.Globalization;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Comparison;

/// <summary>Settings of a regional comparison.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The defaults: threshold 0.5, the default material synonym table.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// How much worse than the reference a region must be to stand out, as a share of the reference
    /// (0.5 = more than 50 % worse; 0 = any worse). The reference is the median of the regions stating
    /// the metric (the better of the two when only two do), and never counts as less than one unit.
    /// </summary>
    public decimal Threshold { get; init; } = 0.5m;

    /// <summary>Which material names mean the same document.</summary>
    public MaterialSynonyms MaterialSynonyms { get; init; } = MaterialSynonyms.Default;
}

/// <summary>The result of <see cref="RegionalComparison.Compare"/>: docs/format.md section 5.</summary>
public sealed record ComparisonReport
{
    /// <summary>The regions compared, by division code.</summary>
    public required IReadOnlyList<RegionSummary> Regions { get; init; }

    /// <summary>Every item, lined up across the regions that carry it, by basic code (name-aligned items last, by name).</summary>
    public required IReadOnlyList<ItemComparison> Items { get; init; }

    /// <summary>Items that only some regions carry.</summary>
    public required IReadOnlyList<MissingItem> Missing { get; init; }

    /// <summary>The threshold the findings were computed with.</summary>
    public required decimal Threshold { get; init; }
}

/// <summary>One region of a comparison.</summary>
/// <param name="Code">The GB/T 2260 division code.</param>
/// <param name="Name">The division's name from the embedded table (else the name the inventory gives, else the code).</param>
/// <param name="Items">How many items the region carries.</param>
/// <param name="Strictest">On how many items the region is the strictest (see <see cref="ItemComparison.Strictest"/>).</param>
/// <param name="Loosest">On how many items the region is the loosest.</param>
public sealed record RegionSummary(string Code, string Name, int Items, int Strictest, int Loosest);

/// <summary>How the regions' versions of an item were lined up.</summary>
public enum ItemAlignment
{
    /// <summary>By 基本编码 (basic code).</summary>
    BasicCode,

    /// <summary>By normalized name, because at least one region's item has no basic code.</summary>
    Name,
}

/// <summary>One item across the regions that carry it.</summary>
public sealed record ItemComparison
{
    /// <summary>The basic code, or <see langword="null"/> for an item aligned by name that no region codes.</summary>
    public string? BasicCode { get; init; }

    /// <summary>The item's name: the one most regions write (the first region's on a tie).</summary>
    public required string Name { get; init; }

    /// <summary>Whether the item was lined up by basic code or by name.</summary>
    public ItemAlignment AlignedBy { get; init; }

    /// <summary>The figures per region code, for the regions that carry the item.</summary>
    public required IReadOnlyDictionary<string, ItemMetrics> ByRegion { get; init; }

    /// <summary>Where regions stand out: numeric metrics first (in <see cref="ComparisonMetric"/> order), then material set, legal basis, handling type.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>
    /// 1 when the item is the same everywhere, down to 0; <see langword="null"/> when only one region carries it or no
    /// figure is stated by two regions.
    /// The mean, over every metric at least two regions state, of 1 − 2 × (mean absolute deviation from the
    /// median) / (largest value) (1 when every value is 0), and over material set, legal basis and handling
    /// type (when at least two regions state them) of the share of regions agreeing; rounded to 2 decimals.
    /// For the material set, the share agreeing is averaged over every material some region requires:
    /// max(regions requiring it, regions not requiring it) / regions.
    /// </summary>
    public decimal? Uniformity { get; init; }

    /// <summary>The required materials not every region demands, with who demands them.</summary>
    public required IReadOnlyList<MaterialDifference> MaterialDifferences { get; init; }

    /// <summary>
    /// Each region's burden on this item, in [0, 1] (4 decimals): for each metric whose stated values differ, a region
    /// scores 0 at the best value and 1 at the worst (linear between); its burden is the mean of its scores. Regions
    /// that state none of the differing metrics, and items where no metric differs, have no entry.
    /// </summary>
    public required IReadOnlyDictionary<string, decimal> Burdens { get; init; }

    /// <summary>The regions with the highest <see cref="Burdens"/> on this item; empty when every region has the same burden.</summary>
    public required IReadOnlyList<string> Strictest { get; init; }

    /// <summary>The regions with the lowest burden on this item (see <see cref="Strictest"/>).</summary>
    public required IReadOnlyList<string> Loosest { get; init; }
}

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth a look.</summary>
    Info,

    /// <summary>
    /// A burden at least twice the reference (or, with a reference of 0, at least one unit), or a gap of at least
    /// <see cref="ComparisonMetrics.LargeGap"/>.
    /// </summary>
    Warning,
}

/// <summary>Where some regions stand out on one item.</summary>
public sealed record Finding
{
    private readonly MessageArgument message;

    internal Finding(string kind, FindingSeverity severity, IReadOnlyList<string> regions, MessageArgument message)
    {
        Kind = kind;
        Severity = severity;
        Regions = regions;
        this.message = message;
    }

    /// <summary>A metric name (<c>committedWorkingDays</c> ...) or <c>materialSet</c>, <c>legalBasis</c>, <c>handlingType</c>.</summary>
    public string Kind { get; }

    /// <summary>Warning or info.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The division codes of the regions that stand out, the most striking first.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The key of the finding's message in the library's texts, such as <c>Finding_Metric</c>.</summary>
    public string Code => message.Key!;

    /// <summary>The values of the message's named placeholders, as data: <see cref="Message"/> renders them in a language.</summary>
    public IReadOnlyDictionary<string, MessageArgument> Arguments => message.Arguments;

    /// <summary>The finding in words.</summary>
    /// <param name="culture">zh for Chinese; English otherwise; the current UI culture when omitted.</param>
    public string Message(CultureInfo? culture = null) => message.Render(culture);
}

/// <summary>A required material that only some regions demand.</summary>
/// <param name="Name">The name as the first region demanding it writes it.</param>
/// <param name="DemandedBy">The regions that require it.</param>
/// <param name="NotDemandedBy">The regions that carry the item without requiring it.</param>
public sealed record MaterialDifference(string Name, IReadOnlyList<string> DemandedBy, IReadOnlyList<string> NotDemandedBy);

/// <summary>An item that only some regions carry.</summary>
/// <param name="BasicCode">The basic code, or <see langword="null"/> for an item aligned by name.</param>
/// <param name="Name">The item's name.</param>
/// <param name="PresentIn">The regions that carry it.</param>
/// <param name="AbsentFrom">The regions that do not.</param>
public sealed record MissingItem(string? BasicCode, string Name, IReadOnlyList<string> PresentIn, IReadOnlyList<string> AbsentFrom);
