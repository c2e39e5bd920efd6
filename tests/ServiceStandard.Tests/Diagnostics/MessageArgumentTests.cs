using System.Globalization;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Tests.Diagnostics;

public sealed class MessageArgumentTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Parts_are_joined_as_each_language_joins_them()
    {
        var regions = MessageArgument.Joined(MessageJoin.List, ["黄浦区", "静安区"]);
        var titles = MessageArgument.Joined(MessageJoin.Titles, ["《行政许可法》", "《食品安全法》"]);
        var groups = MessageArgument.Joined(MessageJoin.Groups, [
            MessageArgument.Joined(MessageJoin.Label, [regions, titles]),
            MessageArgument.Joined(MessageJoin.Space, ["徐汇区", MessageArgument.Message("WorkingDays", ("value", "5"))]),
        ]);

        Assert.Equal("黄浦区、静安区：《行政许可法》《食品安全法》；徐汇区 5 个工作日", groups.Render(Chinese));
        Assert.Equal("黄浦区, 静安区: 《行政许可法》, 《食品安全法》; 徐汇区 5 working days", groups.Render(English));
    }

    [Fact]
    public void Data_is_inserted_as_written_whatever_the_language()
    {
        MessageArgument name = "{value} 个工作日";

        Assert.Equal(("{value} 个工作日", null, null), (name.Text, name.Key, name.Join));
        Assert.Equal("{value} 个工作日", name.Render(English));
    }

    [Fact]
    public void A_label_joins_exactly_two_parts()
    {
        var error = Assert.Throws<ArgumentException>(() => MessageArgument.Joined(MessageJoin.Label, ["a", "b", "c"]));

        Assert.StartsWith("A label joins exactly two parts", error.Message, StringComparison.Ordinal);
    }
}
