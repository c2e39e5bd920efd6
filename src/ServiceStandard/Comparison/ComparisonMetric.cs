using System.Globalization;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Comparison;

/// <summary>
/// The figures a regional comparison lines up for every item and region: the things citizens feel
/// (周期长 time limits, 材料多 materials, 收费多 fees, 跑动次数 trips, 盖章多 steps, 中介多 intermediaries,
/// and how far the item can be done online).
/// </summary>
public enum ComparisonMetric
{
    /// <summary><c>committedWorkingDays</c>: the committed time limit in working-day equivalents.</summary>
    CommittedWorkingDays,

    /// <summary><c>legalWorkingDays</c>: the legal time limit in working-day equivalents.</summary>
    LegalWorkingDays,

    /// <summary><c>materials</c>: the number of required materials.</summary>
    Materials,

    /// <summary><c>feeTotal</c>: the sum of the fee items in CNY (0 when not charged).</summary>
    FeeTotal,

    /// <summary><c>onsiteVisits</c>: the number of trips to an office.</summary>
    OnsiteVisits,

    /// <summary><c>processSteps</c>: the number of process steps.</summary>
    ProcessSteps,

    /// <summary><c>intermediaryServices</c>: the number of intermediary services the applicant must buy.</summary>
    IntermediaryServices,

    /// <summary><c>onlineDepth</c>: 1 to 4, where 4 is full online handling (the only metric where higher is better).</summary>
    OnlineDepth,
}

/// <summary>Facts about each <see cref="ComparisonMetric"/>: its report name, its direction, its label.</summary>
public static class ComparisonMetrics
{
    /// <summary>Every metric, in report order.</summary>
    public static IReadOnlyList<ComparisonMetric> All { get; } = Enum.GetValues<ComparisonMetric>();

    /// <summary>The name the reports use (docs/format.md section 5), such as <c>committedWorkingDays</c>.</summary>
    /// <param name="metric">The metric.</param>
    public static string Name(ComparisonMetric metric) => metric switch
    {
        ComparisonMetric.CommittedWorkingDays => "committedWorkingDays",
        ComparisonMetric.LegalWorkingDays => "legalWorkingDays",
        ComparisonMetric.Materials => "materials",
        ComparisonMetric.FeeTotal => "feeTotal",
        ComparisonMetric.OnsiteVisits => "onsiteVisits",
        ComparisonMetric.ProcessSteps => "processSteps",
        ComparisonMetric.IntermediaryServices => "intermediaryServices",
        ComparisonMetric.OnlineDepth => "onlineDepth",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>True when a higher value is worse for the citizen: every metric but <see cref="ComparisonMetric.OnlineDepth"/>.</summary>
    /// <param name="metric">The metric.</param>
    public static bool HigherIsWorse(ComparisonMetric metric) => metric != ComparisonMetric.OnlineDepth;

    /// <summary>The value on a scale where higher is always worse: the value itself, or for online depth the levels missing to full online handling (4 − depth).</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="value">A value of the metric.</param>
    public static decimal Burden(ComparisonMetric metric, decimal value) =>
        HigherIsWorse(metric) ? value : 4m - value;

    /// <summary>The median: the middle value, or the mean of the two middle values for an even count.</summary>
    /// <param name="values">One or more values.</param>
    /// <exception cref="ArgumentException">There is no value.</exception>
    public static decimal Median(IReadOnlyCollection<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("The median of no value is undefined.", nameof(values));
        }

        // A stable sort: equal values keep their order, so of 7 and 7.00 the one written first is picked.
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] / 2m) + (sorted[middle] / 2m); // halves first: no overflow near decimal.MaxValue
    }

    /// <summary>
    /// The gap to the reference that makes a finding a warning whatever the ratio: 10 working days,
    /// 3 materials, 100 CNY, 2 visits, 2 steps, 2 intermediary services, 2 online depth levels.
    /// </summary>
    /// <param name="metric">The metric.</param>
    public static decimal LargeGap(ComparisonMetric metric) => metric switch
    {
        ComparisonMetric.CommittedWorkingDays or ComparisonMetric.LegalWorkingDays => 10m,
        ComparisonMetric.Materials => 3m,
        ComparisonMetric.FeeTotal => 100m,
        _ => 2m,
    };

    /// <summary>The label with its unit, such as 承诺办结时限（工作日） or <c>committed time limit (working days)</c>.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="culture">zh or en (English for any other culture).</param>
    public static string Label(ComparisonMetric metric, CultureInfo culture) =>
        MessageTexts.Cached("Metric_" + Name(metric), culture);

    /// <summary>Formats a metric value as reports write it: at most two decimals, invariant digits.</summary>
    /// <param name="value">The value, or <see langword="null"/> when not stated.</param>
    /// <returns>The digits, or an empty string for <see langword="null"/>.</returns>
    public static string Format(decimal? value) => value switch
    {
        null => string.Empty,

        // A whole number written without decimals (most figures are) has the same digits in "0.##" and the
        // general format, which is much faster; zero goes the long way, as "0.##" may write a negative zero "-0".
        { Scale: 0 } whole when whole != 0m => whole.ToString(CultureInfo.InvariantCulture),
        { } v => v.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
