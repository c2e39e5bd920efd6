using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;

namespace ServiceStandard.Tests.Normalization;

/// <summary>A document that can be read is normalized errors and all; only one that cannot be read at all is not.</summary>
public sealed class DocumentsWithErrorsTests
{
    private const string Faulty =
        "schemaVersion: \"1.0\"\n" +
        "region: { code: \"610331\" }\n" +
        "items:\n" +
        "  - { name: 无编码事项 }\n" +
        "  - basicCode: \"000123020000\"\n" +
        "    name: 公共场所卫生许可\n" +
        "    type: administrativeLicensing\n" +
        "    authority: { name: 太白县卫生健康局 }\n" +
        "    guide: { onsiteVisits: lots }\n" +
        "    contacts: { consultation: [ { phone: \"0917—4821234\" } ] }\n";

    [Fact]
    public void A_document_with_errors_is_normalized_with_every_item_its_inventory_holds()
    {
        var load = InventoryLoader.LoadText(Faulty, DocumentFormat.Yaml);

        var result = InventoryNormalizer.Normalize(load);

        Assert.True(result.Succeeded);
        Assert.Equal(["000123020000"], result.Inventory!.Items.Select(i => i.BasicCode));
        Assert.Contains(result.Diagnostics, d => d is { Code: "SS1109", Severity: Severity.Error });
        Assert.Equal([0], load.ExcludedItems.Select(e => e.Index));
    }

    [Fact]
    public void A_change_to_an_item_after_one_left_out_is_placed_where_that_item_is_written()
    {
        var result = InventoryNormalizer.Normalize(InventoryLoader.LoadText(Faulty, DocumentFormat.Yaml));

        var phone = Assert.Single(result.Changes, c => c.Path.EndsWith("/phone", StringComparison.Ordinal));
        Assert.Equal("/items/1/contacts/consultation/0/phone", phone.Path);
        Assert.Equal(10, phone.Position!.Value.Line);
        Assert.Equal(1, phone.ItemIndex);
    }

    [Fact]
    public void A_document_that_cannot_be_read_is_not_normalized()
    {
        var result = InventoryNormalizer.Normalize(InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: {code: \"610331\"\nitems: []\n", DocumentFormat.Yaml));

        Assert.False(result.Succeeded);
        Assert.Throws<InvalidOperationException>(() => result.Write(DocumentFormat.Yaml));
    }
}
