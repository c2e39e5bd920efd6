using System.Globalization;
using ServiceStandard.Catalogue;
using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Comparison;
using ServiceStandard.Reporting;
using ServiceStandard.Scoring;
using ServiceStandard.Tests.Catalogue;
using ServiceStandard.Tests.Comparison;
using ServiceStandard.Tests.Scoring;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Reporting;

/// <summary>
/// <c>--format xlsx</c>: the reports as workbooks for officials, read back with the zip and XML readers: the sheets, the
/// header rows in the language asked for, numbers as numbers, dates as dates, a frozen header row and set widths.
/// </summary>
public sealed class ReportWorkbookTests(ExampleCatalogue example) : IClassFixture<ExampleCatalogue>
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static void EachSheetHasAFrozenHeaderAndWidths(WorkbookCells workbook) =>
        Assert.All(workbook.Names, name =>
        {
            Assert.Equal(1, workbook[name].FrozenRows);
            Assert.NotEmpty(workbook[name].Widths);
            Assert.All(workbook[name].Widths, w => Assert.InRange(w, 8, 60));
        });

    [Fact]
    public void The_regional_comparison_of_the_examples_has_a_sheet_per_table_with_the_metrics_as_numbers()
    {
        var workbook = WorkbookCells.Of(s => ComparisonReportWriter.Write(s, ExampleInventories.Report, ReportFormat.Xlsx, Zh));

        Assert.Equal(["地区", "事项对比", "差异", "材料差异", "缺项"], workbook.Names);
        EachSheetHasAFrozenHeaderAndWidths(workbook);
        Assert.Equal(["代码", "名称", "事项数", "最严（事项数）", "最宽（事项数）"], workbook["地区"].Row(1, 5));
        Assert.Equal([new ReadCell("s", "330400"), new ReadCell("s", "嘉兴市"), new ReadCell("n", "12"), new ReadCell("n", "0"), new ReadCell("n", "11")],
            new[] { "A2", "B2", "C2", "D2", "E2" }.Select(r => workbook["地区"][r]!.Value));
        var items = workbook["事项对比"];
        Assert.Equal(
            ["基本编码", "事项", "地区代码", "地区", "承诺办结时限（工作日）", "法定办结时限（工作日）", "必要申请材料（项）", "收费（元）", "到办事现场次数", "办理环节（个）", "中介服务（项）", "网上办理深度（1-4）", "一致性"],
            items.Row(1, 13));
        Assert.Equal(
            "s:000117014000 s:城镇污水排入排水管网许可 s:511011 s:东兴区 n:10 n:15 n:7 n:0 n:1 n:4 n:1 n:3 n:0.70",
            string.Join(' ', Enumerable.Range(0, 13).Select(c => items[$"{(char)('A' + c)}3"].ToString())));
        Assert.Equal(1 + ExampleInventories.Report.Items.Sum(i => i.ByRegion.Count), items.Rows);
        Assert.Equal(["基本编码", "事项", "级别", "类别", "涉及地区", "说明"], workbook["差异"].Row(1, 6));
        Assert.Equal(["000117014000", "城镇污水排入排水管网许可", "警告", "committedWorkingDays", "东兴区、嘉兴市", "承诺办结时限（工作日）：东兴区 10，对比嘉兴市 5。"], workbook["差异"].Row(2, 6));
        Assert.Equal(["000117014000", "城镇污水排入排水管网许可", "排水许可告知承诺书", "嘉兴市", "东兴区"], workbook["材料差异"].Row(2, 5));
        Assert.Equal(["000118013000", "道路货物运输经营许可", "嘉兴市、东兴区、怒江傈僳族自治州", "太白县"], workbook["缺项"].Row(3, 4));
    }

    [Fact]
    public void A_region_not_stating_a_metric_has_an_empty_cell_and_english_headers_come_from_the_same_words()
    {
        var workbook = WorkbookCells.Of(s => ComparisonReportWriter.Write(s, ExampleInventories.Report, ReportFormat.Xlsx, En));

        Assert.Equal(["Regions", "Items", "Findings", "Material differences", "Missing items"], workbook.Names);
        Assert.Equal(["basic code", "item", "present in", "absent from"], workbook["Missing items"].Row(1, 4));
        var item = ExampleInventories.Report.Items.First(i => i.ByRegion.Values.Any(m => m.Get(ComparisonMetric.LegalWorkingDays) is null));
        var row = Enumerable.Range(2, workbook["Items"].Rows - 1)
            .First(r => workbook["Items"][$"A{r}"]?.Value == (item.BasicCode ?? string.Empty) && workbook["Items"][$"C{r}"]!.Value.Value == item.ByRegion.First(p => p.Value.Get(ComparisonMetric.LegalWorkingDays) is null).Key);
        Assert.Null(workbook["Items"][$"F{row}"]);
    }

    [Fact]
    public void Two_versions_give_their_dates_as_dates_and_one_row_per_change()
    {
        var report = VersionComparison.Compare(
            ExampleInventories.Load(Repository.Fixtures("Comparison", "versions", "taibai-2026-01.yaml")),
            ExampleInventories.Load(Repository.Fixtures("Comparison", "versions", "taibai-2026-07.yaml")));

        var workbook = WorkbookCells.Of(s => ComparisonReportWriter.Write(s, report, ReportFormat.Xlsx, Zh));

        Assert.Equal(["版本", "变更"], workbook.Names);
        EachSheetHasAFrozenHeaderAndWidths(workbook);
        Assert.Equal(["版本", "地区代码", "地区", "发布日期", "事项数"], workbook["版本"].Row(1, 5));
        Assert.Equal((new ReadCell("date", "46042"), new ReadCell("date", "46204"), new ReadCell("n", "10")), (workbook["版本"]["D2"]!.Value, workbook["版本"]["D3"]!.Value, workbook["版本"]["E3"]!.Value));
        Assert.Equal(new DateOnly(2026, 1, 20), DateOnly.FromDateTime(DateTime.FromOADate(46042)));
        Assert.Equal(["基本编码", "事项", "状态", "类别", "原值", "新值", "对办事人", "说明"], workbook["变更"].Row(1, 8));
        Assert.Equal(["000118013000", "道路货物运输经营许可", "新增事项", "", "", "", "", ""], workbook["变更"].Row(2, 8));
        Assert.Equal(["000514003000", "特困人员救助供养", "删除事项", "", "", "", "", ""], workbook["变更"].Row(3, 8));
        Assert.Equal(["000123001000", "医疗机构执业登记", "变更事项", "feeTotal", "10", "0"], workbook["变更"].Row(4, 6));
        Assert.Equal(1 + 2 + report.Changed.Sum(c => c.Changes.Count), workbook["变更"].Rows);
    }

    [Fact]
    public void The_capability_index_against_the_basic_catalogue_gives_its_figures_as_numbers_rounded_to_one_decimal()
    {
        var report = ExampleScoreTests.Score(ScoreOptions.Default with { Basic = BasicCatalogue.Load(Repository.PathOf("examples", "catalogues", "basic-catalogue.yaml")) });

        var workbook = WorkbookCells.Of(s => ScoreReportWriter.Write(s, report, ReportFormat.Xlsx, En));

        Assert.Equal(["Index", "Costliest findings"], workbook.Names);
        EachSheetHasAFrozenHeaderAndWidths(workbook);
        Assert.Equal(["rank", "code", "region", "items", "channels", "coverage", "guides", "online", "index", "band"], workbook["Index"].Row(1, 10));
        Assert.Equal(
            "n:1 s:330400 s:嘉兴市 n:12 n:90.0 n:80.0 n:100.0 n:83.1 n:88.3 s:high",
            string.Join(' ', Enumerable.Range(0, 10).Select(c => workbook["Index"][$"{(char)('A' + c)}2"].ToString())));
        Assert.Equal(["rank", "code", "region", "finding", "channels", "coverage", "guides", "online", "index"], workbook["Costliest findings"].Row(1, 9));
        Assert.Equal(
            "n:1 s:330400 s:嘉兴市 s:3 of 15 reference items are not implemented (社会团体成立登记、母婴保健技术服务机构执业许可、失业保险金申领)  n:-20.0   n:-5.0",
            string.Join(' ', Enumerable.Range(0, 9).Select(c => workbook["Costliest findings"][$"{(char)('A' + c)}2"]?.ToString() ?? string.Empty)));
        Assert.Equal(1 + report.Regions.Sum(r => Math.Min(ScoreReportWriter.DefaultTop, r.Findings.Count)), workbook["Costliest findings"].Rows);
    }

    [Fact]
    public void Catalogue_coverage_gives_each_region_its_counts_and_percentage_as_numbers_and_each_missing_item_a_row()
    {
        var report = example.Catalogue.Coverage(BasicCatalogue.Load(Repository.PathOf("examples", "catalogues", "basic-catalogue.yaml")));

        var workbook = WorkbookCells.Of(s => CatalogueCoverageWriter.Xlsx(s, report, Zh));

        Assert.Equal(["覆盖率", "缺项", "目录外事项", "事项"], workbook.Names);
        EachSheetHasAFrozenHeaderAndWidths(workbook);
        Assert.Equal(["地区代码", "地区", "已实施", "基本目录事项数", "覆盖率（%）", "构建时未纳入"], workbook["覆盖率"].Row(1, 6));
        Assert.Equal(
            "s:610331 s:太白县 n:10 n:15 n:66.7 n:0",
            string.Join(' ', Enumerable.Range(0, 6).Select(c => workbook["覆盖率"][$"{(char)('A' + c)}5"].ToString())));
        Assert.Equal(["地区代码", "地区", "基本编码", "事项名称"], workbook["缺项"].Row(1, 4));
        Assert.Equal(1 + 3 + 4 + 4 + 5, workbook["缺项"].Rows);
        Assert.Equal(1, workbook["目录外事项"].Rows);
        Assert.Equal(["基本编码", "事项名称", "实施地区数", "地区数", "未实施地区"], workbook["事项"].Row(1, 5));
        var taibaiLacks = Enumerable.Range(2, 15).Single(r => workbook["事项"][$"A{r}"]!.Value.Value == "000118013000");
        Assert.Equal((new ReadCell("n", "3"), new ReadCell("n", "4"), new ReadCell("s", "610331")), (workbook["事项"][$"C{taibaiLacks}"]!.Value, workbook["事项"][$"D{taibaiLacks}"]!.Value, workbook["事项"][$"E{taibaiLacks}"]!.Value));
    }

    [Fact]
    public void A_workbook_asked_for_as_text_is_refused_with_the_way_to_write_it()
    {
        var regions = Assert.Throws<ArgumentException>(() => ComparisonReportWriter.Write(ExampleInventories.Report, ReportFormat.Xlsx, En));
        var score = Assert.Throws<ArgumentException>(() => ScoreReportWriter.Write(ExampleScoreTests.Score(), ReportFormat.Xlsx, En));

        Assert.StartsWith("An .xlsx workbook is bytes, not text: write it with the overload that takes a stream.", regions.Message, StringComparison.Ordinal);
        Assert.Equal(("format", "format"), (regions.ParamName, score.ParamName));
    }

    [Fact]
    public void What_a_report_left_out_has_a_sheet_of_its_own()
    {
        var broken = ServiceStandard.Loading.InventoryLoader.Load("x: [\n"u8.ToArray(), ServiceStandard.Loading.DocumentFormat.Yaml, "broken.yaml");
        var reason = broken.Diagnostics.First(d => d.Severity == ServiceStandard.Diagnostics.Severity.Error);
        LeftOut[] leftOut = [new("broken.yaml", null, reason), new("a.yaml", 4, reason, "000123020000")];

        var workbook = WorkbookCells.Of(s => ComparisonReportWriter.Write(s, ExampleInventories.Report, ReportFormat.Xlsx, Zh, leftOut));

        Assert.Equal("未纳入", workbook.Names[^1]);
        Assert.Equal(["文件", "事项序号", "基本编码", "原因"], workbook["未纳入"].Row(1, 4));
        Assert.Equal(["broken.yaml", "", "", $"第 2 行第 1 列：SS1001 {reason.Message(Zh)}"], workbook["未纳入"].Row(2, 4));
        Assert.Equal((new ReadCell("n", "4"), new ReadCell("s", "000123020000")), (workbook["未纳入"]["B3"]!.Value, workbook["未纳入"]["C3"]!.Value));
    }

    [Fact]
    public void A_table_longer_than_a_sheet_holds_goes_on_to_further_sheets_with_the_header_and_nothing_is_cut()
    {
        var writer = new ServiceStandard.Spreadsheets.WorkbookWriter { MaxRows = 3 };
        writer.Table("事项对比", ["基本编码", "事项数"], Enumerable.Range(1, 5).Select(n => new ServiceStandard.Spreadsheets.CellValue?[] { $"code{n}", ServiceStandard.Spreadsheets.CellValue.Of((decimal)n) }));

        var workbook = new WorkbookCells(writer.ToArray());

        Assert.Equal(["事项对比", "事项对比 (2)", "事项对比 (3)"], workbook.Names);
        Assert.Equal(
            ["基本编码 事项数 code1 1 code2 2", "基本编码 事项数 code3 3 code4 4", "基本编码 事项数 code5 5"],
            workbook.Names.Select(n => string.Join(' ', Enumerable.Range(1, workbook[n].Rows).SelectMany(r => workbook[n].Row(r, 2)))));
        Assert.All(workbook.Names, n => Assert.Equal(1, workbook[n].FrozenRows));
    }
}
