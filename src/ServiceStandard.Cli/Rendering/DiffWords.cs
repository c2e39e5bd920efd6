using System.Globalization;
using ServiceStandard.Comparison;

namespace ServiceStandard.Cli.Rendering;

/// <summary>The words of the diff reports, in Chinese and in English (the findings' own messages come from the library).</summary>
internal sealed record DiffWords
{
    public static readonly DiffWords Chinese = new()
    {
        Culture = CultureInfo.GetCultureInfo("zh-CN"),
        Title = "政务服务事项跨地区比对",
        Summary = "{0} 个地区，{1} 个事项（{2} 个各地都有，{3} 个仅部分地区有）；{4} 条警告，{5} 条提示；阈值 {6}。",
        TextLegend = "表中 ! 为警告，* 为提示，— 为未列明。",
        Regions = "地区",
        Code = "代码",
        Name = "名称",
        ItemCount = "事项数",
        StrictestCount = "最严（事项数）",
        LoosestCount = "最宽（事项数）",
        Items = "事项（一致性从低到高）",
        Item = "事项",
        BasicCode = "基本编码",
        Uniformity = "一致性",
        Warnings = "警告",
        Infos = "提示",
        Metric = "指标",
        Warning = "警告",
        Info = "提示",
        NoFinding = "各地一致，没有突出的地区。",
        AlignedByName = "按名称对齐",
        Strictest = "最严",
        Loosest = "最宽",
        Missing = "仅部分地区有的事项",
        PresentIn = "有",
        AbsentFrom = "无",
        None = "无",
        NotStated = "—",
        NotCarried = "未列入",
        Burden = "综合负担",
        HeatMap = "热力图：事项 × 地区",
        HeatMapNote = "每行比较同一事项在各地的负担；灰色为未列明或未列入；▲ 为突出的地区（综合负担中为最严）。点击表头可排序。",
        Lighter = "较轻",
        Heavier = "较重",
        Findings = "差异说明",
        Overview = "事项一览",
        AverageUniformity = "平均一致性",
        ItemsCompared = "比对事项",
        SharedEverywhere = "各地都有 {0} 个",
        Method = "方法说明",
        MethodText =
        [
            "事项按基本编码对齐；没有基本编码的事项按规范化名称对齐（标注“按名称对齐”）。",
            "时限按工作日折算：即办 = 0，小时 ÷ 8，自然日 × 5/7，月 × 21.75。材料只计必要材料；收费为各收费项目金额之和（不收费为 0）。",
            "突出的地区：在列明该指标的地区中取中位数作参照（只有两个地区列明时取较好的一方，并同时列出两地）；比参照差超过“阈值 × 参照与 1 中的较大者”即为突出。“差”指数值更高，网上办理深度则按距全程网办所差的级数（4 − 深度）计。差距达到参照与 1 中的较大者（即参照的两倍）或达到大差距（10 个工作日、3 项材料、100 元、2 次、2 个环节、2 项中介、2 级深度）为警告，否则为提示。",
            "一致性 = 各项的平均：每个至少两地列明的指标取 1 − 2 × 平均绝对偏差（相对中位数）÷ 最大值（全为 0 时为 1）；材料集合、设定依据、办件类型取意见一致的地区比例（材料按每项必要材料计，再取平均）。1 表示各地完全一致。",
            "最严／最宽：每个有差异的指标上，最好的地区记 0 分、最差的记 1 分（其间线性），取平均为综合负担；负担最高的地区为该事项最严，最低的为最宽。",
        ],
        VersionTitle = "事项清单版本比对",
        VersionSummary = "{0}（{1}）：旧版 {2} 个事项（{3}），新版 {4} 个事项（{5}）；新增 {6}，删除 {7}，变更 {8}（申请人负担加重 {9}，减轻 {10}，有增有减 {11}，不变 {12}）。",
        Added = "新增事项",
        Removed = "删除事项",
        Changed = "变更事项",
        Change = "变更",
        Direction = "对办事人",
        Stricter = "负担加重",
        Looser = "负担减轻",
        Mixed = "负担有增有减",
        Neutral = "负担不变",
        Undated = "未注明日期",
    };

    public static readonly DiffWords English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en"),
        Title = "Regional comparison of government service items",
        Summary = "{0} regions, {1} items ({2} carried everywhere, {3} only in some); {4} warnings, {5} infos; threshold {6}.",
        TextLegend = "In the tables, ! marks a warning, * an info, — a figure not stated.",
        Regions = "Regions",
        Code = "code",
        Name = "name",
        ItemCount = "items",
        StrictestCount = "strictest (items)",
        LoosestCount = "loosest (items)",
        Items = "Items (lowest uniformity first)",
        Item = "item",
        BasicCode = "basic code",
        Uniformity = "uniformity",
        Warnings = "warnings",
        Infos = "infos",
        Metric = "metric",
        Warning = "warning",
        Info = "info",
        NoFinding = "The same everywhere: no region stands out.",
        AlignedByName = "aligned by name",
        Strictest = "strictest",
        Loosest = "loosest",
        Missing = "Items only some regions carry",
        PresentIn = "present in",
        AbsentFrom = "absent from",
        None = "none",
        NotStated = "—",
        NotCarried = "not carried",
        Burden = "overall burden",
        HeatMap = "Heat map: item × region",
        HeatMapNote = "each row compares the regions on one item; grey = not stated or not carried; ▲ = stands out (on the overall burden: the strictest). Click a column header to sort.",
        Lighter = "lighter",
        Heavier = "heavier",
        Findings = "Findings",
        Overview = "Items",
        AverageUniformity = "mean uniformity",
        ItemsCompared = "items compared",
        SharedEverywhere = "{0} carried everywhere",
        Method = "Method",
        MethodText =
        [
            "Items are lined up by basic code; an item without one is lined up by its normalized name (marked \"aligned by name\").",
            "Time limits in working-day equivalents: immediate = 0, hours / 8, calendar days × 5/7, months × 21.75. Materials counts required materials; fees is the sum of the fee items (0 when not charged).",
            "Standing out: the reference is the median of the regions stating the metric (the better value when only two do, and both are then named); a region stands out when it is worse than the reference by more than threshold × max(reference, 1). Worse means higher, except online depth, measured by the levels missing to full online handling (4 − depth). A gap of at least max(reference, 1) (twice the reference) or a large gap (10 working days, 3 materials, CNY 100, 2 visits, 2 steps, 2 intermediary services, 2 depth levels) is a warning, any other an info.",
            "Uniformity = the mean, over every metric at least two regions state, of 1 − 2 × mean absolute deviation from the median / largest value (1 when all are 0), and over material set, legal basis and handling type of the share of regions agreeing (for materials, per required material, then averaged). 1 = identical everywhere.",
            "Strictest / loosest: on every metric whose values differ, the best region scores 0 and the worst 1 (linear between); the mean is the region's burden; the highest burden is the strictest region for the item, the lowest the loosest.",
        ],
        VersionTitle = "Inventory version comparison",
        VersionSummary = "{0} ({1}): old version {2} items ({3}), new version {4} items ({5}); {6} added, {7} removed, {8} changed (the applicant's burden heavier in {9}, lighter in {10}, mixed in {11}, unchanged in {12}).",
        Added = "Added items",
        Removed = "Removed items",
        Changed = "Changed items",
        Change = "change",
        Direction = "for the citizen",
        Stricter = "heavier burden",
        Looser = "lighter burden",
        Mixed = "mixed burden",
        Neutral = "burden unchanged",
        Undated = "undated",
    };

    public required CultureInfo Culture { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string TextLegend { get; init; }

    public required string Regions { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string ItemCount { get; init; }

    public required string StrictestCount { get; init; }

    public required string LoosestCount { get; init; }

    public required string Items { get; init; }

    public required string Item { get; init; }

    public required string BasicCode { get; init; }

    public required string Uniformity { get; init; }

    public required string Warnings { get; init; }

    public required string Infos { get; init; }

    public required string Metric { get; init; }

    public required string Warning { get; init; }

    public required string Info { get; init; }

    public required string NoFinding { get; init; }

    public required string AlignedByName { get; init; }

    public required string Strictest { get; init; }

    public required string Loosest { get; init; }

    public required string Missing { get; init; }

    public required string PresentIn { get; init; }

    public required string AbsentFrom { get; init; }

    public required string None { get; init; }

    public required string NotStated { get; init; }

    public required string NotCarried { get; init; }

    public required string Burden { get; init; }

    public required string HeatMap { get; init; }

    public required string HeatMapNote { get; init; }

    public required string Lighter { get; init; }

    public required string Heavier { get; init; }

    public required string Findings { get; init; }

    public required string Overview { get; init; }

    public required string AverageUniformity { get; init; }

    public required string ItemsCompared { get; init; }

    public required string SharedEverywhere { get; init; }

    public required string Method { get; init; }

    public required IReadOnlyList<string> MethodText { get; init; }

    public required string VersionTitle { get; init; }

    public required string VersionSummary { get; init; }

    public required string Added { get; init; }

    public required string Removed { get; init; }

    public required string Changed { get; init; }

    public required string Change { get; init; }

    public required string Direction { get; init; }

    public required string Stricter { get; init; }

    public required string Looser { get; init; }

    public required string Mixed { get; init; }

    public required string Neutral { get; init; }

    public required string Undated { get; init; }

    public bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";

    public static DiffWords For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? Chinese : English;

    public string Severity(FindingSeverity severity) => severity == FindingSeverity.Warning ? Warning : Info;

    public string DirectionWord(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Stricter => Stricter,
        ChangeDirection.Looser => Looser,
        ChangeDirection.Mixed => Mixed,
        _ => Neutral,
    };

    public string List(IEnumerable<string> parts) => string.Join(IsChinese ? "、" : ", ", parts);

    public string Format(string template, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);
}
