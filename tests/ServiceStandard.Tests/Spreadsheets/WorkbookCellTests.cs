using System.Text;
using ServiceStandard.Loading.Spreadsheets;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Spreadsheets;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Spreadsheets;

/// <summary>What cells hold as departments type them, and where each finding is: sheet and cell.</summary>
public sealed class WorkbookCellTests
{
    private static readonly CellValue?[] Header = ["基本编码", "事项名称", "事项类型", "实施主体", "承诺办结时限", "法定办结时限", "到办事现场次数", "收费", "咨询电话", "监督投诉电话"];

    private static CellValue?[] Row(string code, string name) =>
        [code, name, "行政许可", "太白县卫生健康局", "7个工作日", "20个工作日", CellValue.Of(1m), "不收费", "0917-4821234", "12345"];

    private static WorkbookWriter Workbook(Action<WorkbookWriter>? more = null, bool inventory = true)
    {
        var workbook = new WorkbookWriter();
        var items = workbook.Sheet("事项");
        items.Add(Header);
        items.Add(Row("000123020000", "公共场所卫生许可"));
        items.Add(Row("000123006000", "医师执业注册"));
        if (inventory)
        {
            var sheet = workbook.Sheet("清单");
            sheet.Add("行政区划代码", "610331");
            sheet.Add("发布日期", new CellValue { Text = "46037", Kind = CellKind.Number, IsDate = true });
        }

        more?.Invoke(workbook);
        return workbook;
    }

    private static LoadResult Load(WorkbookWriter workbook, LoadOptions? options = null) =>
        InventoryLoader.Load(workbook.ToArray(), DocumentFormat.Xlsx, "清单.xlsx", options);

    private static IReadOnlyList<string> Lines(LoadResult load, Severity least = Severity.Warning) =>
        DiagnosticLines.Of(load.Diagnostics.Where(d => d.Severity >= least));

    [Fact]
    public void A_planted_fault_in_a_child_sheet_is_reported_at_its_sheet_and_cell()
    {
        var load = Load(Workbook(w =>
        {
            var materials = w.Sheet("申请材料");
            materials.Add("基本编码", "材料名称", "必要性", "份数");
            materials.Add("000123020000", "卫生许可申请表", "必要", CellValue.Of(1m));
            materials.Add("000123020000", "营业执照", "也许", "１份");
        }));

        var result = InventoryValidator.Validate(load);

        var fault = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error && d.Path.Contains("/guide/", StringComparison.Ordinal));
        Assert.Equal("SS1109 error 申请材料!C3 /items/0/guide/materials/1/required", DiagnosticLines.Of(fault));
        Assert.Equal("申请材料!C3", fault.Cell);
        Assert.Equal(new SourcePosition(3, 3) { Sheet = "申请材料" }, fault.Position);
        Assert.Equal(1, load.Inventory!.Items[0].Guide!.Materials[1].Copies); // １份: full-width digit and 份 read
        Assert.Empty(load.Inventory.Items[1].Guide?.Materials ?? []);
    }

    [Fact]
    public void Dates_numbers_and_full_width_digits_read_as_typed_values_or_text()
    {
        var load = Load(Workbook(w =>
        {
            var items = w.Sheet("事项");
            items.Rows.Clear();
            items.Add([.. Header, "网上办理深度"]);
            items.Add([.. Row("000123020000", "公共场所卫生许可"), CellValue.Of(3m)]);
            items.Add([.. Row("000123006000", "医师执业注册"), "３"]);
            w.Sheet("清单").Add("发布日期", "2026-01-15");
        }));

        Assert.Equal(new DateOnly(2026, 1, 15), load.Inventory!.PublishedOn);
        Assert.Equal([3, 3], load.Inventory.Items.Select(i => i.Guide!.OnlineDepth!.Value));
        Assert.Equal([1, 1], load.Inventory.Items.Select(i => i.Guide!.OnsiteVisits!.Value));
    }

    [Fact]
    public void A_serial_date_in_a_date_style_is_a_date()
    {
        var load = Load(Workbook());

        Assert.Equal(new DateOnly(2026, 1, 15), load.Inventory!.PublishedOn);
        Assert.Equal("610331", load.Inventory.Region.Code);
        Assert.Equal("1.0", load.Inventory.SchemaVersion);
    }

    [Fact]
    public void A_title_row_above_the_headers_and_empty_rows_between_items_are_not_items()
    {
        var load = Load(Workbook(w =>
        {
            var items = w.Sheet("事项");
            items.Rows.Clear();
            items.Add("太白县政务服务事项清单");
            items.Add();
            items.Add(Header);
            items.Add(Row("000123020000", "公共场所卫生许可"));
            items.Add();
            items.Add(Row("000123006000", "医师执业注册"));
            items.Merges.Add("A1:J1");
        }));

        Assert.Equal([], Lines(load));
        Assert.Equal(["公共场所卫生许可", "医师执业注册"], load.Inventory!.Items.Select(i => i.Name));
        Assert.Equal(new SourcePosition(6, 1) { Sheet = "事项" }, load.Locate("/items/1/basicCode"));
    }

    [Fact]
    public void A_merged_cell_gives_its_value_to_every_row_of_the_range_and_says_so()
    {
        var load = Load(Workbook(w =>
        {
            var items = w.Sheet("事项");
            items.Rows[2][3] = null; // 实施主体 of the second item: under the merge
            items.Merges.Add("D2:D3");
        }));

        Assert.Equal(["SS1510 warning 事项!D2 /"], Lines(load));
        Assert.Equal(["太白县卫生健康局", "太白县卫生健康局"], load.Inventory!.Items.Select(i => i.Authority.Name));
    }

    [Fact]
    public void A_hidden_sheet_is_read_with_a_warning_and_an_unknown_sheet_is_named_and_not_read()
    {
        var load = Load(Workbook(w =>
        {
            var materials = w.Sheet("申请材料");
            materials.Hidden = true;
            materials.Add("基本编码", "材料名称");
            materials.Add("000123020000", "卫生许可申请表");
            w.Sheet("说明").Add("本表由县政务服务中心汇总");
        }));

        Assert.Equal(["SS1511 warning 申请材料!A1 /", "SS1512 warning 说明!A1 /"], Lines(load));
        Assert.Equal("卫生许可申请表", load.Inventory!.Items[0].Guide!.Materials[0].Name);
    }

    [Fact]
    public void A_formula_is_read_as_its_cached_value_and_never_evaluated_and_an_error_value_is_an_error()
    {
        var load = Load(Workbook(w =>
        {
            var items = w.Sheet("事项");
            items.Rows[1][1] = new CellValue { Text = "公共场所卫生许可", Kind = CellKind.Text, Formula = "CONCATENATE(\"公共场所\",\"卫生许可\")" };
            items.Rows[2][6] = new CellValue { Text = "#N/A", IsError = true, Formula = "VLOOKUP(A3,Sheet9!A:B,2,0)" };
        }));

        Assert.Equal(["SS1506 info 事项!B2 /", "SS1517 error 事项!G3 /"], Lines(load, Severity.Info).Where(l => l.StartsWith("SS15", StringComparison.Ordinal)));
        Assert.Equal("公共场所卫生许可", load.Inventory!.Items[0].Name);
        Assert.Null(load.Inventory.Items[1].Guide?.OnsiteVisits);
        Assert.Contains("never evaluated", load.Diagnostics.First(d => d.Code == "SS1506").Message(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Child_rows_that_link_to_no_item_or_to_several_are_errors_at_their_link_cell()
    {
        var load = Load(Workbook(w =>
        {
            var items = w.Sheet("事项");
            items.Add(Row("000123020000", "公共场所卫生许可(告知承诺制)"));
            var steps = w.Sheet("办理环节");
            steps.Add("序号", "基本编码", "环节名称");
            steps.Add(CellValue.Of(1m), "000123020000", "受理");
            steps.Add(CellValue.Of(2m), "000999999000", "审查");
            steps.Add(CellValue.Of(3m), null, "决定");
        }));

        Assert.Equal(
            ["SS1515 error 办理环节!B2 /", "SS1513 error 办理环节!B3 /", "SS1514 error 办理环节!A4 /"],
            Lines(load, Severity.Error).Where(l => l.StartsWith("SS15", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_workbook_without_a_region_says_where_to_give_one_and_the_region_option_gives_it()
    {
        var without = Load(Workbook(inventory: false));
        var with = Load(Workbook(inventory: false), new LoadOptions { Region = "610331" });

        Assert.Contains("SS1516 error 事项!A1 /region", Lines(without, Severity.Error));
        Assert.Equal([], Lines(with, Severity.Error));
        Assert.Equal("610331", with.Inventory!.Region.Code);
    }

    [Fact]
    public void A_sheet_with_no_header_row_is_an_error_that_names_it()
    {
        var workbook = new WorkbookWriter();
        var sheet = workbook.Sheet("Sheet1");
        for (var i = 0; i < 12; i++)
        {
            sheet.Add($"第{i}行", "说明");
        }

        var load = Load(workbook, new LoadOptions { Region = "610331" });

        Assert.Contains("SS1509 error Sheet1!A1 /", Lines(load, Severity.Error));
    }

    [Fact]
    public void A_csv_file_is_the_item_sheet_alone_with_cells_named_by_column_and_row()
    {
        var csv = "\uFEFF基本编码,事项名称,事项类型,实施主体,申请材料,承诺办结时限\n000123020000,公共场所卫生许可,行政许可,太白县卫生健康局,\"1. 申请表\n2. 营业执照\",即办\n000123006000,医师执业注册,行政许可,太白县卫生健康局,申请表、身份证,五天\n";

        var load = InventoryLoader.Load(Encoding.UTF8.GetBytes(csv), DocumentFormat.Csv, "清单.csv", new LoadOptions { Region = "610331" });

        Assert.Equal(["申请表", "营业执照"], load.Inventory!.Items[0].Guide!.Materials.Select(m => m.Name));
        Assert.Equal(["申请表", "身份证"], load.Inventory.Items[1].Guide!.Materials.Select(m => m.Name));
        Assert.Equal("F4", load.Locate("/items/1/timeLimits/committed")?.Cell);
    }

    [Fact]
    public void A_gb18030_csv_file_is_read_with_the_encoding_option()
    {
        var csv = "基本编码,事项名称,事项类型,实施主体\n000123020000,公共场所卫生许可,行政许可,太白县卫生健康局\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var load = InventoryLoader.Load(Encoding.GetEncoding("GB18030").GetBytes(csv), DocumentFormat.Csv, "清单.csv", new LoadOptions { Region = "610331", Encoding = TextEncoding.Gb18030 });

        Assert.Equal("公共场所卫生许可", load.Inventory!.Items[0].Name);
    }
}
