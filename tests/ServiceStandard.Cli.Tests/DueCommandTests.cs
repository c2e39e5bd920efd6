namespace ServiceStandard.Cli.Tests;

/// <summary><c>svcstd due</c>: the last day of a limit, in both languages and as JSON; what it refuses, and why.</summary>
public sealed class DueCommandTests(ExampleCatalogueDatabase database) : IClassFixture<ExampleCatalogueDatabase>
{
    private static readonly string Fictional2027 = Cli.Repo("tests", "ServiceStandard.Tests", "Fixtures", "Calendar", "fictional-2027.yaml");

    [Fact]
    public void The_json_is_the_one_of_format_section_10()
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2026-03-02", "--limit", "5个工作日", "--format", "json");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal(
            """
            {
              "from": "2026-03-02",
              "limit": {
                "value": 5,
                "unit": "workingDays"
              },
              "due": "2026-03-09",
              "workingDays": 5,
              "calendarDays": 7,
              "movedFrom": null
            }

            """,
            output);
    }

    [Theory]
    [InlineData("zh", "受理日 2026-03-02\n5个工作日：最迟 2026-03-09 办结（受理后5个工作日，7个自然日）\n")]
    [InlineData("en", "Accepted on 2026-03-02\n5 working days: due by 2026-03-09 (5 working days, 7 calendar days after acceptance)\n")]
    public void The_text_gives_the_last_day_in_the_language_asked_for(string lang, string expected)
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2026-03-02", "--limit", "5 workingDays", "--lang", lang);

        Assert.Equal((0, expected, string.Empty), (exit, output, error));
    }

    [Theory]
    [InlineData("zh", "受理日 2026-09-03\n30个自然日：最迟 2026-10-08 办结（受理后20个工作日，35个自然日）\n  时限的最后一日 2026-10-03 是休息日（国庆节），顺延至其后的第一个工作日（民法典第二百零三条）\n")]
    [InlineData("en", "Accepted on 2026-09-03\n30 calendar days: due by 2026-10-08 (20 working days, 35 calendar days after acceptance)\n  the limit's last day, 2026-10-03, is a rest day (国庆节): it ends on the next working day (Civil Code Art. 203)\n")]
    public void A_calendar_day_limit_ending_in_a_holiday_says_why_it_moved(string lang, string expected)
    {
        var (exit, output, _) = Cli.Run("due", "--from", "2026-09-03", "--limit", "30个自然日", "--lang", lang);

        Assert.Equal((0, expected), (exit, output));
    }

    [Fact]
    public void A_month_ending_on_a_sunday_moves_to_monday_and_names_the_day()
    {
        var (exit, output, _) = Cli.Run("due", "--from", "2026-02-01", "--limit", "1 months", "--lang", "en");

        // 2026-03-01 is a Sunday (no holiday): the limit ends on Monday 2026-03-02; 春节 (2月15日至23日) and its two make-up
        // Saturdays (2月14日, 28日) lie inside: 17 working days.
        Assert.Equal((0, "Accepted on 2026-02-01\n1 month: due by 2026-03-02 (17 working days, 29 calendar days after acceptance)\n  the limit's last day, 2026-03-01, is a rest day (Sunday): it ends on the next working day (Civil Code Art. 203)\n"), (exit, output));
    }

    [Theory]
    [InlineData("即办", "zh", "受理日 2026-02-15\n即办：当日 2026-02-15 办结\n")]
    [InlineData("immediate", "en", "Accepted on 2026-02-15\nimmediate: due the same day, 2026-02-15\n")]
    public void Immediate_is_the_same_day(string limit, string lang, string expected)
    {
        var (exit, output, _) = Cli.Run("due", "--from", "2026-02-15", "--limit", limit, "--lang", lang);

        Assert.Equal((0, expected), (exit, output));
    }

    [Theory]
    [InlineData("zh", "svcstd: 错误 SS1305: 2027-03-01 不在节假日安排之内：已知的年份为 2020-2026；办结期限从不猜测。 用 --calendar FILE 加入该年的《国务院办公厅关于部分节假日安排的通知》，或选择已知年份内的日期。\n")]
    [InlineData("en", "svcstd: error SS1305: 2027-03-01 is outside the holiday schedule: the years known are 2020-2026; a due date is never guessed. Add the year's notice (国务院办公厅关于部分节假日安排的通知) with --calendar FILE, or choose a date in a year known.\n")]
    public void A_date_outside_the_known_years_exits_2_naming_the_years_and_what_to_do(string lang, string expected)
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2027-03-01", "--limit", "5个工作日", "--lang", lang);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Fact]
    public void A_calendar_file_adds_the_year()
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2027-02-05", "--limit", "2个工作日", "--calendar", Fictional2027, "--lang", "en");

        // The fixture's made-up 春节 (2月6日至13日) and make-up Sunday 2月14日.
        Assert.Equal((0, "Accepted on 2027-02-05\n2 working days: due by 2027-02-15 (2 working days, 10 calendar days after acceptance)\n", string.Empty), (exit, output, error));
    }

    [Fact]
    public void A_malformed_calendar_file_is_reported_compiler_style_and_exits_2()
    {
        var file = Cli.TempFile("holidays.yaml", "years:\n  - year: 2027\n    notice: { title: 测试数据, issued: \"2026-11-01\" }\n    holidays: []\n    makeUpDays: [\"2027-02-10\"]\n");

        var (exit, output, error) = Cli.Run("due", "--from", "2027-02-05", "--limit", "2个工作日", "--calendar", file, "--lang", "en");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal($"{file}:5:18: error SS1304: Holiday calendar, /years/0/makeUpDays/0 = 2027-02-10: a make-up working day (调休上班) is a Saturday or a Sunday.\n", error);
    }

    [Theory]
    [InlineData("20日", "en", "svcstd: '20日' is not a time limit svcstd reads: write e.g. 20个工作日, 15个自然日, 3个月, 即办 or \"5 workingDays\" (日 alone does not say whether working or calendar days are meant).\n")]
    [InlineData("视情况而定", "zh", "svcstd: “视情况而定”不是 svcstd 能读取的时限：请写作 20个工作日、15个自然日、3个月、即办 或 \"5 workingDays\"（单写“日”不能说明是工作日还是自然日）。\n")]
    public void A_limit_it_cannot_read_exits_2(string limit, string lang, string expected)
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2026-03-02", "--limit", limit, "--lang", lang);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Theory]
    [InlineData("svcstd: '2026-02-30' is not a date: write it YYYY-MM-DD, e.g. 2026-03-02.\n", "due", "--from", "2026-02-30", "--limit", "1个工作日", "--lang", "en")]
    [InlineData("svcstd: due needs either --limit TEXT, or --item CODE with --db FILE (a catalogue built by 'svcstd catalogue build').\n", "due", "--from", "2026-03-02", "--lang", "en")]
    [InlineData("svcstd: due needs either --limit TEXT, or --item CODE with --db FILE (a catalogue built by 'svcstd catalogue build').\n", "due", "--limit", "1个工作日", "--item", "000123020000", "--lang", "en")]
    [InlineData("svcstd: due needs either --limit TEXT, or --item CODE with --db FILE (a catalogue built by 'svcstd catalogue build').\n", "due", "--item", "000123020000", "--lang", "en")]
    public void Usage_problems_exit_2(string expected, params string[] args)
    {
        var (exit, output, error) = Cli.Run(args);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Theory]
    [InlineData("en", """
        000123020000 公共场所卫生许可, accepted on 2026-09-25
        330400 嘉兴市
          legal limit 20 working days: due by 2026-10-29 (20 working days, 34 calendar days after acceptance)
          committed limit 7 working days: due by 2026-10-12 (7 working days, 17 calendar days after acceptance)
        511011 东兴区
          legal limit 20 working days: due by 2026-10-29 (20 working days, 34 calendar days after acceptance)
          committed limit 3 working days: due by 2026-09-30 (3 working days, 5 calendar days after acceptance)
        533300 怒江傈僳族自治州
          legal limit 20 working days: due by 2026-10-29 (20 working days, 34 calendar days after acceptance)
          committed limit 1 working day: due by 2026-09-28 (1 working day, 3 calendar days after acceptance)
        610331 太白县
          legal limit 20 working days: due by 2026-10-29 (20 working days, 34 calendar days after acceptance)
          committed limit immediate: due the same day, 2026-09-25

        """)]
    [InlineData("zh", """
        000123020000 公共场所卫生许可，受理日 2026-09-25
        330400 嘉兴市
          法定时限 20个工作日：最迟 2026-10-29 办结（受理后20个工作日，34个自然日）
          承诺时限 7个工作日：最迟 2026-10-12 办结（受理后7个工作日，17个自然日）
        511011 东兴区
          法定时限 20个工作日：最迟 2026-10-29 办结（受理后20个工作日，34个自然日）
          承诺时限 3个工作日：最迟 2026-09-30 办结（受理后3个工作日，5个自然日）
        533300 怒江傈僳族自治州
          法定时限 20个工作日：最迟 2026-10-29 办结（受理后20个工作日，34个自然日）
          承诺时限 1个工作日：最迟 2026-09-28 办结（受理后1个工作日，3个自然日）
        610331 太白县
          法定时限 20个工作日：最迟 2026-10-29 办结（受理后20个工作日，34个自然日）
          承诺时限 即办：当日 2026-09-25 办结

        """)]
    public void An_item_of_a_catalogue_gets_the_due_dates_of_its_limits_in_every_region(string lang, string expected)
    {
        // Accepted on 中秋节 (a Friday): 国庆节 (10月1日至7日) and its make-up Saturday 10月10日 fall inside the count.
        var (exit, output, error) = Cli.Run("due", "--from", "2026-09-25", "--item", "000123020000", "--db", database.Path, "--lang", lang);

        Assert.Equal((0, expected.ReplaceLineEndings("\n"), string.Empty), (exit, output, error));
    }

    [Fact]
    public void An_item_in_json_lists_each_region_s_legal_and_committed_due_dates()
    {
        var (exit, output, _) = Cli.Run("due", "--from", "2026-09-25", "--item", "000123020000", "--db", database.Path, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var dueDates = json.RootElement.GetProperty("dueDates").EnumerateArray()
            .Select(d => $"{d.GetProperty("region").GetProperty("code")} {d.GetProperty("kind")} {d.GetProperty("limit").GetProperty("value")} {d.GetProperty("limit").GetProperty("unit")} {d.GetProperty("due")} {d.GetProperty("workingDays")}")
            .ToArray();

        Assert.Equal(0, exit);
        Assert.Equal(("2026-09-25", "000123020000", "公共场所卫生许可"), (json.RootElement.GetProperty("from").GetString(), json.RootElement.GetProperty("item").GetString(), json.RootElement.GetProperty("name").GetString()));
        Assert.Equal(
            [
                "330400 legal 20 workingDays 2026-10-29 20", "330400 committed 7 workingDays 2026-10-12 7",
                "511011 legal 20 workingDays 2026-10-29 20", "511011 committed 3 workingDays 2026-09-30 3",
                "533300 legal 20 workingDays 2026-10-29 20", "533300 committed 1 workingDays 2026-09-28 1",
                "610331 legal 20 workingDays 2026-10-29 20", "610331 committed 0 immediate 2026-09-25 0",
            ],
            dueDates);
    }

    [Fact]
    public void An_item_the_catalogue_does_not_have_exits_2()
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2026-03-02", "--item", "000000000000", "--db", database.Path, "--lang", "en");

        Assert.Equal((2, string.Empty, $"svcstd: the catalogue {database.Path} has no item with the basic code 000000000000; 'svcstd catalogue search' finds items by name.\n"), (exit, output, error));
    }

    [Fact]
    public void An_item_whose_limit_runs_past_the_known_years_exits_2()
    {
        var (exit, output, error) = Cli.Run("due", "--from", "2026-12-20", "--item", "000123020000", "--db", database.Path, "--lang", "en");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith("svcstd: error SS1305: 2027-01-01 is outside the holiday schedule", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
