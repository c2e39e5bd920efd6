using NJsonSchema;
using ServiceStandard.Schema;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Schema;

public sealed class InventorySchemaTests
{
    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    public void The_published_schema_of_each_version_equals_the_one_generated_from_the_model(string version)
    {
        // When this fails for the newest version, the generated schema is written beside the published one
        // (inventory.schema.received.json): review it and move it over the published file (svcstd schema prints the
        // published file, embedded in the library, and does not generate). A published older version never changes:
        // fix the model (mark new properties [Since]) instead.
        ApprovedFile.Verify(Repository.PathOf("schemas", "inventory", version, "inventory.schema.json"), InventorySchema.Generate(version));
    }

    [Fact]
    public async Task The_1_0_schema_leaves_out_what_1_1_added()
    {
        var old = await JsonSchema.FromJsonAsync(InventorySchema.Generate("1.0"));
        var current = await JsonSchema.FromJsonAsync(InventorySchema.Generate("1.1"));

        Assert.DoesNotContain("crossRegionScope", old.Definitions["ServiceItem"].Properties.Keys);
        Assert.DoesNotContain("electronicLicense", old.Definitions["Material"].Properties.Keys);
        Assert.DoesNotContain("NotificationCommitment", old.Definitions.Keys);
        Assert.Equal(["national", "provincial", "municipal", "county", "none"], current.Definitions["CrossRegionScope"].Enumeration.Cast<string>());
        Assert.Equal(["applicable"], current.Definitions["NotificationCommitment"].RequiredProperties);
        Assert.Equal(["1.1"], current.Properties["schemaVersion"].Enumeration.Cast<string>());
    }

    [Fact]
    public void The_schema_declares_draft_07_and_its_stable_id()
    {
        var text = InventorySchema.Generate();

        Assert.StartsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"" + InventorySchema.Id + "\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-04", text, StringComparison.Ordinal);
        Assert.DoesNotContain("x-enumNames", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Titles_are_the_standard_chinese_element_names_and_enums_come_from_the_code_lists()
    {
        var schema = await JsonSchema.FromJsonAsync(InventorySchema.Generate());
        var item = schema.Definitions["ServiceItem"];

        Assert.Equal("基本编码", item.Properties["basicCode"].Title);
        Assert.Equal("^[0-9A-Z]{12}$", item.Properties["basicCode"].Pattern);
        Assert.Equal(["basicCode", "name", "type", "authority"], item.RequiredProperties);
        Assert.Equal(
            ["window", "online", "mobile", "post", "selfService"],
            schema.Definitions["Channel"].Enumeration.Cast<string>());
        Assert.Contains("administrativeLicensing = 01 行政许可", schema.Definitions["ItemType"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_properties_are_allowed_everywhere()
    {
        var schema = await JsonSchema.FromJsonAsync(InventorySchema.Generate("1.0"));

        var errors = schema.Validate("""{"schemaVersion":"1.0","region":{"code":"330400","x":1},"items":[],"local":true}""");

        Assert.Empty(errors);
    }
}
