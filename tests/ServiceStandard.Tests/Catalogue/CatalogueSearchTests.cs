using ServiceStandard.Catalogue;
using ServiceStandard.CodeLists;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Catalogue;

public sealed class CatalogueSearchTests(ExampleCatalogue example) : IClassFixture<ExampleCatalogue>
{
    private readonly ServiceCatalogue catalogue = example.Catalogue;

    private static string Line(CatalogueHit hit) =>
        $"{hit.Region.Code} {hit.Region.Name} {hit.BasicCode} {hit.Name} | {hit.Authority} | {hit.Type} | " +
        $"{hit.CommittedWorkingDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} days, {hit.Materials} materials, " +
        $"{hit.OnsiteVisits?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} visits, depth {hit.OnlineDepth?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | " +
        $"{Path.GetFileName(hit.File)}:{hit.Line}";

    [Fact]
    public void Building_the_examples_imports_four_files_four_regions_and_44_items()
    {
        Assert.Equal(4, example.Report.Count(CatalogueFileOutcome.Added));
        Assert.Equal((4, 4, 44), (example.Report.CatalogueFiles, example.Report.CatalogueRegions, example.Report.CatalogueItems));
        Assert.Equal(
            ["330400 嘉兴市 浙江省嘉兴市 City 12", "511011 东兴区 四川省内江市东兴区 County 11", "533300 怒江傈僳族自治州 云南省怒江傈僳族自治州 City 11", "610331 太白县 陕西省宝鸡市太白县 County 10"],
            catalogue.Regions.Select(r => $"{r.Code} {r.Name} {r.FullName} {r.Level} {r.Items}"));
        Assert.Equal(44, catalogue.Count);
    }

    [Fact]
    public void Offset_pages_through_the_ranked_results_and_a_page_past_the_end_keeps_the_total()
    {
        foreach (var text in new[] { "许可", "证", string.Empty })
        {
            var all = catalogue.Search(new CatalogueQuery { Text = text, Limit = 1000 });
            var pages = Enumerable.Range(0, (all.Total + 6) / 7)
                .SelectMany(page => catalogue.Search(new CatalogueQuery { Text = text, Limit = 7, Offset = page * 7 }).Results)
                .Select(h => h.Id);
            var past = catalogue.Search(new CatalogueQuery { Text = text, Limit = 7, Offset = all.Total + 3 });

            Assert.True(all.Total > 7, text);
            Assert.Equal(all.Results.Select(h => h.Id), pages);
            Assert.Equal((all.Total, 0), (past.Total, past.Results.Count));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => catalogue.Search(new CatalogueQuery { Text = "证", Offset = -1 }));
    }

    [Fact]
    public void A_total_limit_counts_up_to_it_and_says_so_but_pages_alike()
    {
        var all = catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 1000 });
        var bounded = catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 5, Offset = 4, TotalLimit = 3 });
        var roomy = catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 5, TotalLimit = all.Total });

        Assert.Equal((3, false), (bounded.Total, bounded.TotalIsExact));
        Assert.Equal(all.Results.Skip(4).Take(5).Select(h => h.Id), bounded.Results.Select(h => h.Id));
        Assert.Equal((all.Total, true), (roomy.Total, roomy.TotalIsExact));
        Assert.Throws<ArgumentOutOfRangeException>(() => catalogue.Search(new CatalogueQuery { Text = "许可", TotalLimit = -1 }));
    }

    [Fact]
    public void A_chinese_substring_of_a_name_finds_the_item_in_all_four_regions_by_region_as_the_names_are_alike()
    {
        var result = catalogue.Search("卫生许可");

        Assert.Equal(4, result.Total);
        Assert.Equal(
            [
                "330400 嘉兴市 000123020000 公共场所卫生许可 | 嘉兴市卫生健康委员会 | AdministrativeLicensing | 7 days, 9 materials, 0 visits, depth 4 | zhejiang-jiaxing.yaml:12",
                "511011 东兴区 000123020000 公共场所卫生许可 | 内江市东兴区行政审批局 | AdministrativeLicensing | 3 days, 6 materials, 1 visits, depth 3 | sichuan-dongxing.json:14",
                "533300 怒江傈僳族自治州 000123020000 公共场所卫生许可 | 怒江傈僳族自治州卫生健康委员会 | AdministrativeLicensing | 1 days, 5 materials, 1 visits, depth 3 | yunnan-nujiang.yaml:12",
                "610331 太白县 000123020000 公共场所卫生许可 | 太白县卫生健康局 | AdministrativeLicensing | 0 days, 4 materials, 1 visits, depth 2 | shaanxi-taibai.yaml:12",
            ],
            result.Results.Select(Line));
    }

    [Fact]
    public void A_two_character_query_finds_every_item_that_contains_it()
    {
        var result = catalogue.Search("药品");

        Assert.Equal(4, result.Total);
        Assert.Equal(
            [
                "330400 嘉兴市 000172005000 药品零售企业许可 | 嘉兴市市场监督管理局 | AdministrativeLicensing | 5 days, 6 materials, 0 visits, depth 4 | zhejiang-jiaxing.yaml:130",
                "511011 东兴区 000172005000 药品零售企业许可 | 内江市东兴区行政审批局 | AdministrativeLicensing | 1 days, 5 materials, 1 visits, depth 3 | sichuan-dongxing.json:215",
                "533300 怒江傈僳族自治州 000172005000 药品零售企业许可 | 怒江傈僳族自治州市场监督管理局 | AdministrativeLicensing | 10 days, 8 materials, 1 visits, depth 3 | yunnan-nujiang.yaml:110",
                "610331 太白县 000172005000 药品零售企业许可 | 太白县市场监督管理局 | AdministrativeLicensing | 15 days, 10 materials, 2 visits, depth 2 | shaanxi-taibai.yaml:106",
            ],
            result.Results.Select(Line));
    }

    [Fact]
    public void A_substring_of_a_material_name_finds_the_one_item_that_asks_for_it()
    {
        var result = catalogue.Search("健康合格证明");

        Assert.Equal(
            ["330400 嘉兴市 000123020000 公共场所卫生许可 | 嘉兴市卫生健康委员会 | AdministrativeLicensing | 7 days, 9 materials, 0 visits, depth 4 | zhejiang-jiaxing.yaml:12"],
            result.Results.Select(Line));
    }

    [Theory]
    [InlineData("卫生许可")]
    [InlineData("药品")]
    [InlineData("执照")]
    [InlineData("证")]
    [InlineData("可")]
    [InlineData("》")]
    [InlineData("（")]
    [InlineData("表 证")]
    [InlineData("营业执照")]
    [InlineData("申请表")]
    [InlineData("身份证明")]
    [InlineData("卫生 许可")]
    [InlineData("证明 申请")]
    [InlineData("《公共场所卫生管理条例》")]
    [InlineData("第八条")]
    [InlineData("000123020000")]
    [InlineData("卫生健康局")]
    [InlineData("开办企业")]
    [InlineData("P4Y")]
    [InlineData("0573-82061532")]
    public void Every_query_finds_exactly_the_items_whose_indexed_text_contains_every_word(string query)
    {
        var expected = LoadedItems()
            .Where(x => query.Split(' ').All(word => x.Text.Any(t => t.Contains(word, StringComparison.Ordinal))))
            .Select(x => $"{x.Region} {x.BasicCode}")
            .Order(StringComparer.Ordinal);

        var found = catalogue.Search(new CatalogueQuery { Text = query, Limit = 1000 });

        Assert.Equal(expected, found.Results.Select(h => $"{h.Region.Code} {h.BasicCode}").Order(StringComparer.Ordinal));
        Assert.Equal(found.Results.Count, found.Total);
    }

    [Theory]
    [InlineData("530000", 11, "533300")]
    [InlineData("533300", 11, "533300")]
    [InlineData("330000", 12, "330400")]
    [InlineData("510000", 11, "511011")]
    [InlineData("511000", 11, "511011")]
    [InlineData("610300", 10, "610331")]
    [InlineData("110000", 0, "")]
    public void A_region_filter_includes_every_division_under_the_code(string region, int total, string regions)
    {
        var result = catalogue.Search(new CatalogueQuery { Region = region, Limit = 100 });

        Assert.Equal(total, result.Total);
        Assert.Equal(regions, string.Join(' ', result.Results.Select(h => h.Region.Code).Distinct()));
    }

    [Fact]
    public void Words_and_a_province_combine_the_province_of_nujiang_finds_its_hygiene_licence()
    {
        var result = catalogue.Search(new CatalogueQuery { Text = "卫生许可", Region = "530000" });

        Assert.Equal("533300 000123020000", Assert.Single(result.Results.Select(h => $"{h.Region.Code} {h.BasicCode}")));
    }

    [Fact]
    public void Filters_by_type_service_object_online_depth_and_visits_narrow_the_result()
    {
        Assert.Equal(8, catalogue.Search(new CatalogueQuery { Type = ItemType.PublicService }).Total);
        Assert.Equal(4, catalogue.Search(new CatalogueQuery { Type = ItemType.AdministrativeConfirmation }).Total);
        Assert.Equal(34, catalogue.Search(new CatalogueQuery { ServiceObject = ServiceObject.NaturalPerson }).Total);
        Assert.Equal(14, catalogue.Search(new CatalogueQuery { OnlineOnly = true }).Total);
        Assert.Equal(14, catalogue.Search(new CatalogueQuery { MaxVisits = 0 }).Total);
        Assert.Equal(
            ["330400 000123020000"],
            catalogue.Search(new CatalogueQuery { Text = "卫生许可", OnlineOnly = true, MaxVisits = 0, ServiceObject = ServiceObject.NaturalPerson, Region = "330000" }).Results.Select(h => $"{h.Region.Code} {h.BasicCode}"));
    }

    [Fact]
    public void A_theme_keeps_the_items_under_it_as_its_facet_counts_them()
    {
        var counted = catalogue.Facets(new CatalogueQuery()).Themes.Single(t => t.Value == "开办企业").Count;

        Assert.Equal(16, counted);
        Assert.Equal(16, catalogue.Search(new CatalogueQuery { Theme = "开办企业" }).Total);
        Assert.Equal(16, catalogue.Search(new CatalogueQuery { Theme = " 开办企业 " }).Total);
        Assert.Equal(0, catalogue.Search(new CatalogueQuery { Theme = "开办" }).Total);

        // With words too, and with each kind of word (the index of 3 characters, of 1 or 2, both), as the facet counts them.
        foreach (var words in new[] { "许可", "卫生许可", "许可 证", "经营许可 证" })
        {
            var facets = catalogue.Facets(new CatalogueQuery { Text = words });
            foreach (var theme in facets.Themes)
            {
                Assert.Equal((words, theme.Value, theme.Count), (words, theme.Value, catalogue.Search(new CatalogueQuery { Text = words, Theme = theme.Value }).Total));
            }

            Assert.True(facets.Themes.Count > 0, words);
        }

        Assert.Equal(14, catalogue.Search(new CatalogueQuery { Text = "许可", Theme = "开办企业" }).Total);
        Assert.Equal(
            ["610331 000172005000"],
            catalogue.Search(new CatalogueQuery { Text = "药品", Theme = "开办企业", Region = "610000" }).Results.Select(h => $"{h.Region.Code} {h.BasicCode}"));
    }

    [Fact]
    public void The_limit_cuts_the_results_not_the_total()
    {
        var result = catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 3 });

        Assert.Equal(3, result.Results.Count);
        Assert.Equal(27, result.Total);
    }

    [Fact]
    public void Facets_count_the_matching_items_by_region_type_service_object_and_theme()
    {
        var facets = catalogue.Facets(new CatalogueQuery { Text = "许可" });

        Assert.Equal(["330400 嘉兴市 7", "511011 东兴区 7", "533300 怒江傈僳族自治州 7", "610331 太白县 6"], facets.Regions.Select(Count));
        Assert.Equal(["administrativeLicensing 行政许可 25", "administrativeConfirmation 行政确认 2"], facets.Types.Select(Count));
        Assert.Equal(
            [
                "enterpriseLegalPerson 企业法人 25", "naturalPerson 自然人 17", "unincorporatedEnterprise 非法人企业 16", "publicInstitution 事业法人 10",
                "otherOrganization 其他组织 6", "administrativeOrgan 行政机关 4", "socialOrganization 社会组织法人 4",
            ],
            facets.ServiceObjects.Select(Count));
        Assert.Equal(["开办企业 开办企业 14", "医疗卫生 医疗卫生 8"], facets.Themes.Take(2).Select(Count));

        static string Count(FacetCount f) => $"{f.Value} {f.Label} {f.Count}";
    }

    [Fact]
    public void An_item_is_read_whole_with_its_materials_and_its_region_in_the_hierarchy()
    {
        var hit = catalogue.Search(new CatalogueQuery { Text = "卫生许可", Region = "330400" }).Results.Single();

        var item = catalogue.Item(hit.Id)!;

        Assert.Equal(hit, item.Summary);
        Assert.Equal(item.Document, ItemDocument.Write(item.Item));
        Assert.Equal(9, item.Item.Guide!.Materials.Count);
        Assert.Equal("公共场所卫生许可申请表", item.Item.Guide.Materials[0].Name);
        Assert.Equal(("浙江省嘉兴市", "330000", null), (item.Region.FullName, item.Region.Province?.Code, item.Region.City?.Code));
        Assert.Equal(item.Summary, catalogue.Item("330400", "000123020000")!.Summary);
        Assert.Null(catalogue.Item(999_999));
        Assert.Null(catalogue.Item("330400", "000000000000"));
    }

    [Fact]
    public void An_item_read_back_is_the_item_as_loaded()
    {
        var loaded = InventoryValidator.ValidateFile(example.Inventory("sichuan-dongxing.json")).Inventory!.Items;

        var stored = catalogue.Search(new CatalogueQuery { Region = "511011", Limit = 100 }).Results
            .Select(h => catalogue.Item(h.Id)!)
            .OrderBy(i => i.Summary.Line)
            .ToArray();

        Assert.Equal(loaded.Select(ItemDocument.Write), stored.Select(i => i.Document));
        Assert.Equal(loaded.Select(ItemDocument.Write), stored.Select(i => ItemDocument.Write(i.Item)));
    }

    [Fact]
    public void The_implementations_of_one_item_list_every_region_that_has_it()
    {
        var implementations = catalogue.Implementations("000118013000");

        Assert.Equal(["330400", "511011", "533300"], implementations.Select(i => i.Region.Code));
        Assert.Equal([3m, 5m, 10m], implementations.Select(i => i.Summary.CommittedWorkingDays));
    }

    [Fact]
    public void The_canonical_token_of_every_code_list_value_is_its_enum_name_in_camel_case()
    {
        foreach (var list in CodeListCatalog.All)
        {
            foreach (var (token, _, _) in list.Faces)
            {
                var value = Enum.GetNames(list.EnumType).Single(n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
                Assert.Equal(token, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value));
            }
        }
    }

    private static IEnumerable<(string Region, string BasicCode, string[] Text)> LoadedItems()
    {
        foreach (var file in Directory.EnumerateFiles(Support.Repository.PathOf("examples", "inventories")))
        {
            var inventory = InventoryValidator.ValidateFile(file).Inventory!;
            foreach (var item in inventory.Items)
            {
                var guide = item.Guide;
                string[] text =
                [
                    item.Name, item.BasicCode, item.ImplementationCode ?? string.Empty, item.Authority.Name,
                    .. guide?.Materials.Select(m => m.Name) ?? [], .. guide?.AcceptanceConditions ?? [], .. item.Themes,
                    .. item.Authority.LegalBasis.Select(b => b.Title), .. guide?.IntermediaryServices.Select(s => s.Name) ?? [],
                    guide?.Result?.Name ?? string.Empty,
                ];
                yield return (inventory.Region.Code, item.BasicCode, text);
            }
        }
    }
}
