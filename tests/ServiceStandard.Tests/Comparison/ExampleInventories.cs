using ServiceStandard.Comparison;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Comparison;

/// <summary>The four example inventories, loaded once, and their comparison.</summary>
internal static class ExampleInventories
{
    public const string Jiaxing = "330400";
    public const string Taibai = "610331";
    public const string Nujiang = "533300";
    public const string Dongxing = "511011";

    private static readonly Lazy<IReadOnlyList<Inventory>> All = new(() =>
        new[] { "zhejiang-jiaxing.yaml", "shaanxi-taibai.yaml", "yunnan-nujiang.yaml", "sichuan-dongxing.json" }
            .Select(f => Load(Repository.PathOf("examples", "inventories", f)))
            .ToArray());

    private static readonly Lazy<ComparisonReport> Comparison = new(() => RegionalComparison.Compare(All.Value));

    public static IReadOnlyList<Inventory> Inventories => All.Value;

    public static ComparisonReport Report => Comparison.Value;

    public static Inventory Load(string path)
    {
        var result = InventoryLoader.LoadFile(path);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics.Select(d => d.Code + " " + d.Path)));
        return result.Inventory!;
    }

    public static ItemComparison Item(string basicCode) => Report.Items.Single(i => i.BasicCode == basicCode);
}
