using System.Globalization;
using ServiceStandard.Calendar;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Tests.Calendar;

/// <summary>
/// Due dates around every holiday of 2025 and 2026, counted by hand from the notices: working days skip the days
/// off and count the make-up Saturdays and Sundays; calendar days and months ending on a rest day move to the next
/// working day (民法典 Art. 203).
/// </summary>
public sealed class DueDateTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Theory]
    // FORMAT.md section 10's example, and 20 working days of an ordinary month.
    [InlineData("2026-03-02", "5 workingDays", "2026-03-09", 5, 7, null)]
    [InlineData("2026-03-02", "20 workingDays", "2026-03-30", 20, 28, null)]
    // 2025 元旦 (1月1日), counted from the year before.
    [InlineData("2024-12-31", "1 workingDays", "2025-01-02", 1, 2, null)]
    // 2025 春节 (1月28日至2月4日): the make-up Sunday 1月26日 counts, the eight days off do not; the make-up Saturday 2月8日.
    [InlineData("2025-01-24", "3 workingDays", "2025-02-05", 3, 12, null)]
    [InlineData("2025-02-07", "1 workingDays", "2025-02-08", 1, 1, null)]
    [InlineData("2025-01-20", "10 calendarDays", "2025-02-05", 7, 16, "2025-01-30")]
    // 2025 清明节 (4月4日至6日).
    [InlineData("2025-04-03", "1 workingDays", "2025-04-07", 1, 4, null)]
    // 2025 劳动节 (5月1日至5日): the make-up Sunday 4月27日.
    [InlineData("2025-04-25", "1 workingDays", "2025-04-27", 1, 2, null)]
    [InlineData("2025-04-25", "5 workingDays", "2025-05-06", 5, 11, null)]
    // 2025 端午节 (5月31日至6月2日): a calendar-day limit ending on 6月1日.
    [InlineData("2025-05-30", "1 workingDays", "2025-06-03", 1, 4, null)]
    [InlineData("2025-05-29", "3 calendarDays", "2025-06-03", 2, 5, "2025-06-01")]
    // 2025 国庆节、中秋节 (10月1日至8日): the make-up Sunday 9月28日 and Saturday 10月11日; calendar days and a month ending inside.
    [InlineData("2025-09-26", "2 workingDays", "2025-09-29", 2, 3, null)]
    [InlineData("2025-09-30", "1 workingDays", "2025-10-09", 1, 9, null)]
    [InlineData("2025-09-30", "3 workingDays", "2025-10-11", 3, 11, null)]
    [InlineData("2025-09-25", "7 calendarDays", "2025-10-09", 5, 14, "2025-10-02")]
    [InlineData("2025-09-01", "1 months", "2025-10-09", 23, 38, "2025-10-01")]
    // 2026 元旦 (1月1日至3日): the make-up Sunday 1月4日, across the turn of the year.
    [InlineData("2025-12-31", "1 workingDays", "2026-01-04", 1, 4, null)]
    [InlineData("2025-12-31", "2 workingDays", "2026-01-05", 2, 5, null)]
    // 2026 春节 (2月15日至23日): the make-up Saturdays 2月14日 and 2月28日; calendar days ending on 2月20日.
    [InlineData("2026-02-13", "1 workingDays", "2026-02-14", 1, 1, null)]
    [InlineData("2026-02-13", "2 workingDays", "2026-02-24", 2, 11, null)]
    [InlineData("2026-02-13", "5 workingDays", "2026-02-27", 5, 14, null)]
    [InlineData("2026-02-13", "6 workingDays", "2026-02-28", 6, 15, null)]
    [InlineData("2026-02-05", "15 calendarDays", "2026-02-24", 8, 19, "2026-02-20")]
    // Months (民法典 Art. 202): February has no 29th, 30th or 31st in 2026, so a month from 1月29日 or 1月31日 ends on
    // 2月28日, here a make-up Saturday (a working day: it stays); 2024 has a 29th; April has no 31st.
    [InlineData("2026-01-31", "1 months", "2026-02-28", 16, 28, null)]
    [InlineData("2026-01-29", "1 months", "2026-02-28", 17, 30, null)]
    [InlineData("2025-12-31", "2 months", "2026-02-28", 37, 59, null)]
    [InlineData("2024-01-31", "1 months", "2024-02-29", 18, 29, null)]
    [InlineData("2026-03-31", "1 months", "2026-04-30", 21, 30, null)]
    // 2026 清明节 (4月4日至6日), and a month ending on 5月4日 (劳动节).
    [InlineData("2026-04-03", "1 workingDays", "2026-04-07", 1, 4, null)]
    [InlineData("2026-04-04", "1 months", "2026-05-06", 19, 32, "2026-05-04")]
    // 2026 劳动节 (5月1日至5日): the make-up Saturday 5月9日; calendar days ending on 5月3日.
    [InlineData("2026-04-30", "1 workingDays", "2026-05-06", 1, 6, null)]
    [InlineData("2026-04-30", "4 workingDays", "2026-05-09", 4, 9, null)]
    [InlineData("2026-04-28", "5 calendarDays", "2026-05-06", 3, 8, "2026-05-03")]
    // 2026 端午节 (6月19日至21日).
    [InlineData("2026-06-18", "1 workingDays", "2026-06-22", 1, 4, null)]
    [InlineData("2026-06-16", "3 calendarDays", "2026-06-22", 3, 6, "2026-06-19")]
    // 2026 中秋节 (9月25日至27日), and 国庆节's make-up Sunday 9月20日 before it.
    [InlineData("2026-09-18", "1 workingDays", "2026-09-20", 1, 2, null)]
    [InlineData("2026-09-24", "1 workingDays", "2026-09-28", 1, 4, null)]
    // 2026 国庆节 (10月1日至7日): the make-up Saturday 10月10日; 30 calendar days ending on 10月3日.
    [InlineData("2026-09-30", "1 workingDays", "2026-10-08", 1, 8, null)]
    [InlineData("2026-09-30", "3 workingDays", "2026-10-10", 3, 10, null)]
    [InlineData("2026-09-03", "30 calendarDays", "2026-10-08", 20, 35, "2026-10-03")]
    // Hours: 8 to a working day, rounded up (the hour of acceptance is not known); half a working day likewise.
    [InlineData("2026-02-13", "2 hours", "2026-02-14", 1, 1, null)]
    [InlineData("2026-02-13", "9 hours", "2026-02-24", 2, 11, null)]
    [InlineData("2026-02-13", "0.5 workingDays", "2026-02-14", 1, 1, null)]
    // Immediate: the same day, a holiday included (an online application accepted on 春节).
    [InlineData("2026-02-15", "immediate", "2026-02-15", 0, 0, null)]
    [InlineData("2026-02-15", "0 calendarDays", "2026-02-15", 0, 0, null)]
    public void The_due_date_is_counted_from_the_day_after_acceptance(string accepted, string limit, string due, int workingDays, int calendarDays, string? movedFrom)
    {
        var result = Official.DueDate(Day(accepted), TimeLimit.Read(limit)!);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsKnown);
        Assert.Equal((Day(due), workingDays, calendarDays, movedFrom is null ? (DateOnly?)null : Day(movedFrom)), (result.Due!.Value, result.WorkingDays, result.CalendarDays, result.MovedFrom));
    }

    [Theory]
    [InlineData("2027-01-04", "5 workingDays", "2027-01-04")]    // accepted in a year without a notice
    [InlineData("2019-12-31", "immediate", "2019-12-31")]
    [InlineData("2026-12-20", "20 workingDays", "2027-01-01")]   // the count runs out of the known years
    [InlineData("2026-12-01", "60 calendarDays", "2027-01-30")]  // the last day is past them
    [InlineData("2026-12-01", "3 months", "2027-03-01")]
    [InlineData("2026-12-01", "99999999 calendarDays", "2027-01-01")]  // past any date: the first day unknown
    public void A_day_outside_the_known_years_is_an_error_naming_the_years_known(string accepted, string limit, string outside)
    {
        var result = Official.DueDate(Day(accepted), TimeLimit.Read(limit)!);

        Assert.False(result.IsKnown);
        Assert.Null(result.Due);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SS1305", ServiceStandard.Diagnostics.Severity.Error), (error.Code, error.Severity));
        Assert.Equal($"{outside} is outside the holiday schedule: the years known are 2020-2026; a due date is never guessed.", error.Message(CultureInfo.InvariantCulture));
        Assert.Equal($"{outside} 不在节假日安排之内：已知的年份为 2020-2026；办结期限从不猜测。", error.Message(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void A_negative_limit_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.DueDate(Day("2026-03-02"), new TimeLimit { Value = -1, Unit = TimeUnit.WorkingDays }));
    }

    [Theory]
    [InlineData("20个工作日", 20, TimeUnit.WorkingDays)]
    [InlineData("自受理之日起二十个工作日", 20, TimeUnit.WorkingDays)]
    [InlineData("15个自然日", 15, TimeUnit.CalendarDays)]
    [InlineData("15天", 15, TimeUnit.CalendarDays)]
    [InlineData("3个月", 3, TimeUnit.Months)]
    [InlineData("0天2.0小时", 2, TimeUnit.Hours)]
    [InlineData("即办", 0, TimeUnit.Immediate)]
    [InlineData("5 workingDays", 5, TimeUnit.WorkingDays)]
    [InlineData(" 0.5  hours ", 0.5, TimeUnit.Hours)]
    [InlineData("immediate", 0, TimeUnit.Immediate)]
    [InlineData("0 immediate", 0, TimeUnit.Immediate)]
    public void A_limit_is_read_from_the_phrases_the_loader_reads_or_from_a_value_and_a_unit(string text, double value, TimeUnit unit)
    {
        var limit = TimeLimit.Read(text);

        Assert.Equal(((decimal)value, unit, text), (limit!.Value, limit.Unit, limit.Note));
    }

    [Theory]
    [InlineData("20日")]          // 日 alone: working days for a licence, calendar days otherwise; which is not known here
    [InlineData("视情况而定")]
    [InlineData("5 weeks")]
    [InlineData("5 immediate")]
    [InlineData("")]
    public void A_text_that_does_not_say_which_days_is_not_read(string text)
    {
        Assert.Null(TimeLimit.Read(text));
    }

    [Fact]
    public void Day_alone_is_read_by_the_item_type_when_it_is_given()
    {
        Assert.Equal(TimeUnit.WorkingDays, TimeLimit.Read("20日", ItemType.AdministrativeLicensing)!.Unit);
        Assert.Equal(TimeUnit.CalendarDays, TimeLimit.Read("20日", ItemType.PublicService)!.Unit);
    }

    private static DateOnly Day(string day) => HolidayScheduleTests.Day(day, 0);
}
