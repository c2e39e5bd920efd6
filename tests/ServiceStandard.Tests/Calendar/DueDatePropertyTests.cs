using CsCheck;
using ServiceStandard.Calendar;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Tests.Calendar;

/// <summary>What holds for any acceptance day of the shipped years and any limit: the rules, not the examples.</summary>
public sealed class DueDatePropertyTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    /// <summary>Acceptance days 2020-01-01 to 2026-09-30 and limits short enough to end inside 2026.</summary>
    private static readonly Gen<(DateOnly Accepted, int Count)> Cases =
        Gen.Select(Gen.Int[0, new DateOnly(2026, 9, 30).DayNumber - new DateOnly(2020, 1, 1).DayNumber], Gen.Int[1, 60],
            (day, count) => (DateOnly.FromDayNumber(new DateOnly(2020, 1, 1).DayNumber + day), count));

    [Fact]
    public void A_working_day_limit_ends_on_its_nth_working_day_and_one_more_day_ends_later()
    {
        Cases.Sample(c =>
        {
            var due = Official.DueDate(c.Accepted, new TimeLimit { Value = c.Count, Unit = TimeUnit.WorkingDays });
            var longer = Official.DueDate(c.Accepted, new TimeLimit { Value = c.Count + 1, Unit = TimeUnit.WorkingDays });

            Assert.True(Official.IsWorkingDay(due.Due!.Value));
            Assert.Equal(c.Count, due.WorkingDays);
            Assert.True(longer.Due > due.Due);
            Assert.Equal(due.Due, Official.DueDate(c.Accepted, new TimeLimit { Value = c.Count * 8, Unit = TimeUnit.Hours }).Due);
        }, iter: 500);
    }

    [Fact]
    public void A_calendar_day_limit_ends_on_its_last_day_or_the_first_working_day_after_it()
    {
        Cases.Sample(c =>
        {
            var due = Official.DueDate(c.Accepted, new TimeLimit { Value = c.Count, Unit = TimeUnit.CalendarDays });
            var last = c.Accepted.AddDays(c.Count);

            Assert.True(Official.IsWorkingDay(due.Due!.Value));
            Assert.Equal(Official.IsWorkingDay(last) ? null : last, due.MovedFrom);
            for (var day = last; day < due.Due; day = day.AddDays(1))
            {
                Assert.False(Official.IsWorkingDay(day));
            }
        }, iter: 500);
    }
}
