using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Comparison;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Scoring;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Hardening;

/// <summary>
/// Every number is bounded by what the domain allows (ten years in any unit, a billion yuan, a hundred visits):
/// one SS1105 per value beyond, and no sum a report makes can overflow, even on values set in code.
/// </summary>
public sealed class DomainBoundsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static string Item(string guide = "", string limits = "{ legal: { value: 20, unit: workingDays } }") =>
        "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems:\n  - basicCode: \"000123020000\"\n    name: 公共场所卫生许可\n    type: administrativeLicensing\n" +
        "    authority: { name: 卫生健康局 }\n    timeLimits: " + limits + "\n" + guide;

    public static TheoryData<string, string, string> Beyond() => new()
    {
        { Item(limits: "{ legal: { value: 4e27, unit: months } }"), "/items/0/timeLimits/legal/value", "0..120" },
        { Item(limits: "{ legal: { value: 7.8e28, unit: calendarDays } }"), "/items/0/timeLimits/legal/value", "0..3660" },
        { Item(limits: "{ legal: { value: 1e40, unit: workingDays } }"), "/items/0/timeLimits/legal/value", "0..2500" },
        { Item(limits: "{ committed: { value: 121, unit: months } }"), "/items/0/timeLimits/committed/value", "0..120" },
        { Item(limits: "{ legal: 9999999个月 }"), "/items/0/timeLimits/legal", "0..120" },
        { Item("    guide: { onsiteVisits: 2147483648 }\n"), "/items/0/guide/onsiteVisits", "0..100" },
        { Item("    guide: { materials: [ { name: 申请书, copies: 100000 } ] }\n"), "/items/0/guide/materials/0/copies", "0..1000" },
    };

    [Theory]
    [MemberData(nameof(Beyond))]
    public void A_value_beyond_its_bound_is_one_finding_with_the_bound(string document, string path, string range)
    {
        var result = InventoryValidator.Validate(InventoryLoader.LoadText(document, DocumentFormat.Yaml));

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "SS1105");
        Assert.Equal(path, finding.Path);
        Assert.Contains(range, finding.Message(English), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_fees_of_5e28_are_two_findings_and_the_reports_are_made()
    {
        var document = Item("    guide: { fees: { charged: true, items: [ { name: 工本费, amount: 5e28 }, { name: 证书费, amount: 5e28 } ] } }\n");
        var load = InventoryLoader.LoadText(document, DocumentFormat.Yaml);
        var other = InventoryLoader.LoadFile(Repository.PathOf("examples", "inventories", "shaanxi-taibai.yaml"));

        var result = InventoryValidator.Validate(load);
        RegionalComparison.Compare([load.Inventory!, other.Inventory!]);
        CapabilityIndex.Score([result, InventoryValidator.Validate(other)]);

        Assert.Equal(["/items/0/guide/fees/items/0/amount", "/items/0/guide/fees/items/1/amount"],
            result.Diagnostics.Where(d => d.Code == "SS1105").Select(d => d.Path));
    }

    [Fact]
    public void Values_set_in_code_beyond_the_bounds_never_make_a_report_throw()
    {
        var taibai = InventoryLoader.LoadFile(Repository.PathOf("examples", "inventories", "shaanxi-taibai.yaml")).Inventory!;
        var jiaxing = InventoryLoader.LoadFile(Repository.PathOf("examples", "inventories", "zhejiang-jiaxing.yaml")).Inventory!;
        var item = jiaxing.Items[0];
        var huge = item with
        {
            TimeLimits = new TimeLimits
            {
                Legal = new TimeLimit { Value = 7.8e28m, Unit = TimeUnit.CalendarDays },
                Committed = new TimeLimit { Value = 4e27m, Unit = TimeUnit.Months },
            },
            Guide = (item.Guide ?? new Guide()) with
            {
                Fees = new Fees { Charged = true, Items = [new FeeItem { Name = "a", Amount = 5e28m }, new FeeItem { Name = "b", Amount = 5e28m }] },
            },
        };
        var inventory = jiaxing with { Items = [huge, .. jiaxing.Items.Skip(1)] };

        var metrics = ItemMetrics.Of(huge);
        var comparison = RegionalComparison.Compare([inventory, taibai, taibai with { Region = taibai.Region with { Code = "610300" } }]);
        var score = CapabilityIndex.Score([inventory, taibai]);
        var validation = InventoryValidator.Validate(inventory);

        Assert.Null(metrics.FeeTotal);
        Assert.NotEmpty(comparison.Items);
        Assert.Equal(2, score.Regions.Count);
        Assert.NotNull(validation);
    }
}
