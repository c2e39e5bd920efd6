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

    [Fact]
    public void The_SchemaStore_entry_points_to_the_published_schemas_and_matches_the_file_init_writes()
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Cli.Repo("docs", "schemastore-entry.json")));
        var root = entry.RootElement;

        Assert.Equal(["name", "description", "fileMatch", "url", "versions"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(InventorySchema.Id, root.GetProperty("url").GetString());
        Assert.Equal(
            InventorySchema.PublishedVersions.ToDictionary(v => v, v => JsonDocument.Parse(InventorySchema.Published(v)).RootElement.GetProperty("$id").GetString()),
            root.GetProperty("versions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()));
        var patterns = root.GetProperty("fileMatch").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Contains(patterns, p => Glob(p).IsMatch(ServiceStandard.Schema.StarterInventory.FileName));
        Assert.DoesNotContain(patterns, p => Glob(p).IsMatch(ServiceStandard.Validation.RuleSet.FileName));
    }

    /// <summary>A fileMatch pattern as editors read it: <c>*</c> matches any text, an empty one too.</summary>
    private static Regex Glob(string pattern) => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$");

    [GeneratedRegex(@"""?schemaVersion""?\s*:\s*""([\d.]+)""")]
    private static partial Regex SchemaVersion();
}
