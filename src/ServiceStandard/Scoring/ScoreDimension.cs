namespace ServiceStandard.Scoring;

/// <summary>The four dimensions of the national evaluation of online government service capability.</summary>
public enum ScoreDimension
{
    /// <summary>服务方式完备性 (<c>channelCompleteness</c>): the ways an item can be handled, and whether places, hours and contacts are published.</summary>
    ChannelCompleteness,

    /// <summary>服务事项覆盖性 (<c>itemCoverage</c>): the share of the reference items the region implements.</summary>
    ItemCoverage,

    /// <summary>办事指南准确性 (<c>guideAccuracy</c>): the guide elements present and free of validation findings.</summary>
    GuideAccuracy,

    /// <summary>在线服务交互性 (<c>onlineInteractivity</c>): online depth, zero visits, cut time limits, online consultation and complaint.</summary>
    OnlineInteractivity,
}

/// <summary>
/// The bands of the national evaluation, read from the index as printed (rounded to one decimal):
/// <c>veryHigh</c> above 90; <c>high</c> from 80 to 90 inclusive; <c>medium</c> from 65 up to (not including) 80;
/// <c>low</c> below 65. So 90.0 is high, 80.0 is high, 65.0 is medium.
/// </summary>
public enum ScoreBand
{
    /// <summary>低: below 65.</summary>
    Low,

    /// <summary>中: 65 or more and below 80.</summary>
    Medium,

    /// <summary>高: 80 to 90 inclusive.</summary>
    High,

    /// <summary>非常高: above 90.</summary>
    VeryHigh,
}

/// <summary>What item coverage is measured against.</summary>
public enum ReferenceKind
{
    /// <summary>A basic catalogue (基本目录) given by the caller (<c>--basic FILE</c>).</summary>
    Basic,

    /// <summary>The union of the active items of every region scored together.</summary>
    Union,
}
