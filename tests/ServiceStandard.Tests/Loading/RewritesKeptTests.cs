using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Loading;

/// <summary>
/// Loading without keeping rewrites (what validation and the verbs that never list them do): the same inventory and
/// the same findings, none of the rewrites, which normalization alone lists and still gets by default.
/// </summary>
public sealed class RewritesKeptTests
{
    [Theory]
    [InlineData("county-export.as-written.yaml")]
    [InlineData("loudi-prepackaged-food-filing.as-written.yaml")]
    public void A_load_without_rewrites_gives_the_same_inventory_and_findings_and_no_rewrites(string name)
    {
        var path = Repository.Fixtures("AsWritten", name);
        var kept = InventoryLoader.LoadFile(path);
        var dropped = InventoryLoader.LoadFile(path, LoadOptions.Default with { KeepRewrites = false });

        Assert.Contains(kept.Rewrites, d => d.Code == "SS8001");
        Assert.Contains(kept.Rewrites, d => d.Code == "SS8003");
        Assert.Empty(dropped.Rewrites);
        Assert.Equal(CanonicalWriter.Write(kept.Inventory!, DocumentFormat.Yaml), CanonicalWriter.Write(dropped.Inventory!, DocumentFormat.Yaml));
        Assert.Equal(Exactly(InventoryValidator.Validate(kept).Diagnostics), Exactly(InventoryValidator.Validate(dropped).Diagnostics));
        Assert.Equal(Exactly(InventoryValidator.ValidateFile(path).Diagnostics), Exactly(InventoryValidator.Validate(kept).Diagnostics));
    }

    [Fact]
    public void Normalizing_a_file_still_lists_every_rewrite_of_its_load()
    {
        var path = Repository.Fixtures("AsWritten", "county-export.as-written.yaml");
        var changes = Exactly(InventoryNormalizer.NormalizeFile(path).Changes);

        Assert.All(Exactly(InventoryLoader.LoadFile(path).Rewrites), rewrite => Assert.Contains(rewrite, changes));
    }

    private static string[] Exactly(IEnumerable<ServiceStandard.Diagnostics.Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Code} {d.Path} {d.Position} {d.Message(System.Globalization.CultureInfo.InvariantCulture)}")
        .Order(StringComparer.Ordinal)
        .ToArray();
}
