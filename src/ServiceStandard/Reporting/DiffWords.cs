using System.Globalization;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>The words of the diff reports, in Chinese and in English (the findings' own messages come from the library).</summary>
internal sealed record DiffWords
{
    public static readonly DiffWords Chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

    public static readonly DiffWords English = Read(CultureInfo.GetCultureInfo("en"));

    /// <summary>The words in <paramref name="culture"/>, from the report texts (<c>ReportTexts.resx</c>).</summary>
    private static DiffWords Read(CultureInfo culture) => new()
    {
        Culture = culture,
        Title = ReportText.Get(culture, "Diff_Title"),
        Summary = ReportText.Get(culture, "Diff_Summary"),
        TextLegend = ReportText.Get(culture, "Diff_TextLegend"),
        Regions = ReportText.Get(culture, "Diff_Regions"),
        Code = ReportText.Get(culture, "Diff_Code"),
        Name = ReportText.Get(culture, "Diff_Name"),
        ItemCount = ReportText.Get(culture, "Diff_ItemCount"),
        StrictestCount = ReportText.Get(culture, "Diff_StrictestCount"),
        LoosestCount = ReportText.Get(culture, "Diff_LoosestCount"),
        Items = ReportText.Get(culture, "Diff_Items"),
        Item = ReportText.Get(culture, "Diff_Item"),
        BasicCode = ReportText.Get(culture, "Diff_BasicCode"),
        Uniformity = ReportText.Get(culture, "Diff_Uniformity"),
        Warnings = ReportText.Get(culture, "Diff_Warnings"),
        Infos = ReportText.Get(culture, "Diff_Infos"),
        Metric = ReportText.Get(culture, "Diff_Metric"),
        Warning = ReportText.Get(culture, "Diff_Warning"),
        Info = ReportText.Get(culture, "Diff_Info"),
        NoFinding = ReportText.Get(culture, "Diff_NoFinding"),
        AlignedByName = ReportText.Get(culture, "Diff_AlignedByName"),
        Strictest = ReportText.Get(culture, "Diff_Strictest"),
        Loosest = ReportText.Get(culture, "Diff_Loosest"),
        Missing = ReportText.Get(culture, "Diff_Missing"),
        PresentIn = ReportText.Get(culture, "Diff_PresentIn"),
        AbsentFrom = ReportText.Get(culture, "Diff_AbsentFrom"),
        None = ReportText.Get(culture, "Diff_None"),
        NotStated = "—",
        NotCarried = ReportText.Get(culture, "Diff_NotCarried"),
        Burden = ReportText.Get(culture, "Diff_Burden"),
        HeatMap = ReportText.Get(culture, "Diff_HeatMap"),
        HeatMapNote = ReportText.Get(culture, "Diff_HeatMapNote"),
        Lighter = ReportText.Get(culture, "Diff_Lighter"),
        Heavier = ReportText.Get(culture, "Diff_Heavier"),
        Findings = ReportText.Get(culture, "Diff_Findings"),
        Overview = ReportText.Get(culture, "Diff_Overview"),
        AverageUniformity = ReportText.Get(culture, "Diff_AverageUniformity"),
        ItemsCompared = ReportText.Get(culture, "Diff_ItemsCompared"),
        SharedEverywhere = ReportText.Get(culture, "Diff_SharedEverywhere"),
        Method = ReportText.Get(culture, "Diff_Method"),
        MethodText = [.. Enumerable.Range(1, 5).Select(n => ReportText.Get(culture, $"Diff_MethodText_{n}"))],
        VersionTitle = ReportText.Get(culture, "Diff_VersionTitle"),
        VersionSummary = ReportText.Get(culture, "Diff_VersionSummary"),
        Added = ReportText.Get(culture, "Diff_Added"),
        Removed = ReportText.Get(culture, "Diff_Removed"),
        Changed = ReportText.Get(culture, "Diff_Changed"),
        Change = ReportText.Get(culture, "Diff_Change"),
        Direction = ReportText.Get(culture, "Diff_Direction"),
        Stricter = ReportText.Get(culture, "Diff_Stricter"),
        Looser = ReportText.Get(culture, "Diff_Looser"),
        Mixed = ReportText.Get(culture, "Diff_Mixed"),
        Neutral = ReportText.Get(culture, "Diff_Neutral"),
        Undated = ReportText.Get(culture, "Diff_Undated"),
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
