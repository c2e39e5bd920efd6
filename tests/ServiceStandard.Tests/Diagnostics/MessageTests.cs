using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Diagnostics;

public sealed class MessageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh");
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            data.Add(descriptor.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_has_a_title_message_and_hint_in_chinese_and_in_english(string code)
    {
        foreach (var part in new[] { "_Title", "_Message", "_Hint" })
        {
            Assert.True(MessageTexts.ExistsIn(code + part, English), $"{code}{part} has no English text");
            Assert.True(MessageTexts.ExistsIn(code + part, Chinese), $"{code}{part} has no Chinese text");
        }
    }

    [Fact]
    public void Codes_are_unique_and_follow_the_SSnnnn_form()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^SS[1-9][0-9]{3}$", c));
    }

    [Fact]
    public void A_message_is_rendered_in_the_requested_language_with_its_words_translated()
    {
        var result = InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: { code: [1] }\nitems: []\n", DocumentFormat.Yaml);
        var diagnostic = Assert.Single(result.Diagnostics);

        Assert.Equal("'code' must be text, not a list.", diagnostic.Message(English));
        Assert.Equal("“code”应为文本，而不是列表。", diagnostic.Message(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Write text here.", diagnostic.Hint(English));
    }
}
