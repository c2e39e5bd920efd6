using ServiceStandard.Schema;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Schema;

public sealed class PublishedSchemaTests
{
    [Fact]
    public void The_published_schema_of_1_0_is_the_committed_file_byte_for_byte()
    {
        Assert.Equal(File.ReadAllText(Repository.PathOf("schemas/inventory/1.0/inventory.schema.json")), InventorySchema.Published("1.0"));
        Assert.Equal(File.ReadAllText(Repository.PathOf(InventorySchema.PublishedPath)), InventorySchema.Published("1.1"));
    }

    [Fact]
    public void Every_folder_under_schemas_inventory_is_a_published_version()
    {
        var folders = Directory.GetDirectories(Repository.PathOf("schemas", "inventory")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(folders, InventorySchema.PublishedVersions);
        Assert.Contains(InventorySchema.FormatVersion, InventorySchema.PublishedVersions);
    }

    [Fact]
    public void An_unpublished_version_is_refused_with_the_versions_that_exist()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => InventorySchema.Published("2.0"));

        Assert.Equal("version", refused.ParamName);
        Assert.StartsWith("No schema is published for format version '2.0'. Published: 1.0, 1.1.", refused.Message, StringComparison.Ordinal);
    }
}
