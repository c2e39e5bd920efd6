using System.Globalization;
using ServiceStandard.Catalogue;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Cli.Rendering;

/// <summary>The words of the catalogue's text reports, in Chinese and in English.</summary>
internal sealed record CatalogueWords
{
    public static readonly CatalogueWords Chinese = new()
    {
        Culture = CultureInfo.GetCultureInfo("zh-CN"),
        Added = "新增",
        Updated = "更新",
        Unchanged = "未变",
        Rejected = "拒绝",
        Removed = "删除",
        ItemsOfFile = "{0} 个事项",
        RejectedNothing = "{0} 个错误，未导入",
        RejectedKept = "{0} 个错误，保留上一有效版本的 {1} 个事项",
        BuildSummary = "{0}：{1} 个文件，{2} 个地区，{3} 个事项（新增 {4}，更新 {5}，未变 {6}，拒绝 {7}，删除 {8}）",
        Found = "“{0}”：{1} 个事项",
        FoundAll = "{0} 个事项",
        Shown = "显示前 {0} 个，共 {1} 个；用 --limit 查看更多。",
        Committed = "承诺 {0} 个工作日",
        NoCommitted = "承诺时限未载明",
        Materials = "必要材料 {0} 件",
        Visits = "到现场 {0} 次",
        NoVisits = "到现场次数未载明",
        Depth = "网办深度 {0}",
        NoDepth = "网办深度未载明",
        Basic = "基本目录 {0}：{1} 个事项",
        RegionCoverage = "{0} {1}：{2}/{3}（{4:0.0}%）",
        Missing = "  缺少：",
        Outside = "  基本目录之外：",
        ItemCoverage = "各事项的实施地区：",
        Separator = "；",
    };

    public static readonly CatalogueWords English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en"),
        Added = "added",
        Updated = "updated",
        Unchanged = "unchanged",
        Rejected = "rejected",
        Removed = "removed",
        ItemsOfFile = "{0} item(s)",
        RejectedNothing = "{0} error(s), nothing imported",
        RejectedKept = "{0} error(s); the {1} item(s) of its last valid version are kept",
        BuildSummary = "{0}: {1} file(s), {2} region(s), {3} item(s) (added {4}, updated {5}, unchanged {6}, rejected {7}, removed {8})",
        Found = "\"{0}\": {1} item(s)",
        FoundAll = "{0} item(s)",
        Shown = "Showing the first {0} of {1}; use --limit to see more.",
        Committed = "committed {0} working day(s)",
        NoCommitted = "no committed limit stated",
        Materials = "{0} required materials",
        Visits = "{0} on-site visit(s)",
        NoVisits = "visits not stated",
        Depth = "online depth {0}",
        NoDepth = "online depth not stated",
        Basic = "Basic catalogue {0}: {1} item(s)",
        RegionCoverage = "{0} {1}: {2} of {3} ({4:0.0}%)",
        Missing = "  missing: ",
        Outside = "  outside the basic catalogue: ",
        ItemCoverage = "Regions implementing each item:",
        Separator = "; ",
    };

    public required CultureInfo Culture { get; init; }

    public required string Added { get; init; }

    public required string Updated { get; init; }

    public required string Unchanged { get; init; }

    public required string Rejected { get; init; }

    public required string Removed { get; init; }

    public required string ItemsOfFile { get; init; }

    public required string RejectedNothing { get; init; }

    public required string RejectedKept { get; init; }

    public required string BuildSummary { get; init; }

    public required string Found { get; init; }

    public required string FoundAll { get; init; }

    public required string Shown { get; init; }

    public required string Committed { get; init; }

    public required string NoCommitted { get; init; }

    public required string Materials { get; init; }

    public required string Visits { get; init; }

    public required string NoVisits { get; init; }

    public required string Depth { get; init; }

    public required string NoDepth { get; init; }

    public required string Basic { get; init; }

    public required string RegionCoverage { get; init; }

    public required string Missing { get; init; }

    public required string Outside { get; init; }

    public required string ItemCoverage { get; init; }

    public required string Separator { get; init; }

    private bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";

    public static CatalogueWords For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? Chinese : English;

    public string Format(string template, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);

    public string Outcome(CatalogueFileOutcome outcome) => outcome switch
    {
        CatalogueFileOutcome.Added => Added,
        CatalogueFileOutcome.Updated => Updated,
        CatalogueFileOutcome.Unchanged => Unchanged,
        CatalogueFileOutcome.Rejected => Rejected,
        _ => Removed,
    };

    /// <summary>The item type as people read it: the Chinese label, or the token in English.</summary>
    public string Type(ItemType type) => IsChinese ? CodeListCatalog.ItemTypes[type].Label : CodeListCatalog.ItemTypes[type].Token;
}
