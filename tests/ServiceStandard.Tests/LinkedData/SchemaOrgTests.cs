using System.Text.Json;
using ServiceStandard.CodeLists;
using ServiceStandard.LinkedData;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.LinkedData;

/// <summary>The schema.org GovernmentService JSON-LD of an item (FORMAT.md section 11), as the catalogue site's item view carries it.</summary>
public sealed class SchemaOrgTests
{
    [Fact]
    public void The_government_service_of_one_example_item_is_exactly_the_approved_one()
    {
        var load = InventoryLoader.LoadFile(Repository.PathOf("examples", "inventories", "shaanxi-taibai.yaml"));
        var inventory = load.Inventory!;

        using var document = JsonDocument.Parse(SchemaOrg.GovernmentService(inventory.Items[0], inventory.Region));
        var indented = JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        ApprovedFile.Verify(Repository.PathOf("tests", "ServiceStandard.Tests", "LinkedData", "shaanxi-taibai-public-venue-hygiene.schema-org.approved.json"), indented + "\n");
    }

    [Fact]
    public void A_result_that_is_not_a_permit_is_a_thing_and_an_unlisted_fee_makes_no_offer()
    {
        var item = new ServiceItem
        {
            BasicCode = "000123020000",
            Name = "公共场所卫生许可",
            Type = ItemType.PublicService,
            Authority = new Authority { Name = "太白县卫生健康局" },
            Guide = new Guide { Fees = new Fees { Charged = true }, Result = new Result { Type = ResultType.Other, Name = "告知书", Validity = "P1Y" } },
        };

        using var document = JsonDocument.Parse(SchemaOrg.GovernmentService(item, new Region { Code = "610331" }));
        var service = document.RootElement;

        Assert.Equal("Thing", service.GetProperty("serviceOutput").GetProperty("@type").GetString());
        Assert.False(service.GetProperty("serviceOutput").TryGetProperty("validFor", out _));
        Assert.False(service.TryGetProperty("offers", out _));
        Assert.Equal("太白县", service.GetProperty("areaServed").GetProperty("name").GetString());
        Assert.False(service.GetProperty("provider").TryGetProperty("identifier", out _));
    }
}
