using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Tests;

/// <summary>Editors find the schema: every example inventory names the published schema of its format version.</summary>
public sealed partial class EditorSchemaTests
{
    [Fact]
    public void Every_example_inventory_names_the_published_schema_of_its_format_version()
    {
        var files = Directory.GetFiles(Cli.Repo("examples", "inventories"));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var version = SchemaVersion().Match(text).Groups[1].Value;
            using var schema = JsonDocument.Parse(InventorySchema.Published(version));
            var id = schema.RootElement.GetProperty("$id").GetString();
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(text);
                Assert.Equal(id, document.RootElement.GetProperty("$schema").GetString());
            }
            else
            {
                Assert.Equal($"# yaml-language-server: $schema={id}", File.ReadLines(file).First());
            }
        }
    }

    [GeneratedRegex(@"""?schemaVersion""?\s*:\s*""([\d.]+)""")]
    private static partial Regex SchemaVersion();
}
