using ServiceStandard.Diagnostics;
using ServiceStandard.Model;

namespace ServiceStandard.Calendar;

/// <summary>
/// The last day of a time limit for an application accepted on a given day (<see cref="WorkingDayCalendar.DueDate"/>),
/// or why it cannot be known: a day the count needs is in a year the calendar has no notice for (SS1305).
/// </summary>
public sealed record DueDate
{
    /// <summary>The day the application was accepted (受理之日); the count starts the day after.</summary>
    public required DateOnly Accepted { get; init; }

    /// <summary>The time limit counted.</summary>
    public required TimeLimit Limit { get; init; }

    /// <summary>The last day (办结期限), or <see langword="null"/> when it cannot be known (see <see cref="Diagnostics"/>).</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The working days from the day after acceptance to <see cref="Due"/>, both included (0 when due the same day).</summary>
    public int WorkingDays { get; init; }

    /// <summary>The calendar days from acceptance to <see cref="Due"/> (0 when due the same day).</summary>
    public int CalendarDays { get; init; }

    /// <summary>
    /// For a limit in calendar days or months whose last day was a rest day: that day. The limit then ends on the next
    /// working day, <see cref="Due"/> (民法典 Art. 203). <see langword="null"/> otherwise.
    /// </summary>
    public DateOnly? MovedFrom { get; init; }

    /// <summary>Empty when <see cref="Due"/> is known; else the one SS1305 error that says which day and which years are known.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the due date is known.</summary>
    public bool IsKnown => Due is not null;
}
