using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Reporting;

/// <summary>The words of <c>svcstd due</c>'s text, in Chinese and in English.</summary>
internal sealed record DueWords
{
    public static readonly DueWords Chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

    public static readonly DueWords English = Read(CultureInfo.GetCultureInfo("en"));

    /// <summary>The words in <paramref name="culture"/>, from the report texts (<c>ReportTexts.resx</c>).</summary>
    private static DueWords Read(CultureInfo culture) => new()
    {
        Culture = culture,
        Accepted = ReportText.Get(culture, "Due_Accepted"),
        ItemAccepted = ReportText.Get(culture, "Due_ItemAccepted"),
        Due = ReportText.Get(culture, "Due_Due"),
        SameDay = ReportText.Get(culture, "Due_SameDay"),
        Moved = ReportText.Get(culture, "Due_Moved"),
        NotGiven = ReportText.Get(culture, "Due_NotGiven"),
        Legal = ReportText.Get(culture, "Due_Legal"),
        Committed = ReportText.Get(culture, "Due_Committed"),
        Units = Enum.GetValues<TimeUnit>().ToDictionary(u => u, u => (ReportText.Get(culture, $"Due_Unit_{u}_One"), ReportText.Get(culture, $"Due_Unit_{u}_Many"))),
    };

    public required CultureInfo Culture { get; init; }

    public required string Accepted { get; init; }

    public required string ItemAccepted { get; init; }

    public required string Due { get; init; }

    public required string SameDay { get; init; }

    public required string Moved { get; init; }

    public required string NotGiven { get; init; }

    public required string Legal { get; init; }

    public required string Committed { get; init; }

    public required IReadOnlyDictionary<TimeUnit, (string One, string Many)> Units { get; init; }

    public static DueWords For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? Chinese : English;

    public string Format(string template, params object[] arguments) => string.Format(Culture, template, arguments);

    /// <summary>A limit in words: 5个工作日, 1 working day, 0.5 hours, immediate.</summary>
    public string Limit(TimeLimit limit) => Count(limit.Unit, limit.Value);

    /// <summary>A number of units in words: 20个工作日, 1 calendar day, 34 calendar days.</summary>
    public string Count(TimeUnit unit, decimal value)
    {
        var (one, many) = Units[unit];
        return Format(value == 1 ? one : many, value.ToString("0.############", CultureInfo.InvariantCulture));
    }
}
