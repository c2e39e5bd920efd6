using System.IO.Compression;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Spreadsheets;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Spreadsheets;

/// <summary>The empty workbook of the layout: comments, drop-downs, frozen headers; filled in, it loads.</summary>
public sealed class InventoryTemplateTests
{
    private static byte[] Template()
    {
        using var memory = new MemoryStream();
        InventoryTemplate.Write(memory);
        return memory.ToArray();
    }

    private static string Part(byte[] workbook, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void Each_code_list_column_offers_its_chinese_labels_and_each_header_has_its_description()
    {
        var template = Template();
        var items = Part(template, "xl/worksheets/sheet1.xml");
        var comments = Part(template, "xl/comments1.xml");

        Assert.Contains("""<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="0" sqref="D2:D1048576"><formula1>"行政许可,行政处罚,行政强制,行政征收,行政给付,行政检查,行政确认,行政奖励,行政裁决,其他行政权力,公共服务"</formula1></dataValidation>""", items, StringComparison.Ordinal);
        Assert.Contains("""sqref="P2:P1048576"><formula1>"信息公开/在线咨询,表格下载/在线预约,在线预审,全程网办"</formula1>""", items, StringComparison.Ordinal);
        Assert.Contains("""<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>""", items, StringComparison.Ordinal);
        Assert.Contains("""<comment ref="A1" authorId="0"><text><t xml:space="preserve">基本编码，12 位（如 "000123020000"），各地同一事项相同；按文本书写。</t></text></comment>""", comments.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(InventoryTemplate.ItemColumns.Count, System.Text.RegularExpressions.Regex.Count(comments, "<comment "));
    }

    [Fact]
    public void The_template_reads_as_an_inventory_with_no_items_and_no_unknown_column()
    {
        var load = InventoryLoader.Load(Template(), DocumentFormat.Xlsx, "清单模板.xlsx", new LoadOptions { Region = "610331" });

        Assert.Equal([], DiagnosticLines.Of(load.Diagnostics.Where(d => d.Severity >= Severity.Warning)));
        Assert.Empty(load.Inventory!.Items);
    }

    [Fact]
    public void A_filled_template_loads_its_items_and_child_rows()
    {
        var workbook = new WorkbookWriter();
        var items = workbook.Sheet("事项");
        items.Add([.. InventoryTemplate.ItemColumns.Select(c => (CellValue?)c)]);
        items.Add("000123020000", null, "公共场所卫生许可", "行政许可", "在用", "太白县卫生健康局", null, "法定机关", "县级", "法定本级行使", "企业法人、非法人企业", "承诺件", "20个工作日", "7个工作日", "窗口办理、网上办理", "在线预审", CellValue.Of(1m));
        workbook.Sheet("清单").Add("行政区划代码", "610331");
        var steps = workbook.Sheet("办理环节");
        steps.Add("基本编码", "事项名称", "环节名称", "办理人员", "环节时限");
        steps.Add("000123020000", "公共场所卫生许可", "受理", "窗口受理人员", "1个工作日");

        var load = InventoryLoader.Load(workbook.ToArray(), DocumentFormat.Xlsx, "清单.xlsx");

        var item = Assert.Single(load.Inventory!.Items);
        Assert.Equal(3, item.Guide!.OnlineDepth);
        Assert.Equal("受理", item.Process!.Steps[0].Name);
        Assert.Equal([], DiagnosticLines.Of(load.Diagnostics.Where(d => d.Severity >= Severity.Warning)));
    }
}
