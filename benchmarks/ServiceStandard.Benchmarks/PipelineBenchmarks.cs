using BenchmarkDotNet.Attributes;
using ServiceStandard.Comparison;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;
using ServiceStandard.Validation;

namespace ServiceStandard.Benchmarks;

/// <summary>
/// Each stage of the pipeline on one generated region of 500 items (about 1.2 MB of JSON): load (read, tree,
/// bind), rules, normalize, and compare 8 regions. Per-item and per-MB figures: divide by 500 items and by
/// the document size printed in the setup.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private byte[] json = [];
    private byte[] yaml = [];
    private LoadResult loaded = null!;
    private Inventory[] regions = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var folder = Path.Combine(Path.GetTempPath(), "svcstd-bench-" + Environment.ProcessId);
        var jsonFiles = CorpusGenerator.Write(Path.Combine(root, "examples", "inventories"), Path.Combine(folder, "json"), 8, 500, Loading.DocumentFormat.Json, 1, false);
        var yamlFiles = CorpusGenerator.Write(Path.Combine(root, "examples", "inventories"), Path.Combine(folder, "yaml"), 1, 500, Loading.DocumentFormat.Yaml, 1, false);
        json = File.ReadAllBytes(jsonFiles[0]);
        yaml = File.ReadAllBytes(yamlFiles[0]);
        loaded = InventoryLoader.Load(json, Loading.DocumentFormat.Json);
        regions = jsonFiles.Select(f => InventoryLoader.LoadFile(f).Inventory!).ToArray();
        Console.WriteLine($"// one region: {json.Length / 1024.0 / 1024.0:F2} MB JSON, {yaml.Length / 1024.0 / 1024.0:F2} MB YAML, 500 items");
    }

    [Benchmark]
    public LoadResult LoadJson() => InventoryLoader.Load(json, Loading.DocumentFormat.Json);

    [Benchmark]
    public LoadResult LoadYaml() => InventoryLoader.Load(yaml, Loading.DocumentFormat.Yaml);

    [Benchmark]
    public ValidationResult Rules() => InventoryValidator.Validate(loaded);

    [Benchmark]
    public ValidationResult LoadAndValidateJson() => InventoryValidator.Validate(InventoryLoader.Load(json, Loading.DocumentFormat.Json));

    [Benchmark]
    public NormalizationResult Normalize() => InventoryNormalizer.Normalize(loaded);

    [Benchmark]
    public ComparisonReport Compare8Regions() => RegionalComparison.Compare(regions);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceStandard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
