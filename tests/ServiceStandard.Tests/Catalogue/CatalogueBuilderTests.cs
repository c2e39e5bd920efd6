using Microsoft.Data.Sqlite;
using ServiceStandard.Catalogue;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Tests.Catalogue;

public sealed class CatalogueBuilderTests : IDisposable
{
    private readonly CatalogueFiles files = new();

    public void Dispose() => files.Dispose();

    private static string Outcomes(CatalogueBuildReport report) =>
        string.Join(", ", report.Files.Select(f => $"{Path.GetFileName(f.File)} {f.Outcome} {f.Items}"));

    [Fact]
    public void A_second_build_of_the_same_files_reads_nothing_and_changes_nothing()
    {
        files.Build();
        File.SetLastWriteTimeUtc(files.Inventory("yunnan-nujiang.yaml"), DateTime.UtcNow.AddMinutes(5));

        var report = files.Build();

        Assert.Equal(
            "shaanxi-taibai.yaml Unchanged 10, sichuan-dongxing.json Unchanged 11, yunnan-nujiang.yaml Unchanged 11, zhejiang-jiaxing.yaml Unchanged 12",
            Outcomes(report));
        Assert.Equal((4, 4, 44), (report.CatalogueFiles, report.CatalogueRegions, report.CatalogueItems));
        Assert.False(report.Created);
    }

    [Fact]
    public void A_changed_file_is_the_only_one_imported_again_and_its_old_items_are_replaced()
    {
        files.Build();
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("公共场所卫生许可申请表", "公共场所卫生许可申请表（二〇二六版）", StringComparison.Ordinal));

        var report = files.Build();

        Assert.Equal(
            "shaanxi-taibai.yaml Unchanged 10, sichuan-dongxing.json Unchanged 11, yunnan-nujiang.yaml Unchanged 11, zhejiang-jiaxing.yaml Updated 12",
            Outcomes(report));
        using var catalogue = files.Open();
        Assert.Equal(44, catalogue.Count);
        Assert.Equal("330400", Assert.Single(catalogue.Search("二〇二六版").Results).Region.Code);
        Assert.Equal("公共场所卫生许可申请表（二〇二六版）", catalogue.Item("330400", "000123020000")!.Item.Guide!.Materials[0].Name);
    }

    [Fact]
    public void A_file_no_longer_given_has_its_items_deleted_and_its_region_removed()
    {
        files.Build();
        File.Delete(files.Inventory("sichuan-dongxing.json"));

        var report = files.Build();

        Assert.Equal(
            "shaanxi-taibai.yaml Unchanged 10, yunnan-nujiang.yaml Unchanged 11, zhejiang-jiaxing.yaml Unchanged 12, sichuan-dongxing.json Removed 11",
            Outcomes(report));
        Assert.Equal((3, 3, 33), (report.CatalogueFiles, report.CatalogueRegions, report.CatalogueItems));
        using var catalogue = files.Open();
        Assert.Equal(0, catalogue.Search(new CatalogueQuery { Region = "510000" }).Total);
        Assert.Equal(3, catalogue.Search("卫生许可").Total);
        Assert.Equal(0, catalogue.Search("东兴区").Total);
        Assert.Equal(3, catalogue.Search("药品").Total);
    }

    [Fact]
    public void A_file_with_an_error_in_its_fifth_item_is_rejected_whole_and_the_others_are_imported()
    {
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("basicCode: \"000123001000\"", "basicCode: \"0001230\"", StringComparison.Ordinal));

        var report = files.Build();

        Assert.Equal(
            "shaanxi-taibai.yaml Added 10, sichuan-dongxing.json Added 11, yunnan-nujiang.yaml Added 11, zhejiang-jiaxing.yaml Rejected 0",
            Outcomes(report));
        var error = report.Files[3].Errors.First();
        Assert.Equal(("SS1104", 391, "/items/4/basicCode"), (error.Code, error.Position!.Value.Line, error.Path));
        Assert.Equal((3, 3, 32), (report.CatalogueFiles, report.CatalogueRegions, report.CatalogueItems));
        using var catalogue = files.Open();
        Assert.Equal(0, catalogue.Search(new CatalogueQuery { Region = "330400" }).Total);
    }

    [Fact]
    public void A_file_that_turns_invalid_keeps_its_last_valid_items_until_it_is_fixed()
    {
        files.Build();
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        var valid = File.ReadAllText(path);
        File.WriteAllText(path, valid.Replace("name: 公共场所卫生许可\n", "name: 公共场所卫生许可（新版）\n", StringComparison.Ordinal)
            .Replace("basicCode: \"000123001000\"", "basicCode: \"0001230\"", StringComparison.Ordinal));

        var rejected = files.Build();
        using (var catalogue = files.Open())
        {
            Assert.Equal("zhejiang-jiaxing.yaml Rejected 12", Outcomes(rejected).Split(", ")[3]);
            Assert.Equal(44, catalogue.Count);
            Assert.Equal(0, catalogue.Search("新版").Total);
        }

        File.WriteAllText(path, valid);
        var repaired = files.Build();

        Assert.Equal("zhejiang-jiaxing.yaml Unchanged 12", Outcomes(repaired).Split(", ")[3]);
    }

    [Fact]
    public void An_import_that_fails_midway_leaves_nothing_of_the_file()
    {
        var load = InventoryLoader.LoadFile(files.Inventory("zhejiang-jiaxing.yaml"));
        var inventory = load.Inventory!;
        var broken = inventory with
        {
            Items = [.. inventory.Items.Take(4), inventory.Items[4] with { Authority = inventory.Items[4].Authority with { Name = null! } }, .. inventory.Items.Skip(5)],
        };
        using (var builder = CatalogueBuilder.Open(files.Database))
        {
            builder.Build([files.Inventory("shaanxi-taibai.yaml")]);

            Assert.Throws<SqliteException>(() => builder.Import(CatalogueSource.Of("zhejiang-jiaxing.yaml", File.ReadAllBytes(files.Inventory("zhejiang-jiaxing.yaml")), load), broken));
        }

        using var catalogue = files.Open();
        Assert.Equal(["610331"], catalogue.Regions.Select(r => r.Code));
        Assert.Equal(10, catalogue.Count);
    }

    [Fact]
    public void Import_takes_an_inventory_prepared_elsewhere_and_a_transform_runs_before_the_merge()
    {
        var report = files.Build(new CatalogueBuildOptions
        {
            Transform = inventory => inventory with { Items = inventory.Items.Select(i => i with { Name = i.Name + "（规范）" }).ToArray() },
        });

        Assert.Equal(44, report.CatalogueItems);
        using var catalogue = files.Open();
        Assert.Equal(44, catalogue.Search("规范").Total);
        Assert.Equal(11, catalogue.Search("公共场所卫生许可（规范）").Results[0].Line);
    }

    [Fact]
    public void Removing_a_file_through_the_api_deletes_its_items()
    {
        files.Build();
        using (var builder = CatalogueBuilder.Open(files.Database))
        {
            Assert.Equal(12, builder.Remove(files.Inventory("zhejiang-jiaxing.yaml")));
            Assert.Equal(0, builder.Remove(files.Inventory("zhejiang-jiaxing.yaml")));
        }

        using var catalogue = files.Open();
        Assert.Equal(32, catalogue.Count);
    }

    [Fact]
    public void A_file_that_is_not_a_catalogue_is_neither_opened_nor_overwritten()
    {
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        var before = File.ReadAllBytes(path);

        var build = Assert.Throws<InvalidDataException>(() => CatalogueBuilder.Open(path));
        var open = Assert.Throws<InvalidDataException>(() => ServiceCatalogue.Open(path));

        Assert.Contains("not a svcstd catalogue", build.Message, StringComparison.Ordinal);
        Assert.Contains("not a svcstd catalogue", open.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Throws<FileNotFoundException>(() => ServiceCatalogue.Open(Path.Combine(files.Folder, "absent.db")));
    }

    [Fact]
    public void A_catalogue_can_be_built_from_many_files_of_the_same_region()
    {
        var copy = Path.Combine(files.Inventories, "zhejiang-jiaxing-copy.yaml");
        File.Copy(files.Inventory("zhejiang-jiaxing.yaml"), copy);

        var report = files.Build();

        Assert.Equal((5, 4, 56), (report.CatalogueFiles, report.CatalogueRegions, report.CatalogueItems));
        File.Delete(copy);
        Assert.Equal((4, 4, 44), (files.Build().CatalogueFiles, 4, 44));
    }
}
