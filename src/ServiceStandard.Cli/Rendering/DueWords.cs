using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Cli.Rendering;

/// <summary>The words of <c>svcstd due</c>'s text, in Chinese and in English.</summary>
internal sealed record DueWords
{
    public static readonly DueWords Chinese = new()
    {
        Culture = CultureInfo.GetCultureInfo("zh-CN"),
        Accepted = "受理日 {0}",
        ItemAccepted = "{0}，受理日 {1}",
        Due = "{0}：最迟 {1} 办结（受理后{2}，{3}）",
        SameDay = "{0}：当日 {1} 办结",
        Moved = "  时限的最后一日 {0} 是休息日（{1}），顺延至其后的第一个工作日（民法典第二百零三条）",
        NotGiven = "{0}：未载明",
        Legal = "法定时限",
        Committed = "承诺时限",
        Units = new Dictionary<TimeUnit, (string One, string Many)>
        {
            [TimeUnit.WorkingDays] = ("{0}个工作日", "{0}个工作日"),
            [TimeUnit.CalendarDays] = ("{0}个自然日", "{0}个自然日"),
            [TimeUnit.Hours] = ("{0}小时", "{0}小时"),
            [TimeUnit.Months] = ("{0}个月", "{0}个月"),
            [TimeUnit.Immediate] = ("即办", "即办"),
        },
    };

    public static readonly DueWords English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en"),
        Accepted = "Accepted on {0}",
        ItemAccepted = "{0}, accepted on {1}",
        Due = "{0}: due by {1} ({2}, {3} after acceptance)",
        SameDay = "{0}: due the same day, {1}",
        Moved = "  the limit's last day, {0}, is a rest day ({1}): it ends on the next working day (Civil Code Art. 203)",
        NotGiven = "{0}: not given",
        Legal = "legal limit",
        Committed = "committed limit",
        Units = new Dictionary<TimeUnit, (string One, string Many)>
        {
            [TimeUnit.WorkingDays] = ("{0} working day", "{0} working days"),
            [TimeUnit.CalendarDays] = ("{0} calendar day", "{0} calendar days"),
            [TimeUnit.Hours] = ("{0} hour", "{0} hours"),
            [TimeUnit.Months] = ("{0} month", "{0} months"),
            [TimeUnit.Immediate] = ("immediate", "immediate"),
        },
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
