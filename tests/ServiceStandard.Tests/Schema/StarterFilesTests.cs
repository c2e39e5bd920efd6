using System.Text;
using ServiceStandard.Loading;
using ServiceStandard.Schema;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Schema;

/// <summary>The starter files <c>svcstd init</c> writes, from the library alone.</summary>
public sealed class StarterFilesTests
{
    [Fact]
    public void The_starter_inventory_attaches_the_newest_schema_and_validates_with_no_finding()
    {
        var text = StarterInventory.Text();

        Assert.StartsWith("# yaml-language-server: $schema=" + InventorySchema.Id + "\n", text, StringComparison.Ordinal);
        var result = InventoryValidator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)), DocumentFormat.Yaml, StarterInventory.FileName);
        Assert.Empty(result.Diagnostics.Select(d => d.Code));
        Assert.Equal("公共场所卫生许可", Assert.Single(result.Inventory!.Items).Name);
    }

    [Fact]
    public void The_starter_rule_set_reads_as_every_rule_at_its_default()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("svcstd-rules-").FullName, RuleSet.FileName);
        File.WriteAllText(path, RuleSet.StarterText);
        try
        {
            RuleSet.Load(path, out var diagnostics);

            Assert.Empty(diagnostics);
            Assert.EndsWith("rules: {}\n", RuleSet.StarterText, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
