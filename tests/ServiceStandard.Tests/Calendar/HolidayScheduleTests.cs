using System.Globalization;
using ServiceStandard.Calendar;

namespace ServiceStandard.Tests.Calendar;

/// <summary>
/// The shipped schedule, pinned to the notices day by day: every day off and every make-up working day of each year,
/// written out again by hand from the notice's text (the addresses are in src/ServiceStandard/Calendar/SOURCE.md).
/// </summary>
public sealed class HolidayScheduleTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    public static TheoryData<int, string, string?, string, string, string> Notices => new()
    {
        {
            2020, "国务院办公厅关于2020年部分节假日安排的通知", "国办发明电〔2019〕16号", "2019-11-21",
            // 元旦 1月1日; 春节 1月24日至30日, extended to 2月2日 by 国办发明电〔2020〕1号; 清明节 4月4日至6日;
            // 劳动节 5月1日至5日; 端午节 6月25日至27日; 国庆节、中秋节 10月1日至8日.
            "01-01 | 01-24 01-25 01-26 01-27 01-28 01-29 01-30 01-31 02-01 02-02 | 04-04 04-05 04-06 | 05-01 05-02 05-03 05-04 05-05 | 06-25 06-26 06-27 | 10-01 10-02 10-03 10-04 10-05 10-06 10-07 10-08",
            // 1月19日 (Sunday); 2月1日 (Saturday) was one until the extension made it a day off; 4月26日, 5月9日, 6月28日, 9月27日, 10月10日.
            "01-19 04-26 05-09 06-28 09-27 10-10"
        },
        {
            2021, "国务院办公厅关于2021年部分节假日安排的通知", "国办发明电〔2020〕27号", "2020-11-25",
            "01-01 01-02 01-03 | 02-11 02-12 02-13 02-14 02-15 02-16 02-17 | 04-03 04-04 04-05 | 05-01 05-02 05-03 05-04 05-05 | 06-12 06-13 06-14 | 09-19 09-20 09-21 | 10-01 10-02 10-03 10-04 10-05 10-06 10-07",
            "02-07 02-20 04-25 05-08 09-18 09-26 10-09"
        },
        {
            2022, "国务院办公厅关于2022年部分节假日安排的通知", "国办发明电〔2021〕11号", "2021-10-25",
            "01-01 01-02 01-03 | 01-31 02-01 02-02 02-03 02-04 02-05 02-06 | 04-03 04-04 04-05 | 04-30 05-01 05-02 05-03 05-04 | 06-03 06-04 06-05 | 09-10 09-11 09-12 | 10-01 10-02 10-03 10-04 10-05 10-06 10-07",
            "01-29 01-30 04-02 04-24 05-07 10-08 10-09"
        },
        {
            2023, "国务院办公厅关于2023年部分节假日安排的通知", "国办发明电〔2022〕16号", "2022-12-08",
            // 元旦 2022年12月31日至2023年1月2日 (the year before's last day is this notice's); 中秋节、国庆节 9月29日至10月6日.
            "2022-12-31 01-01 01-02 | 01-21 01-22 01-23 01-24 01-25 01-26 01-27 | 04-05 | 04-29 04-30 05-01 05-02 05-03 | 06-22 06-23 06-24 | 09-29 09-30 10-01 10-02 10-03 10-04 10-05 10-06",
            "01-28 01-29 04-23 05-06 06-25 10-07 10-08"
        },
        {
            2024, "国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号", "2023-10-25",
            // 元旦 and 端午节 "与周末连休": the day itself only.
            "01-01 | 02-10 02-11 02-12 02-13 02-14 02-15 02-16 02-17 | 04-04 04-05 04-06 | 05-01 05-02 05-03 05-04 05-05 | 06-10 | 09-15 09-16 09-17 | 10-01 10-02 10-03 10-04 10-05 10-06 10-07",
            "02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12"
        },
        {
            2025, "国务院办公厅关于2025年部分节假日安排的通知", "国办发明电〔2024〕12号", "2024-11-12",
            // The first year of 除夕 and 5月2日 as public holidays; 国庆节、中秋节 10月1日至8日.
            "01-01 | 01-28 01-29 01-30 01-31 02-01 02-02 02-03 02-04 | 04-04 04-05 04-06 | 05-01 05-02 05-03 05-04 05-05 | 05-31 06-01 06-02 | 10-01 10-02 10-03 10-04 10-05 10-06 10-07 10-08",
            "01-26 02-08 04-27 09-28 10-11"
        },
        {
            2026, "国务院办公厅关于2026年部分节假日安排的通知", null, "2025-11-04",
            "01-01 01-02 01-03 | 02-15 02-16 02-17 02-18 02-19 02-20 02-21 02-22 02-23 | 04-04 04-05 04-06 | 05-01 05-02 05-03 05-04 05-05 | 06-19 06-20 06-21 | 09-25 09-26 09-27 | 10-01 10-02 10-03 10-04 10-05 10-06 10-07",
            "01-04 02-14 02-28 05-09 09-20 10-10"
        },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void Each_year_holds_exactly_the_days_off_and_make_up_days_of_its_notice(int year, string title, string? number, string issued, string daysOff, string makeUpDays)
    {
        var schedule = Official.Years.Single(y => y.Year == year);

        Assert.Equal((title, number, Day(issued, year)), (schedule.Notice.Title, schedule.Notice.Number, schedule.Notice.Issued));
        Assert.StartsWith("http", schedule.Notice.Source, StringComparison.Ordinal);
        Assert.Equal(Days(daysOff, year), schedule.Holidays.SelectMany(h => h.Days()).Order().ToArray());
        Assert.Equal(Days(makeUpDays, year), schedule.MakeUpDays.Order().ToArray());
    }

    [Fact]
    public void The_shipped_schedule_covers_2020_through_2026()
    {
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], Official.Years.Select(y => y.Year).ToArray());
        Assert.Equal("2020-2026", Official.KnownYears);
    }

    [Fact]
    public void The_2020_spring_festival_holiday_was_extended_by_its_own_notice()
    {
        var amendment = Assert.Single(Official.Years[0].Amendments);

        Assert.Equal(("国务院办公厅关于延长2020年春节假期的通知", "国办发明电〔2020〕1号", new DateOnly(2020, 1, 26)), (amendment.Title, amendment.Number, amendment.Issued));
        Assert.False(Official.IsWorkingDay(new DateOnly(2020, 2, 1)));   // the first notice's make-up Saturday, inside the extension
        Assert.True(Official.IsWorkingDay(new DateOnly(2020, 2, 3)));    // 2月3日 (星期一) 起正常上班
    }

    [Fact]
    public void Holidays_are_named_as_their_notice_heads_them_with_combined_periods_named_together()
    {
        Assert.Equal("国庆节、中秋节", Official.HolidayOn(new DateOnly(2020, 10, 8))?.Name);
        Assert.Equal("中秋节、国庆节", Official.HolidayOn(new DateOnly(2023, 9, 29))?.Name);
        Assert.Equal("国庆节、中秋节", Official.HolidayOn(new DateOnly(2025, 10, 6))?.Name);
        Assert.Equal("春节", Official.HolidayOn(new DateOnly(2026, 2, 23))?.Name);
        Assert.Null(Official.HolidayOn(new DateOnly(2026, 2, 14)));
    }

    [Fact]
    public void From_2025_the_spring_festival_and_labour_day_have_one_more_day_each()
    {
        // 国务院令第797号: 春节 4 days (除夕 to 初三), 劳动节 2 days (5月1日, 2日). 除夕 2024 (2月9日) was a working day; 除夕 2025 (1月28日) is not.
        Assert.True(Official.IsWorkingDay(new DateOnly(2024, 2, 9)));
        Assert.False(Official.IsWorkingDay(new DateOnly(2025, 1, 28)));
        Assert.Equal(8, Official.Years.Single(y => y.Year == 2025).Holidays.Single(h => h.Name == "春节").Days().Count());
    }

    [Theory]
    [InlineData("2026-01-05", true)]   // a Monday
    [InlineData("2026-01-04", true)]   // a Sunday made a working day (元旦)
    [InlineData("2026-02-14", true)]   // a Saturday made a working day (春节)
    [InlineData("2026-02-15", false)]  // 春节, a Sunday
    [InlineData("2026-02-23", false)]  // 春节, a Monday
    [InlineData("2026-03-07", false)]  // an ordinary Saturday
    [InlineData("2025-10-08", false)]  // 国庆节、中秋节, a Wednesday
    [InlineData("2025-10-11", true)]   // a Saturday made a working day
    public void A_day_is_a_working_day_as_the_notice_says(string day, bool working)
    {
        Assert.Equal(working, Official.IsWorkingDay(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Asking_about_a_day_of_a_year_without_a_notice_is_refused_with_the_years_known()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => Official.IsWorkingDay(new DateOnly(2027, 1, 4)));

        Assert.False(Official.Knows(new DateOnly(2027, 1, 4)));
        Assert.True(Official.Knows(new DateOnly(2020, 1, 1)));
        Assert.StartsWith("2027-01-04 is outside the holiday schedule: the years known are 2020-2026.", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Days written MM-dd (in <paramref name="year"/>) or yyyy-MM-dd, separated by spaces; '|' separates holidays.</summary>
    internal static DateOnly[] Days(string days, int year) =>
        days.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(d => d != "|").Select(d => Day(d, year)).Order().ToArray();

    internal static DateOnly Day(string day, int year) =>
        DateOnly.ParseExact(day.Length == 5 ? $"{year}-{day}" : day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
