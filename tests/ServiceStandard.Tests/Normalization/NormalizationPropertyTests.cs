using CsCheck;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Tests.Normalization;

/// <summary>Properties of normalization over generated inventories written the way departments write them.</summary>
public sealed class NormalizationPropertyTests
{
    private const int Iterations = 300;

    [Theory]
    [InlineData(DocumentFormat.Yaml)]
    [InlineData(DocumentFormat.Json)]
    public void Normalizing_twice_changes_nothing_the_second_time(DocumentFormat format)
    {
        InventoryGenerator.Inventory.Sample(inventory =>
        {
            var canonical = InventoryNormalizer.Normalize(inventory).Write(format);

            var again = InventoryNormalizer.Normalize(InventoryLoader.LoadText(canonical, format));

            Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
            Assert.Empty(again.Changes);
            Assert.Equal(canonical, again.Write(format));
        }, iter: Iterations);
    }

    [Fact]
    public void The_generated_inventories_are_untidy_enough_to_need_normalizing()
    {
        var untidy = 0;
        InventoryGenerator.Inventory.Sample(inventory =>
        {
            if (InventoryNormalizer.Normalize(inventory).Changes.Count > 0)
            {
                Interlocked.Increment(ref untidy);
            }
        }, iter: 200, threads: 1);

        Assert.InRange(untidy, 150, 200);
    }

    [Theory]
    [InlineData(DocumentFormat.Yaml)]
    [InlineData(DocumentFormat.Json)]
    public void Loading_then_normalizing_gives_what_normalizing_then_loading_gives(DocumentFormat format)
    {
        InventoryGenerator.Inventory.Sample(inventory =>
        {
            var written = CanonicalWriter.Write(inventory, format); // as departments wrote it: untidy text, unsorted lists
            var loaded = InventoryLoader.LoadText(written, format);
            Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));

            var loadThenNormalize = InventoryNormalizer.Normalize(loaded).Write(format);
            var normalizeThenLoad = InventoryNormalizer.Normalize(InventoryLoader.LoadText(InventoryNormalizer.Normalize(inventory).Write(format), format)).Write(format);

            Assert.Equal(normalizeThenLoad, loadThenNormalize);
        }, iter: Iterations);
    }

    [Fact]
    public void Canonical_output_validates_whenever_the_input_validated_and_yaml_and_json_agree()
    {
        InventoryGenerator.Inventory.Sample(inventory =>
        {
            var input = InventoryLoader.LoadText(CanonicalWriter.Write(inventory, DocumentFormat.Yaml), DocumentFormat.Yaml);
            Assert.True(input.IsValid);

            var result = InventoryNormalizer.Normalize(input);
            var yaml = InventoryLoader.LoadText(result.Write(DocumentFormat.Yaml), DocumentFormat.Yaml);
            var json = InventoryLoader.LoadText(result.Write(DocumentFormat.Json), DocumentFormat.Json);

            Assert.True(yaml.IsValid, string.Join("\n", yaml.Diagnostics));
            Assert.True(json.IsValid, string.Join("\n", json.Diagnostics));
            Assert.DoesNotContain(yaml.Diagnostics, d => d.Severity == ServiceStandard.Diagnostics.Severity.Error);
            Assert.Equal(CanonicalWriter.Write(yaml.Inventory!, DocumentFormat.Json), CanonicalWriter.Write(json.Inventory!, DocumentFormat.Json));
        }, iter: Iterations);
    }

    [Fact]
    public void Every_text_the_yaml_emitter_writes_is_read_back_as_that_text_by_yamldotnet_too()
    {
        InventoryGenerator.Text.Sample(text =>
        {
            var scalar = CanonicalYaml.Scalar(text, isCode: false);
            var stream = new YamlStream();
            stream.Load(new StringReader("key: " + scalar + "\n"));
            var node = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("key")];

            Assert.Equal(text, node.Value);
            if (node.Style == YamlDotNet.Core.ScalarStyle.Plain)
            {
                // A plain scalar must be one no YAML 1.1 or 1.2 resolver types: no number, boolean, null, date.
                Assert.DoesNotMatch(@"^([-+]?[0-9._:]+.*|[-+]?\.(inf|nan)|y|n|yes|no|true|false|on|off|null|~|)$", text.ToLowerInvariant());
            }
        }, iter: 2000);
    }
}
