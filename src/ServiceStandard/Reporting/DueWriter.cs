using System.Globalization;
using System.Text;
using System.Text.Json;
using ServiceStandard.Calendar;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Reporting;

/// <summary>One due date to show: whose limit it is (for <c>--item</c>: a region's legal or committed limit) and the date.</summary>
/// <param name="Region">The region's division code and name, for <c>--item</c>.</param>
/// <param name="Kind"><c>legal</c> or <c>committed</c>, for <c>--item</c>.</param>
/// <param name="DueDate">The due date; <see langword="null"/> when the item gives no such limit.</param>
internal sealed record DueLine((string Code, string Name)? Region, string? Kind, DueDate? DueDate);

/// <summary><c>svcstd due</c>'s output: text in the language asked for, or the JSON of docs/format.md section 10.</summary>
internal static class DueWriter
{
    /// <summary>
    /// <c>--limit</c>: <c>{ from, limit: { value, unit }, due, workingDays, calendarDays, movedFrom }</c>, the fields of
    /// docs/format.md section 10 and the two a reader needs to check a calendar-day limit (movedFrom: the rest day the limit
    /// ended on, or null).
    /// </summary>
    public static string Json(DueDate due) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("from", Day(due.Accepted));
        WriteFields(json, due);
        json.WriteEndObject();
    });

    /// <summary><c>--item</c>: <c>{ from, item, name, dueDates: [{ region: { code, name }, kind, limit, due, ... }] }</c>; a limit the region does not give is null.</summary>
    public static string Json(DateOnly from, string basicCode, string name, IReadOnlyList<DueLine> lines) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("from", Day(from));
        json.WriteString("item", basicCode);
        json.WriteString("name", name);
        json.WriteStartArray("dueDates");
        foreach (var line in lines)
        {
            json.WriteStartObject();
            json.WriteStartObject("region");
            json.WriteString("code", line.Region!.Value.Code);
            json.WriteString("name", line.Region.Value.Name);
            json.WriteEndObject();
            json.WriteString("kind", line.Kind);
            if (line.DueDate is { } due)
            {
                WriteFields(json, due);
            }
            else
            {
                json.WriteNull("limit");
                json.WriteNull("due");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The acceptance date, then one line per due date (and why it moved, when it did).</summary>
    public static string Text(DateOnly from, string? heading, IReadOnlyList<DueLine> lines, WorkingDayCalendar calendar, CultureInfo culture)
    {
        var words = DueWords.For(culture);
        var text = new StringBuilder();
        text.Append(heading is null ? words.Format(words.Accepted, Day(from)) : words.Format(words.ItemAccepted, heading, Day(from))).Append('\n');
        (string Code, string Name)? region = null;
        foreach (var line in lines)
        {
            var indent = string.Empty;
            if (line.Region is { } r)
            {
                if (region != r)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{r.Code} {r.Name}\n");
                    region = r;
                }

                indent = "  ";
            }

            var kind = line.Kind switch { "legal" => words.Legal + " ", "committed" => words.Committed + " ", _ => string.Empty };
            if (line.DueDate is not { } due)
            {
                text.Append(indent).Append(words.Format(words.NotGiven, kind.TrimEnd())).Append('\n');
                continue;
            }

            var limit = kind + words.Limit(due.Limit);
            text.Append(indent).Append(due.Due == due.Accepted
                ? words.Format(words.SameDay, limit, Day(due.Due!.Value))
                : words.Format(words.Due, limit, Day(due.Due!.Value), words.Count(TimeUnit.WorkingDays, due.WorkingDays), words.Count(TimeUnit.CalendarDays, due.CalendarDays))).Append('\n');
            if (due.MovedFrom is { } moved)
            {
                var rest = calendar.HolidayOn(moved)?.Name ?? culture.DateTimeFormat.GetDayName(moved.DayOfWeek);
                text.Append(indent).Append(words.Format(words.Moved, Day(moved), rest)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void WriteFields(Utf8JsonWriter json, DueDate due)
    {
        json.WriteStartObject("limit");
        json.WriteNumber("value", (double)due.Limit.Value); // 5, not 5.0: the figure as people write it
        json.WriteString("unit", CodeListCatalog.TimeUnits[due.Limit.Unit].Token);
        json.WriteEndObject();
        json.WriteString("due", Day(due.Due!.Value));
        json.WriteNumber("workingDays", due.WorkingDays);
        json.WriteNumber("calendarDays", due.CalendarDays);
        if (due.MovedFrom is { } moved)
        {
            json.WriteString("movedFrom", Day(moved));
        }
        else
        {
            json.WriteNull("movedFrom");
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
