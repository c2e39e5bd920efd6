namespace ServiceStandard.Scoring;

/// <summary>
/// The points each deficiency costs one item, per dimension: the whole formula of the item-based dimensions.
/// channelCompleteness: 6 ways × 10 (window, online, mobile, post, self-service, appointment) + location 10 +
/// hours 10 + consultation contact 10 + complaint contact 10 = 100.
/// guideAccuracy: legal basis, conditions, materials, location, hours, process, time limits, fees, visits 10 each,
/// consultation phone 5 and complaint phone 5 = 100; each element is charged once, for its first deficiency.
/// onlineInteractivity: depth 40 (10 a level), zero visits 20, online consultation 10, online complaint 10,
/// plus 20 for the region's mean cut of committed below legal limits = 100.
/// </summary>
internal static class Deficiencies
{
    private const ScoreDimension Channels = ScoreDimension.ChannelCompleteness;
    private const ScoreDimension Guide = ScoreDimension.GuideAccuracy;
    private const ScoreDimension Online = ScoreDimension.OnlineInteractivity;

    /// <summary>Points of the region-level cut of time limits in onlineInteractivity.</summary>
    public const decimal CutPoints = 20m;

    /// <summary>The points one item loses per unit of the deficiency (a depth level for <see cref="ScoreDeficiency.NotFullyOnline"/>).</summary>
    public static IReadOnlyList<DimensionPoints> PerItem(ScoreDeficiency deficiency) => deficiency switch
    {
        ScoreDeficiency.NoWindow or ScoreDeficiency.NoOnline or ScoreDeficiency.NoMobile or ScoreDeficiency.NoPost
            or ScoreDeficiency.NoSelfService or ScoreDeficiency.NoAppointment => [new(Channels, 10m)],
        ScoreDeficiency.NoLocation or ScoreDeficiency.NoHours => [new(Channels, 10m), new(Guide, 10m)],
        ScoreDeficiency.NoConsultationContact or ScoreDeficiency.NoComplaintContact => [new(Channels, 10m), new(Guide, 5m)],
        ScoreDeficiency.NoConsultationPhone or ScoreDeficiency.NoComplaintPhone
            or ScoreDeficiency.MalformedConsultationPhone or ScoreDeficiency.MalformedComplaintPhone => [new(Guide, 5m)],
        ScoreDeficiency.NotFullyOnline or ScoreDeficiency.NoOnlineConsultation or ScoreDeficiency.NoOnlineComplaint => [new(Online, 10m)],
        ScoreDeficiency.NotZeroVisit => [new(Online, 20m)],
        ScoreDeficiency.LimitsNotCut or ScoreDeficiency.NoComparableLimits or ScoreDeficiency.MissingReferenceItems or ScoreDeficiency.NoActiveItems => [],
        _ => [new(Guide, 10m)],
    };
}
