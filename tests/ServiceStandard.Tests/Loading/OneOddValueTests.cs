using System.Text.Json.Nodes;
using CsCheck;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Loading;

/// <summary>
/// Department data as written: one odd value anywhere in an item costs at most that item, and only when the value was
/// what tells items apart (basic code) or decides which rules apply (type); every other item is read and validated.
/// </summary>
public sealed class OneOddValueTests
{
    private static readonly Func<JsonNode?>[] OddValues =
    [
        () => "很多", () => "见附件", () => "", () => "0次（视情况）", () => "是否", () => "１２３", () => "5-10元", () => "按规定执行",
        () => null, () => -1, () => 4e30, () => true, () => new JsonObject(), () => new JsonArray("甲", 1),
    ];

    [Fact]
    public void No_single_odd_value_in_an_item_makes_the_loader_drop_another_item()
    {
        var original = JsonNode.Parse(File.ReadAllText(Repository.PathOf("examples", "inventories", "sichuan-dongxing.json")))!;
        var leaves = Leaves(original["items"]!, "/items").Select(l => l.Pointer).ToArray();
        var codes = original["items"]!.AsArray().Select(i => (string)i!["basicCode"]!).ToArray();

        // Half the draws change a value of the item itself (basic code, name, type, handling type ...), half any value.
        var itemLevel = leaves.Where(p => p.Count(c => c == '/') == 3).ToArray();
        var pointers = Gen.Frequency((1, Gen.Int[0, itemLevel.Length - 1].Select(i => itemLevel[i])), (1, Gen.Int[0, leaves.Length - 1].Select(i => leaves[i])));
        Gen.Select(pointers, Gen.Int[0, OddValues.Length - 1]).Sample((pointer, odd) =>
        {
            var changed = original.DeepClone();
            Replace(changed, pointer, OddValues[odd]());

            var load = InventoryLoader.LoadText(changed.ToJsonString(), DocumentFormat.Json);
            var result = InventoryValidator.Validate(load);

            var item = int.Parse(pointer.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.NotNull(load.Inventory);
            Assert.Equal(codes.Length, load.ItemsWritten);
            var kept = load.Inventory.Items.Select(i => i.BasicCode).ToHashSet();
            Assert.All(codes.Where((_, i) => i != item), code => Assert.Contains(code, kept));
            if (!kept.Contains(codes[item]))
            {
                Assert.Matches("^/items/[0-9]+/(basicCode|type)$", pointer);
                Assert.Equal(item, Assert.Single(load.ExcludedItems).Index);
            }

            // Whatever could not be read is said, at the value.
            Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error && d.Descriptor.Category == DiagnosticCategory.Schema),
                d => Assert.StartsWith($"/items/{item}/", d.Path + "/", StringComparison.Ordinal));
        }, iter: 600);
    }

    private static IEnumerable<(string Pointer, JsonNode? Value)> Leaves(JsonNode node, string pointer) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value!, $"{pointer}/{p.Key}")),
        JsonArray a => a.SelectMany((e, i) => Leaves(e!, $"{pointer}/{i}")),
        _ => [(pointer, node)],
    };

    private static void Replace(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = segments[..^1].Aggregate(root, (n, s) => n is JsonArray a ? a[int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)]! : n[s]!);
        if (parent is JsonArray array)
        {
            array[int.Parse(segments[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[segments[^1]] = value;
        }
    }
}
