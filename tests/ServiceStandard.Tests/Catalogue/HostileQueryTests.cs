using ServiceStandard.Catalogue;

namespace ServiceStandard.Tests.Catalogue;

public sealed class HostileQueryTests : IDisposable
{
    private const string Inventory = """
        schemaVersion: "1.0"
        region: { code: "330402", name: 南湖区 }
        items:
          - basicCode: "002099001000"
            name: '引号"测试事项'
            type: publicService
            authority: { name: 南湖区民政局 }
            guide:
              materials:
                - { name: "NEAR(材料清单" }
                - { name: "' OR 1=1 --" }
                - { name: "星号*通配" }
          - basicCode: "002099002000"
            name: 百分号%与下划线_事项
            type: publicService
            authority: { name: 南湖区民政局 }
            guide:
              acceptanceConditions: ["括号)与反斜杠\\条件"]
          - basicCode: "002099003000"
            name: 普通事项
            type: publicService
            authority: { name: 南湖区民政局 }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("svcstd-hostile-").FullName;
    private readonly ServiceCatalogue catalogue;

    public HostileQueryTests()
    {
        var file = Path.Combine(folder, "nanhu.yaml");
        File.WriteAllText(file, Inventory);
        using (var builder = CatalogueBuilder.Open(Path.Combine(folder, "catalogue.db")))
        {
            Assert.Equal(3, builder.Build([file]).CatalogueItems);
        }

        catalogue = ServiceCatalogue.Open(Path.Combine(folder, "catalogue.db"));
    }

    public void Dispose()
    {
        catalogue.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("\"", "002099001000")]
    [InlineData("引号\"测", "002099001000")]
    [InlineData("\"测", "002099001000")]
    [InlineData("NEAR(", "002099001000")]
    [InlineData("near(材料", "002099001000")]
    [InlineData("' OR 1=1", "002099001000")]
    [InlineData("' OR 1=1 --", "002099001000")]
    [InlineData("*", "002099001000")]
    [InlineData("星号*", "002099001000")]
    [InlineData("%", "002099002000")]
    [InlineData("_", "002099002000")]
    [InlineData("%与", "002099002000")]
    [InlineData(")", "002099002000")]
    [InlineData("\\", "002099002000")]
    [InlineData("反斜杠\\", "002099002000")]
    public void Query_syntax_is_searched_for_as_text(string query, string basicCode)
    {
        var result = catalogue.Search(query);

        Assert.Equal(basicCode, Assert.Single(result.Results).BasicCode);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("NEAR(a b)")]
    [InlineData("name:事项")]
    [InlineData("事项 OR 普通")]
    [InlineData("'); DROP TABLE items; --")]
    [InlineData("^事项")]
    [InlineData("事项*")]
    [InlineData("-事项")]
    public void Query_syntax_that_the_text_does_not_contain_finds_nothing_and_harms_nothing(string query)
    {
        Assert.Equal(0, catalogue.Search(query).Total);
        Assert.Equal(3, catalogue.Count);
        Assert.Equal(3, catalogue.Search("事项").Total);
    }
}
