using ServiceStandard.Model;

namespace ServiceStandard.Comparison;

/// <summary>
/// The figures of one item in one region (docs/format.md section 5); each is <see langword="null"/> when the
/// region does not state it.
/// </summary>
public sealed record ItemMetrics
{
    /// <summary>承诺办结时限 in working-day equivalents (immediate 0, hours / 8, calendar days x 5/7, months x 21.75), rounded to 2 decimals.</summary>
    public decimal? CommittedWorkingDays { get; init; }

    /// <summary>法定办结时限 in working-day equivalents, rounded to 2 decimals.</summary>
    public decimal? LegalWorkingDays { get; init; }

    /// <summary>The number of required materials; <see langword="null"/> when the guide lists no material at all.</summary>
    public int? Materials { get; init; }

    /// <summary>The fees in CNY: 0 when not charged, the sum of the fee items when charged; <see langword="null"/> when not stated or charged without an amount.</summary>
    public decimal? FeeTotal { get; init; }

    /// <summary>到办事现场次数.</summary>
    public int? OnsiteVisits { get; init; }

    /// <summary>The number of process steps; <see langword="null"/> when no step is listed.</summary>
    public int? ProcessSteps { get; init; }

    /// <summary>The number of intermediary services; <see langword="null"/> only when the item has no guide.</summary>
    public int? IntermediaryServices { get; init; }

    /// <summary>网上办理深度, 1 to 4.</summary>
    public int? OnlineDepth { get; init; }

    /// <summary>The value of one metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The value, or <see langword="null"/> when not stated.</returns>
    public decimal? Get(ComparisonMetric metric) => metric switch
    {
        ComparisonMetric.CommittedWorkingDays => CommittedWorkingDays,
        ComparisonMetric.LegalWorkingDays => LegalWorkingDays,
        ComparisonMetric.Materials => Materials,
        ComparisonMetric.FeeTotal => FeeTotal,
        ComparisonMetric.OnsiteVisits => OnsiteVisits,
        ComparisonMetric.ProcessSteps => ProcessSteps,
        ComparisonMetric.IntermediaryServices => IntermediaryServices,
        ComparisonMetric.OnlineDepth => OnlineDepth,
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>Measures an item.</summary>
    /// <param name="item">The item as one region publishes it.</param>
    /// <returns>Its figures.</returns>
    public static ItemMetrics Of(ServiceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var guide = item.Guide;
        var fees = guide?.Fees;
        return new ItemMetrics
        {
            CommittedWorkingDays = WorkingDays(item.TimeLimits?.Committed),
            LegalWorkingDays = WorkingDays(item.TimeLimits?.Legal),
            Materials = guide is { Materials.Count: > 0 } ? guide.Materials.Count(m => m.Required) : null,
            FeeTotal = fees switch
            {
                null => null,
                { Charged: false } => 0m,
                { Items.Count: > 0 } => DomainBounds.Sum(fees.Items.Select(f => f.Amount)),
                _ => null,
            },
            OnsiteVisits = guide?.OnsiteVisits,
            ProcessSteps = item.Process is { Steps.Count: > 0 } process ? process.Steps.Count : null,
            IntermediaryServices = guide?.IntermediaryServices.Count,
            OnlineDepth = guide?.OnlineDepth,
        };
    }

    private static decimal? WorkingDays(TimeLimit? limit) =>
        limit is null ? null : Math.Round(limit.ToWorkingDays(), 2, MidpointRounding.AwayFromZero);
}
