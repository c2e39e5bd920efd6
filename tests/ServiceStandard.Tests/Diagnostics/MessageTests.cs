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
    public void Every_class_of_descriptors_is_named_to_the_catalogue()
    {
        var assembly = typeof(DiagnosticCatalog).Assembly;
        var declaring = assembly.GetTypes()
            .Where(t => t != typeof(DiagnosticCatalog) && t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Any(f => f.FieldType == typeof(DiagnosticDescriptor)))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        var named = assembly.GetCustomAttributes(typeof(DiagnosticDescriptorsAttribute), inherit: false)
            .Select(a => ((DiagnosticDescriptorsAttribute)a).Descriptors.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(declaring, named);
    }

    [Fact]
    public void Every_text_key_is_in_one_resource_file_only()
    {
        var keys = MessageTexts.BaseNames
            .SelectMany(b => new System.Resources.ResourceManager(b, typeof(DiagnosticCatalog).Assembly)
                .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
                .Cast<System.Collections.DictionaryEntry>()
                .Select(e => (Key: (string)e.Key, File: b)))
            .ToArray();

        Assert.Contains(keys, k => k.File == "ServiceStandard.Diagnostics.Messages");
        Assert.Contains(keys, k => k.File == "ServiceStandard.Validation.RuleMessages");
        Assert.Empty(keys.GroupBy(k => k.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key} in {string.Join(", ", g.Select(k => k.File))}"));
    }

    [Fact]
    public void Codes_are_unique_and_follow_the_SSnnnn_form()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^SS[1-9][0-9]{3}$", c));
    }

    [Fact]
    public void Every_descriptor_a_feature_declares_is_in_the_catalogue()
    {
        var all = DiagnosticCatalog.All; // first: reading the fields below runs the features' static constructors
        var declared = typeof(DiagnosticCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Code)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(declared, all.Select(d => d.Code));
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

    [Theory]
    [InlineData("a:\n  b: 1\n c: 2\n", DocumentFormat.Yaml, "此处应为键：请检查这一行的缩进", "a key was expected here: check the indentation of this line")]
    [InlineData("a: 1\nb:\n\t- 2\n", DocumentFormat.Yaml, "用了制表符缩进", "a tab is used as indentation")]
    [InlineData("a: \"unclosed\n", DocumentFormat.Yaml, "引号中的文本", "a quoted text")]
    [InlineData("{ \"a\": 1, }", DocumentFormat.Json, "JSON 不允许末尾逗号", "JSON allows no trailing comma")]
    [InlineData("{ \"a\": 1 \"b\": 2 }", DocumentFormat.Json, "此处应为“,”", "a ',' or a closing } or ] was expected here")]
    [InlineData("a: *nowhere\n", DocumentFormat.Yaml, "别名 *nowhere 引用的锚点", "the alias *nowhere names no anchor")]
    public void A_syntax_error_is_explained_in_the_language_of_the_message_not_the_parsers(string text, DocumentFormat format, string chinese, string english)
    {
        var diagnostic = Assert.Single(InventoryLoader.LoadText(text, format).Diagnostics, d => d.Code == "SS1001");

        Assert.Contains(chinese, diagnostic.Message(CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
        Assert.Contains(english, diagnostic.Message(English), StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Position);
    }

    [Fact]
    public void A_value_not_in_a_code_list_lists_the_chinese_labels_in_chinese_and_the_tokens_in_english()
    {
        var result = InventoryLoader.LoadText(
            "schemaVersion: \"1.0\"\nregion: { code: \"610331\" }\nitems:\n  - { basicCode: \"000123020000\", name: 某事项, type: licence, authority: { name: 某局 } }\n",
            DocumentFormat.Yaml);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "SS1103");

        Assert.Equal("“licence”不是事项类型（type）的取值。", diagnostic.Message(Chinese));
        Assert.StartsWith("请使用以下之一：行政许可、行政处罚、", diagnostic.Hint(Chinese), StringComparison.Ordinal);
        Assert.Equal("'licence' is not a value of the code list type (事项类型).", diagnostic.Message(English));
        Assert.StartsWith("Use one of: administrativeLicensing, administrativePenalty, ", diagnostic.Hint(English), StringComparison.Ordinal);
    }
}
