using ServiceStandard.Scoring;
using ServiceStandard.Catalogue;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Catalogue;

public sealed class CoverageTests(ExampleCatalogue example) : IClassFixture<ExampleCatalogue>
{
    private static string Write(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("svcstd-basic-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Each_region_implements_its_share_of_the_example_basic_catalogue()
    {
        var basic = BasicCatalogue.Load(Repository.PathOf("examples", "catalogues", "basic-catalogue.yaml"));

        var report = example.Catalogue.Coverage(basic);

        Assert.Equal(15, basic.Items.Count);
        Assert.Equal(
            [
                "330400 12/15 80.0 missing 000114001000 000123003000 002015003000",
                "511011 11/15 73.3 missing 000514003000 000114001000 000123003000 002015003000",
                "533300 11/15 73.3 missing 000117014000 000114001000 000123003000 002015003000",
                "610331 10/15 66.7 missing 000118013000 000117014000 000114001000 000123003000 002015003000",
            ],
            report.Regions.Select(r => FormattableString.Invariant($"{r.Region.Code} {r.Implemented.Count}/15 {r.Coverage:0.0} missing {string.Join(" ", r.Missing.Select(i => i.BasicCode))}")));
        Assert.All(report.Regions, r => Assert.Empty(r.Outside));
        Assert.Equal(
            ["000118013000 330400 511011 533300 - 610331", "000114001000  - 330400 511011 533300 610331"],
            report.Items.Where(i => i.Item.BasicCode is "000118013000" or "000114001000")
                .Select(i => $"{i.Item.BasicCode} {string.Join(' ', i.ImplementedBy)} - {string.Join(' ', i.MissingFrom)}"));
    }

    [Fact]
    public void Items_outside_the_basic_catalogue_are_listed_as_local_items()
    {
        var basic = BasicCatalogue.Of([new BasicItem("000123020000", "公共场所卫生许可"), new BasicItem("000114001000", "社会团体成立登记")]);

        var report = example.Catalogue.Coverage(basic);

        var taibai = report.Regions.Single(r => r.Region.Code == "610331");
        Assert.Equal(50.0m, taibai.Coverage);
        Assert.Equal(9, taibai.Outside.Count);
        Assert.Equal("000117006000 建筑工程施工许可证核发", $"{taibai.Outside[0].BasicCode} {taibai.Outside[0].Name}");
    }

    [Fact]
    public void A_basic_catalogue_reads_from_json_csv_and_a_bare_yaml_list_with_chinese_keys()
    {
        var json = BasicCatalogue.Load(Write("basic.json", """{ "items": [ { "basicCode": "000123020000", "name": "公共场所卫生许可" } ] }"""));
        var csv = BasicCatalogue.Load(Write("basic.csv", "\uFEFFbasicCode,name\r\n000123020000,公共场所卫生许可\r\n\"000172005000\",\"药品零售企业许可, \"\"零售\"\"\"\r\n\r\n"));
        var yaml = BasicCatalogue.Load(Write("basic.yaml", "- { 基本编码: 000123020000, 事项名称: 公共场所卫生许可 }\n"));

        Assert.Equal(["000123020000 公共场所卫生许可"], json.Items.Select(i => $"{i.BasicCode} {i.Name}"));
        Assert.Equal(["000123020000 公共场所卫生许可", "000172005000 药品零售企业许可, \"零售\""], csv.Items.Select(i => $"{i.BasicCode} {i.Name}"));
        Assert.Equal(["000123020000 公共场所卫生许可"], yaml.Items.Select(i => $"{i.BasicCode} {i.Name}"));
    }

    [Fact]
    public void A_code_alone_is_an_item_without_a_name_and_a_code_listed_twice_keeps_its_first_name()
    {
        var yaml = BasicCatalogue.Load(Write("codes.yaml", "items:\n  - { basicCode: \"000123020000\", name: a }\n  - \"000172005000\"\n  - { 基本编码: \"000123020000\", 事项名称: b }\n"));
        var csv = BasicCatalogue.Load(Write("codes.csv", "000123020000,公共场所卫生许可\n000172005000\n"));

        Assert.Equal([new BasicItem("000123020000", "a"), new BasicItem("000172005000", null)], yaml.Items);
        Assert.Equal([new BasicItem("000123020000", "公共场所卫生许可"), new BasicItem("000172005000", null)], csv.Items);
    }

    [Theory]
    [InlineData("short.csv", "basicCode,name\n000123020000,a\n12345,b\n", ":3:1: Basic catalogue entry '12345': not a 12-character basic code.")]
    [InlineData("header.csv", "code,title\n000123020000,a\n", ":1:1: Basic catalogue entry 'code': not a 12-character basic code.")]
    [InlineData("empty.yaml", "items: []\n", ":1:1: Basic catalogue entry '': the catalogue lists no item.")]
    [InlineData("shape.yaml", "items:\n  - [ 000123020000 ]\n", ":2:5: Basic catalogue entry 'a list': expected items: [{ basicCode, name }] (YAML or JSON) or CSV lines basicCode,name.")]
    [InlineData("broken.json", "{ \"items\": [ }", ":1:14: ")]
    public void A_malformed_basic_catalogue_is_refused_with_the_line_at_fault(string name, string content, string message)
    {
        var path = Write(name, content);

        var error = Assert.Throws<InvalidDataException>(() => BasicCatalogue.Load(path));

        Assert.StartsWith(path + message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_basic_catalogue_is_an_io_error_when_loaded_and_a_diagnostic_when_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-svcstd", "basic.yaml");

        Assert.Throws<IOException>(() => BasicCatalogue.Load(path));
        Assert.Null(BasicCatalogue.Read(path, out var problems));
        Assert.Equal("SS1009", Assert.Single(problems).Code);
    }
}
