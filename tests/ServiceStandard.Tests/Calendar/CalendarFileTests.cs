using System.Globalization;
using ServiceStandard.Calendar;
using ServiceStandard.Model;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Calendar;

/// <summary>A calendar file adds a year the day its notice is published, or replaces one; its mistakes are SS1304 at their position.</summary>
public sealed class CalendarFileTests
{
    /// <summary>A made-up 2027 (test data, marked so in the file): 元旦 1月1日至3日, 春节 2月6日至13日, make-up Sunday 2月14日.</summary>
    internal static string Fictional2027 => Repository.PathOf("tests", "ServiceStandard.Tests", "Fixtures", "Calendar", "fictional-2027.yaml");

    [Fact]
    public void A_file_adds_a_year_to_the_official_ones()
    {
        var calendar = WorkingDayCalendar.Read(Fictional2027, out var problems);

        Assert.Empty(problems);
        Assert.Equal("2020-2027", calendar!.KnownYears);
        Assert.Equal("测试数据：虚构的2027年部分节假日安排（非官方通知）", calendar.Years[^1].Notice.Title);

        // 2026-12-31 (Thu) + 3 working days: 1月1日至3日 off, 1月4日 (Mon), 5日, 6日.
        var due = calendar.DueDate(new DateOnly(2026, 12, 31), TimeLimit.Read("3个工作日")!);
        Assert.Equal(new DateOnly(2027, 1, 6), due.Due);

        // 2027-02-05 (Fri) + 1 working day: the made-up make-up Sunday.
        Assert.Equal(new DateOnly(2027, 2, 14), calendar.DueDate(new DateOnly(2027, 2, 5), TimeLimit.Read("1个工作日")!).Due);

        // The official years are unchanged, and the shipped calendar itself does not learn 2027.
        Assert.Equal(new DateOnly(2026, 3, 9), calendar.DueDate(new DateOnly(2026, 3, 2), TimeLimit.Read("5个工作日")!).Due);
        Assert.False(WorkingDayCalendar.Official.Knows(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void The_calendar_page_s_example_calendar_file_is_read_as_written()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "calendar.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("```yaml\nyears:\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = Write("example.yaml", page[start..page.IndexOf("```", start, StringComparison.Ordinal)]);

        var calendar = WorkingDayCalendar.Read(example, out var problems);

        Assert.Empty(problems);
        Assert.Equal("2020-2027", calendar!.KnownYears);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 6)));
    }

    [Fact]
    public void A_year_the_file_gives_replaces_the_shipped_one()
    {
        var path = Write("replace.json", """
            { "years": [ { "year": 2026,
              "notice": { "title": "测试数据：替换2026年（非官方）", "issued": "2025-11-04" },
              "holidays": [ { "name": "元旦", "from": "2026-01-01" } ],
              "makeUpDays": [] } ] }
            """);

        var calendar = WorkingDayCalendar.Read(path, out var problems);

        Assert.Empty(problems);
        Assert.Equal("2020-2026", calendar!.KnownYears);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));   // no 春节 in this 2026
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));  // nor its make-up Saturday
        Assert.False(WorkingDayCalendar.Official.IsWorkingDay(new DateOnly(2026, 2, 16)));
    }

    [Fact]
    public void A_year_after_a_gap_is_known_and_the_gap_is_not()
    {
        var path = Write("gap.yaml", """
            years:
              - year: 2028
                notice: { title: 测试数据（非官方）, issued: "2027-11-01" }
                holidays: []
                makeUpDays: []
            """);

        var calendar = WorkingDayCalendar.Read(path, out _)!;
        var across = calendar.DueDate(new DateOnly(2026, 12, 1), TimeLimit.Read("90个自然日")!);

        Assert.Equal("2020-2026, 2028", calendar.KnownYears);
        Assert.Equal("2027-03-01 is outside the holiday schedule: the years known are 2020-2026, 2028; a due date is never guessed.", Assert.Single(across.Diagnostics).Message(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_mistake_of_a_malformed_file_is_reported_at_its_line_and_column()
    {
        var path = Write("broken.yaml", """
            years:
              - year: 2027
                notice: { title: 测试, issued: 2026-13-01, numbr: x }
                holidays:
                  - { name: 元旦, from: "2027-01-01", to: "2026-12-30" }
                  - { name: 春节, from: "2027-02-06", to: "2027-02-13" }
                  - { name: 重复, from: "2027-02-13" }
                  - 清明节
                makeUpDays: ["2027-02-10", "2027-02-13", "2028-01-02", 20270320]
                makeupDays: []
              - year: 2027
                notice: { title: "", issued: "2026-11-01" }
                holidays: {}
              - year: twenty
            """);

        var calendar = WorkingDayCalendar.Read(path, out var problems);

        Assert.Null(calendar);
        Assert.Equal(
            [
                "10:5 SS1304 /years/0/makeupDays: Holiday calendar, /years/0/makeupDays = a list: the keys of a year are year, notice, amendments, holidays and makeUpDays.",
                "3:46 SS1304 /years/0/notice/numbr: Holiday calendar, /years/0/notice/numbr = x: the keys of a notice are title, number, issued and source.",
                "3:34 SS1304 /years/0/notice/issued: Holiday calendar, /years/0/notice/issued = 2026-13-01: a date is written YYYY-MM-DD, such as \"2027-01-01\".",
                "5:45 SS1304 /years/0/holidays/0/to: Holiday calendar, /years/0/holidays/0/to = 2026-12-30: the holiday ends before it starts.",
                "7:9 SS1304 /years/0/holidays/2: Holiday calendar, /years/0/holidays/2 = 重复: a day is listed twice.",
                "8:9 SS1304 /years/0/holidays/3: Holiday calendar, /years/0/holidays/3 = 清明节: a holiday is an object with name, from and (for more than one day) to.",
                "9:18 SS1304 /years/0/makeUpDays/0: Holiday calendar, /years/0/makeUpDays/0 = 2027-02-10: a make-up working day (调休上班) is a Saturday or a Sunday.",
                "9:32 SS1304 /years/0/makeUpDays/1: Holiday calendar, /years/0/makeUpDays/1 = 2027-02-13: the day is also a holiday.",
                "9:46 SS1304 /years/0/makeUpDays/2: Holiday calendar, /years/0/makeUpDays/2 = 2028-01-02: the day is neither in the year of the notice nor in the December before it.",
                "9:60 SS1304 /years/0/makeUpDays/3: Holiday calendar, /years/0/makeUpDays/3 = 20270320: a date is written YYYY-MM-DD, such as \"2027-01-01\".",
                "12:22 SS1304 /years/1/notice/title: Holiday calendar, /years/1/notice/title = nothing: this is text.",
                "13:15 SS1304 /years/1/holidays: Holiday calendar, /years/1/holidays = an object: this is a list.",
                "11:5 SS1304 /years/1/makeUpDays: Holiday calendar, /years/1/makeUpDays = nothing: this key is required.",
                "11:11 SS1304 /years/1/year: Holiday calendar, /years/1/year = 2027: the year is given twice.",
                "14:11 SS1304 /years/2/year: Holiday calendar, /years/2/year = twenty: a year is a whole number, such as 2027.",
                "14:5 SS1304 /years/2/notice: Holiday calendar, /years/2/notice = nothing: this key is required.",
                "14:5 SS1304 /years/2/holidays: Holiday calendar, /years/2/holidays = nothing: this key is required.",
                "14:5 SS1304 /years/2/makeUpDays: Holiday calendar, /years/2/makeUpDays = nothing: this key is required.",
            ],
            problems.Select(p => $"{p.Position} {p.Code} {p.Path}: {p.Message(CultureInfo.InvariantCulture)}").ToArray());
        Assert.All(problems, p => Assert.Equal(path, p.File));
    }

    [Theory]
    [InlineData("not-a-calendar.yaml", "- 2027\n", "1:1 SS1304 Holiday calendar, / = a list: the file is an object with years: a list of years.")]
    [InlineData("no-years.json", "{ \"years\": [] }", "1:12 SS1304 Holiday calendar, /years = a list: years is a list of at least one year.")]
    [InlineData("syntax.json", "{ \"years\": [ }", "1:14 SS1001")]
    public void A_file_that_is_not_a_calendar_says_why(string name, string text, string expected)
    {
        var calendar = WorkingDayCalendar.Read(Write(name, text), out var problems);

        Assert.Null(calendar);
        Assert.StartsWith(expected, $"{problems[0].Position} {problems[0].Code} {problems[0].Message(CultureInfo.InvariantCulture)}", StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_the_loading_error_SS1009()
    {
        var calendar = WorkingDayCalendar.Read("/no/such/calendar.yaml", out var problems);

        Assert.Null(calendar);
        Assert.Equal("SS1009", Assert.Single(problems).Code);
    }

    [Fact]
    public void The_messages_are_in_chinese_too()
    {
        WorkingDayCalendar.Read(Write("weekday.yaml", """
            years:
              - year: 2027
                notice: { title: 测试数据, issued: "2026-11-01" }
                holidays: []
                makeUpDays: ["2027-02-10"]
            """), out var problems);

        Assert.Equal("节假日安排文件 /years/0/makeUpDays/0 = 2027-02-10：调休上班日应为星期六或星期日。", Assert.Single(problems).Message(CultureInfo.GetCultureInfo("zh-CN")));
    }

    private static string Write(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("svcstd-calendar-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
