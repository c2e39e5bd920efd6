using System.Text.Json;
using ServiceStandard.CodeLists;
using ServiceStandard.LinkedData;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.LinkedData;

/// <summary>The CPSV-AP 3.2 JSON-LD export (FORMAT.md section 11); tests/linked-data/check.sh validates it against the official shapes.</summary>
public sealed class CpsvApTests
{
    private static Inventory Load(params string[] path)
    {
        var load = InventoryLoader.LoadFile(Repository.PathOf(path));
        Assert.True(load.IsValid, string.Join("\n", load.Diagnostics));
        return load.Inventory!;
    }

    /// <summary>An inventory of 太白县 with one item, 公共场所卫生许可, with nothing but its fees (no implementation code, no region name).</summary>
    private static Inventory OneItem(Fees fees) => new()
    {
        SchemaVersion = "1.0",
        Region = new Region { Code = "610331" },
        Items =
        [
            new ServiceItem
            {
                BasicCode = "000123020000",
                Name = "公共场所卫生许可",
                Type = ItemType.AdministrativeLicensing,
                Authority = new Authority { Name = "太白县卫生健康局" },
                Guide = new Guide { Fees = fees },
            },
        ],
    };

    [Fact]
    public void The_json_ld_of_one_example_item_is_exactly_the_approved_one()
    {
        var example = Load("examples", "inventories", "shaanxi-taibai.yaml");
        var inventory = example with { Items = [example.Items[0]] }; // 公共场所卫生许可, the item of FORMAT.md section 1

        ApprovedFile.Verify(Repository.PathOf("tests", "ServiceStandard.Tests", "LinkedData", "shaanxi-taibai-public-venue-hygiene.approved.jsonld"), CpsvAp.Write(inventory));
    }

    [Theory]
    [InlineData("shaanxi-taibai.yaml")]
    [InlineData("sichuan-dongxing.json")]
    [InlineData("yunnan-nujiang.yaml")]
    [InlineData("zhejiang-jiaxing.yaml")]
    public void Every_item_of_an_example_is_one_public_service_with_the_context_inlined(string example)
    {
        var inventory = Load("examples", "inventories", example);

        using var document = JsonDocument.Parse(CpsvAp.Write(inventory));
        var graph = document.RootElement.GetProperty("@graph").EnumerateArray().ToArray();

        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("@context").ValueKind);
        Assert.Equal(inventory.Items.Count, graph.Length);
        Assert.All(graph, s => Assert.Equal("cpsv:PublicService", s.GetProperty("@type").GetString()));
        Assert.Equal(
            inventory.Items.Select(i => i.ImplementationCode ?? i.BasicCode),
            graph.Select(s => s.GetProperty("dct:identifier").GetString()));
        Assert.All(graph, s => Assert.Equal("zh", s.GetProperty("dct:title").GetProperty("@language").GetString()));
    }

    [Theory]
    [InlineData(7, TimeUnit.WorkingDays, "P10D")]
    [InlineData(20, TimeUnit.WorkingDays, "P28D")]
    [InlineData(5, TimeUnit.WorkingDays, "P7D")]
    [InlineData(15, TimeUnit.CalendarDays, "P15D")]
    [InlineData(2, TimeUnit.Hours, "PT2H")]
    [InlineData(2.5, TimeUnit.Hours, "PT9000S")]
    [InlineData(3, TimeUnit.Months, "P3M")]
    [InlineData(1.5, TimeUnit.Months, "P45D")]
    [InlineData(0, TimeUnit.Immediate, "PT0S")]
    [InlineData(-3, TimeUnit.CalendarDays, "-P3D")]
    public void A_time_limit_is_an_xsd_duration_with_working_days_as_the_calendar_days_that_hold_them(double value, TimeUnit unit, string expected)
    {
        Assert.Equal(expected, CpsvAp.Duration(new TimeLimit { Value = (decimal)value, Unit = unit }));
    }

    [Theory]
    [InlineData(TimeUnit.WorkingDays)]
    [InlineData(TimeUnit.Months)]
    [InlineData(TimeUnit.Hours)]
    public void A_time_limit_beyond_what_the_loader_reads_never_throws(TimeUnit unit)
    {
        Assert.StartsWith("P", CpsvAp.Duration(new TimeLimit { Value = decimal.MaxValue - 0.5m, Unit = unit }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_charged_item_that_lists_no_fee_item_claims_no_price()
    {
        var inventory = OneItem(new Fees { Charged = true });

        using var document = JsonDocument.Parse(CpsvAp.Write(inventory));
        var cost = document.RootElement.GetProperty("@graph")[0].GetProperty("cv:hasCost")[0];

        Assert.False(cost.TryGetProperty("cv:hasValue", out _));
        Assert.Equal("收费（未列出收费项目）", cost.GetProperty("dct:description").GetProperty("@value").GetString());
    }

    [Fact]
    public void An_item_with_no_fees_charged_costs_zero_yuan_and_the_division_name_comes_from_the_table()
    {
        var inventory = OneItem(new Fees { Charged = false });

        using var document = JsonDocument.Parse(CpsvAp.Write(inventory));
        var service = document.RootElement.GetProperty("@graph")[0];
        var cost = service.GetProperty("cv:hasCost")[0];

        Assert.Equal("000123020000", service.GetProperty("dct:identifier").GetString());
        Assert.Equal("0", cost.GetProperty("cv:hasValue").GetProperty("@value").GetString());
        Assert.Equal(CpsvAp.Yuan, cost.GetProperty("cv:currency").GetProperty("@id").GetString());
        Assert.Equal("太白县", service.GetProperty("dct:spatial").GetProperty("locn:geographicName").GetProperty("@value").GetString());
        Assert.False(service.GetProperty("cv:hasCompetentAuthority").TryGetProperty("dct:identifier", out _));
        Assert.Equal("行政许可事项，实施主体：太白县卫生健康局。", service.GetProperty("dct:description").GetProperty("@value").GetString());
    }
}
