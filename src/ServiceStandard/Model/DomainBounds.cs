using ServiceStandard.CodeLists;

namespace ServiceStandard.Model;

/// <summary>
/// The largest values the loader takes for a number, from what the domain allows: ten years in any unit of time
/// (a limit of decades is already absurd), a fee of a billion yuan, a hundred visits, a thousand copies. A value
/// beyond its bound is one <c>SS1105</c> on that value. Within the bounds every sum a report makes (the fees of an
/// item, the limits of its steps, over a million items) stays far inside <see cref="decimal"/>'s range.
/// </summary>
internal static class DomainBounds
{
    /// <summary>The largest fee, in yuan.</summary>
    public const decimal FeeAmount = 1_000_000_000m;

    /// <summary>The most visits to the office.</summary>
    public const int OnsiteVisits = 100;

    /// <summary>The most copies of one material.</summary>
    public const int Copies = 1_000;

    /// <summary>The largest time limit in <paramref name="unit"/> (ten years); the largest of all when the unit is not known.</summary>
    public static decimal TimeLimit(TimeUnit? unit) => unit switch
    {
        TimeUnit.WorkingDays => 2_500m,
        TimeUnit.Months => 120m,
        TimeUnit.Hours or null => 87_840m,
        _ => 3_660m, // calendar days; immediate (whose value is 0) no further
    };

    /// <summary>The sum of <paramref name="values"/>, or <see langword="null"/> when it is beyond <see cref="decimal"/>
    /// (values set in code past the bounds: a report states no figure rather than fail).</summary>
    public static decimal? Sum(IEnumerable<decimal> values)
    {
        try
        {
            return values.Sum();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The sum of <paramref name="values"/>, or <see cref="decimal.MaxValue"/> when it is beyond (a comparison stays right).</summary>
    public static decimal SaturatingSum(IEnumerable<decimal> values) => Sum(values) ?? decimal.MaxValue;
}
