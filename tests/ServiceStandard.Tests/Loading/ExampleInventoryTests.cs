using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Loading;

public sealed class ExampleInventoryTests
{
    [Theory]
    [InlineData("zhejiang-jiaxing.yaml", "330400", 12)]
    [InlineData("shaanxi-taibai.yaml", "610331", 10)]
    [InlineData("yunnan-nujiang.yaml", "533300", 11)]
    [InlineData("sichuan-dongxing.json", "511011", 11)]
    public void Each_example_inventory_is_valid_with_no_diagnostic(string file, string region, int items)
    {
        var result = InventoryValidator.ValidateFile(Repository.PathOf("examples", "inventories", file));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(region, result.Inventory!.Region.Code);
        Assert.Equal(items, result.Inventory.Items.Count);
    }

    [Fact]
    public void The_examples_share_at_least_eight_basic_items_across_all_regions()
    {
        var inventories = Directory.EnumerateFiles(Repository.PathOf("examples", "inventories"))
            .Select(f => InventoryValidator.ValidateFile(f).Inventory!)
            .ToArray();

        var shared = inventories
            .Select(i => i.Items.Select(item => item.BasicCode).ToHashSet())
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });

        Assert.Equal(4, inventories.Length);
        Assert.Equal(9, shared.Count);
    }
}
