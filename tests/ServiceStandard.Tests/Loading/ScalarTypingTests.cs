using ServiceStandard.CodeLists;
using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

/// <summary>YAML scalars are read as the field they bind to wants, never by YAML 1.1 guesswork.</summary>
public sealed class ScalarTypingTests
{
    private const string Header = "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\n";

    [Fact]
    public void A_plain_code_with_leading_zeros_keeps_every_digit()
    {
        var result = Load(Header + "items:\n  - { basicCode: 000123020000, name: 公共场所卫生许可, type: administrativeLicensing, authority: { name: 局 } }\n");

        Assert.Equal("000123020000", result.Inventory!.Items[0].BasicCode);
    }

    [Fact]
    public void A_plain_region_code_is_text_not_a_number()
    {
        var result = InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: { code: 010000 }\nitems: []\n", DocumentFormat.Yaml);

        Assert.Equal("010000", result.Inventory!.Region.Code);
    }

    [Fact]
    public void A_name_written_no_stays_the_text_no()
    {
        var result = Load(Header + "items:\n  - { basicCode: \"000123020000\", name: no, type: administrativeLicensing, authority: { name: off } }\n");

        Assert.Equal("no", result.Inventory!.Items[0].Name);
        Assert.Equal("off", result.Inventory!.Items[0].Authority.Name);
    }

    [Theory]
    [InlineData("administrativeLicensing", ItemType.AdministrativeLicensing)]
    [InlineData("\"01\"", ItemType.AdministrativeLicensing)]
    [InlineData("1", ItemType.AdministrativeLicensing)]
    [InlineData("行政许可", ItemType.AdministrativeLicensing)]
    [InlineData("20", ItemType.PublicService)]
    [InlineData("公共服务", ItemType.PublicService)]
    public void A_code_list_value_is_read_from_any_of_its_three_faces(string written, ItemType expected)
    {
        var result = Load(Header + $"items:\n  - {{ basicCode: \"000123020000\", name: 事项, type: {written}, authority: {{ name: 局 }} }}\n");

        Assert.Equal(expected, result.Inventory!.Items[0].Type);
    }

    [Fact]
    public void Extensions_and_unknown_keys_are_kept_verbatim_with_codes_as_text()
    {
        var result = Load(Header + "items:\n  - basicCode: \"000123020000\"\n    name: 事项\n    type: administrativeLicensing\n    authority: { name: 局 }\n    extensions: { localCode: 0123, flag: no, count: 3, ok: true, none: ~ }\n    custom: [1, two]\n");

        var item = result.Inventory!.Items[0];
        Assert.Equal("""{"localCode":"0123","flag":"no","count":3,"ok":true,"none":null}""", item.Extensions!.Value.GetRawText());
        Assert.Equal("""[1,"two"]""", item.AdditionalProperties["custom"].GetRawText());
    }

    private static LoadResult Load(string yaml)
    {
        var result = InventoryLoader.LoadText(yaml, DocumentFormat.Yaml);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result;
    }
}
