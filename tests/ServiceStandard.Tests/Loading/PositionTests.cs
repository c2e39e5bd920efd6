using System.Text;
using ServiceStandard.Diagnostics;
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

    [Theory]
    [InlineData("\n", 2)]
    [InlineData("\r\n", 8)]
    [InlineData("\r", 9)]
    [InlineData("\n", 17)]
    [InlineData("\n\t", 1)]
    public void Json_positions_after_every_kind_of_token_and_gap_are_the_lines_and_columns_counted_from_the_start(string newline, int indent)
    {
        // Every value and key is unique, so its offset in the text gives the expected position: lines broken by
        // LF, CR LF or CR, columns in UTF-16 units (the emoji takes two), after strings, escapes, numbers and literals.
        var pad = new string(' ', indent);
        var json = string.Join(newline + pad, [
            "{\"k1\": \"甲乙丙\", \"k2\": 12.5,",
            "\"k3\": [true, false, null, \"😀丁\", -7], \"k\\u0034\": \"a\\\"b\\u4e2d\",",
            "\"k5\": {\"k6\": \"戊\"}, \"k7\":",
            "[{\"k8\":\"己😀庚\"},  \"x辛\"],",
            "\"k9\": \"" + new string('长', 40) + "\", \"k10\": 0, \"k11\": \"\"}",
        ]);
        var bytes = Encoding.UTF8.GetBytes(json);
        var root = JsonDocumentReader.Read(bytes, LoadOptions.Default, new DiagnosticBag(null))!;

        var positions = new List<(string Token, SourcePosition Position)>();
        Collect(root, positions);

        Assert.Equal(30, positions.Count);
        var from = 0;
        foreach (var (token, position) in positions)
        {
            var at = json.IndexOf(token, from, StringComparison.Ordinal);
            Assert.True(at >= 0, token);
            Assert.Equal((token, Expected(json, at)), (token, position));
            from = at + token.Length;
        }
    }

    private static void Collect(SourceNode node, List<(string Token, SourcePosition Position)> positions)
    {
        switch (node)
        {
            case MappingNode mapping:
                positions.Add(("{", mapping.Position));
                foreach (var entry in mapping.Entries)
                {
                    positions.Add(("\"" + (entry.Key == "k4" ? "k\\u0034" : entry.Key) + "\"", entry.KeyPosition));
                    Collect(entry.Value, positions);
                }

                break;
            case SequenceNode sequence:
                positions.Add(("[", sequence.Position));
                foreach (var item in sequence.Items)
                {
                    Collect(item, positions);
                }

                break;
            case ScalarNode scalar:
                var written = scalar.Style == ScalarStyle.Text
                    ? "\"" + scalar.Text.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("中", "\\u4e2d", StringComparison.Ordinal) + "\""
                    : scalar.Text;
                positions.Add((written, scalar.Position));
                break;
        }
    }

    private static SourcePosition Expected(string text, int offset)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return new(line, offset - lineStart + 1);
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
