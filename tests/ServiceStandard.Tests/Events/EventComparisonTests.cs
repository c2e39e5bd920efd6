using ServiceStandard.CodeLists;
using ServiceStandard.Events;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Events;

/// <summary>The end-to-end figures of an event, region by region, checked by hand.</summary>
public sealed class EventComparisonTests
{
    private static readonly Inventory[] Examples = Directory.GetFiles(Repository.PathOf("examples", "inventories"))
        .Order(StringComparer.Ordinal)
        .Select(f => InventoryLoader.LoadFile(f).Inventory!)
        .ToArray();

    private static ServiceEvent Example(string file) =>
        ServiceEvent.Read(Repository.PathOf("examples", "events", file), out _) ?? throw new InvalidOperationException(file);

    /// <summary>
    /// 开办餐饮店: step 1 个体工商户登记 (000771004000); step 2 食品经营许可 (000171028000) ∥ 公共场所卫生许可 (000123020000).
    /// From the example inventories (committed / legal working days, visits, fees, required materials, online depth):
    /// <list type="bullet">
    /// <item>东兴区 511011: 个体 即办 0 / 3, 0 visits, depth 4, materials 申请书, 经营者身份证明, 经营场所使用证明;
    /// 食品 3 / 10, 1 visit, depth 3, materials 申请书, 法定代表人（负责人）身份证明, 布局和操作流程文件, 自查制度;
    /// 卫生 3 / 20, 1 visit, depth 3, materials 申请表, 法定代表人或者负责人身份证明 (= 法定代表人（负责人）身份证明, one synonym
    /// group: counted once), 地址方位示意图, 平面及卫生设施布局图, 卫生管理制度, 卫生检测报告 (营业执照 optional).
    /// committed 0 + max(3, 3) = 3; legal 3 + max(10, 20) = 23; visits 0 + 1 + 1 = 2; fees 0; materials 3 + 4 + (6 − 1) = 12; depth min(4, 3, 3) = 3.</item>
    /// <item>怒江州 533300: 个体 1 / 3, 1 visit, depth 3, 3 materials as 东兴区; 食品 5 / 10, 1 visit, depth 3, 东兴区's 4 + 主要设备设施清单;
    /// 卫生 1 / 20, 1 visit, depth 3, 东兴区's less the test report (5, one the same as 食品's).
    /// committed 1 + max(5, 1) = 6; legal 3 + 20 = 23; visits 3; fees 0; materials 3 + 5 + 4 = 12; depth 3.</item>
    /// <item>嘉兴市 330400: 个体 即办 0 / 3, 0 visits, depth 4, materials 申请书, 经营者身份证明; 食品 1 / 10, 0 visits, depth 4,
    /// materials 申请书, 布局和操作流程文件, 自查制度; 卫生 7 / 20, 0 visits, depth 4, 9 materials none of which the others ask for.
    /// committed 0 + max(1, 7) = 7; legal 23; visits 0; fees 0; materials 2 + 3 + 9 = 14; depth 4.</item>
    /// <item>太白县 610331: 个体 3 / 3, 1 visit, depth 3, materials 申请书, 经营者身份证明, 经营场所使用证明, 一寸免冠照片;
    /// 食品 10 / 10, 2 visits, depth 2, 7 materials, 经营场所使用证明 among them (counted once); 卫生 即办 0 / 20, 1 visit, depth 2,
    /// 4 required materials (法定代表人身份证明 is not 法定代表人（负责人）身份证明: no synonym joins them).
    /// committed 3 + max(10, 0) = 13; legal 3 + 20 = 23; visits 1 + 2 + 1 = 4; fees 0; materials 4 + 6 + 4 = 14; depth 2.</item>
    /// </list>
    /// Fees: every one of these items is not charged. Order: committed working days 3, 6, 7, 13.
    /// </summary>
    [Fact]
    public void Opening_a_restaurant_is_measured_by_hand_in_every_example_region()
    {
        var report = EventComparison.Compare(Example("restaurant-opening.yaml"), Examples);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(
            [
                "511011 东兴区 complete 3 23 2 0 12 3 -",
                "533300 怒江傈僳族自治州 complete 6 23 3 0 12 3 -",
                "330400 嘉兴市 complete 7 23 0 0 14 4 -",
                "610331 太白县 complete 13 23 4 0 14 2 -",
            ],
            report.Regions.Select(Line).ToArray());

        // The steps of the bar: 太白县's second step is as long as its food licence (10), its hygiene licence being immediate.
        var taibai = report.Regions[^1];
        Assert.Equal([3m, 10m], taibai.Steps.Select(s => s.CommittedWorkingDays!.Value).ToArray());
        Assert.Equal([3m, 20m], taibai.Steps.Select(s => s.LegalWorkingDays!.Value).ToArray());
        Assert.Equal(["食品经营许可", "公共场所卫生许可"], taibai.Steps[1].Items.Select(i => i.Name!).ToArray());
    }

    /// <summary>企业开办: no example inventory carries its three items, so every region is incomplete, with no figure and no verdict.</summary>
    [Fact]
    public void Starting_a_company_is_incomplete_in_every_example_region_and_the_file_is_told_which_codes_no_one_carries()
    {
        var report = EventComparison.Compare(Example("business-start.yaml"), Examples);

        Assert.Equal(
            [
                "330400 嘉兴市 incomplete - - - - - - -",
                "511011 东兴区 incomplete - - - - - - -",
                "533300 怒江傈僳族自治州 incomplete - - - - - - -",
                "610331 太白县 incomplete - - - - - - -",
            ],
            report.Regions.Select(Line).ToArray());
        Assert.All(report.Regions, r => Assert.Equal(["000771001000", "001077003000", "000791002000"], r.Missing));
        Assert.Equal(
            ["SS1308 warning 21:13 /steps/0/items/0 000771001000", "SS1308 warning 23:13 /steps/1/items/0 001077003000", "SS1308 warning 25:13 /steps/2/items/0 000791002000"],
            report.Diagnostics.Select(d => $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Position} {d.Path} {d.ItemCode}").ToArray());
    }

    [Fact]
    public void A_region_missing_one_item_is_incomplete_and_has_no_figure_and_comes_after_the_complete_ones()
    {
        var taibai = Examples.Single(i => i.Region.Code == "610331");
        var lacking = taibai with { Items = taibai.Items.Where(i => i.BasicCode != "000123020000").ToArray() };

        var report = EventComparison.Compare(Event("{ committedWorkingDays: 20 }"), [lacking, .. Examples.Where(i => i != taibai)]);

        var last = report.Regions[^1];
        Assert.Equal("610331 太白县 incomplete - - - - - - -", Line(last));
        Assert.Equal(["000123020000"], last.Missing);
        Assert.Null(last.MeetsTarget);
        Assert.Null(last.Steps[1].CommittedWorkingDays);
        Assert.Equal(3m, last.Steps[0].CommittedWorkingDays);
        Assert.Null(last.Steps[1].Items[1].Metrics);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_target_is_met_or_missed_by_each_figure_it_gives()
    {
        var report = EventComparison.Compare(Event("{ committedWorkingDays: 6, onlineDepth: 3 }"), Examples);

        Assert.Equal(
            ["511011 True ", "533300 True ", "330400 False committedWorkingDays", "610331 False committedWorkingDays onlineDepth"],
            report.Regions.Select(r => $"{r.Code} {r.MeetsTarget} {string.Join(' ', r.Missed)}").ToArray());
    }

    [Fact]
    public void An_item_without_a_committed_limit_leaves_the_chain_without_a_figure_rather_than_a_guess()
    {
        var dongxing = Examples.Single(i => i.Region.Code == "511011");
        var vague = dongxing with
        {
            Items = dongxing.Items.Select(i => i.BasicCode == "000123020000" ? i with { TimeLimits = i.TimeLimits! with { Committed = null } } : i).ToArray(),
        };

        var report = EventComparison.Compare(Event("{ committedWorkingDays: 5 }"), [vague]);

        var region = report.Regions.Single();
        Assert.True(region.Complete);
        Assert.Null(region.CommittedWorkingDays);
        Assert.Null(region.Steps[1].CommittedWorkingDays);
        Assert.Equal(23m, region.LegalWorkingDays);
        Assert.Null(region.MeetsTarget);
    }

    [Fact]
    public void The_inventories_of_one_region_are_merged_and_the_first_item_of_a_code_wins()
    {
        var jiaxing = Examples.Single(i => i.Region.Code == "330400");
        var licences = jiaxing with { Items = jiaxing.Items.Where(i => i.BasicCode != "000771004000").ToArray() };
        var registration = jiaxing with { Items = jiaxing.Items.Where(i => i.BasicCode is "000771004000" or "000123020000").Select(Slower).ToArray() };

        var report = EventComparison.Compare(Event("{ committedWorkingDays: 8 }"), [licences, registration]);

        // 个体 from the second file (slowed to 2 working days), 卫生 from the first (7, not the second file's 9): 2 + max(1, 7) = 9.
        var region = report.Regions.Single();
        Assert.Equal(9m, region.CommittedWorkingDays);
        Assert.Equal(false, region.MeetsTarget);

        static ServiceItem Slower(ServiceItem item) => item with
        {
            TimeLimits = item.TimeLimits! with { Committed = new TimeLimit { Value = item.BasicCode == "000771004000" ? 2 : 9, Unit = TimeUnit.WorkingDays } },
        };
    }

    [Fact]
    public void Shared_materials_count_once_only_through_the_synonym_table_given()
    {
        var report = EventComparison.Compare(Event("{ committedWorkingDays: 1 }"), Examples, ServiceStandard.Comparison.MaterialSynonyms.None);

        // Without synonyms 东兴区's two 法定代表人 documents are two materials: 12 + 1 = 13; 怒江州 likewise 13.
        Assert.Equal([13, 13, 14, 14], report.Regions.Select(r => r.Materials!.Value).ToArray());
    }

    private static ServiceEvent Event(string target) => ServiceEvent.Parse(
        $"""
        event: 开办餐饮店
        code: restaurant-opening
        kind: businessEvent
        steps:
          - items: ["000771004000"]
          - items: ["000171028000", "000123020000"]
        target: {target}
        """,
        DocumentFormat.Yaml,
        "event.yaml",
        out _) ?? throw new InvalidOperationException(target);

    private static string Line(EventRegion r) =>
        $"{r.Code} {r.Name} {(r.Complete ? "complete" : "incomplete")} {F(r.CommittedWorkingDays)} {F(r.LegalWorkingDays)} {F(r.OnsiteVisits)} "
        + $"{F(r.FeeTotal)} {F(r.Materials)} {F(r.OnlineDepth)} {(r.MeetsTarget is { } m ? m.ToString() : "-")}";

    private static string F(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
