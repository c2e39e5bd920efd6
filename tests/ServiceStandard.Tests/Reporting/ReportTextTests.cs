using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.Reporting;

namespace ServiceStandard.Tests.Reporting;

/// <summary>The reports' words come in both languages, and GitHub's escaping is GitHub's.</summary>
public sealed class ReportTextTests
{
    /// <summary>Texts whose Chinese leaves out an argument the English says (and no other).</summary>
    private static readonly HashSet<string> LeavesOut = new(StringComparer.Ordinal)
    {
        "Index_Html_MeanNote", // "{0} 个地区高于平均值": the number of regions stands beside it on the card
        "Event_Heading", // "{0}（{1}）：{4}，{3}": the Chinese heading does not repeat the event's code
    };

    [Fact]
    public void Every_report_text_is_written_in_english_and_chinese_with_the_same_placeholders()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        var names = ReportText.Names().Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            Assert.True(ReportText.ExistsIn(name, CultureInfo.GetCultureInfo("zh")), $"{name} has no Chinese text");
            Assert.NotEqual(ReportText.Template(en, name), ReportText.Template(zh, name));
            if (!LeavesOut.Contains(name))
            {
                Assert.Equal(Placeholders(ReportText.Template(en, name)), Placeholders(ReportText.Template(zh, name)));
            }
            else
            {
                Assert.Superset(Placeholders(ReportText.Template(zh, name)).ToHashSet(), Placeholders(ReportText.Template(en, name)).ToHashSet());
            }
        });

        static string[] Placeholders(string text) =>
            Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
    }

    [Theory]
    [InlineData("a%b\r\nc:d,e", "a%25b%0D%0Ac:d,e", "a%25b%0D%0Ac%3Ad%2Ce")]
    [InlineData("plain", "plain", "plain")]
    [InlineData("\u001b[31m\u202e", "\\x1b[31m\\u202e", "\\x1b[31m\\u202e")]
    public void Escaping_follows_GitHub_for_messages_and_properties(string text, string message, string property)
    {
        Assert.Equal(message, GitHubAnnotationWriter.Message(text));
        Assert.Equal(property, GitHubAnnotationWriter.Property(text));
    }
}
