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

    public string Colon => Zh ? "：" : ": ";

    public string Title => Zh ? $"一件事：{Event.Name}" : $"Event: {Event.Name}";

    /// <summary>"开办餐饮店（restaurant-opening，businessEvent）：2 个环节，3 个事项".</summary>
    public string Heading
    {
        get
        {
            var steps = Event.Steps.Count;
            var items = Event.ItemCodes.Count();
            return Zh
                ? $"{Event.Name}（{(Event.Kind == EventKind.BusinessEvent ? "企业一件事" : "个人一件事")}）：{steps} 个环节，{items} 个事项"
                : $"{Event.Name} ({(Event.Kind == EventKind.BusinessEvent ? "business event" : "life event")}, {Event.Code}): {items} item{(items == 1 ? string.Empty : "s")} in {steps} step{(steps == 1 ? string.Empty : "s")}";
        }
    }

    /// <summary>"环节 1", or the step's name when the file gives one: "环节 1 办理营业执照".</summary>
    public string StepLabel(int index) =>
        (Zh ? $"环节 {index + 1}" : $"step {index + 1}") + (Event.Steps[index].Name is { } name ? " " + name : string.Empty);

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
        ? (Zh ? "目标：" : "Target: ") + string.Join(Zh ? "；" : "; ", given.Select(g => Goal(g.Metric, g.Value)))
        : null;

    /// <summary>"来源：title（number）url" or null.</summary>
    public string? Source => Event.Source is { } source
        ? (Zh ? "来源：" : "Source: ") + source.Title + (source.Number is { } n ? (Zh ? $"（{n}）" : $" ({n})") : string.Empty) + (source.Url is { } u ? " " + u : string.Empty)
        : null;

    public string Goal(string metric, decimal value) => metric switch
    {
        "committedWorkingDays" => Zh ? $"承诺时限合计不超过 {Number(value)} 个工作日" : $"committed limits at most {Number(value)} working days end to end",
        "legalWorkingDays" => Zh ? $"法定时限合计不超过 {Number(value)} 个工作日" : $"legal limits at most {Number(value)} working days end to end",
        "onsiteVisits" => Zh ? $"到现场不超过 {Number(value)} 次" : $"at most {Number(value)} on-site visits",
        "feeTotal" => Zh ? $"收费不超过 {Number(value)} 元" : $"fees at most CNY {Number(value)}",
        "materials" => Zh ? $"申请材料不超过 {Number(value)} 件" : $"at most {Number(value)} distinct required materials",
        _ => Zh ? $"每个事项网上办理深度不低于 {Number(value)}" : $"online depth at least {Number(value)} for every item",
    };

    public string[] Headings =>
    [
        Zh ? "排名" : "rank", Zh ? "代码" : "code", Zh ? "地区" : "region", Zh ? "完整" : "complete",
        Zh ? "承诺工作日" : "committed", Zh ? "法定工作日" : "legal", Zh ? "到现场次数" : "visits", Zh ? "收费（元）" : "fees (CNY)",
        Zh ? "材料" : "materials", Zh ? "网办深度" : "online", Zh ? "目标" : "target",
    ];

    /// <summary>The cells of a region's row, in the order of <see cref="Headings"/>.</summary>
    public string[] Row(EventRegion region, int rank) =>
    [
        rank.ToString(CultureInfo.InvariantCulture), region.Code, region.Name, region.Complete ? (Zh ? "是" : "yes") : (Zh ? "否" : "no"),
        Figure(region.CommittedWorkingDays), Figure(region.LegalWorkingDays), Figure(region.OnsiteVisits), Figure(region.FeeTotal),
        Figure(region.Materials), Figure(region.OnlineDepth), Verdict(region),
    ];

    /// <summary>Which cells are text (left-aligned): code, region, complete, target.</summary>
    public static bool IsText(int column) => column is 1 or 2 or 3 or 10;

    public string Verdict(EventRegion region) => region.MeetsTarget switch
    {
        true => Zh ? "达标" : "met",
        false => Zh ? "未达标" : "missed",
        _ => "-",
    };

    /// <summary>"太白县（610331）缺少 000123020000 公共场所卫生许可" for an incomplete region.</summary>
    public string MissingLine(EventRegion region)
    {
        var items = string.Join(Zh ? "、" : ", ", region.Missing.Select(code => ItemName(code) is { } name ? $"{code} {name}" : code));
        return Zh ? $"{region.Name}（{region.Code}）缺少 {items}，不计算全程数值。" : $"{region.Name} ({region.Code}) lacks {items}: no end-to-end figure.";
    }

    /// <summary>"嘉兴市（330400）未达到：承诺时限合计不超过 5 个工作日（实为 7）" for a region that misses the target.</summary>
    public string MissedLine(EventRegion region)
    {
        var goals = string.Join(Zh ? "；" : "; ", region.Missed.Select(m => Goal(m, Event.Target!.Of(m)!.Value) + (Zh ? $"（实为 {Figure(region.Of(m))}）" : $" (is {Figure(region.Of(m))})")));
        return Zh ? $"{region.Name}（{region.Code}）未达到目标：{goals}。" : $"{region.Name} ({region.Code}) misses the target: {goals}.";
    }

    /// <summary>A line per incomplete region, then per region that misses the target.</summary>
    public IReadOnlyList<string> Notes => Report.Regions.Where(r => !r.Complete).Select(MissingLine)
        .Concat(Report.Regions.Where(r => r.MeetsTarget == false).Select(MissedLine)).ToArray();

    public string Method => Zh
        ? "全程时限为各环节中最长事项时限之和（同一环节的事项并行办理），按工作日折算：即办 0，小时 / 8，自然日 × 5/7，月 × 21.75；到现场次数、收费为各事项之和；材料为全链条不重复的必要材料（多个事项都要的材料只计一次，名称按比对规则匹配）；网办深度取各事项的最低值。“-”表示地区不完整或有事项未载明该项。排序：完整的地区在前，依次比较承诺工作日、到现场次数、材料、收费、法定工作日（少者在前）和网办深度（深者在前）；不完整的地区按缺少事项数排列。"
        : "End-to-end limits are the sum over steps of the longest item of each step (the items of a step run in parallel), in working-day equivalents: immediate 0, hours / 8, calendar days x 5/7, months x 21.75; visits and fees are sums over the items; materials are the distinct required materials of the chain (a material several items ask for counts once, names matched as the comparison matches them); online depth is the lowest of the items. \"-\": the region is incomplete or an item does not state the figure. Order: complete regions first, by committed working days, then visits, materials, fees, legal working days (fewer first) and online depth (deeper first); incomplete regions by the number of items missing.";

    /// <summary>A figure as the comparison writes it (<see cref="ComparisonMetrics.Format"/>): at most two decimals, invariant digits.</summary>
    public static string Number(decimal value) => ComparisonMetrics.Format(value);

    public static string Figure(decimal? value) => value is { } v ? Number(v) : "-";
}
