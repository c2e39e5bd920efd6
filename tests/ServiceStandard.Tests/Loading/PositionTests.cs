using System.Text;
using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

/// <summary>Positions are 1-based lines and UTF-16 columns of the node as written, in YAML and JSON alike.</summary>
public sealed class PositionTests
{
    [Fact]
    public void Json_columns_count_characters_not_bytes_after_chinese_text()
    {
        const string json = "{\"schemaVersion\":\"1.0\",\"region\":{\"name\":\"嘉兴市\",\"code\":\"3304\"},\"items\":[]}";

        var result = InventoryLoader.LoadText(json, DocumentFormat.Json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("/region/code", diagnostic.Path);
        Assert.Equal(new(1, json.IndexOf("\"3304\"", StringComparison.Ordinal) + 1), diagnostic.Position);
    }

    [Fact]
    public void The_same_document_in_yaml_and_json_gives_the_same_diagnostic_codes_and_paths()
    {
        const string yaml = "schemaVersion: \"1.0\"\nregion:\n  code: \"33\"\nitems:\n  - basicCode: \"X\"\n    name: n\n    type: t\n    authority: {}\n";
        const string json = """
            {"schemaVersion": "1.0", "region": {"code": "33"},
             "items": [{"basicCode": "X", "name": "n", "type": "t", "authority": {}}]}
            """;

        var fromYaml = InventoryLoader.LoadText(yaml, DocumentFormat.Yaml).Diagnostics.Select(d => (d.Code, d.Path));
        var fromJson = InventoryLoader.LoadText(json, DocumentFormat.Json).Diagnostics.Select(d => (d.Code, d.Path));

        Assert.Equal(fromYaml, fromJson);
    }

    [Fact]
    public void Locate_finds_the_line_of_a_pointer_and_falls_back_to_the_nearest_ancestor()
    {
        const string yaml = "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems:\n  - basicCode: \"000123020000\"\n    name: 事项\n    type: administrativeLicensing\n    authority:\n      name: 局\n";

        var result = InventoryLoader.LoadText(yaml, DocumentFormat.Yaml);

        Assert.Equal(new(8, 13), result.Locate("/items/0/authority/name"));
        Assert.Equal(new(7, 5), result.Locate("/items/0/authority/creditCode"));
        Assert.Equal(new(7, 5), result.Locate("/items/0/authority"));
        Assert.Equal(new(4, 5), result.Locate("/items/0/contacts/complaint"));
    }

    [Fact]
    public void Utf8_with_bom_and_utf16_with_bom_load_like_plain_utf8()
    {
        const string yaml = "schemaVersion: \"1.0\"\nregion: { code: \"330400\", name: 嘉兴市 }\nitems: []\n";
        byte[] withBom = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(yaml)];
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(yaml)];

        Assert.Equal("嘉兴市", InventoryLoader.Load(withBom, DocumentFormat.Yaml).Inventory!.Region.Name);
        Assert.Equal("嘉兴市", InventoryLoader.Load(utf16, DocumentFormat.Yaml).Inventory!.Region.Name);
    }

    [Fact]
    public void A_missing_file_is_one_unreadable_diagnostic_not_an_exception()
    {
        var result = InventoryLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-inventory-" + Guid.NewGuid() + ".yaml"));

        Assert.Equal("SS1009", Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.Inventory);
    }
}
