using System.Globalization;
using ServiceStandard.Comparison;
using static ServiceStandard.Tests.Comparison.ExampleInventories;

namespace ServiceStandard.Tests.Comparison;

/// <summary>The comparison of the four example regions, pinned figure by figure.</summary>
public sealed class RegionalComparisonExampleTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void The_metrics_equal_the_figures_computed_independently_by_examples_check_examples_py()
    {
        // The table printed by `python3 examples/tools/check_examples.py` (committed/materials/fee/visits/steps/
        // intermediaries/depth for 嘉兴 | 太白 | 怒江 | 东兴), computed without the C# library.
        const string Independent = """
            000117006000 建筑工程施工许可证核发 | 1/5/0/0/2/0/4 | 7/9/0/2/4/1/2 | 5/7/0/1/3/0/3 | 3/6/0/1/3/0/3
            000123001000 医疗机构执业登记 | 10/8/0/1/4/0/3 | 30/12/10/2/5/0/2 | 20/10/0/1/4/0/3 | 15/9/0/1/4/0/3
            000123006000 护士执业注册 | 3/3/0/0/3/0/4 | 20/6/0/1/4/0/2 | 10/5/0/1/3/0/3 | 5/4/0/0/3/0/4
            000123020000 公共场所卫生许可 | 7/9/0/0/4/0/4 | 0/4/0/1/3/0/2 | 1/5/0/1/3/0/3 | 3/6/0/1/4/1/3
            000171028000 食品经营许可 | 1/3/0/0/2/0/4 | 10/7/0/2/5/0/2 | 5/5/0/1/4/0/3 | 3/4/0/1/3/0/3
            000172005000 药品零售企业许可 | 5/6/0/0/3/0/4 | 15/10/0/2/5/0/2 | 10/8/0/1/4/0/3 | 1/5/0/1/3/0/3
            000771004000 个体工商户登记 | 0/2/0/0/2/0/4 | 3/4/0/1/3/0/3 | 1/3/0/1/3/0/3 | 0/3/0/0/2/0/4
            002015012000 城镇职工基本养老保险待遇申领 | 5/1/0/0/3/0/4 | 20/4/0/1/4/0/2 | 15/3/0/1/4/0/3 | 10/2/0/0/3/0/4
            002023005000 出生医学证明办理 | 0/2/0/0/2/0/4 | 5/4/0/2/3/0/1 | 3/3/0/1/3/0/2 | 1/3/0/1/2/0/3
            000117014000 城镇污水排入排水管网许可 | 5/5/0/0/4/0/4 | - | - | 10/7/0/1/4/1/3
            000118013000 道路货物运输经营许可 | 3/4/0/0/3/0/4 | - | 10/6/0/1/4/0/3 | 5/5/0/1/3/0/3
            000514003000 特困人员救助供养 | 10/3/0/0/4/0/4 | 20/5/0/1/5/0/2 | 15/4/0/1/4/0/3 | -
            """;
        var metrics = new[]
        {
            ComparisonMetric.CommittedWorkingDays, ComparisonMetric.Materials, ComparisonMetric.FeeTotal, ComparisonMetric.OnsiteVisits,
            ComparisonMetric.ProcessSteps, ComparisonMetric.IntermediaryServices, ComparisonMetric.OnlineDepth,
        };
        foreach (var line in Independent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(" | ");
            var code = parts[0][..12];
            var item = Item(code);
            Assert.Equal(parts[0], $"{code} {item.Name}");
            var actual = new[] { Jiaxing, Taibai, Nujiang, Dongxing }.Select(region => item.ByRegion.TryGetValue(region, out var m)
                ? string.Join('/', metrics.Select(x => ComparisonMetrics.Format(m.Get(x))))
                : "-");
            Assert.Equal(string.Join(" | ", parts.Skip(1)), string.Join(" | ", actual));
        }
    }

    [Fact]
    public void Public_venue_hygiene_licence_has_the_expected_figures_in_every_region()
    {
        var item = Item("000123020000");

        Assert.Equal("公共场所卫生许可", item.Name);
        Assert.Equal(ItemAlignment.BasicCode, item.AlignedBy);
        Assert.Equal([Jiaxing, Dongxing, Nujiang, Taibai], item.ByRegion.Keys); // by division code
        Assert.Equal(Metrics(7, 20, 9, 0, 0, 4, 0, 4), item.ByRegion[Jiaxing]);
        Assert.Equal(Metrics(0, 20, 4, 0, 1, 3, 0, 2), item.ByRegion[Taibai]);
        Assert.Equal(Metrics(1, 20, 5, 0, 1, 3, 0, 3), item.ByRegion[Nujiang]);
        Assert.Equal(Metrics(3, 20, 6, 0, 1, 4, 1, 3), item.ByRegion[Dongxing]);
    }

    [Fact]
    public void Public_venue_hygiene_licence_findings_name_the_regions_that_stand_out_in_both_languages()
    {
        var item = Item("000123020000");

        Assert.Equal(
            [
                "committedWorkingDays warning 330400",
                "materials warning 330400",
                "intermediaryServices warning 511011",
                "onlineDepth warning 610331",
                "materialSet info 330400,511011,610331",
                "handlingType info 610331",
            ],
            item.Findings.Select(Line));
        Assert.Equal(
            [
                "承诺办结时限（工作日）：嘉兴市 7；4 个地区的中位数为 2。",
                "必要申请材料（项）：嘉兴市 9；4 个地区的中位数为 5.5。",
                "中介服务（项）：东兴区 1；4 个地区的中位数为 0。",
                "网上办理深度（1-4）：太白县 2；4 个地区的中位数为 3。",
                "仅部分地区要求的必要材料：嘉兴市：营业执照、公共场所平面布局图、卫生设施布局图、从业人员健康合格证明、卫生管理人员名单及培训情况说明；东兴区：公共场所卫生检测报告；太白县：法定代表人身份证明。",
                "办件类型不一致：嘉兴市、东兴区、怒江傈僳族自治州：承诺件；太白县：即办件。",
            ],
            item.Findings.Select(f => f.Message(Chinese)));
        Assert.Equal(
            [
                "committed time limit (working days): 嘉兴市 7, against a median of 2 across 4 regions.",
                "required materials: 嘉兴市 9, against a median of 5.5 across 4 regions.",
                "intermediary services: 东兴区 1, against a median of 0 across 4 regions.",
                "online depth (1-4): 太白县 2, against a median of 3 across 4 regions.",
                "Required materials that only some regions demand: 嘉兴市: 营业执照, 公共场所平面布局图, 卫生设施布局图, 从业人员健康合格证明, 卫生管理人员名单及培训情况说明; 东兴区: 公共场所卫生检测报告; 太白县: 法定代表人身份证明.",
                "Handling type differs: 嘉兴市, 东兴区, 怒江傈僳族自治州: promised; 太白县: immediate.",
            ],
            item.Findings.Select(f => f.Message(English)));
    }

    [Fact]
    public void Public_venue_hygiene_licence_uniformity_is_the_mean_of_eleven_agreements()
    {
        // committed 1 - 2*2.25/7; legal 1; materials 1 - 2*1.5/9; fee 1; visits 1 - 2*0.25/1; steps 1 - 2*0.5/4;
        // intermediaries 1 - 2*0.25/1; depth 1 - 2*0.5/4; material set (2*1 + 10*0.75)/12; legal basis 1; handling type 3/4.
        var expected = (1 - (4.5 / 7) + 1 + (1 - (3.0 / 9)) + 1 + 0.5 + 0.75 + 0.5 + 0.75 + (9.5 / 12) + 1 + 0.75) / 11;

        Assert.Equal(0.7332, expected, 4);
        Assert.Equal(0.73m, Item("000123020000").Uniformity);
    }

    [Fact]
    public void Public_venue_hygiene_licence_is_strictest_in_Dongxing_and_loosest_in_Nujiang()
    {
        var item = Item("000123020000");

        // Mean of 0..1 positions over the six metrics that differ (committed, materials, visits, steps, intermediaries, depth).
        Assert.Equal(new Dictionary<string, decimal> { [Dongxing] = 0.7214m, [Jiaxing] = 0.5m, [Nujiang] = 0.3071m, [Taibai] = 0.3333m }, item.Burdens);
        Assert.Equal([Dongxing], item.Strictest);
        Assert.Equal([Nujiang], item.Loosest);
    }

    [Fact]
    public void Every_item_has_its_uniformity_and_its_findings()
    {
        var expected = """
            000117006000 0.77 committedWorkingDays:info:610331 onsiteVisits:warning:610331 intermediaryServices:warning:610331 onlineDepth:warning:610331 materialSet:info:610331,533300
            000117014000 0.70 committedWorkingDays:warning:511011,330400 onsiteVisits:warning:511011,330400 intermediaryServices:warning:511011,330400 onlineDepth:warning:511011,330400 materialSet:info:511011,330400
            000118013000 0.84 committedWorkingDays:warning:533300 materialSet:info:533300
            000123001000 0.84 committedWorkingDays:warning:610331 feeTotal:warning:610331 onsiteVisits:warning:610331 onlineDepth:warning:610331 materialSet:info:610331,533300
            000123006000 0.77 committedWorkingDays:warning:610331 onlineDepth:warning:610331 materialSet:info:610331,533300
            000123020000 0.73 committedWorkingDays:warning:330400 materials:warning:330400 intermediaryServices:warning:511011 onlineDepth:warning:610331 materialSet:info:330400,511011,610331 handlingType:info:610331
            000171028000 0.80 committedWorkingDays:warning:610331 materials:info:610331 onsiteVisits:warning:610331 onlineDepth:warning:610331 materialSet:info:610331,533300
            000172005000 0.80 committedWorkingDays:warning:610331 onsiteVisits:warning:610331 onlineDepth:warning:610331 materialSet:info:610331,533300
            000514003000 0.83 onlineDepth:warning:610331 materialSet:info:610331
            000771004000 0.72 committedWorkingDays:warning:610331 materialSet:info:610331 handlingType:info:330400,511011,533300,610331
            002015012000 0.71 committedWorkingDays:info:610331 materials:info:610331 onlineDepth:warning:610331 materialSet:info:610331,533300
            002023005000 0.73 committedWorkingDays:warning:610331 onsiteVisits:warning:610331 onlineDepth:warning:610331 materialSet:info:610331,511011,533300 handlingType:info:330400
            """;

        var actual = Report.Items.Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{i.BasicCode} {i.Uniformity:0.00} ") + string.Join(' ', i.Findings.Select(f => $"{f.Kind}:{f.Severity.ToString().ToLowerInvariant()}:{string.Join(',', f.Regions)}")));

        Assert.Equal(expected.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), actual);
    }

    [Fact]
    public void Regions_are_named_from_the_division_table_and_counted_as_strictest_and_loosest()
    {
        Assert.Equal(
            [
                new RegionSummary(Jiaxing, "嘉兴市", 12, 0, 11),
                new RegionSummary(Dongxing, "东兴区", 11, 2, 0),
                new RegionSummary(Nujiang, "怒江傈僳族自治州", 11, 1, 1),
                new RegionSummary(Taibai, "太白县", 10, 9, 0),
            ],
            Report.Regions);
    }

    [Fact]
    public void Items_that_only_some_regions_carry_are_listed_as_missing()
    {
        Assert.Equal(
            [
                "000117014000 城镇污水排入排水管网许可 present 330400,511011 absent 533300,610331",
                "000118013000 道路货物运输经营许可 present 330400,511011,533300 absent 610331",
                "000514003000 特困人员救助供养 present 330400,533300,610331 absent 511011",
            ],
            Report.Missing.Select(m => $"{m.BasicCode} {m.Name} present {string.Join(',', m.PresentIn)} absent {string.Join(',', m.AbsentFrom)}"));
        Assert.Equal(12, Report.Items.Count);
        Assert.Equal(9, Report.Items.Count(i => i.ByRegion.Count == 4));
    }

    [Fact]
    public void Materials_only_some_regions_demand_are_listed_with_who_demands_them()
    {
        var differences = Item("000172005000").MaterialDifferences;

        Assert.Equal(
            [
                "经营场所平面布置图 by 330400,533300,610331 not 511011",
                "营业执照 by 533300,610331 not 330400,511011",
                "主要设施设备目录 by 533300,610331 not 330400,511011",
                "质量负责人执业药师注册证 by 610331 not 330400,511011,533300",
                "申报材料真实性自我保证声明 by 610331 not 330400,511011,533300",
            ],
            differences.Select(d => $"{d.Name} by {string.Join(',', d.DemandedBy)} not {string.Join(',', d.NotDemandedBy)}"));
    }

    [Fact]
    public void Medical_institution_registration_flags_the_fee_Taibai_alone_charges()
    {
        var item = Item("000123001000");

        Assert.Equal(10m, item.ByRegion[Taibai].FeeTotal);
        var fee = Assert.Single(item.Findings, f => f.Kind == "feeTotal");
        Assert.Equal(FindingSeverity.Warning, fee.Severity);
        Assert.Equal([Taibai], fee.Regions);
        Assert.Equal("收费（元）：太白县 10；4 个地区的中位数为 0。", fee.Message(Chinese));
    }

    private static ItemMetrics Metrics(decimal committed, decimal legal, int materials, decimal fee, int visits, int steps, int intermediaries, int depth) => new()
    {
        CommittedWorkingDays = committed,
        LegalWorkingDays = legal,
        Materials = materials,
        FeeTotal = fee,
        OnsiteVisits = visits,
        ProcessSteps = steps,
        IntermediaryServices = intermediaries,
        OnlineDepth = depth,
    };

    private static string Line(Finding finding) =>
        $"{finding.Kind} {finding.Severity.ToString().ToLowerInvariant()} {string.Join(',', finding.Regions)}";
}
