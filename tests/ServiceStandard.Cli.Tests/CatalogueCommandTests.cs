using System.Text.Json;

namespace ServiceStandard.Cli.Tests;

/// <summary>A catalogue of the example inventories, built once through the command line.</summary>
public sealed class ExampleCatalogueDatabase : IDisposable
{
    public ExampleCatalogueDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("svcstd-cli-catalogue-").FullName;
        Path = System.IO.Path.Combine(Folder, "catalogue.db");
        BuildRun = Cli.Run("catalogue", "build", Cli.Repo("examples", "inventories"), "--db", Path, "--lang", "en");
    }

    public string Folder { get; }

    public string Path { get; }

    public (int Exit, string Output, string Error) BuildRun { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed class CatalogueCommandTests(ExampleCatalogueDatabase database) : IClassFixture<ExampleCatalogueDatabase>
{
    private readonly string db = database.Path;

    private static string Example(string file) => Cli.Repo("examples", "inventories", file);

    [Fact]
    public void Build_reports_each_file_and_the_totals()
    {
        var (exit, output, error) = database.BuildRun;

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(
            $"added     {Example("shaanxi-taibai.yaml")} (10 item(s))\n" +
            $"added     {Example("sichuan-dongxing.json")} (11 item(s))\n" +
            $"added     {Example("yunnan-nujiang.yaml")} (11 item(s))\n" +
            $"added     {Example("zhejiang-jiaxing.yaml")} (12 item(s))\n" +
            $"{db}: 4 file(s), 4 region(s), 44 item(s) (added 4, updated 0, unchanged 0, rejected 0, removed 0)\n",
            output);
    }

    [Fact]
    public void Build_skips_unchanged_files_and_rejects_a_file_with_errors_with_exit_code_1()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-cli-build-").FullName;
        var target = Path.Combine(folder, "catalogue.db");
        File.Copy(Example("shaanxi-taibai.yaml"), Path.Combine(folder, "taibai.yaml"));
        Cli.Run("catalogue", "build", folder, "--db", target);
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "schemaVersion: \"1.0\"\nregion:\n  code: \"33000\"\nitems: []\n");

        var (exit, output, _) = Cli.Run("catalogue", "build", folder, "--db", target, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(
            $"rejected  {Path.Combine(folder, "broken.yaml")} (1 error(s), nothing imported)\n" +
            $"  {Path.Combine(folder, "broken.yaml")}:3:9: error SS1104: '33000' is not a valid code (行政区划代码): expected 6 digits (GB/T 2260). [/region/code]\n" +
            $"unchanged {Path.Combine(folder, "taibai.yaml")} (10 item(s))\n" +
            $"{target}: 1 file(s), 1 region(s), 10 item(s) (added 0, updated 0, unchanged 1, rejected 1, removed 0)\n",
            output);
    }

    [Fact]
    public void Build_in_chinese_and_as_json()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-cli-build-").FullName, "catalogue.db");

        var (_, chinese, _) = Cli.Run("catalogue", "build", Example("shaanxi-taibai.yaml"), "--db", target, "--lang", "zh");
        var (exit, json, _) = Cli.Run("catalogue", "build", Example("shaanxi-taibai.yaml"), "--db", target, "--format", "json");

        Assert.Equal($"新增 {Example("shaanxi-taibai.yaml")} (10 个事项)\n{target}：1 个文件，1 个地区，10 个事项（新增 1，更新 0，未变 0，拒绝 0，删除 0）\n", chinese);
        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(json);
        Assert.Equal(
            """{"files":1,"regions":1,"items":10,"added":0,"updated":0,"unchanged":1,"rejected":0,"removed":0}""",
            JsonSerializer.Serialize(report.RootElement.GetProperty("summary")));
        Assert.Equal("unchanged", report.RootElement.GetProperty("files")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public void Build_refuses_a_database_that_is_not_a_catalogue_and_missing_inputs_with_exit_code_2()
    {
        var notACatalogue = Cli.TempFile("notes.db", "not a database, just notes\n");

        var refused = Cli.Run("catalogue", "build", Example("shaanxi-taibai.yaml"), "--db", notACatalogue);
        var missing = Cli.Run("catalogue", "build", "no/such/folder", "--db", db, "--lang", "en");
        var noFolder = Cli.Run("catalogue", "build", Example("shaanxi-taibai.yaml"), "--db", "/no/such/folder/catalogue.db", "--lang", "en");

        Assert.Equal((2, "", $"svcstd: {notACatalogue} is not a svcstd catalogue. It was left untouched.\n"), refused);
        Assert.Equal("not a database, just notes\n", File.ReadAllText(notACatalogue));
        Assert.Equal((2, "svcstd: no such file or folder: no/such/folder\n"), (missing.Exit, missing.Error));
        Assert.Equal((2, "svcstd: the folder /no/such/folder does not exist\n"), (noFolder.Exit, noFolder.Error));
    }

    [Fact]
    public void Search_as_json_writes_exactly_format_section_6()
    {
        var (exit, output, _) = Cli.Run("catalogue", "search", "药品", "--db", db, "--region", "510000", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(
            """
            {
              "query": "药品",
              "total": 1,
              "results": [
                {
                  "basicCode": "000172005000",
                  "name": "药品零售企业许可",
                  "region": {
                    "code": "511011",
                    "name": "东兴区"
                  },
                  "authority": "内江市东兴区行政审批局",
                  "type": "administrativeLicensing",
                  "committedWorkingDays": 1,
                  "materials": 5,
                  "onsiteVisits": 1,
                  "onlineDepth": 3
                }
              ]
            }

            """,
            output);
    }

    [Fact]
    public void Search_as_text_lists_the_figures_and_where_each_item_is_written()
    {
        var (exit, output, _) = Cli.Run("catalogue", "search", "卫生许可", "--db", db, "--limit", "2", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal(
            "\"卫生许可\": 4 item(s)\n\n" +
            "1. 公共场所卫生许可 [000123020000] administrativeLicensing\n" +
            "   嘉兴市 (330400) · 嘉兴市卫生健康委员会\n" +
            "   committed 7 working day(s) · 9 required materials · 0 on-site visit(s) · online depth 4\n" +
            $"   {Example("zhejiang-jiaxing.yaml")}:12\n\n" +
            "2. 公共场所卫生许可 [000123020000] administrativeLicensing\n" +
            "   东兴区 (511011) · 内江市东兴区行政审批局\n" +
            "   committed 3 working day(s) · 6 required materials · 1 on-site visit(s) · online depth 3\n" +
            $"   {Example("sichuan-dongxing.json")}:14\n\n" +
            "Showing the first 2 of 4; use --limit to see more.\n",
            output);
    }

    [Fact]
    public void Search_in_chinese_names_the_figures_in_chinese()
    {
        var (_, output, _) = Cli.Run("catalogue", "search", "出生医学证明", "--db", db, "--region", "330000", "--lang", "zh");

        Assert.Equal(
            "“出生医学证明”：1 个事项\n\n" +
            "1. 出生医学证明办理 [002023005000] 公共服务\n" +
            "   嘉兴市 (330400) · 嘉兴市妇幼保健院\n" +
            "   承诺 0 个工作日 · 必要材料 2 件 · 到现场 0 次 · 网办深度 4\n" +
            $"   {Example("zhejiang-jiaxing.yaml")}:715\n",
            output);
    }

    [Theory]
    [InlineData("administrativeConfirmation")]
    [InlineData("07")]
    [InlineData("行政确认")]
    public void The_type_filter_takes_token_national_code_or_chinese_label(string type)
    {
        var (exit, output, _) = Cli.Run("catalogue", "search", "", "--db", db, "--type", type, "--format", "json");

        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(4, result.RootElement.GetProperty("total").GetInt32());
        Assert.All(result.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("个体工商户登记", r.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData(new[] { "--object", "自然人" }, 34)]
    [InlineData(new[] { "--object", "1" }, 34)]
    [InlineData(new[] { "--object", "naturalPerson", "--online-only" }, 11)]
    [InlineData(new[] { "--max-visits", "0" }, 14)]
    [InlineData(new[] { "--region", "530000", "--max-visits", "1" }, 11)]
    [InlineData(new[] { "--theme", "开办企业" }, 16)]
    [InlineData(new[] { "--theme", " 开办企业 ", "--region", "530000" }, 4)]
    [InlineData(new[] { "--theme", "医疗卫生", "--type", "行政许可", "--online-only" }, 3)]
    public void Filters_combine(string[] filters, int total)
    {
        var (exit, output, _) = Cli.Run(["catalogue", "search", "", "--db", db, "--format", "json", .. filters]);

        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(total, result.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "--type", "licence" }, "svcstd: 'licence' is not an item type; use one of: administrativeLicensing, administrativePenalty, administrativeCoercion, administrativeLevy, administrativePayment, administrativeInspection, administrativeConfirmation, administrativeReward, administrativeAdjudication, otherAdministrativePower, publicService.\n")]
    [InlineData(new[] { "--object", "citizen" }, "svcstd: 'citizen' is not a service object; use one of: naturalPerson, enterpriseLegalPerson, publicInstitution, socialOrganization, unincorporatedEnterprise, administrativeOrgan, otherOrganization.\n")]
    [InlineData(new[] { "--region", "5300" }, "svcstd: '5300' is not a GB/T 2260 division code (6 digits, e.g. 530000 for 云南省).\n")]
    [InlineData(new[] { "--region", "999999" }, "svcstd: '999999' is not a GB/T 2260 division code (6 digits, e.g. 530000 for 云南省).\n")]
    [InlineData(new[] { "--limit", "-1" }, "svcstd: --limit and --max-visits cannot be negative.\n")]
    [InlineData(new[] { "--theme", " " }, "svcstd: --theme needs a theme (主题分类), e.g. --theme 开办企业.\n")]
    [InlineData(new[] { "--theme", "开办" }, "svcstd: No item of this catalogue has the theme '开办' (a theme is matched exactly). Its themes: 开办企业 (16), 医疗卫生 (12), 工程建设 (6), 市场主体登记 (4), 户籍办理 (4), 生育收养 (4), 社会保障 (4), 职业资格 (4), 药品监管 (4), 退休 (4), 食品安全 (4), 交通出行 (3), 社会救助 (3), 道路运输 (3), 生态环境 (2).\n")]
    public void A_wrong_filter_exits_2_with_one_line(string[] filters, string message)
    {
        var (exit, output, error) = Cli.Run(["catalogue", "search", "药品", "--db", db, "--lang", "en", .. filters]);

        Assert.Equal((2, "", message), (exit, output, error));
    }

    [Fact]
    public void A_theme_that_finds_nothing_with_the_words_is_an_answer_not_an_error()
    {
        var (exit, output, error) = Cli.Run("catalogue", "search", "药品", "--db", db, "--theme", "医疗卫生", "--format", "json");

        Assert.Equal((0, ""), (exit, error));
        using var result = JsonDocument.Parse(output);
        Assert.Equal(0, result.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Searching_a_missing_catalogue_exits_2_with_one_line()
    {
        var (exit, _, error) = Cli.Run("catalogue", "search", "药品", "--db", "/no/such/catalogue.db");

        Assert.Equal((2, "svcstd: There is no catalogue at /no/such/catalogue.db.\n"), (exit, error));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("' OR 1=1")]
    [InlineData("*")]
    [InlineData("'); DROP TABLE items; --")]
    public void Hostile_queries_are_text_that_no_item_contains(string query)
    {
        var (exit, output, _) = Cli.Run("catalogue", "search", query, "--db", db, "--format", "json");

        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(query, result.RootElement.GetProperty("query").GetString());
        Assert.Equal(0, result.RootElement.GetProperty("total").GetInt32());
        Assert.Contains("\"total\": 44", Cli.Run("catalogue", "search", "", "--db", db, "--format", "json").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_lists_what_each_region_implements_and_lacks()
    {
        var basic = Cli.Repo("examples", "catalogues", "basic-catalogue.yaml");

        var (exit, output, _) = Cli.Run("catalogue", "coverage", "--db", db, "--basic", basic, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith(
            $"Basic catalogue {basic}: 15 item(s)\n\n" +
            "330400 嘉兴市: 12 of 15 (80.0%)\n" +
            "  missing: 000114001000 社会团体成立登记; 000123003000 母婴保健技术服务机构执业许可; 002015003000 失业保险金申领\n" +
            "511011 东兴区: 11 of 15 (73.3%)\n",
            output,
            StringComparison.Ordinal);
        Assert.Contains("000117014000 城镇污水排入排水管网许可: 2/4 (− 533300, 610331)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_as_json_gives_figures_per_region_and_per_item()
    {
        var (exit, output, _) = Cli.Run("catalogue", "coverage", "--db", db, "--basic", Cli.Repo("examples", "catalogues", "basic-catalogue.yaml"), "--format", "json");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal(15, root.GetProperty("basic").GetProperty("items").GetInt32());
        Assert.Equal(
            ["330400 12 80", "511011 11 73.3", "533300 11 73.3", "610331 10 66.7"],
            root.GetProperty("regions").EnumerateArray().Select(r => $"{r.GetProperty("code").GetString()} {r.GetProperty("implemented").GetInt32()} {r.GetProperty("coverage").GetRawText()}"));
        var licence = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("basicCode").GetString() == "000118013000");
        Assert.Equal("""["610331"]""", licence.GetProperty("missingFrom").GetRawText().Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public void Coverage_refuses_a_malformed_basic_catalogue_with_exit_code_2()
    {
        var basic = Cli.TempFile("basic.csv", "code,title\n");

        var (exit, _, error) = Cli.Run("catalogue", "coverage", "--db", db, "--basic", basic, "--lang", "en");
        var chinese = Cli.Run("catalogue", "coverage", "--db", db, "--basic", basic, "--lang", "zh");

        // Reported as score --basic reports it: the same reader, compiler style, in the language asked for.
        Assert.Equal((2, $"{basic}:1:1: error SS1303: Basic catalogue entry 'code': not a 12-character basic code.\n"), (exit, error));
        Assert.Equal((2, $"{basic}:1:1: 错误 SS1303: 基本目录条目“code”：不是 12 位基本编码。\n"), (chinese.Exit, chinese.Error));
    }

    [Fact]
    public void Export_as_json_carries_every_item_whole_with_its_figures_and_source()
    {
        var (exit, output, _) = Cli.Run("catalogue", "export", "--db", db, "--format", "json");

        Assert.Equal(0, exit);
        using var export = JsonDocument.Parse(output);
        var items = export.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(44, items.Length);
        Assert.Equal(4, export.RootElement.GetProperty("regions").GetArrayLength());
        var first = items[0];
        Assert.Equal(
            ("000117006000", "330400", 1.0, "建筑工程施工许可证核发", 227),
            (first.GetProperty("basicCode").GetString(), first.GetProperty("region").GetProperty("code").GetString(),
             first.GetProperty("committedWorkingDays").GetDouble(), first.GetProperty("item").GetProperty("name").GetString(), first.GetProperty("line").GetInt32()));
        Assert.Equal("浙江省", export.RootElement.GetProperty("regions")[0].GetProperty("province").GetProperty("name").GetString());
    }
}
