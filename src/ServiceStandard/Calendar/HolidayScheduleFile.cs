using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Calendar;

/// <summary>
/// Reads the years of a holiday calendar file, YAML or JSON, the shipped <c>holidays.json</c> and a
/// <c>--calendar</c> file alike:
/// <code>
/// years:
///   - year: 2027
///     notice: { title: 国务院办公厅关于2027年部分节假日安排的通知, number: 国办发明电〔2026〕1号, issued: "2026-11-01", source: https://... }
///     amendments: []          # later notices that changed the year, same keys (optional)
///     holidays:
///       - { name: 元旦, from: "2027-01-01", to: "2027-01-03" }    # to: optional, for one day
///     makeUpDays: ["2027-02-06"]
/// </code>
/// Every fault is an SS1304 error at its line and column; the keys are checked (a misspelt <c>makeupDays</c>
/// would otherwise drop the make-up days silently).
/// </summary>
internal static class HolidayScheduleFile
{
    private static readonly string[] RootKeys = ["years"];
    private static readonly string[] YearKeys = ["year", "notice", "amendments", "holidays", "makeUpDays"];
    private static readonly string[] NoticeKeys = ["title", "number", "issued", "source"];
    private static readonly string[] HolidayKeys = ["name", "from", "to"];

    /// <returns>The years, in the order written; <see langword="null"/> when the tree is missing or has a fault.</returns>
    public static IReadOnlyList<HolidaySchedule>? Read(SourceNode? root, DiagnosticBag bag)
    {
        if (root is null)
        {
            return null;
        }

        var errors = bag.ErrorCount;
        var years = new List<HolidaySchedule>();
        if (Fields(root, string.Empty, RootKeys, "§Calendar_RootShape", "§Calendar_RootKeys", bag) is { } fields
            && Required(fields, root, string.Empty, "years", bag) is { } list)
        {
            if (list is not SequenceNode { Items.Count: > 0 } sequence)
            {
                Report(bag, "/years", list.Position, list, "§Calendar_NoYears");
            }
            else
            {
                var seen = new HashSet<int>();
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var pointer = JsonPointer.Append("/years", i);
                    if (Year(sequence.Items[i], pointer, bag) is { } year)
                    {
                        years.Add(year);
                    }

                    // A year given twice is reported at its second year: whether or not either has other faults.
                    if (sequence.Items[i] is MappingNode entry && entry.Entries.FirstOrDefault(e => e.Key == "year").Value is ScalarNode number
                        && int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && !seen.Add(value))
                    {
                        Report(bag, pointer + "/year", number.Position, number.Text, "§Calendar_YearTwice");
                    }
                }
            }
        }

        return bag.ErrorCount > errors ? null : years;
    }

    private static HolidaySchedule? Year(SourceNode node, string pointer, DiagnosticBag bag)
    {
        if (Fields(node, pointer, YearKeys, "§Calendar_YearShape", "§Calendar_YearKeys", bag) is not { } fields)
        {
            return null;
        }

        var errors = bag.ErrorCount;
        var year = Required(fields, node, pointer, "year", bag) is { } y ? Number(y, pointer + "/year", bag) : null;
        var notice = Required(fields, node, pointer, "notice", bag) is { } n ? Notice(n, pointer + "/notice", bag) : null;
        var amendments = fields.TryGetValue("amendments", out var a)
            ? List(a, pointer + "/amendments", bag).Select(e => Notice(e.Node, e.Pointer, bag)).ToArray()
            : [];
        var holidays = new List<Holiday>();
        var days = new HashSet<DateOnly>();
        if (Required(fields, node, pointer, "holidays", bag) is { } h)
        {
            foreach (var (entry, at) in List(h, pointer + "/holidays", bag))
            {
                if (Holiday(entry, at, year, bag) is { } holiday)
                {
                    if (holiday.Days().Any(d => !days.Add(d)))
                    {
                        Report(bag, at, entry.Position, holiday.Name, "§Calendar_DayTwice");
                    }

                    holidays.Add(holiday);
                }
            }
        }

        var makeUpDays = new List<DateOnly>();
        if (Required(fields, node, pointer, "makeUpDays", bag) is { } m)
        {
            foreach (var (entry, at) in List(m, pointer + "/makeUpDays", bag))
            {
                if (Date(entry, at, year, bag) is not { } day)
                {
                    continue;
                }

                var reason = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) ? "§Calendar_MakeUpNotWeekend"
                    : days.Contains(day) ? "§Calendar_MakeUpIsHoliday"
                    : makeUpDays.Contains(day) ? "§Calendar_DayTwice"
                    : null;
                if (reason is not null)
                {
                    Report(bag, at, entry.Position, Text(day), reason);
                }

                makeUpDays.Add(day);
            }
        }

        if (bag.ErrorCount > errors || year is null || notice is null || amendments.Any(n => n is null))
        {
            return null;
        }

        return new HolidaySchedule
        {
            Year = year.Value,
            Notice = notice,
            Amendments = amendments!,
            Holidays = holidays,
            MakeUpDays = makeUpDays,
        };
    }

    private static HolidayNotice? Notice(SourceNode node, string pointer, DiagnosticBag bag)
    {
        if (Fields(node, pointer, NoticeKeys, "§Calendar_NoticeShape", "§Calendar_NoticeKeys", bag) is not { } fields)
        {
            return null;
        }

        var title = Required(fields, node, pointer, "title", bag) is { } t ? Words(t, pointer + "/title", bag) : null;
        var number = fields.TryGetValue("number", out var n) ? Words(n, pointer + "/number", bag) : null;
        var issued = Required(fields, node, pointer, "issued", bag) is { } i ? Date(i, pointer + "/issued", null, bag) : null;
        var source = fields.TryGetValue("source", out var s) ? Words(s, pointer + "/source", bag) : null;
        return title is null || issued is null || (n is not null && number is null) || (s is not null && source is null)
            ? null
            : new HolidayNotice(title, number, issued.Value, source);
    }

    private static Holiday? Holiday(SourceNode node, string pointer, int? year, DiagnosticBag bag)
    {
        if (Fields(node, pointer, HolidayKeys, "§Calendar_HolidayShape", "§Calendar_HolidayKeys", bag) is not { } fields)
        {
            return null;
        }

        var name = Required(fields, node, pointer, "name", bag) is { } n ? Words(n, pointer + "/name", bag) : null;
        var from = Required(fields, node, pointer, "from", bag) is { } f ? Date(f, pointer + "/from", year, bag) : null;
        var to = from;
        if (fields.TryGetValue("to", out var t))
        {
            to = Date(t, pointer + "/to", year, bag);
            if (to < from)
            {
                Report(bag, pointer + "/to", t.Position, Text(to.Value), "§Calendar_EndsBeforeStart");
                return null;
            }
        }

        return name is null || from is null || to is null ? null : new Holiday(name, from.Value, to.Value);
    }

    /// <summary>The entries of an object, each key checked; null (and an error) when the node is not an object.</summary>
    private static Dictionary<string, SourceNode>? Fields(SourceNode node, string pointer, string[] keys, string shape, string unknown, DiagnosticBag bag) =>
        Tree(bag).Fields(node, pointer, keys, shape, unknown);

    private static SourceNode? Required(Dictionary<string, SourceNode> fields, SourceNode owner, string pointer, string key, DiagnosticBag bag) =>
        Tree(bag).Required(fields, owner, pointer, key);

    private static IEnumerable<(SourceNode Node, string Pointer)> List(SourceNode node, string pointer, DiagnosticBag bag)
    {
        if (node is not SequenceNode sequence)
        {
            Report(bag, pointer, node.Position, node, "§Calendar_NotList");
            return [];
        }

        return sequence.Items.Select((item, i) => (item, JsonPointer.Append(pointer, i)));
    }

    private static int? Number(SourceNode node, string pointer, DiagnosticBag bag)
    {
        if (node is ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Number } scalar
            && int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 2 and <= 9998)
        {
            return year;
        }

        Report(bag, pointer, node.Position, node, "§Calendar_NotYear");
        return null;
    }

    private static string? Words(SourceNode node, string pointer, DiagnosticBag bag) => Tree(bag).Text(node, pointer, "§Calendar_NotText");

    /// <summary>A date written YYYY-MM-DD; when <paramref name="year"/> is given, in that year or the December before it.</summary>
    private static DateOnly? Date(SourceNode node, string pointer, int? year, DiagnosticBag bag)
    {
        if (node is not ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Text } scalar
            || !DateOnly.TryParseExact(scalar.Text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Report(bag, pointer, node.Position, node, "§Calendar_NotDate");
            return null;
        }

        if (year is { } y && date.Year != y && !(date.Year == y - 1 && date.Month == 12))
        {
            Report(bag, pointer, node.Position, scalar.Text.Trim(), "§Calendar_OutsideYear");
        }

        return date;
    }

    internal static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, SourceNode value, string reason) =>
        Tree(bag).Report(pointer, position, value, reason);

    /// <summary>The shape checks, each fault an SS1304 error in <paramref name="bag"/>.</summary>
    private static SideFileTree Tree(DiagnosticBag bag) =>
        new("§Calendar_Nothing", "§Calendar_Required", (pointer, position, value, reason) => Report(bag, pointer, position, value, reason));

    /// <summary>One SS1304 error: where (the JSON Pointer, also in the message), what is written there, and why it is wrong.</summary>
    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, string value, string reason) =>
        bag.Add(CalendarDiagnostics.InvalidCalendar, pointer, position, null, ("path", pointer.Length == 0 ? "/" : pointer), ("value", value), ("reason", reason));
}
