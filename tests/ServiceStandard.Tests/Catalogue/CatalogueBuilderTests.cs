using ServiceStandard.Divisions;
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
    public void A_city_with_no_counties_is_built_and_found_under_its_province()
    {
        // 东莞市 (441900) has no counties: GB/T 2260's statistical table lists it again as its own county. The walk up from it
        // once looped for ever, and a build of its inventory ran out of memory (a million-item build stopped there).
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("code: \"330400\"", "code: \"441900\"", StringComparison.Ordinal).Replace("name: 嘉兴市\n", "name: 东莞市\n", StringComparison.Ordinal));

        var report = files.Build();

        Assert.Equal(0, report.Files.Sum(f => f.LeftOut.Count(l => l.Item is null)));
        using var catalogue = ServiceCatalogue.Open(files.Database);
        var found = catalogue.Search(new CatalogueQuery { Text = "卫生许可", Region = "440000" });
        Assert.Equal(["441900 东莞市"], found.Results.Select(h => $"{h.Region.Code} {h.Region.Name}"));
        var region = catalogue.Regions.Single(r => r.Code == "441900");
        Assert.Equal(("广东省东莞市", DivisionLevel.City, "440000"), (region.FullName, region.Level, region.Province?.Code));
    }

    [Fact]
    public void Facets_of_an_open_catalogue_follow_builds_into_it_that_number_new_items_with_old_ids()
    {
        files.Build();
        using var open = files.Open();
        var before = open.Facets(new CatalogueQuery { Text = "许可" });
        long[] jiaxing = [.. open.Search(new CatalogueQuery { Region = "330400", Limit = 100 }).Results.Select(h => h.Id).Order()];

        // 嘉兴's file is taken out, then comes back with a theme more: its items are numbered again from the same
        // sequence, so they have the ids they had, with other themes.
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        var text = File.ReadAllText(path);
        File.Delete(path);
        files.Build();
        var without = open.Facets(new CatalogueQuery { Text = "许可" });
        File.WriteAllText(path, text.Replace("开办企业]", "开办企业, 营商环境]", StringComparison.Ordinal));
        files.Build();
        var after = open.Facets(new CatalogueQuery { Text = "许可" });

        using var reopened = files.Open();
        Assert.Equal(before.Regions.Select(r => r.Value), after.Regions.Select(r => r.Value));
        Assert.Equal(["511011 7", "533300 7", "610331 6"], without.Regions.Select(r => $"{r.Value} {r.Count}"));
        Assert.DoesNotContain(before.Themes, t => t.Value == "营商环境");
        Assert.Equal("营商环境 3", after.Themes.Where(t => t.Value == "营商环境").Select(t => $"{t.Value} {t.Count}").SingleOrDefault());
        Assert.Equal(Lines(reopened.Facets(new CatalogueQuery { Text = "许可" })), Lines(after));
        Assert.Equal(jiaxing, reopened.Search(new CatalogueQuery { Region = "330400", Limit = 100 }).Results.Select(h => h.Id).Order());

        static string[] Lines(CatalogueFacets f) =>
            [.. new[] { f.Regions, f.Types, f.ServiceObjects, f.Themes }.SelectMany((list, i) => list.Select(c => $"{i} {c.Value} {c.Label} {c.Count}"))];
    }

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
    public void A_file_with_an_error_in_its_fifth_item_has_that_item_left_out_and_its_other_items_imported()
    {
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("basicCode: \"000123001000\"", "basicCode: \"0001230\"", StringComparison.Ordinal));

        var report = files.Build();

        Assert.Equal(
            "shaanxi-taibai.yaml Added 10, sichuan-dongxing.json Added 11, yunnan-nujiang.yaml Added 11, zhejiang-jiaxing.yaml Added 11",
            Outcomes(report));
        var leftOut = Assert.Single(report.LeftOut);
        Assert.Equal((path, 4, "0001230", "330400"), (leftOut.File, leftOut.Item, leftOut.BasicCode, leftOut.RegionCode));
        Assert.Equal(("SS1104", 392, "/items/4/basicCode"), (leftOut.Reason.Code, leftOut.Reason.Position!.Value.Line, leftOut.Reason.Path));
        Assert.Equal((4, 4, 43), (report.CatalogueFiles, report.CatalogueRegions, report.CatalogueItems));
        using var catalogue = files.Open();
        Assert.Equal(11, catalogue.Search(new CatalogueQuery { Region = "330400" }).Total);
        Assert.Equal([(path, 4)], catalogue.LeftOut.Select(l => (l.File, l.Item!.Value)));
    }

    [Fact]
    public void What_was_left_out_of_a_file_is_reported_again_while_it_is_unchanged_and_forgotten_once_it_is_fixed()
    {
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        var valid = File.ReadAllText(path);
        File.WriteAllText(path, valid.Replace("basicCode: \"000123001000\"", "basicCode: \"0001230\"", StringComparison.Ordinal));
        files.Build();

        var again = files.Build();
        File.WriteAllText(path, valid);
        var fixedReport = files.Build();

        Assert.Equal("zhejiang-jiaxing.yaml Unchanged 11", Outcomes(again).Split(", ")[3]);
        var leftOut = Assert.Single(again.LeftOut);
        Assert.Equal((4, "SS1104", 392), (leftOut.Item, leftOut.Reason.Code, leftOut.Reason.Position!.Value.Line));
        Assert.StartsWith("'0001230' is not a valid ", leftOut.Reason.Message(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Equal("zhejiang-jiaxing.yaml Updated 12", Outcomes(fixedReport).Split(", ")[3]);
        Assert.Empty(fixedReport.LeftOut);
        using var catalogue = files.Open();
        Assert.Empty(catalogue.LeftOut);
    }

    [Fact]
    public void A_file_that_turns_unreadable_keeps_its_last_items_until_it_is_fixed_and_is_listed_as_left_out()
    {
        files.Build();
        var path = files.Inventory("zhejiang-jiaxing.yaml");
        var valid = File.ReadAllText(path);
        File.WriteAllText(path, valid.Replace("name: 公共场所卫生许可\n", "name: 公共场所卫生许可（新版）\n", StringComparison.Ordinal)
            .Replace("\nitems:\n", "\nitems: [\n", StringComparison.Ordinal));

        var rejected = files.Build();
        using (var catalogue = files.Open())
        {
            Assert.Equal("zhejiang-jiaxing.yaml Rejected 12", Outcomes(rejected).Split(", ")[3]);
            var leftOut = Assert.Single(rejected.LeftOut);
            Assert.Equal((path, (int?)null, "330400", "SS1001"), (leftOut.File, leftOut.Item, leftOut.RegionCode, leftOut.Reason.Code));
            Assert.Equal(44, catalogue.Count);
            Assert.Equal(0, catalogue.Search("新版").Total);
            Assert.Single(catalogue.LeftOut);
        }

        File.WriteAllText(path, valid);
        var repaired = files.Build();

        Assert.Equal("zhejiang-jiaxing.yaml Unchanged 12", Outcomes(repaired).Split(", ")[3]);
        Assert.Empty(repaired.LeftOut);
    }

    [Fact]
    public void A_catalogue_of_the_layout_before_left_out_was_kept_is_made_anew_by_a_build_and_refused_by_a_reader()
    {
        files.Build();
        using (var connection = new SqliteConnection($"Data Source={files.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '1' WHERE key = 'version'; DROP TABLE left_out;";
            command.ExecuteNonQuery();
        }

        var refused = Assert.Throws<InvalidDataException>(() => files.Open());
        var report = files.Build();

        Assert.Contains("layout 1", refused.Message, StringComparison.Ordinal);
        Assert.True(report.Created);
        Assert.Equal(4, report.Count(CatalogueFileOutcome.Added));
        using var catalogue = files.Open();
        Assert.Empty(catalogue.LeftOut);
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
    public void A_transform_that_empties_a_required_text_fails_the_build_as_a_write_of_the_catalogue_and_keeps_what_it_had()
    {
        using (var builder = CatalogueBuilder.Open(files.Database))
        {
            builder.Build([files.Inventory("shaanxi-taibai.yaml")]);

            var failed = Assert.Throws<InvalidDataException>(() => builder.Build(files.InventoryFiles(), new CatalogueBuildOptions
            {
                Transform = inventory => inventory with { Items = inventory.Items.Select(i => i with { Authority = i.Authority with { Name = null! } }).ToArray() },
            }));

            Assert.StartsWith($"{files.Database} cannot be written as a catalogue: SQLite Error 19: 'NOT NULL constraint failed: authorities.name'", failed.Message, StringComparison.Ordinal);
        }

        using var catalogue = files.Open();
        Assert.Equal(10, catalogue.Count);
    }

    [Fact]
    public void A_first_build_makes_its_indexes_after_the_rows_and_the_next_open_makes_those_a_build_cut_short_left_out()
    {
        string[] indexes =
        [
            "channels_item", "fees_item", "items_basic", "items_file", "items_region", "items_type", "left_out_identity", "materials_item", "materials_name",
            "service_objects_item", "service_objects_object", "themes_item", "themes_theme",
        ];
        files.Build();
        Assert.Equal(indexes, IndexesOf(files.Database));
        using (var connection = new SqliteConnection($"Data Source={files.Database};Pooling=False"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP INDEX items_basic; DROP INDEX materials_name; DROP INDEX themes_item"; // as a first build killed before its end leaves them
            drop.ExecuteNonQuery();
        }

        using (CatalogueBuilder.Open(files.Database))
        {
        }

        Assert.Equal(indexes, IndexesOf(files.Database));
    }

    private static string[] IndexesOf(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return [.. names];
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
        Assert.Equal(12, catalogue.Search("公共场所卫生许可（规范）").Results[0].Line);
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
