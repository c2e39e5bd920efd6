#:project ../src/ServiceStandard/ServiceStandard.csproj
#:package JsonSchema.Net@7.4.0
#:property TargetFramework=net10.0
#:property PublishAot=false
#:property ManagePackageVersionsCentrally=false
// The profile validator svcstd uses (ProfileSchema, through InventoryProfile) against JsonSchema.Net 7.4.0, the other
// AOT-compatible choice, on the inputs of the profile tests: examples/profiles/zhejiang.yaml and
// zhejiang-inventory.yaml (or PROFILE and INVENTORY given). Each side: read the profile's effective schema once
// (timed apart), then check the inventory's canonical form (written and parsed by both: the same work) ROUNDS times
// after 20 untimed rounds; prints the median time per check and what each side found (count of violations, and the
// instance pointers JsonSchema.Net's list output names as failing leaves).
// Usage: dotnet run -c Release scripts/profile-validators.cs -- [PROFILE INVENTORY [ROUNDS]]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Profiles;

var root = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", ".."));
var profilePath = args.Length > 0 ? args[0] : Path.Combine(root, "examples", "profiles", "zhejiang.yaml");
var inventoryPath = args.Length > 1 ? args[1] : Path.Combine(root, "examples", "profiles", "zhejiang-inventory.yaml");
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;

var load = InventoryLoader.LoadFile(inventoryPath);

var clock = Stopwatch.StartNew();
var profile = InventoryProfile.Load(profilePath, out var problems) ?? throw new InvalidOperationException(string.Join("; ", problems));
var ownRead = clock.Elapsed;
clock.Restart();
var other = JsonSchema.FromText(profile.EffectiveSchema);
var otherRead = clock.Elapsed;

var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
var ownFound = profile.Check(load);
var otherFound = other.Evaluate(JsonNode.Parse(CanonicalWriter.Write(load.Inventory!, DocumentFormat.Json)), options);

Console.WriteLine($"inputs: {Path.GetFileName(profilePath)}, {Path.GetFileName(inventoryPath)} ({load.Inventory!.Items.Count} items); {rounds} rounds; {Environment.ProcessorCount} cores");
Console.WriteLine($"ProfileSchema  : read {ownRead.TotalMilliseconds,8:F2} ms (first, with the YAML of the profile), check median {Median(() => profile.Check(load)),8:F3} ms; {ownFound.Count} violations: {string.Join(", ", ownFound.Select(d => d.Path))}");
var leaves = (otherFound.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation} {string.Join("/", d.Errors!.Keys)}").Distinct().ToArray();
Console.WriteLine($"JsonSchema.Net : read {otherRead.TotalMilliseconds,8:F2} ms (first, from the JSON text), check median {Median(() => other.Evaluate(JsonNode.Parse(CanonicalWriter.Write(load.Inventory!, DocumentFormat.Json)), options)),8:F3} ms; valid {otherFound.IsValid}; {leaves.Length} failing leaves: {string.Join(", ", leaves)}");

double Median(Action check)
{
    for (var i = 0; i < 20; i++)
    {
        check();
    }

    var times = new double[rounds];
    for (var i = 0; i < rounds; i++)
    {
        var start = Stopwatch.GetTimestamp();
        check();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(times);
    return times[rounds / 2];
}
