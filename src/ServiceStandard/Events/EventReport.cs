using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Events;

/// <summary>
/// An event measured region by region (docs/format.md section 12): what <see cref="EventComparison.Compare"/> returns.
/// </summary>
public sealed record EventReport
{
    /// <summary>The event measured.</summary>
    public required ServiceEvent Event { get; init; }

    /// <summary>The regions, best first (see <see cref="EventComparison"/> for the order).</summary>
    public required IReadOnlyList<EventRegion> Regions { get; init; }

    /// <summary>What the inventories say about the event file: SS1308 for each item no inventory carries, at its position in the file.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>
/// One region's run through an event. A region that lacks an item is incomplete and has no end-to-end figure (each is
/// <see langword="null"/>); in a complete region a figure is <see langword="null"/> when an item it needs does not
/// state it (a chain is never given a figure that leaves out an item's part).
/// </summary>
public sealed record EventRegion
{
    /// <summary>The division code.</summary>
    public required string Code { get; init; }

    /// <summary>The region's name (the GB/T 2260 table's, else the inventory's, else the code).</summary>
    public required string Name { get; init; }

    /// <summary>True when the region carries every item of the event.</summary>
    public bool Complete => Missing.Count == 0;

    /// <summary>The basic codes of the event the region does not carry, in event order.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Each step, in order: its items in this region and the step's time.</summary>
    public required IReadOnlyList<EventStepFigures> Steps { get; init; }

    /// <summary>Σ over steps of the longest committed limit among the step's items, in working-day equivalents.</summary>
    public decimal? CommittedWorkingDays { get; init; }

    /// <summary>Σ over steps of the longest legal limit among the step's items, in working-day equivalents.</summary>
    public decimal? LegalWorkingDays { get; init; }

    /// <summary>Σ of the items' on-site visits.</summary>
    public int? OnsiteVisits { get; init; }

    /// <summary>Σ of the items' fees, CNY.</summary>
    public decimal? FeeTotal { get; init; }

    /// <summary>The distinct required materials of the chain: a material several items ask for counts once (names matched as the comparison matches them).</summary>
    public int? Materials { get; init; }

    /// <summary>The lowest online depth of the items (1 to 4): how far online the whole chain can go.</summary>
    public int? OnlineDepth { get; init; }

    /// <summary>
    /// True when every figure the target gives is met, false when one is missed; <see langword="null"/> when the event
    /// has no target, the region is incomplete, or a figure the target needs is not known.
    /// </summary>
    public bool? MeetsTarget { get; init; }

    /// <summary>The target's metrics this region misses (docs/format.md names), in the target's order.</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];

    /// <summary>The value of a figure by its docs/format.md name (<see cref="EventTarget.Metrics"/>).</summary>
    /// <param name="metric">One of <see cref="EventTarget.Metrics"/>.</param>
    public decimal? Of(string metric) =>
        EventTarget.Pick(metric, CommittedWorkingDays, LegalWorkingDays, OnsiteVisits, FeeTotal, Materials, (decimal?)OnlineDepth);
}

/// <summary>One step of an event in one region.</summary>
/// <param name="Name">The step's name from the event file, if any.</param>
/// <param name="Items">The step's items, in event order, each as the region carries it (or missing).</param>
/// <param name="CommittedWorkingDays">The longest committed limit of the step's items; null when one is missing or states none.</param>
/// <param name="LegalWorkingDays">The longest legal limit of the step's items; null when one is missing or states none.</param>
public sealed record EventStepFigures(string? Name, IReadOnlyList<EventItemFigures> Items, decimal? CommittedWorkingDays, decimal? LegalWorkingDays);

/// <summary>One item of an event in one region.</summary>
/// <param name="BasicCode">The basic code.</param>
/// <param name="Name">The item's name as the region writes it; <see langword="null"/> when the region does not carry it.</param>
/// <param name="Metrics">Its figures, as the comparison measures them; <see langword="null"/> when the region does not carry it.</param>
public sealed record EventItemFigures(string BasicCode, string? Name, ItemMetrics? Metrics);
