using System.Globalization;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Scoring;

/// <summary>
/// The capability index of several regions (docs/format.md section 7), ranked by index (highest first, ties by code).
/// Figures keep full precision; reports round them to one decimal (<see cref="CapabilityIndex.Round"/>).
/// </summary>
public sealed record ScoreReport
{
    /// <summary>The regions, ranked by index, highest first; ties by division code.</summary>
    public required IReadOnlyList<RegionScore> Regions { get; init; }

    /// <summary>What item coverage was measured against.</summary>
    public required ScoreReference Reference { get; init; }

    /// <summary>The weights the index was computed with.</summary>
    public required ScoreWeights Weights { get; init; }

    /// <summary>The mean of the regions' indices (0 when there is no region).</summary>
    public decimal Mean { get; init; }

    /// <summary>How many regions have an index strictly above <see cref="Mean"/>.</summary>
    public int AboveMean { get; init; }
}

/// <summary>The reference of item coverage: a basic catalogue, or the union of the regions' items.</summary>
public sealed record ScoreReference
{
    /// <summary>A basic catalogue or the union.</summary>
    public required ReferenceKind Kind { get; init; }

    /// <summary>The reference items, ordered by basic code.</summary>
    public required IReadOnlyList<BasicItem> Items { get; init; }
}

/// <summary>The score of one region.</summary>
public sealed record RegionScore
{
    /// <summary>The GB/T 2260 division code.</summary>
    public required string Code { get; init; }

    /// <summary>The region's name, as the inventory gives it or from GB/T 2260.</summary>
    public string? Name { get; init; }

    /// <summary>The active items scored (suspended and cancelled items are left out).</summary>
    public required int Items { get; init; }

    /// <summary>The four dimensions, each 0 to 100.</summary>
    public required DimensionScores Dimensions { get; init; }

    /// <summary>The weighted mean of the dimensions, 0 to 100.</summary>
    public required decimal Index { get; init; }

    /// <summary>The band of the index as printed (see <see cref="ScoreBand"/>).</summary>
    public required ScoreBand Band { get; init; }

    /// <summary>
    /// Every deficiency that costs the region points, the costliest first. Their points add up to exactly
    /// 100 minus each dimension, and their index points to 100 minus the index.
    /// </summary>
    public required IReadOnlyList<ScoreFinding> Findings { get; init; }
}

/// <summary>The four dimensions of a region, each 0 to 100.</summary>
public sealed record DimensionScores
{
    /// <summary>服务方式完备性.</summary>
    public required decimal ChannelCompleteness { get; init; }

    /// <summary>服务事项覆盖性.</summary>
    public required decimal ItemCoverage { get; init; }

    /// <summary>办事指南准确性.</summary>
    public required decimal GuideAccuracy { get; init; }

    /// <summary>在线服务交互性.</summary>
    public required decimal OnlineInteractivity { get; init; }

    /// <summary>The score of one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    public decimal Of(ScoreDimension dimension) => dimension switch
    {
        ScoreDimension.ChannelCompleteness => ChannelCompleteness,
        ScoreDimension.ItemCoverage => ItemCoverage,
        ScoreDimension.GuideAccuracy => GuideAccuracy,
        _ => OnlineInteractivity,
    };
}

/// <summary>Points a deficiency costs in one dimension.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Points">The points lost (positive), full precision.</param>
public sealed record DimensionPoints(ScoreDimension Dimension, decimal Points);

/// <summary>One deficiency class of a region and exactly what it costs.</summary>
public sealed record ScoreFinding
{
    /// <summary>The deficiency.</summary>
    public required ScoreDeficiency Deficiency { get; init; }

    /// <summary>How many items have it (for <see cref="ScoreDeficiency.MissingReferenceItems"/>: how many reference items are missing).</summary>
    public required int Count { get; init; }

    /// <summary>The basic codes concerned, each once, in order.</summary>
    public required IReadOnlyList<string> ItemCodes { get; init; }

    /// <summary>The points lost in each dimension the deficiency touches.</summary>
    public required IReadOnlyList<DimensionPoints> Points { get; init; }

    /// <summary>The points lost on the index: the weighted sum of <see cref="Points"/>.</summary>
    public required decimal IndexPoints { get; init; }

    /// <summary>The values of the message's named placeholders.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();

    /// <summary>What is wrong, in zh or en, such as "12 of 40 items lack a complaint phone (投诉电话)".</summary>
    /// <param name="culture">The culture of the text; <see langword="null"/> for the current UI culture.</param>
    public string Message(CultureInfo? culture = null) =>
        MessageTexts.Format(MessageTexts.Get("Score_" + Deficiency, culture), Arguments, culture);
}
