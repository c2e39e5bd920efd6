using System.Text.Json;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Normalization;

/// <summary>The canonical text: approved output, key order, quoting, file form, and the example inventories' round trip.</summary>
public sealed class CanonicalFormTests
{
    public static TheoryData<string> Examples() => new() { "zhejiang-jiaxing.yaml", "shaanxi-taibai.yaml", "yunnan-nujiang.yaml", "sichuan-dongxing.json" };

    [Fact]
    public void A_spreadsheet_row_with_chinese_keys_labels_phrases_and_full_width_text_gives_exactly_the_approved_yaml()
    {
        var path = Repository.Fixtures("Normalization", "spreadsheet-row.yaml");

        var result = InventoryNormalizer.NormalizeFile(path);

        Assert.Equal(File.ReadAllText(Path.ChangeExtension(path, ".canonical.yaml")), result.Write(DocumentFormat.Yaml));
        var approvedChanges = File.ReadAllLines(Path.ChangeExtension(path, ".changes")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(approvedChanges, DiagnosticLines.Of(result.Changes));
        Assert.Equal(["SS1201 warning 47:5 /items/0/本地备注"], DiagnosticLines.Of(result.Diagnostics.Where(d => d.Severity != ServiceStandard.Diagnostics.Severity.Info)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_inventory_keeps_every_field_through_normalization_in_both_formats(string file)
    {
        var load = InventoryLoader.LoadFile(Repository.PathOf("examples", "inventories", file));
        var result = InventoryNormalizer.Normalize(load);

        var written = Leaves(Read(File.ReadAllText(load.File!), load.Format));
        foreach (var format in new[] { DocumentFormat.Yaml, DocumentFormat.Json })
        {
            var text = result.Write(format);
            Assert.Empty(InventoryLoader.LoadText(text, format).Diagnostics);
            Assert.Equal(written, Leaves(Read(text, format)));
        }

        // The only changes the examples need: service objects and channels in code-list order.
        Assert.All(result.Changes, c => Assert.Equal("SS8203", c.Code));
    }

    [Fact]
    public void Unknown_keys_and_extensions_are_kept_verbatim_and_in_the_order_written()
    {
        var yaml = Normalized.Header + "zLocal: 1\naLocal: { deep: [yes, 0123, 1.50] }\nitems:\n  - { basicCode: \"000123020000\", name: 事项, type: publicService, authority: { name: 局, 本地: x }, extensions: { b: ~, a: \"2\" } }\n";

        var canonical = Normalized.Yaml(yaml);

        Assert.Contains("zLocal: 1\naLocal:\n  deep:\n    - \"yes\"\n    - \"0123\"\n    - 1.50\n", canonical, StringComparison.Ordinal);
        Assert.Contains("    authority:\n      name: 局\n      本地: x\n    extensions:\n      b: null\n      a: \"2\"\n", canonical, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentFormat.Yaml)]
    [InlineData(DocumentFormat.Json)]
    public void Canonical_text_has_lf_line_ends_one_trailing_newline_and_no_byte_order_mark(DocumentFormat format)
    {
        var text = InventoryNormalizer.NormalizeFile(Repository.PathOf("examples", "inventories", "sichuan-dongxing.json")).Write(format);

        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain('\uFEFF', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_follow_the_model_declaration_order_of_format_md()
    {
        var json = InventoryNormalizer.NormalizeFile(Repository.PathOf("examples", "inventories", "sichuan-dongxing.json")).Write(DocumentFormat.Json);
        using var document = JsonDocument.Parse(json);

        Assert.Equal("$schema", document.RootElement.EnumerateObject().First().Name); // what editors attach is kept, first
        AssertOrder(typeof(Inventory), document.RootElement);
        var item = document.RootElement.GetProperty("items")[0];
        AssertOrder(typeof(ServiceItem), item);
        AssertOrder(typeof(Authority), item.GetProperty("authority"));
        AssertOrder(typeof(Guide), item.GetProperty("guide"));
        AssertOrder(typeof(Material), item.GetProperty("guide").GetProperty("materials")[0]);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("off")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("0123")]
    [InlineData("1.0")]
    [InlineData("2026-01-20")]
    [InlineData("12:30")]
    [InlineData("-x")]
    [InlineData("a: b")]
    [InlineData("x #y")]
    [InlineData("#x")]
    [InlineData("@x")]
    [InlineData(" padded")]
    [InlineData("")]
    [InlineData(".inf")]
    [InlineData("line\nbreak")]
    public void A_string_yaml_could_misread_is_double_quoted(string text)
    {
        Assert.StartsWith("\"", CanonicalYaml.Scalar(text, isCode: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("公共场所卫生许可", "公共场所卫生许可")]
    [InlineData("《公共场所卫生管理条例》", "《公共场所卫生管理条例》")]
    [InlineData("周一至周五 9:00-17:00", "周一至周五 9:00-17:00")]
    [InlineData("administrativeLicensing", "administrativeLicensing")]
    [InlineData("say \"hi\"\t\\", "say \"hi\"\t\\")]
    public void Plain_text_stays_plain_and_quoted_text_is_escaped(string text, string expected)
    {
        Assert.Equal(expected.Contains('\t', StringComparison.Ordinal) ? "\"say \\\"hi\\\"\\t\\\\\"" : expected, CanonicalYaml.Scalar(text, isCode: false));
    }

    [Fact]
    public void Codes_are_always_quoted()
    {
        Assert.Equal("\"00013112700Y\"", CanonicalYaml.Scalar("00013112700Y", isCode: true));
        Assert.Contains("  code: \"330400\"\n", Normalized.Yaml(Normalized.Header + "items: []\n"), StringComparison.Ordinal);
    }

    private static void AssertOrder(Type type, JsonElement element)
    {
        var keys = element.EnumerateObject().Select(p => p.Name).Where(k => k != "$schema").ToArray();
        Assert.Equal(ElementNames.Keys(type).Where(keys.Contains), keys);
    }

    /// <summary>A document as written, as a JSON tree (YAML through the loader's own reader: plain scalars as JSON reads them).</summary>
    private static JsonElement Read(string text, DocumentFormat format)
    {
        var bag = new DiagnosticBag(null);
        var root = format == DocumentFormat.Json
            ? JsonDocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(text), LoadOptions.Default, bag)
            : YamlDocumentReader.Read(text, LoadOptions.Default, bag, out _);
        return JsonElements.From(root!);
    }

    /// <summary>Every value with its pointer, sorted; empty lists left out, lists whose order carries no meaning as sets.</summary>
    private static string[] Leaves(JsonElement root)
    {
        var leaves = new List<string>();
        void Walk(JsonElement node, string path)
        {
            switch (node.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in node.EnumerateObject())
                    {
                        Walk(property.Value, path + "/" + property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    var unordered = path.EndsWith("/serviceObjects", StringComparison.Ordinal) || path.EndsWith("/channels", StringComparison.Ordinal);
                    var i = 0;
                    foreach (var item in node.EnumerateArray())
                    {
                        Walk(item, path + "/" + (unordered ? "*" : (i++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    break;
                case JsonValueKind.Number:
                    leaves.Add(path + " = " + node.GetDecimal().ToString("0.############", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    leaves.Add(path + " = " + node.GetRawText());
                    break;
            }
        }

        Walk(root, string.Empty);
        return leaves.Order(StringComparer.Ordinal).ToArray();
    }
}
