using System.Globalization;
using System.Text.Json;
using ServiceStandard.CodeLists;
using ServiceStandard.Comparison;
using ServiceStandard.Model;
using ServiceStandard.Normalization;

namespace ServiceStandard.Tests.Comparison;

/// <summary>The rules of the comparison on small, hand-made inventories.</summary>
public sealed class RegionalComparisonRuleTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void With_two_regions_both_are_named_the_worse_first_and_the_better_value_is_the_reference()
    {
        var report = RegionalComparison.Compare([Region("330400", Item(committed: 5)), Region("610331", Item(committed: 8))]);

        var finding = Assert.Single(report.Items[0].Findings);
        Assert.Equal("committedWorkingDays", finding.Kind);
        Assert.Equal(["610331", "330400"], finding.Regions);
        Assert.Equal(FindingSeverity.Info, finding.Severity); // 3 more than 5: more than 50 %, less than 100 % and less than 10 days
        Assert.Equal("committed time limit (working days): 太白县 8, against 嘉兴市 5.", finding.Message(English));
    }

    [Theory]
    [InlineData(4, 6, null)] // gap 2 is not more than 0.5 x median 4
    [InlineData(4, 7, FindingSeverity.Info)] // gap 3 > 2
    [InlineData(4, 8, FindingSeverity.Warning)] // gap 4 >= median: twice the median
    [InlineData(40, 55, null)] // gap 15 is not more than 0.5 x 40
    [InlineData(40, 61, FindingSeverity.Warning)] // gap 21 > 20, less than twice 40 but a large gap (>= 10 working days)
    [InlineData(0, 1, FindingSeverity.Warning)] // a median of 0 counts as 1: gap 1 > 0.5 and >= 1
    public void A_region_stands_out_when_worse_than_the_median_by_more_than_the_threshold(int median, int value, FindingSeverity? expected)
    {
        var report = RegionalComparison.Compare(
        [
            Region("330400", Item(committed: median)), Region("511011", Item(committed: median)), Region("610331", Item(committed: value)),
        ]);

        var finding = report.Items[0].Findings.SingleOrDefault(f => f.Kind == "committedWorkingDays");
        if (expected is null)
        {
            Assert.Null(finding);
        }
        else
        {
            Assert.Equal(expected, finding!.Severity);
            Assert.Equal(["610331"], finding.Regions);
        }
    }

    [Fact]
    public void The_threshold_can_be_set_and_zero_flags_any_region_worse_than_the_median()
    {
        var regions = new[] { Region("330400", Item(committed: 4)), Region("511011", Item(committed: 4)), Region("610331", Item(committed: 5)) };

        Assert.Empty(RegionalComparison.Compare(regions).Items[0].Findings);
        Assert.Equal(["610331"], Assert.Single(RegionalComparison.Compare(regions, new ComparisonOptions { Threshold = 0m }).Items[0].Findings).Regions);
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionalComparison.Compare(regions, new ComparisonOptions { Threshold = -0.1m }));
    }

    [Fact]
    public void Lower_online_depth_is_worse_and_measured_by_the_levels_missing_to_full_online_handling()
    {
        var report = RegionalComparison.Compare(
        [
            Region("330400", Item(depth: 4)), Region("511011", Item(depth: 4)), Region("533300", Item(depth: 3)), Region("610331", Item(depth: 1)),
        ]);

        // Levels missing: 0, 0, 1, 3; median 0.5; 3 stands out (warning), 1 is 0.5 above: not more than 0.5 x 1.
        var finding = Assert.Single(report.Items[0].Findings);
        Assert.Equal(("onlineDepth", FindingSeverity.Warning), (finding.Kind, finding.Severity));
        Assert.Equal(["610331"], finding.Regions);
        Assert.Equal("online depth (1-4): 太白县 1, against a median of 3.5 across 4 regions.", finding.Message(English));
        Assert.Equal(["610331"], report.Items[0].Strictest);
        Assert.Equal(["330400", "511011"], report.Items[0].Loosest);
    }

    [Fact]
    public void A_figure_a_region_does_not_state_is_null_and_takes_no_part()
    {
        var bare = new ServiceItem { BasicCode = "000123020000", Name = "公共场所卫生许可", Type = ItemType.AdministrativeLicensing, Authority = new Authority { Name = "某局" } };
        var report = RegionalComparison.Compare([Region("330400", Item(committed: 1)), Region("610331", bare)]);

        var metrics = report.Items[0].ByRegion["610331"];
        Assert.Equal(new ItemMetrics(), metrics);
        Assert.Empty(report.Items[0].Findings);
        Assert.Null(report.Items[0].Uniformity); // nothing is stated by both regions
    }

    [Fact]
    public void Time_limits_are_compared_in_working_day_equivalents()
    {
        var item = Item() with
        {
            TimeLimits = new TimeLimits
            {
                Legal = new TimeLimit { Value = 1, Unit = TimeUnit.Months },
                Committed = new TimeLimit { Value = 10, Unit = TimeUnit.CalendarDays },
            },
        };

        var metrics = ItemMetrics.Of(item);

        Assert.Equal(21.75m, metrics.LegalWorkingDays);
        Assert.Equal(7.14m, metrics.CommittedWorkingDays);
        Assert.Equal(0.5m, ItemMetrics.Of(Item() with { TimeLimits = new TimeLimits { Committed = new TimeLimit { Value = 4, Unit = TimeUnit.Hours } } }).CommittedWorkingDays);
    }

    [Theory]
    [InlineData(20, 20, 30, "610331")] // a longer statutory limit in one region
    [InlineData(20, 20, 15, "610331")] // a shorter one is named as much: the law may have changed, or the guide is wrong
    [InlineData(20, 20, 21, "610331")] // any difference, whatever the threshold
    [InlineData(20, 30, 15, "330400|511011|610331")] // no value is the most common: every region is named
    public void Any_difference_in_the_legal_limit_is_a_statutory_warning_naming_the_regions_and_values(int first, int second, int third, string regions)
    {
        var report = RegionalComparison.Compare(
        [
            Region("330400", Legal(first)), Region("511011", Legal(second)), Region("610331", Legal(third)),
        ]);

        var finding = Assert.Single(report.Items[0].Findings, f => f.Kind == "legalWorkingDays");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(regions.Split('|'), finding.Regions);
        Assert.Contains("check each against the legal basis", finding.Message(English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_statutory_warning_says_every_value_with_its_regions_in_either_language()
    {
        var finding = Assert.Single(
            RegionalComparison.Compare([Region("330400", Legal(20)), Region("511011", Legal(20)), Region("610331", Legal(15))]).Items[0].Findings,
            f => f.Kind == "legalWorkingDays");

        Assert.Equal(
            "各地法定办结时限不一致：嘉兴市、东兴区 20 个工作日；太白县 15 个工作日。法定时限由法律法规规定，同一事项各地应当相同：请逐一对照设定依据核实（新法可能已缩短时限）。",
            finding.Message(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.StartsWith("The legal time limit differs between regions: 嘉兴市, 东兴区 20 working days; 太白县 15 working days.", finding.Message(English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_legal_limit_everywhere_is_no_finding_even_written_in_other_units()
    {
        var inCalendarDays = Item() with { TimeLimits = new TimeLimits { Legal = new TimeLimit { Value = 28, Unit = TimeUnit.CalendarDays }, Committed = new TimeLimit { Value = 5, Unit = TimeUnit.WorkingDays } } };

        var report = RegionalComparison.Compare([Region("330400", Legal(20)), Region("511011", Legal(20)), Region("610331", inCalendarDays)]);

        Assert.DoesNotContain(report.Items[0].Findings, f => f.Kind == "legalWorkingDays");
    }

    [Fact]
    public void A_committed_limit_longer_than_the_legal_limit_another_region_states_is_a_warning()
    {
        var longCommitment = Item(committed: 25);

        var report = RegionalComparison.Compare([Region("330400", Legal(20)), Region("610331", longCommitment)]);

        var finding = Assert.Single(report.Items[0].Findings, f => f.Kind == "committedBeyondLegal");
        Assert.Equal(["610331", "330400"], finding.Regions);
        Assert.Equal("太白县承诺办结时限 25 个工作日，长于嘉兴市对同一事项所写的法定时限 20 个工作日：请对照设定依据核实。", finding.Message(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Finding_CommittedBeyondLegal", finding.Code);
        Assert.Equal(["committed", "legal", "other", "region"], finding.Arguments.Keys.Order());
        Assert.Equal(("太白县", "嘉兴市"), (finding.Arguments["region"].Text, finding.Arguments["other"].Text));
        Assert.Equal(("WorkingDays", "25"), (finding.Arguments["committed"].Key, finding.Arguments["committed"].Arguments["value"].Text));
        Assert.Equal("25 working days", finding.Arguments["committed"].Render(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_committed_limit_is_held_against_the_shortest_legal_limit_of_another_region_not_its_own()
    {
        var own = Item() with { TimeLimits = new TimeLimits { Legal = new TimeLimit { Value = 10, Unit = TimeUnit.WorkingDays }, Committed = new TimeLimit { Value = 25, Unit = TimeUnit.WorkingDays } } };

        var report = RegionalComparison.Compare([Region("330400", Legal(20)), Region("511011", Legal(15)), Region("610331", own)]);

        var finding = Assert.Single(report.Items[0].Findings, f => f.Kind == "committedBeyondLegal");
        Assert.Equal(["610331", "511011"], finding.Regions);
    }

    private static ServiceItem Legal(int days) => Item() with
    {
        TimeLimits = new TimeLimits { Legal = new TimeLimit { Value = days, Unit = TimeUnit.WorkingDays }, Committed = new TimeLimit { Value = 5, Unit = TimeUnit.WorkingDays } },
    };

    [Fact]
    public void Fees_are_summed_when_charged_and_unknown_when_charged_without_an_amount()
    {
        static decimal? Fee(Fees fees) => ItemMetrics.Of(Item() with { Guide = new Guide { Fees = fees } }).FeeTotal;

        Assert.Equal(0m, Fee(new Fees { Charged = false }));
        Assert.Equal(15.5m, Fee(new Fees { Charged = true, Items = [new FeeItem { Name = "工本费", Amount = 10 }, new FeeItem { Name = "检测费", Amount = 5.5m }] }));
        Assert.Null(Fee(new Fees { Charged = true }));
    }

    [Fact]
    public void An_item_without_a_basic_code_is_aligned_by_its_normalized_name_and_reported_as_such()
    {
        var report = RegionalComparison.Compare(
        [
            Region("330400", Item(name: "公共场所卫生许可")),
            Region("610331", Item(name: "公共场所 卫生许可") with { BasicCode = "" }),
            Region("533300", Item(name: "地方特色事项") with { BasicCode = " " }),
            Region("511011", Item(name: "地方特色事项") with { BasicCode = "" }),
        ]);

        Assert.Equal(2, report.Items.Count);
        var coded = report.Items[0];
        Assert.Equal(("000123020000", ItemAlignment.Name), (coded.BasicCode, coded.AlignedBy));
        Assert.Equal(["330400", "610331"], coded.ByRegion.Keys);
        var named = report.Items[1];
        Assert.Equal((null, "地方特色事项", ItemAlignment.Name), (named.BasicCode, named.Name, named.AlignedBy));
        Assert.Equal(["511011", "533300"], named.ByRegion.Keys);
        Assert.Equal([null, "000123020000"], report.Missing.Select(m => m.BasicCode).Order());
    }

    [Fact]
    public void Inventories_of_the_same_region_are_merged_and_the_first_item_of_a_code_wins()
    {
        var report = RegionalComparison.Compare(
        [
            Region("330400", Item(committed: 1)),
            Region("330400", Item(committed: 9), Item(code: "000172005000", name: "药品零售企业许可")),
            Region("610331", Item(committed: 2)),
        ]);

        Assert.Equal([new RegionSummary("330400", "嘉兴市", 2, 0, 1), new RegionSummary("610331", "太白县", 1, 1, 0)], report.Regions);
        Assert.Equal(1m, report.Items[0].ByRegion["330400"].CommittedWorkingDays);
    }

    [Fact]
    public void Different_legal_bases_are_a_finding_naming_the_regions_outside_the_majority()
    {
        static ServiceItem Citing(params string[] titles) =>
            Item() with { Authority = new Authority { Name = "某局", LegalBasis = titles.Select(t => new LegalBasis { Title = t }).ToArray() } };

        var report = RegionalComparison.Compare(
        [
            Region("330400", Citing("《公共场所卫生管理条例》", "《公共场所卫生管理条例实施细则》")),
            Region("511011", Citing("《公共场所卫生管理条例实施细则》", "《公共场所卫生管理条例》")),
            Region("610331", Citing("《公共场所卫生管理条例》")),
        ]);

        var finding = Assert.Single(report.Items[0].Findings);
        Assert.Equal(("legalBasis", FindingSeverity.Info), (finding.Kind, finding.Severity));
        Assert.Equal(["610331"], finding.Regions);
        Assert.Equal("设定依据不一致：嘉兴市、东兴区：《公共场所卫生管理条例》《公共场所卫生管理条例实施细则》；太白县：《公共场所卫生管理条例》。", finding.Message(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(0.93m, report.Items[0].Uniformity); // (committed 1 + intermediaries 1 + depth 1 + legal basis 2/3 + handling type 1) / 5
    }

    [Fact]
    public void Material_synonyms_count_as_the_same_material_but_identity_proofs_do_not()
    {
        static ServiceItem Requiring(params string[] names) =>
            Item() with { Guide = new Guide { Materials = names.Select(n => new Material { Name = n }).ToArray() } };

        var report = RegionalComparison.Compare(
        [
            Region("330400", Requiring("居民身份证", "申请表")),
            Region("511011", Requiring("身份证", "申请表")),
            Region("610331", Requiring("法定代表人身份证明", "申请表")),
        ]);

        Assert.Equal(
            ["居民身份证 by 330400,511011 not 610331", "法定代表人身份证明 by 610331 not 330400,511011"],
            report.Items[0].MaterialDifferences.Select(d => $"{d.Name} by {string.Join(',', d.DemandedBy)} not {string.Join(',', d.NotDemandedBy)}"));
        var finding = Assert.Single(report.Items[0].Findings);
        Assert.Equal("materialSet", finding.Kind);
        Assert.Equal(["610331"], finding.Regions);
    }

    [Fact]
    public void An_item_only_one_region_carries_has_no_uniformity_and_no_finding()
    {
        var report = RegionalComparison.Compare([Region("330400", Item()), Region("610331", Item(code: "000172005000", name: "药品零售企业许可"))]);

        Assert.All(report.Items, i => Assert.Null(i.Uniformity));
        Assert.All(report.Items, i => Assert.Empty(i.Findings));
        Assert.Equal(2, report.Missing.Count);
    }

    [Fact]
    public void Inventories_as_loaded_and_the_same_inventories_normalized_give_the_same_report()
    {
        static ServiceItem Messy(string code, string name, string title, string material, decimal committed) => Item(code, name, committed) with
        {
            Authority = new Authority { Name = "卫生健康局", LegalBasis = [new LegalBasis { Title = title }] },
            Guide = new Guide { OnlineDepth = 3, Materials = [new Material { Name = material }, new Material { Name = "申请表" }] },
        };
        Inventory[] messy =
        [
            Region(" 330400", Messy("０００１２３０２００００", "公共场所  卫生许可 ", "《公共场所卫生管理条例》 ", "营业执照 副本", 5)),
            Region("610331", Messy("000123020000", "公共场所卫生许可", "《公共场所卫生管理条例》", "营业执照", 8)),
            Region("511011", Messy(" ", "公共场所卫生许可\u3000", "《公共场所　卫生管理条例》", "ＡＢＣ证明", 12)),
        ];

        var normalized = messy.Select(i => InventoryNormalizer.Normalize(i).Inventory!).ToArray();

        Assert.NotEqual(messy[0].Items[0].Name, normalized[0].Items[0].Name);
        Assert.Equal(Describe(RegionalComparison.Compare(normalized)), Describe(RegionalComparison.Compare(messy)));
        Assert.Equal(["330400", "511011", "610331"], RegionalComparison.Compare(messy).Regions.Select(r => r.Code));
    }

    [Theory]
    [InlineData(new[] { "5", "7.00", "7", "7.0", "9" }, "7")] // equal values keep their order: the middle one is the middle 7
    [InlineData(new[] { "9", "1", "4", "3" }, "3.5")]
    [InlineData(new[] { "-0", "0", "0.00" }, "0")]
    public void The_median_is_the_middle_value_of_a_stable_sort_and_figures_are_written_with_at_most_two_decimals(string[] values, string median)
    {
        var numbers = values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(median, ComparisonMetrics.Median(numbers).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(["1", "12", "-3", "0", "7.13", "7.1", "0.5", "100", ""], new decimal?[] { 1m, 12.00m, -3m, 0m, 7.125m, 7.10m, 0.50m, 100m, null }.Select(ComparisonMetrics.Format));
    }

    /// <summary>Every figure and word of a report, in both languages.</summary>
    private static string Describe(ComparisonReport report) =>
        JsonSerializer.Serialize(report) + string.Join('\n', report.Items.SelectMany(i => i.Findings).Select(f => f.Message(English) + f.Message(CultureInfo.GetCultureInfo("zh-CN"))));

    internal static Inventory Region(string code, params ServiceItem[] items) =>
        new() { SchemaVersion = "1.0", Region = new Region { Code = code }, Items = items };

    internal static ServiceItem Item(string code = "000123020000", string name = "公共场所卫生许可", decimal committed = 5, int depth = 3) => new()
    {
        BasicCode = code,
        Name = name,
        Type = ItemType.AdministrativeLicensing,
        Authority = new Authority { Name = "卫生健康局", LegalBasis = [new LegalBasis { Title = "《公共场所卫生管理条例》" }] },
        HandlingType = HandlingType.Promised,
        TimeLimits = new TimeLimits { Committed = new TimeLimit { Value = committed, Unit = TimeUnit.WorkingDays } },
        Guide = new Guide { OnlineDepth = depth },
    };
}
