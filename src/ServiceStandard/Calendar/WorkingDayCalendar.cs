using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Calendar;

/// <summary>
/// Which days are working days, year by year from the State Council's holiday notices, and when a time limit ends.
/// A working day is a day that is neither a Saturday, a Sunday nor a holiday of the notice, or a weekend day the
/// notice makes a working day (调休上班). <see cref="Official"/> holds the notices shipped with the library
/// (2020 through 2026, <c>Calendar/SOURCE.md</c>); <see cref="Read"/> adds or replaces years from a file. A day in
/// a year without a notice is never guessed: <see cref="DueDate"/> then returns the error SS1305.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string Resource = "ServiceStandard.Calendar.holidays.json";

    private static readonly Lazy<WorkingDayCalendar> Shipped = new(LoadShipped);

    private readonly HashSet<int> known;
    private readonly Dictionary<DateOnly, Holiday> holidays = [];
    private readonly HashSet<DateOnly> makeUpDays = [];

    private WorkingDayCalendar(IEnumerable<HolidaySchedule> years)
    {
        Years = years.OrderBy(y => y.Year).ToArray();
        known = Years.Select(y => y.Year).ToHashSet();
        foreach (var year in Years)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var day in holiday.Days())
                {
                    holidays[day] = holiday;
                }
            }

            makeUpDays.UnionWith(year.MakeUpDays);
        }

        KnownYears = Ranges(Years.Select(y => y.Year).ToArray());
    }

    /// <summary>The official schedule shipped with the library: every year from 2020 through 2026, each from its notice.</summary>
    public static WorkingDayCalendar Official => Shipped.Value;

    /// <summary>The years the calendar knows, in order, each with its notice, holidays and make-up working days.</summary>
    public IReadOnlyList<HolidaySchedule> Years { get; }

    /// <summary>The years known, for messages: <c>2020-2026</c>, or <c>2020-2026, 2028</c> when a year is missing.</summary>
    public string KnownYears { get; }

    /// <summary>
    /// The official schedule with the years of a calendar file added, a year the file gives replacing the shipped one.
    /// The file is YAML or JSON (README, "Working days and due dates"): <c>years: [{ year, notice: { title, number,
    /// issued, source }, amendments, holidays: [{ name, from, to }], makeUpDays }]</c>. Problems are diagnostics
    /// (SS1304 at their line and column, and the loading codes), never exceptions.
    /// </summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <param name="diagnostics">The problems found; empty when the file is sound.</param>
    /// <returns>The calendar, or <see langword="null"/> when the file has errors.</returns>
    public static WorkingDayCalendar? Read(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var years = HolidayScheduleFile.Read(DocumentTree.ReadFile(path, bag), bag);
        diagnostics = bag.Items;
        if (years is null || bag.ErrorCount > 0)
        {
            return null;
        }

        var added = years.Select(y => y.Year).ToHashSet();
        return new WorkingDayCalendar(Official.Years.Where(y => !added.Contains(y.Year)).Concat(years));
    }

    /// <summary>True when the calendar has the notice of the day's year.</summary>
    /// <param name="day">Any day.</param>
    public bool Knows(DateOnly day) => known.Contains(day.Year);

    /// <summary>True for a working day: a weekday that is not a holiday, or a make-up working day.</summary>
    /// <param name="day">A day of a year the calendar knows (<see cref="Knows"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The day's year has no notice in the calendar; the message names the years known.</exception>
    public bool IsWorkingDay(DateOnly day) => Knows(day)
        ? IsWorking(day)
        : throw new ArgumentOutOfRangeException(nameof(day), day, $"{Text(day)} is outside the holiday schedule: the years known are {KnownYears}.");

    /// <summary>The holiday a day belongs to, or <see langword="null"/> when it is not a day off of any notice.</summary>
    /// <param name="day">Any day.</param>
    public Holiday? HolidayOn(DateOnly day) => holidays.GetValueOrDefault(day);

    /// <summary>
    /// The last day of <paramref name="limit"/> for an application accepted on <paramref name="accepted"/>. The count
    /// starts the day after acceptance (行政许可法 Art. 82, 民法典 Art. 201). Working days count the working days only
    /// (make-up working days included). Hours are working hours, 8 to a working day (国务院关于职工工作时间的规定
    /// Art. 3): a limit of h hours ends at the latest on the ⌈h / 8⌉-th working day, since the hour of acceptance is
    /// not known. Calendar days count every day; months end on the same day number <c>value</c> months later, or on
    /// that month's last day when it has no such day (民法典 Art. 202); a limit in calendar days or months whose last
    /// day is a rest day ends on the next working day (民法典 Art. 203). A fraction of a unit counts as a whole one
    /// (半个工作日: the next working day), immediate and a limit of 0 end the same day.
    /// </summary>
    /// <remarks>Its twin in JavaScript is <c>due()</c> in the catalogue site (<c>CatalogueSiteTemplate</c>, ServiceStandard.Cli),
    /// which counts on <see cref="Official"/>: a change to these rules is a change to both.</remarks>
    /// <param name="accepted">The day the application was accepted (受理之日).</param>
    /// <param name="limit">The time limit, 0 or more.</param>
    /// <returns>The due date; or, when a day the count needs is in a year without a notice, no date and the error SS1305.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is negative.</exception>
    public DueDate DueDate(DateOnly accepted, TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(limit.Value, nameof(limit));
        var unknown = new DueDate { Accepted = accepted, Limit = limit };
        if (!Knows(accepted))
        {
            return Outside(unknown, accepted);
        }

        var count = limit.Unit == TimeUnit.Hours ? Math.Ceiling(limit.Value / 8m) : Math.Ceiling(limit.Value);
        var last = accepted;
        DateOnly? moved = null;
        if (limit.Unit is TimeUnit.WorkingDays or TimeUnit.Hours)
        {
            for (var counted = 0m; counted < count;)
            {
                last = last.AddDays(1);
                if (!Knows(last))
                {
                    return Outside(unknown, last);
                }

                counted += IsWorking(last) ? 1 : 0;
            }
        }
        else if (limit.Unit is TimeUnit.CalendarDays or TimeUnit.Months && count > 0)
        {
            var end = End(accepted, count, limit.Unit);
            if (end is null || !Knows(end.Value))
            {
                return Outside(unknown, end ?? new DateOnly(Years[^1].Year, 12, 31).AddDays(1));
            }

            for (last = end.Value; !IsWorking(last);)
            {
                last = last.AddDays(1);
                if (!Knows(last))
                {
                    return Outside(unknown, last);
                }
            }

            moved = last == end ? null : end;
        }

        var workingDays = 0;
        for (var day = accepted.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (!Knows(day))
            {
                return Outside(unknown, day);
            }

            workingDays += IsWorking(day) ? 1 : 0;
        }

        return unknown with
        {
            Due = last,
            WorkingDays = workingDays,
            CalendarDays = last.DayNumber - accepted.DayNumber,
            MovedFrom = moved,
        };
    }

    private bool IsWorking(DateOnly day) =>
        makeUpDays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.ContainsKey(day));

    /// <summary>The last day of a limit in calendar days or months, or null when it is past the last day a date can be.</summary>
    private static DateOnly? End(DateOnly accepted, decimal count, TimeUnit unit)
    {
        if (unit == TimeUnit.CalendarDays)
        {
            return count <= DateOnly.MaxValue.DayNumber - accepted.DayNumber ? accepted.AddDays((int)count) : null;
        }

        return count <= ((9999 - accepted.Year) * 12) + (12 - accepted.Month) ? accepted.AddMonths((int)count) : null;
    }

    private DueDate Outside(DueDate result, DateOnly day) => result with
    {
        Diagnostics =
        [
            new Diagnostic(CalendarDiagnostics.OutsideCalendar, Severity.Error, string.Empty, null, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["date"] = Text(day),
                ["years"] = KnownYears,
            }),
        ],
    };

    private static string Text(DateOnly day) => HolidayScheduleFile.Text(day);

    /// <summary>Consecutive years as one range: 2020-2026, 2028.</summary>
    private static string Ranges(int[] years)
    {
        var parts = new List<string>();
        for (var i = 0; i < years.Length;)
        {
            var j = i;
            while (j + 1 < years.Length && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? years[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{years[i]}-{years[j]}"));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    private static WorkingDayCalendar LoadShipped()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The embedded holiday schedule is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bag = new DiagnosticBag(Resource);
        var years = HolidayScheduleFile.Read(DocumentTree.Read(memory.ToArray(), DocumentFormat.Json, bag), bag);
        return years is not null && bag.ErrorCount == 0
            ? new WorkingDayCalendar(years)
            : throw new InvalidOperationException($"The embedded holiday schedule is invalid: {bag.Items.FirstOrDefault()}");
    }
}
