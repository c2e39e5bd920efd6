using System.Text.Json;

namespace ServiceStandard.Cli.Tests;

/// <summary><c>svcstd export --format cpsv-ap</c> and <c>svcstd catalogue export --format cpsv-ap</c>: CPSV-AP 3.2 JSON-LD, and the exit codes.</summary>
public sealed class ExportCommandTests(ExampleCatalogueDatabase database) : IClassFixture<ExampleCatalogueDatabase>
{
    private static string[] Services(string jsonld)
    {
        using var document = JsonDocument.Parse(jsonld);
        return document.RootElement.GetProperty("@graph").EnumerateArray()
            .Select(s => s.GetProperty("@type").GetString() + " " + s.GetProperty("dct:identifier").GetString())
            .ToArray();
    }

    [Fact]
    public void An_inventory_is_written_as_one_public_service_per_item_on_standard_output()
    {
        var (exit, output, error) = Cli.Run("export", Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), "--format", "cpsv-ap");

        Assert.Equal((0, string.Empty), (exit, error));
        var services = Services(output);
        Assert.Equal(10, services.Length);
        Assert.Equal("cpsv:PublicService 11610331MBE7CYH25A4000123020000", services[0]);
    }

    [Fact]
    public void The_format_is_cpsv_ap_by_default_and_o_writes_a_file()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-export-").FullName, "清单.jsonld");

        var (exit, output, error) = Cli.Run("export", Cli.Repo("examples", "inventories", "sichuan-dongxing.json"), "-o", target);

        Assert.Equal((0, string.Empty, string.Empty), (exit, output, error));
        Assert.Equal(Cli.Run("export", Cli.Repo("examples", "inventories", "sichuan-dongxing.json"), "--format", "cpsv-ap").Output, File.ReadAllText(target));
    }

    [Fact]
    public void A_file_with_an_item_in_error_is_exported_without_it_and_exits_1()
    {
        var file = Cli.TempFile("清单.yaml", """
            schemaVersion: "1.0"
            region: { code: "610331" }
            items:
              - basicCode: "000123020000"
                name: 公共场所卫生许可
                type: administrativeLicensing
                authority: { name: 太白县卫生健康局 }
              - name: 无编码
                type: administrativeLicensing
            """);

        var (exit, output, error) = Cli.Run("export", file, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(["cpsv:PublicService 000123020000"], Services(output));
        Assert.Contains($"{file} item 1 is not in the export", error, StringComparison.Ordinal);
        Assert.Contains($"{file} has errors: the export holds what could be read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_and_says_so_in_chinese_by_default()
    {
        var (exit, output, error) = Cli.Run("export", "没有这个文件.yaml", "--lang", "zh");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("没有这个文件.yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("export", Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), "--format", "rdf");

        Assert.Equal(2, exit);
        Assert.Contains("rdf", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_is_exported_as_one_public_service_per_item()
    {
        Assert.Equal(0, database.BuildRun.Exit);
        var target = Path.Combine(database.Folder, "catalogue.jsonld");

        var (exit, output, error) = Cli.Run("catalogue", "export", "--db", database.Path, "--format", "cpsv-ap", "-o", target);
        var (_, json, _) = Cli.Run("catalogue", "export", "--db", database.Path, "--format", "json");

        Assert.Equal((0, string.Empty, string.Empty), (exit, output, error));
        using var catalogue = JsonDocument.Parse(json);
        var items = catalogue.RootElement.GetProperty("items").GetArrayLength();
        var services = Services(File.ReadAllText(target));
        Assert.Equal(items, services.Length);
        Assert.All(services, s => Assert.StartsWith("cpsv:PublicService ", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_item_of_the_site_carries_its_government_service_for_the_item_view()
    {
        Assert.Equal(0, database.BuildRun.Exit);
        var site = Path.Combine(database.Folder, "site");

        var (exit, _, _) = Cli.Run("catalogue", "export", "--db", database.Path, "--format", "html", "-o", site);
        var page = File.ReadAllText(Path.Combine(site, "index.html"));

        Assert.Equal(0, exit);
        Assert.Equal(44, page.Split("\"governmentService\":{\"@context\":\"https://schema.org\",\"@type\":\"GovernmentService\"").Length - 1);
        Assert.Contains("node.type = 'application/ld+json'", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_export_of_a_missing_database_exits_2()
    {
        var (exit, _, _) = Cli.Run("catalogue", "export", "--db", Path.Combine(database.Folder, "none.db"), "--format", "cpsv-ap");

        Assert.Equal(2, exit);
    }
}
