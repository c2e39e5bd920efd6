namespace ServiceStandard.Calendar;

/// <summary>
/// A notice of the State Council General Office on a year's holidays (国务院办公厅关于YYYY年部分节假日安排的通知),
/// or one that amends it (国务院办公厅关于延长2020年春节假期的通知).
/// </summary>
/// <param name="Title">The notice's title, as published.</param>
/// <param name="Number">Its document number (国办发明电〔2024〕12号), or <see langword="null"/> when no published text found gives it.</param>
/// <param name="Issued">The date it was issued.</param>
/// <param name="Source">The address its text was read at, when recorded.</param>
public sealed record HolidayNotice(string Title, string? Number, DateOnly Issued, string? Source);

/// <summary>One holiday of a notice: a period of consecutive days off (放假), weekend days inside it included.</summary>
/// <param name="Name">The holiday as the notice heads it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or two joined (国庆节、中秋节).</param>
/// <param name="From">The first day off.</param>
/// <param name="To">The last day off (the same as <paramref name="From"/> for one day).</param>
public sealed record Holiday(string Name, DateOnly From, DateOnly To)
{
    /// <summary>Every day of the period, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}

/// <summary>One year's schedule: its notice, the holidays it gives and the weekend days it makes working days (调休上班).</summary>
public sealed record HolidaySchedule
{
    /// <summary>The year the notice is for (its 元旦 may begin in the December before).</summary>
    public required int Year { get; init; }

    /// <summary>The notice.</summary>
    public required HolidayNotice Notice { get; init; }

    /// <summary>Later notices that changed the schedule (2020: the extension of 春节), in order of issue.</summary>
    public IReadOnlyList<HolidayNotice> Amendments { get; init; } = [];

    /// <summary>The holidays, as the schedule stands after its amendments.</summary>
    public required IReadOnlyList<Holiday> Holidays { get; init; }

    /// <summary>The Saturdays and Sundays that are working days (调休上班), as the schedule stands after its amendments.</summary>
    public required IReadOnlyList<DateOnly> MakeUpDays { get; init; }
}
