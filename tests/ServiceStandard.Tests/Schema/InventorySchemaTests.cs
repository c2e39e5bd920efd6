using NJsonSchema;
using ServiceStandard.Schema;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Schema;

public sealed class InventorySchemaTests
{
    [Fact]
    public void The_published_schema_equals_the_one_generated_from_the_model()
    {
        var published = File.ReadAllText(Repository.PathOf(InventorySchema.PublishedPath.Split('/')));

        // When this fails, regenerate: dotnet run --project src/ServiceStandard.Cli -- schema -o schemas/inventory/1.0/inventory.schema.json
        Assert.Equal(published, InventorySchema.Generate());
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
        var schema = await JsonSchema.FromJsonAsync(InventorySchema.Generate());

        var errors = schema.Validate("""{"schemaVersion":"1.0","region":{"code":"330400","x":1},"items":[],"local":true}""");

        Assert.Empty(errors);
    }
}
