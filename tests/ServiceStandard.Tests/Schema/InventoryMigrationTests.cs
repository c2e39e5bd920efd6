using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Schema;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Schema;

public sealed class InventoryMigrationTests
{
    public static TheoryData<string> Examples() => [.. Directory.EnumerateFiles(Repository.PathOf("examples", "inventories")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Migrating_an_example_to_1_1_then_loading_it_gives_the_same_model_plus_the_version_and_is_idempotent(string file)
    {
        var original = InventoryLoader.LoadFile(Repository.PathOf("examples", "inventories", file)).Inventory!;

        var migrated = InventoryMigration.Migrate(original, "1.1");
        var written = CanonicalWriter.Write(migrated, DocumentFormat.Json);
        var reloaded = InventoryLoader.LoadText(written, DocumentFormat.Json);

        Assert.Empty(reloaded.Diagnostics);
        Assert.Equal("1.1", reloaded.Inventory!.SchemaVersion);
        Assert.Equal(CanonicalWriter.Write(original with { SchemaVersion = "1.1" }, DocumentFormat.Json), CanonicalWriter.Write(reloaded.Inventory, DocumentFormat.Json));
        Assert.Same(reloaded.Inventory, InventoryMigration.Migrate(reloaded.Inventory, "1.1"));
    }

    [Fact]
    public void Unknown_keys_and_extensions_survive_migration_verbatim()
    {
        var load = InventoryLoader.LoadText(
            "schemaVersion: \"1.0\"\nregion: { code: \"330400\", local: [1, 2] }\nitems:\n  - { basicCode: \"000123020000\", name: 事项, type: publicService, authority: { name: 机关 }, extensions: { k: v }, 自定义: x }\nnote: kept\n",
            DocumentFormat.Yaml);

        var text = CanonicalWriter.Write(InventoryMigration.Migrate(load.Inventory!, "1.1"), DocumentFormat.Yaml);

        Assert.Equal(
            """
            schemaVersion: "1.1"
            region:
              code: "330400"
              local:
                - 1
                - 2
            items:
              - basicCode: "000123020000"
                name: 事项
                type: publicService
                status: active
                authority:
                  name: 机关
                extensions:
                  k: v
                自定义: x
            note: kept

            """,
            text);
    }

    [Fact]
    public void Migrating_down_or_to_an_unknown_version_is_refused()
    {
        var inventory = InventoryLoader.LoadText("schemaVersion: \"1.1\"\nregion: { code: \"330400\" }\nitems: []\n", DocumentFormat.Yaml).Inventory!;

        Assert.Equal("Cannot migrate format 1.1 down to 1.0. (Parameter 'targetVersion')\nActual value was 1.0.", Assert.Throws<ArgumentOutOfRangeException>(() => InventoryMigration.Migrate(inventory, "1.0")).Message.ReplaceLineEndings("\n"));
        Assert.Throws<ArgumentOutOfRangeException>(() => InventoryMigration.Migrate(inventory, "2.0"));
    }
}
