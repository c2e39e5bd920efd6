using System.Globalization;
using ServiceStandard.Comparison;
using ServiceStandard.Events;

namespace ServiceStandard.Reporting;

/// <summary>What every event renderer shows, in one language: the event, its steps, each region's figures and the words around them.</summary>
internal sealed class EventView(EventReport report, CultureInfo culture, IReadOnlyList<LeftOut>? leftOut = null)
{
    public EventReport Report { get; } = report;

    public ServiceEvent Event => Report.Event;

    /// <summary>What could not be read of the inventories: whole files and items (<see cref="LeftOutWriter"/>).</summary>
    public IReadOnlyList<LeftOut> LeftOut { get; } = leftOut ?? [];

    public CultureInfo Culture { get; } = culture;

    public bool Zh { get; } = culture.TwoLetterISOLanguageName == "zh";

    public string Colon => T("Colon");

    public string Title => T("Title", Event.Name);

    /// <summary>"开办餐饮店（restaurant-opening，businessEvent）：2 个环节，3 个事项".</summary>
    public string Heading
    {
        get
        {
            var steps = Event.Steps.Count;
            var items = Event.ItemCodes.Count();
            return T("Heading", Event.Name, T("Kind_" + (Event.Kind == EventKind.BusinessEvent ? "BusinessEvent" : "LifeEvent")), Event.Code,
                T(items == 1 ? "Items_One" : "Items_Many", items), T(steps == 1 ? "Steps_One" : "Steps_Many", steps));
        }
    }

    /// <summary>"环节 1", or the step's name when the file gives one: "环节 1 办理营业执照".</summary>
    public string StepLabel(int index) =>
        T("Step", index + 1) + (Event.Steps[index].Name is { } name ? " " + name : string.Empty);

    /// <summary>The name of an item: as the best-ranked region that carries it writes it; the code alone when no region does.</summary>
    public string? ItemName(string code) => (itemNames ??= ItemNames()).GetValueOrDefault(code);

    /// <summary>The names <see cref="ItemName"/> gives, found in one pass over the regions (it is asked for every item of every step).</summary>
    private Dictionary<string, string>? itemNames;

    private Dictionary<string, string> ItemNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Report.Regions.SelectMany(r => r.Steps).SelectMany(s => s.Items))
        {
            if (item.Name is not null)
            {
                names.TryAdd(item.BasicCode, item.Name);
            }
        }

        return names;
    }

    /// <summary>"000171028000 食品经营许可 ∥ 000123020000 公共场所卫生许可": the items of a step, which run in parallel.</summary>
    public string StepItems(int index) => string.Join(" ∥ ", Event.Steps[index].Items.Select(code => ItemName(code) is { } name ? $"{code} {name}" : code));

    /// <summary>"承诺办结时限合计不超过 8.5 个工作日；..." or null when the event has no target.</summary>
    public string? Target => Event.Target?.Given() is { Count: > 0 } given
        ? T("Target", string.Join(T("GoalSeparator"), given.Select(g => Goal(g.Metric, g.Value))))
        : null;

    /// <summary>"来源：title（number）url" or null.</summary>
    public string? Source => Event.Source is { } source
        ? T("Source", source.Title + (source.Number is { } n ? T("SourceNumber", n) : string.Empty) + (source.Url is { } u ? " " + u : string.Empty))
        : null;

    public string Goal(string metric, decimal value) => T("Goal_" + (metric is "committedWorkingDays" or "legalWorkingDays" or "onsiteVisits" or "feeTotal" or "materials" ? metric : "onlineDepth"), Number(value));

    public string[] Headings =>
    [
        T("Heading_Rank"), T("Heading_Code"), T("Heading_Region"), T("Heading_Complete"),
        T("Heading_Committed"), T("Heading_Legal"), T("Heading_Visits"), T("Heading_Fees"),
        T("Heading_Materials"), T("Heading_Online"), T("Heading_Target"),
    ];

    /// <summary>The cells of a region's row, in the order of <see cref="Headings"/>.</summary>
    public string[] Row(EventRegion region, int rank) =>
    [
        rank.ToString(CultureInfo.InvariantCulture), region.Code, region.Name, region.Complete ? T("Yes") : T("No"),
        Figure(region.CommittedWorkingDays), Figure(region.LegalWorkingDays), Figure(region.OnsiteVisits), Figure(region.FeeTotal),
        Figure(region.Materials), Figure(region.OnlineDepth), Verdict(region),
    ];

    /// <summary>Which cells are text (left-aligned): code, region, complete, target.</summary>
    public static bool IsText(int column) => column is 1 or 2 or 3 or 10;

    public string Verdict(EventRegion region) => region.MeetsTarget switch
    {
        true => T("Met"),
        false => T("Missed"),
        _ => "-",
    };

    /// <summary>"太白县（610331）缺少 000123020000 公共场所卫生许可" for an incomplete region.</summary>
    public string MissingLine(EventRegion region) =>
        T("MissingLine", region.Name, region.Code, string.Join(T("ListSeparator"), region.Missing.Select(code => ItemName(code) is { } name ? $"{code} {name}" : code)));

    /// <summary>"嘉兴市（330400）未达到：承诺时限合计不超过 5 个工作日（实为 7）" for a region that misses the target.</summary>
    public string MissedLine(EventRegion region) =>
        T("MissedLine", region.Name, region.Code, string.Join(T("GoalSeparator"), region.Missed.Select(m => Goal(m, Event.Target!.Of(m)!.Value) + T("Actual", Figure(region.Of(m))))));

    /// <summary>A line per incomplete region, then per region that misses the target.</summary>
    public IReadOnlyList<string> Notes => Report.Regions.Where(r => !r.Complete).Select(MissingLine)
        .Concat(Report.Regions.Where(r => r.MeetsTarget == false).Select(MissedLine)).ToArray();

    public string Method => T("Method");

    /// <summary>A figure as the comparison writes it (<see cref="ComparisonMetrics.Format"/>): at most two decimals, invariant digits.</summary>
    public static string Number(decimal value) => ComparisonMetrics.Format(value);

    public static string Figure(decimal? value) => value is { } v ? Number(v) : "-";

    /// <summary>A text of the event reports (<c>Event_</c> in ReportTexts.resx), its {0}, {1}... filled in.</summary>
    public string T(string name, params object?[] arguments) => ReportText.Get(Culture, "Event_" + name, arguments);
}
