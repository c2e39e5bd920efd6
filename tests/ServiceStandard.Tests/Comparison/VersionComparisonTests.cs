using System.Globalization;
using ServiceStandard.Comparison;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Comparison;

/// <summary>Two versions of 太白县's inventory (Fixtures/Comparison/versions): 2026-01 is the example, 2026-07 a modified copy.</summary>
public sealed class VersionComparisonTests
{
    private static readonly Lazy<VersionReport> Lazy = new(() => VersionComparison.Compare(
        ExampleInventories.Load(Repository.Fixtures("Comparison", "versions", "taibai-2026-01.yaml")),
        ExampleInventories.Load(Repository.Fixtures("Comparison", "versions", "taibai-2026-07.yaml"))));

    private static VersionReport Report => Lazy.Value;

    [Fact]
    public void Added_and_removed_items_are_listed_by_basic_code()
    {
        Assert.Equal(("610331", "太白县", 10, 10), (Report.RegionCode, Report.RegionName, Report.OldItems, Report.NewItems));
        Assert.Equal((new DateOnly(2026, 1, 20), new DateOnly(2026, 7, 1)), (Report.OldPublishedOn!.Value, Report.NewPublishedOn!.Value));
        Assert.Equal([new VersionedItem("000118013000", "道路货物运输经营许可")], Report.Added);
        Assert.Equal([new VersionedItem("000514003000", "特困人员救助供养")], Report.Removed);
    }

    [Fact]
    public void Each_changed_item_is_classed_stricter_looser_mixed_or_neutral_for_the_citizen()
    {
        Assert.Equal(
            [
                "000123001000 医疗机构执业登记 Looser: feeTotal 10→0 Looser; onsiteVisits 2→1 Looser",
                "000123020000 公共场所卫生许可 Stricter: committedWorkingDays 0→5 Stricter; handlingType immediate→promised Stricter",
                "000171028000 食品经营许可 Mixed: materials 7→8 Stricter; onlineDepth 2→4 Looser; materialSet →食品安全管理人员培训合格证明 Stricter",
                "000172005000 药品零售企业许可 Looser: committedWorkingDays 15→10 Looser; materials 10→9 Looser; materialSet 营业执照→ Looser",
                "000771004000 个体工商户设立登记 Neutral: name 个体工商户登记→个体工商户设立登记 Neutral",
            ],
            Report.Changed.Select(c => $"{c.BasicCode} {c.Name} {c.Direction}: " + string.Join("; ", c.Changes.Select(x => $"{x.Kind} {x.Old}→{x.New} {x.Direction}"))));
    }

    [Fact]
    public void Changes_are_described_in_both_languages()
    {
        var changes = Report.Changed.Single(c => c.BasicCode == "000123020000").Changes;

        Assert.Equal(["承诺办结时限（工作日）：0 → 5。", "办件类型：即办件 → 承诺件。"], changes.Select(c => c.Message(CultureInfo.GetCultureInfo("zh-CN"))));
        Assert.Equal(["committed time limit (working days): 0 → 5.", "Handling type: immediate → promised."], changes.Select(c => c.Message(CultureInfo.GetCultureInfo("en"))));
    }

    [Fact]
    public void A_change_is_a_code_with_arguments_as_data_rendered_in_the_readers_language()
    {
        var change = Report.Changed.Single(c => c.BasicCode == "000123020000").Changes[1];

        Assert.Equal("Change_handlingType", change.Code);
        Assert.Equal(["new", "old"], change.Arguments.Keys.Order());
        Assert.Equal(("HandlingType_Immediate", "HandlingType_Promised"), (change.Arguments["old"].Key, change.Arguments["new"].Key));
        Assert.Equal("Handling type: immediate → promised.", change.Message(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("办件类型：即办件 → 承诺件。", change.Message(CultureInfo.GetCultureInfo("zh-Hans-CN")));
    }

    [Fact]
    public void An_inventory_compared_with_itself_has_no_change()
    {
        var inventory = ExampleInventories.Load(Repository.Fixtures("Comparison", "versions", "taibai-2026-01.yaml"));

        var report = VersionComparison.Compare(inventory, inventory);

        Assert.Empty(report.Added);
        Assert.Empty(report.Removed);
        Assert.Empty(report.Changed);
    }

    [Fact]
    public void A_figure_newly_stated_is_a_neutral_change()
    {
        var old = RegionalComparisonRuleTests.Region("610331", RegionalComparisonRuleTests.Item() with { Guide = null });
        var @new = RegionalComparisonRuleTests.Region("610331", RegionalComparisonRuleTests.Item());

        var change = Assert.Single(VersionComparison.Compare(old, @new).Changed);

        Assert.Equal(ChangeDirection.Neutral, change.Direction);
        Assert.Equal(["onlineDepth :not stated→3", "intermediaryServices :not stated→0"], change.Changes.Select(c => $"{c.Kind} :{c.Old ?? "not stated"}→{c.New}").Reverse());
    }
}
