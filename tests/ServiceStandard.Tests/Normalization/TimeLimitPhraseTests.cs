using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;
using ServiceStandard.Text;

namespace ServiceStandard.Tests.Normalization;

/// <summary>Time limits as departments write them, read by the loader into { value, unit, note }.</summary>
public sealed class TimeLimitPhraseTests
{
    public static TheoryData<string, bool, decimal, TimeUnit> Phrases() => new()
    {
        { "20个工作日", false, 20, TimeUnit.WorkingDays },
        { "20工作日", false, 20, TimeUnit.WorkingDays },
        { "二十个工作日", false, 20, TimeUnit.WorkingDays },
        { "十五个工作日", false, 15, TimeUnit.WorkingDays },
        { "三十个自然日", false, 30, TimeUnit.CalendarDays },
        { "一百二十个工作日", false, 120, TimeUnit.WorkingDays },
        { "两个月", false, 2, TimeUnit.Months },
        { "5个工作日内", false, 5, TimeUnit.WorkingDays },
        { "5个工作日以内", false, 5, TimeUnit.WorkingDays },
        { "２０个工作日", false, 20, TimeUnit.WorkingDays },
        { " 20 个工作日 ", false, 20, TimeUnit.WorkingDays },
        { "即办", false, 0, TimeUnit.Immediate },
        { "即办件", false, 0, TimeUnit.Immediate },
        { "当场", false, 0, TimeUnit.Immediate },
        { "当场办结", false, 0, TimeUnit.Immediate },
        { "即时办结", false, 0, TimeUnit.Immediate },
        { "0天2.0小时", false, 2, TimeUnit.Hours },
        { "0天2小时", false, 2, TimeUnit.Hours },
        { "3天0小时", false, 3, TimeUnit.CalendarDays },
        { "2小时", false, 2, TimeUnit.Hours },
        { "2个小时", false, 2, TimeUnit.Hours },
        { "0.5个工作日", false, 0.5m, TimeUnit.WorkingDays },
        { "15天", false, 15, TimeUnit.CalendarDays },
        { "15天", true, 15, TimeUnit.CalendarDays },
        { "30自然日", true, 30, TimeUnit.CalendarDays },
        { "3个月", false, 3, TimeUnit.Months },
        { "承诺时限5个工作日", false, 5, TimeUnit.WorkingDays },
        { "法定时限：20个工作日", false, 20, TimeUnit.WorkingDays },
        { "承诺办结时限为3个工作日", false, 3, TimeUnit.WorkingDays },
        { "时限:即办", false, 0, TimeUnit.Immediate },
        { "30日", true, 30, TimeUnit.WorkingDays },
        { "30日", false, 30, TimeUnit.CalendarDays },
        { "二十日", true, 20, TimeUnit.WorkingDays },
        { "20日内", false, 20, TimeUnit.CalendarDays },

        // As published guides write them: where the count starts, what kind of limit, a qualifier in brackets.
        { "20个工作日（不含公示时间）", false, 20, TimeUnit.WorkingDays },
        { "5个工作日（不含现场核查时间）", false, 5, TimeUnit.WorkingDays },
        { "5个工作日(不含专家评审时间)", false, 5, TimeUnit.WorkingDays },
        { "自受理之日起20个工作日", false, 20, TimeUnit.WorkingDays },
        { "自受理申请之日起二十个工作日内", false, 20, TimeUnit.WorkingDays },
        { "受理后5个工作日内办结", false, 5, TimeUnit.WorkingDays },
        { "法定20个工作日", false, 20, TimeUnit.WorkingDays },
        { "承诺5个工作日", false, 5, TimeUnit.WorkingDays },
        { "半个工作日", false, 0.5m, TimeUnit.WorkingDays },
        { "随到随办", false, 0, TimeUnit.Immediate },
        { "现场办结", false, 0, TimeUnit.Immediate },
        { "立等可取", false, 0, TimeUnit.Immediate },
        { "即时", false, 0, TimeUnit.Immediate },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_is_read_as_value_and_unit(string phrase, bool licence, decimal value, TimeUnit unit)
    {
        var reading = TimeLimitPhrases.Read(phrase, licence);

        Assert.NotNull(reading);
        Assert.Equal(value, reading.Value.Value);
        Assert.Equal(unit, reading.Value.Unit);
        Assert.Equal(phrase.Contains('日', StringComparison.Ordinal) && !phrase.Contains("工作日", StringComparison.Ordinal) && !phrase.Contains("自然日", StringComparison.Ordinal), reading.Value.ByDayRule);
    }

    [Fact]
    public void Every_phrase_the_manual_shows_is_read()
    {
        foreach (var (written, _) in TimeLimitPhrases.Examples)
        {
            foreach (var phrase in written.Split(" / "))
            {
                Assert.True(TimeLimitPhrases.Read(phrase, licence: true) is not null, phrase);
            }
        }
    }

    [Theory]
    [InlineData("视情况而定")]
    [InlineData("20")]
    [InlineData("1天4小时")]
    [InlineData("3月")]
    [InlineData("20个工作日，另加公示时间10个工作日")]
    [InlineData("自受理之日起")]
    [InlineData("半")]
    [InlineData("")]
    public void A_phrase_it_cannot_read_gives_nothing(string phrase)
    {
        Assert.Null(TimeLimitPhrases.Read(phrase, licence: true));
    }

    [Theory]
    [InlineData("administrativeLicensing", "30日", "{\"value\":30,\"unit\":\"workingDays\",\"note\":\"30日\"}")]
    [InlineData("publicService", "30日", "{\"value\":30,\"unit\":\"calendarDays\",\"note\":\"30日\"}")]
    [InlineData("publicService", "0天2.0小时", "{\"value\":2,\"unit\":\"hours\",\"note\":\"0天2.0小时\"}")]
    [InlineData("publicService", "承诺时限5个工作日", "{\"value\":5,\"unit\":\"workingDays\",\"note\":\"承诺时限5个工作日\"}")]
    [InlineData("publicService", "当场办结", "{\"value\":0,\"unit\":\"immediate\",\"note\":\"当场办结\"}")]
    public void A_time_limit_written_as_text_loads_as_an_object_with_the_phrase_as_note(string type, string phrase, string expected)
    {
        var yaml = Normalized.Header + $"items:\n  - {{ basicCode: \"000123020000\", name: 事项, type: {type}, authority: {{ name: 局 }}, timeLimits: {{ legal: {phrase} }} }}\n";

        Assert.Equal(expected, Normalized.At(yaml, "/items/0/timeLimits/legal"));
    }

    [Fact]
    public void Reading_a_phrase_is_an_info_saying_how_and_the_day_rule_says_which_days()
    {
        var load = InventoryLoader.LoadText(Normalized.Header + "items:\n  - basicCode: \"000123020000\"\n    name: 事项\n    type: 行政许可\n    authority: { name: 局 }\n    timeLimits: { legal: 二十日, committed: 5个工作日 }\n", DocumentFormat.Yaml);

        Assert.True(load.IsValid);
        Assert.Equal(["SS8102 info 8:26 /items/0/timeLimits/legal", "SS8101 info 8:42 /items/0/timeLimits/committed"], DiagnosticLines.Of(load.Diagnostics));
        Assert.Equal("The time limit '二十日' is read as 20 working days: '日' without 工作日 or 自然日 counts working days for an administrative licence (行政许可法 Art. 82).", load.Diagnostics[0].Message(CultureInfo.InvariantCulture));
        Assert.Equal("时限“二十日”读作 20 个工作日：未注明工作日或自然日的“日”对行政许可按工作日计算（《行政许可法》第八十二条）。", load.Diagnostics[0].Message(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("The time limit '5个工作日' is read as 5 working days.", load.Diagnostics[1].Message(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_phrase_it_cannot_read_is_a_warning_and_is_kept_as_written()
    {
        var yaml = Normalized.Header + "items:\n  - { basicCode: \"000123020000\", name: 事项, type: publicService, authority: { name: 局 }, 法定办结时限: 视情况而定, timeLimits: { committed: 3个工作日 } }\n";
        var load = InventoryLoader.LoadText(yaml, DocumentFormat.Yaml);

        Assert.True(load.IsValid);
        Assert.Equal(["SS8103 warning 4:97 /items/0/timeLimits/legal", "SS8101 info 4:129 /items/0/timeLimits/committed"], DiagnosticLines.Of(load.Diagnostics));
        Assert.Null(load.Inventory!.Items[0].TimeLimits!.Legal);
        Assert.Equal("{\"legal\":\"视情况而定\",\"committed\":{\"value\":3,\"unit\":\"workingDays\",\"note\":\"3个工作日\"}}", Normalized.At(yaml, "/items/0/timeLimits"));
    }
}
