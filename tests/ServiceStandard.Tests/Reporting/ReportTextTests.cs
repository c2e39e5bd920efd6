using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.Reporting;

namespace ServiceStandard.Tests.Reporting;

/// <summary>The reports' words come in both languages, and GitHub's escaping is GitHub's.</summary>
public sealed class ReportTextTests
{
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
            Assert.Equal(Placeholders(ReportText.Template(en, name)), Placeholders(ReportText.Template(zh, name)));
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
