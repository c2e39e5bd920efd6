using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;

namespace ServiceStandard.Events;

/// <summary>
/// Measures an event (一件事) in every region of a set of inventories (docs/format.md section 12). Pure and thread-safe:
/// the inventories are only read.
/// </summary>
/// <remarks>
/// <para>Items: a region's items are taken as the regional comparison takes them (<see cref="RegionalComparison"/>):
/// inventories of the same region are merged, the first item with a basic code wins, and the figures of an item are
/// its <see cref="ItemMetrics"/> (time limits in working-day equivalents: immediate 0, hours / 8, calendar days × 5/7,
/// months × 21.75).</para>
/// <para>A region that lacks an item of the event is <b>incomplete</b>: its missing codes are listed and it gets no
/// end-to-end figure and no verdict on the target. In a complete region:</para>
/// <list type="bullet">
/// <item>committed and legal working days: the sum over steps of the longest limit among the step's items (the items of
/// a step run in parallel). When an item states no such limit, the figure is <see langword="null"/>, not a guess: the
/// item without a limit could be the longest of its step;</item>
/// <item>on-site visits and fees: the sums over the items; materials: the distinct required materials of the chain, a
/// material asked for by several items counted once (names matched as the comparison matches them:
/// <see cref="MaterialSynonyms"/>); online depth: the lowest of the items. Each is <see langword="null"/> when an item
/// does not state it (for materials: when an item's guide lists no material at all);</item>
/// <item>the target is met when every figure it gives is met (at most the value; at least, for online depth), missed
/// when one figure is known to miss it, and unknown (<see langword="null"/>) otherwise.</item>
/// </list>
/// <para>Order, best first: complete regions before incomplete ones; complete regions by committed working days, then
/// on-site visits, materials, fees and legal working days (fewer first, an unknown figure after every known one),
/// then online depth (deeper first); incomplete regions by the number of items missing (fewer first); ties by code.</para>
/// </remarks>
public static class EventComparison
{
    /// <summary>Measures an event in every region the inventories cover.</summary>
    /// <param name="event">The event.</param>
    /// <param name="inventories">One or more inventories per region, as loaded or normalized.</param>
    /// <param name="synonyms">How material names are matched; <see cref="MaterialSynonyms.Default"/> when omitted.</param>
    /// <returns>The regions, best first, and an SS1308 warning for each item of the event no inventory carries.</returns>
    public static EventReport Compare(ServiceEvent @event, IEnumerable<Inventory> inventories, MaterialSynonyms? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(inventories);
        var keys = new ComparisonKeys(synonyms ?? MaterialSynonyms.Default);
        var regions = inventories
            .Select(i => ComparedInventory.Of(i, keys))
            .GroupBy(i => i.RegionCode, StringComparer.Ordinal)
            .Select(g => RegionalComparison.RegionItems.Of(g.Key, g.ToArray()))
            .ToArray();
        var measured = regions.Select(r => Measure(@event, r)).ToList();
        measured.Sort(Order);
        var carried = regions.SelectMany(r => r.Items).Select(i => i.BasicCode).ToHashSet(StringComparer.Ordinal);
        var diagnostics = @event.ItemCodes
            .Where(code => !carried.Contains(code))
            .Select(code => Nowhere(@event, code))
            .ToArray();
        return new EventReport { Event = @event, Regions = measured, Diagnostics = diagnostics };
    }

    private static EventRegion Measure(ServiceEvent @event, RegionalComparison.RegionItems region)
    {
        var byCode = region.Items.Where(i => i.HasCode).ToDictionary(i => i.BasicCode, StringComparer.Ordinal);
        var steps = @event.Steps.Select(step =>
        {
            var items = step.Items.Select(code => byCode.TryGetValue(code, out var item) ? item : null).ToArray();
            return new EventStepFigures(
                step.Name,
                step.Items.Select((code, i) => new EventItemFigures(code, items[i]?.Name, items[i]?.Metrics)).ToArray(),
                Longest(items, m => m.CommittedWorkingDays),
                Longest(items, m => m.LegalWorkingDays));
        }).ToArray();
        var missing = @event.ItemCodes.Where(code => !byCode.ContainsKey(code)).ToArray();
        var result = new EventRegion { Code = region.Code, Name = region.Name, Missing = missing, Steps = steps };
        if (missing.Length > 0)
        {
            return result;
        }

        var chain = @event.ItemCodes.Select(code => byCode[code]).ToArray();
        result = result with
        {
            CommittedWorkingDays = AllKnown(steps.Select(s => s.CommittedWorkingDays))?.Sum(),
            LegalWorkingDays = AllKnown(steps.Select(s => s.LegalWorkingDays))?.Sum(),
            OnsiteVisits = AllKnown(chain.Select(i => i.Metrics.OnsiteVisits))?.Sum(),
            FeeTotal = AllKnown(chain.Select(i => i.Metrics.FeeTotal))?.Sum(),
            Materials = chain.All(i => i.StatesMaterials)
                ? chain.SelectMany(i => i.RequiredMaterials).Select(m => m.Key).Distinct(StringComparer.Ordinal).Count()
                : null,
            OnlineDepth = AllKnown(chain.Select(i => i.Metrics.OnlineDepth))?.Min(),
        };
        return @event.Target is { } target ? Judge(result, target) : result;
    }

    /// <summary>The target's verdict: missed when a known figure misses it, met when every figure is known and meets it, else unknown.</summary>
    private static EventRegion Judge(EventRegion region, EventTarget target)
    {
        var missed = new List<string>();
        var unknown = false;
        foreach (var (metric, goal) in target.Given())
        {
            if (region.Of(metric) is not { } value)
            {
                unknown = true;
            }
            else if (ComparisonMetrics.HigherIsWorse(EventTarget.Kind(metric)) ? value > goal : value < goal)
            {
                missed.Add(metric);
            }
        }

        return region with { Missed = missed, MeetsTarget = missed.Count > 0 ? false : unknown ? null : true };
    }

    /// <summary>The longest limit of a step's items: null when an item is missing or states no such limit.</summary>
    private static decimal? Longest(ComparedItem?[] items, Func<ItemMetrics, decimal?> limit) =>
        items.All(i => i is not null) ? AllKnown(items.Select(i => limit(i!.Metrics)))?.Max() : null;

    /// <summary>The values when every one is known, else null.</summary>
    private static List<T>? AllKnown<T>(IEnumerable<T?> values)
        where T : struct
    {
        var known = new List<T>();
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                return null;
            }

            known.Add(v);
        }

        return known;
    }

    private static int Order(EventRegion a, EventRegion b)
    {
        var order = b.Complete.CompareTo(a.Complete);
        if (order == 0 && a.Complete)
        {
            order = Fewer(a.CommittedWorkingDays, b.CommittedWorkingDays);
            order = order != 0 ? order : Fewer(a.OnsiteVisits, b.OnsiteVisits);
            order = order != 0 ? order : Fewer(a.Materials, b.Materials);
            order = order != 0 ? order : Fewer(a.FeeTotal, b.FeeTotal);
            order = order != 0 ? order : Fewer(a.LegalWorkingDays, b.LegalWorkingDays);
            order = order != 0 ? order : Fewer(a.OnlineDepth is { } x ? -x : null, b.OnlineDepth is { } y ? -y : null);
        }
        else if (order == 0)
        {
            order = a.Missing.Count.CompareTo(b.Missing.Count);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
    }

    /// <summary>Fewer first; an unknown figure after every known one.</summary>
    private static int Fewer(decimal? a, decimal? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => a.Value.CompareTo(b.Value),
    };

    private static Diagnostic Nowhere(ServiceEvent @event, string code)
    {
        var known = @event.Positions.TryGetValue(code, out var at);
        var pointer = known ? at.Pointer : string.Empty;
        SourcePosition? position = known ? at.Position : null;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = code, ["path"] = pointer.Length == 0 ? "/" : pointer };
        return new Diagnostic(EventDiagnostics.ItemNowhere, EventDiagnostics.ItemNowhere.DefaultSeverity, pointer, position, arguments)
        {
            File = @event.File,
            ItemCode = code,
        };
    }
}
