using ServiceStandard.CodeLists;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;
using ServiceStandard.Text;

namespace ServiceStandard.Tests.Normalization;

/// <summary>The words departments write for booleans, counts, depths, fees, kinds and lists, each read to its canonical value or not at all.</summary>
public sealed class WordingsTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("必要", true)]
    [InlineData("非必要", false)]
    [InlineData(" 需要 ", true)]
    [InlineData("不需要", false)]
    [InlineData("收费", true)]
    [InlineData("不收费", false)]
    [InlineData("免费", false)]
    [InlineData("有", true)]
    [InlineData("无", false)]
    [InlineData("√", true)]
    public void A_yes_or_no_word_is_read(string written, bool value) => Assert.Equal(value, Wordings.Boolean(written));

    [Theory]
    [InlineData("可能")]
    [InlineData("是否")]
    [InlineData("yes")]
    public void A_word_that_is_neither_yes_nor_no_is_not_read(string written) => Assert.Null(Wordings.Boolean(written));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("１", 1)]
    [InlineData("0次", 0)]
    [InlineData("1份", 1)]
    [InlineData("2个", 2)]
    [InlineData("一次", 1)]
    [InlineData("两份", 2)]
    [InlineData("三张", 3)]
    [InlineData("最多跑一次", 1)]
    [InlineData("零跑动", 0)]
    [InlineData("不见面", 0)]
    [InlineData("0次（全程网办）", 0)]
    public void A_count_written_as_text_is_read(string written, int value) => Assert.Equal(value, Wordings.Count(written));

    [Theory]
    [InlineData("很多次")]
    [InlineData("1-2次")]
    [InlineData("原件两份复印件一份")]
    [InlineData("")]
    public void A_text_that_is_not_one_count_is_not_read(string written) => Assert.Null(Wordings.Count(written));

    [Theory]
    [InlineData("全程网办", 4)]
    [InlineData("全程网上办理", 4)]
    [InlineData("在线预审", 3)]
    [InlineData("三级:材料核验", 3)]
    [InlineData("表格下载/在线预约", 2)]
    [InlineData("在线预约", 2)]
    [InlineData("信息公开", 1)]
    [InlineData("四级", 4)]
    public void An_online_depth_word_is_read(string written, int depth) => Assert.Equal(depth, Wordings.OnlineDepth(written));

    [Theory]
    [InlineData("不收费", false, null)]
    [InlineData("免费", false, null)]
    [InlineData("此项不收费", false, null)]
    [InlineData("本办件不收费", false, null)]
    [InlineData("不涉及收费", false, null)]
    [InlineData("收费", true, null)]
    [InlineData("10元/本", true, 10)]
    [InlineData("工本费10元", true, 10)]
    [InlineData("每户每次收费十元", true, 10)]
    [InlineData("0元", false, null)]
    public void Fees_written_as_one_text_are_read(string written, bool charged, int? amount)
    {
        var reading = Wordings.FeePhrase(written);

        Assert.Equal((charged, (decimal?)amount), reading);
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("10元", 10)]
    [InlineData("10元/本", 10)]
    [InlineData("10元／本", 10)]
    [InlineData("每本10元", 10)]
    [InlineData("￥10.00", 10)]
    [InlineData("人民币10.5元", 10.5)]
    [InlineData("成本费三元", 3)]
    [InlineData("免费", 0)]
    public void A_fee_amount_written_as_a_phrase_is_read(string written, double amount) => Assert.Equal((decimal)amount, Wordings.Amount(written));

    [Theory]
    [InlineData("5-10元")]
    [InlineData("五到十元")]
    [InlineData("按面积收取")]
    [InlineData("20元 / 40元")]
    public void A_fee_that_is_not_one_amount_is_not_read(string written) => Assert.Null(Wordings.Amount(written));

    [Theory]
    [InlineData("延长审查", SpecialProcedureKind.Extension)]
    [InlineData("延期", SpecialProcedureKind.Extension)]
    [InlineData("现场核查", SpecialProcedureKind.Other)]
    [InlineData("听证", SpecialProcedureKind.Other)]
    [InlineData("检验检测", SpecialProcedureKind.Other)]
    [InlineData("专家评审", SpecialProcedureKind.Other)]
    public void A_special_procedure_written_in_words_is_read_as_its_closest_kind(string written, SpecialProcedureKind kind) =>
        Assert.Equal(kind, Wordings.ProcedureKind(written));

    [Fact]
    public void A_misspelt_special_procedure_token_is_not_read() => Assert.Null(Wordings.ProcedureKind("extention"));

    [Theory]
    [InlineData("自然人、企业法人", Wordings.CodeListSeparators, "自然人|企业法人")]
    [InlineData("窗口办理，网上办理", Wordings.CodeListSeparators, "窗口办理|网上办理")]
    [InlineData("法人和公民", Wordings.CodeListSeparators, "法人|公民")]
    [InlineData("身份证、户口本、3张2寸白底照片", Wordings.NameListSeparators, "身份证|户口本|3张2寸白底照片")]
    [InlineData("1.申请表；2.营业执照", Wordings.NameListSeparators, "申请表|营业执照")]
    [InlineData("身份证明（自然人提供身份证，法人提供营业执照）、申请表", Wordings.NameListSeparators, "身份证明（自然人提供身份证，法人提供营业执照）|申请表")]
    [InlineData("（1）符合规定、标准的；\n（2）已取得营业执照", Wordings.ProseListSeparators, "符合规定、标准的|已取得营业执照")]
    public void A_list_written_as_one_text_is_split_into_its_parts(string written, string separators, string parts) =>
        Assert.Equal(parts.Split('|'), Wordings.Split(written, separators));

    [Theory]
    [InlineData("2.11", "自备", "applicant")]
    [InlineData("2.9", "原件 复印件", "originalAndCopy")]
    [InlineData("2.9", "复印件（加盖公章）", "copy")]
    [InlineData("2.3", "市级/隶属", "municipal")]
    [InlineData("2.6", "公民", "naturalPerson")]
    public void A_code_list_value_written_in_plain_words_is_read(string section, string written, string token)
    {
        var list = CodeListCatalog.All.First(l => l.Section == section);

        Assert.Equal(token, Wordings.Code(section, written, face => list.Faces.FirstOrDefault(f => f.Token == face || f.Label == face).Token));
    }

    [Theory]
    [InlineData("2026年1月15日", "2026-01-15")]
    [InlineData("2026/1/15", "2026-01-15")]
    [InlineData("2026.01.05", "2026-01-05")]
    [InlineData("２０２６年１月１５日", "2026-01-15")]
    public void A_date_as_departments_write_it_is_read(string written, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Wordings.Date(written));

    [Theory]
    [InlineData("2026年2月30日")]
    [InlineData("2026年13月1日")]
    [InlineData("去年")]
    public void A_date_that_is_no_day_is_not_read(string written) => Assert.Null(Wordings.Date(written));

    [Theory]
    [InlineData("2.8", "快递", "post")]
    [InlineData("2.8", "窗口", "window")]
    [InlineData("2.1", "行政许可事项", "administrativeLicensing")]
    [InlineData("2.1", "公共服务类", "publicService")]
    public void A_code_list_value_in_a_word_of_its_own_is_read(string section, string written, string token)
    {
        var list = CodeListCatalog.All.First(l => l.Section == section);

        Assert.Equal(token, Wordings.Code(section, written, face => list.Faces.FirstOrDefault(f => f.Token == face || f.Label == face).Token));
    }

    [Fact]
    public void The_normalization_page_lists_every_accepted_wording_exactly_as_the_code_reads_it()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "normalization.md")).ReplaceLineEndings("\n");

        var table = WordingTable.Markdown();
        Assert.True(page.Contains(table, StringComparison.Ordinal), "docs/normalization.md's table of wordings is out of date. Replace it with:\n\n" + table);
    }

    [Theory]
    [InlineData("必要性: 必要", "/items/0/guide/materials/0/required", "true")]
    [InlineData("份数: \"１\"", "/items/0/guide/materials/0/copies", "1")]
    [InlineData("材料类型: 原件 复印件", "/items/0/guide/materials/0/form", "\"originalAndCopy\"")]
    public void A_material_written_in_words_normalizes_to_its_canonical_value(string line, string pointer, string canonical)
    {
        var yaml = $"""
            格式版本: "1.0"
            行政区划代码: "610331"
            事项:
              - 基本编码: "002043001000"
                事项名称: 残疾人证办理
                事项类型: 公共服务
                实施主体: 太白县残疾人联合会
                申请材料:
                  - 材料名称: 申请表
                    {line}
            """;

        Assert.Equal(canonical, Normalized.At(yaml, pointer));
        Assert.DoesNotContain(InventoryLoader.LoadText(yaml, DocumentFormat.Yaml).Diagnostics, d => d.Severity == ServiceStandard.Diagnostics.Severity.Error);
    }
}
