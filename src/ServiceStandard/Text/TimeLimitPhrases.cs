using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Text;

/// <summary>How a time-limit phrase was read.</summary>
/// <param name="Value">The number of units (0 for immediate).</param>
/// <param name="Unit">The unit.</param>
/// <param name="ByDayRule">True when the phrase said 日 without 工作日 or 自然日, so the item type chose the unit.</param>
internal readonly record struct PhraseReading(decimal Value, TimeUnit Unit, bool ByDayRule);

/// <summary>
/// Reads the time limits departments write as text: "20个工作日", "二十个工作日", "5个工作日内", "即办",
/// "当场办结", "0天2.0小时", "30日", "15天", "3个月", "承诺时限5个工作日". Arabic, full-width and Chinese
/// numerals. 天 is a calendar day (docs/format.md); 日 alone counts working days for an administrative licence
/// (行政许可法 Art. 82) and calendar days otherwise.
/// </summary>
internal static partial class TimeLimitPhrases
{
    /// <summary>Reads a phrase; <see langword="null"/> when it is not one this reader understands.</summary>
    /// <param name="phrase">The text as written.</param>
    /// <param name="licence">True when the item is an administrative licence (日 then counts working days).</param>
    public static PhraseReading? Read(string phrase, bool licence)
    {
        var text = Compact(phrase);
        text = Qualifiers().Replace(text, string.Empty);
        text = Label().Replace(text, string.Empty, 1);
        text = Start().Replace(text, string.Empty, 1);
        if (Immediate().IsMatch(text))
        {
            return new PhraseReading(0, TimeUnit.Immediate, false);
        }

        if (Simple().Match(text) is { Success: true } simple && Number(simple.Groups["n"].Value) is { } value)
        {
            var (unit, byDayRule) = Unit(simple.Groups["u"].Value, licence);
            return new PhraseReading(value, unit, byDayRule);
        }

        if (DaysAndHours().Match(text) is { Success: true } both
            && Number(both.Groups["d"].Value) is { } days
            && Number(both.Groups["h"].Value) is { } hours)
        {
            if (days == 0)
            {
                return new PhraseReading(hours, TimeUnit.Hours, false);
            }

            if (hours == 0)
            {
                var (unit, byDayRule) = Unit(both.Groups["u"].Value, licence);
                return new PhraseReading(days, unit, byDayRule);
            }
        }

        // A sentence around one limit (区残联收到材料7个工作日内审核完成): the one limit in it, when nothing else in it is a number.
        if (Inside().Matches(text) is [var only] && Number(only.Groups["n"].Value) is { } inner
            && !text.Remove(only.Index, only.Length).Any(c => char.IsAsciiDigit(c) || "零〇一二两三四五六七八九十百千".Contains(c, StringComparison.Ordinal)))
        {
            var (unit, byDayRule) = Unit(only.Groups["u"].Value, licence);
            return new PhraseReading(inner, unit, byDayRule);
        }

        return null; // days and hours both non-zero, or not a phrase at all: the caller keeps it as written
    }

    /// <summary>Phrases this reader understands and what each reads as, for the manual's table of wordings.</summary>
    public static IReadOnlyList<(string Written, string Reads)> Examples { get; } =
    [
        ("20个工作日", "20 `workingDays`"), ("二十个工作日", "20 `workingDays`"), ("5个工作日内", "5 `workingDays`"),
        ("半个工作日", "0.5 `workingDays`"), ("法定20个工作日", "20 `workingDays`"), ("自受理之日起20个工作日", "20 `workingDays`"),
        ("5个工作日（不含现场核查时间）", "5 `workingDays`; the bracketed qualifier kept in `note` with the whole phrase"),
        ("承诺时限5个工作日", "5 `workingDays`"), ("15天", "15 `calendarDays`"), ("30日", "30 `workingDays` for a licence (行政许可法 Art. 82), else `calendarDays`"),
        ("3个月", "3 `months`"), ("0天2.0小时", "2 `hours`"),
        ("区残联收到材料7个工作日内审核完成", "7 `workingDays`: the one limit in a sentence with no other number"),
        ("即办 / 即办件 / 当场 / 当场办结 / 随到随办 / 现场办结 / 立等可取 / 即时办结", "0 `immediate`"),
    ];

    /// <summary>The phrase without white space, full-width characters folded.</summary>
    private static string Compact(string phrase) => TextForms.Code(phrase);

    private static (TimeUnit Unit, bool ByDayRule) Unit(string unit, bool licence) => unit.TrimStart('个') switch
    {
        "工作日" => (TimeUnit.WorkingDays, false),
        "自然日" or "日历日" or "天" => (TimeUnit.CalendarDays, false),
        "日" => (licence ? TimeUnit.WorkingDays : TimeUnit.CalendarDays, true),
        "小时" => (TimeUnit.Hours, false),
        _ => (TimeUnit.Months, false),
    };

    /// <summary>An Arabic number (2, 2.0, 15) or a Chinese one (十五, 二十, 三十, 一百二十, 两).</summary>
    internal static decimal? Number(string text)
    {
        if (text == "半")
        {
            return 0.5m;
        }

        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var arabic) ? arabic : null;
        }

        var hasUnit = text.AsSpan().IndexOfAny("十百千") >= 0;
        decimal total = 0, digit = 0;
        foreach (var c in text)
        {
            var value = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '〇')
            {
                value = 0;
            }
            else if (c == '两')
            {
                value = 2;
            }

            if (value >= 0)
            {
                digit = hasUnit ? value : (digit * 10) + value;
                continue;
            }

            var scale = c switch { '十' => 10, '百' => 100, _ => 1000 };
            total += (digit == 0 && scale == 10 ? 1 : digit) * scale;
            digit = 0;
        }

        return total + digit;
    }

    private const string NumberPattern = "[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+|半";

    /// <summary>Qualifiers in brackets (不含现场核查时间, 法定): read around, kept in the note with the whole phrase.</summary>
    [GeneratedRegex("[（(][^（）()]*[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifiers();

    /// <summary>Where the count starts (自受理之日起, 受理后) and what kind of limit it is (法定, 承诺): read around.</summary>
    [GeneratedRegex("^(?:(?:法定|承诺)(?=[0-9零〇一二两三四五六七八九十半]))?(?:自[^0-9零〇一二两三四五六七八九十半]{0,16}?(?:之日起|之日|后|起)|受理后|在)?", RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex("^(?:(?:法定|承诺)(?:办结|办理)?时限|办结时限|办理时限|时限)(?:为|是)?[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("^(?:即办|即办件|即时办结|即时办理|即时|即来即办|立即办理|立即办结|当场|当场办结|当场办理|当即办结|随到随办|现场办结|现场办理|立等可取|当场办毕)$", RegexOptions.CultureInvariant)]
    private static partial Regex Immediate();

    [GeneratedRegex("^(?<n>" + NumberPattern + ")(?<u>个?工作日|个?自然日|个?日历日|天|日|个?小时|个月)(?:内|以内|之内)?(?:办结|完成)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Simple();

    [GeneratedRegex("(?<n>[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)(?<u>个?工作日|个?自然日|个?日历日|天|日|个?小时|个月)", RegexOptions.CultureInvariant)]
    private static partial Regex Inside();

    [GeneratedRegex("^(?<d>" + NumberPattern + ")(?<u>个?工作日|个?自然日|天|日)(?:零)?(?<h>" + NumberPattern + ")个?小时(?:内|以内|之内)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DaysAndHours();
}
