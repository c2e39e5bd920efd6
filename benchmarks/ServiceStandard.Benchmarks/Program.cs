using System.Globalization;
using BenchmarkDotNet.Running;
using ServiceStandard.Benchmarks;
using ServiceStandard.Loading;

// dotnet run -c Release --project benchmarks/ServiceStandard.Benchmarks -- generate --regions 40 --items 500 --format json --out benchmarks/corpus/json
// dotnet run -c Release --project benchmarks/ServiceStandard.Benchmarks -- xlsx-readers benchmarks/corpus/sheets/items.xlsx --runs 3
// dotnet run -c Release --project benchmarks/ServiceStandard.Benchmarks -- stages benchmarks/corpus/json --rounds 5
// dotnet run -c Release --project benchmarks/ServiceStandard.Benchmarks -- --filter '*'       (BenchmarkDotNet)
if (args.Length > 0 && args[0] == "generate")
{
    string Option(string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    var files = CorpusGenerator.Write(
        Option("--examples", Path.Combine("examples", "inventories")),
        Option("--out", Path.Combine("benchmarks", "corpus")),
        int.Parse(Option("--regions", "40"), CultureInfo.InvariantCulture),
        int.Parse(Option("--items", "500"), CultureInfo.InvariantCulture),
        Option("--format", "json") == "yaml" ? ServiceStandard.Loading.DocumentFormat.Yaml : ServiceStandard.Loading.DocumentFormat.Json,
        int.Parse(Option("--seed", "20260115"), CultureInfo.InvariantCulture),
        args.Contains("--single"));
    var bytes = files.Sum(f => new FileInfo(f).Length);
    Console.WriteLine(FormattableString.Invariant($"{files.Count} file(s), {bytes / 1024.0 / 1024.0:F1} MB"));
    return 0;
}

if (args.Length > 1 && args[0] == "stages")
{
    return Stages.Run(args);
}

if (args.Length > 1 && args[0] == "xlsx-readers")
{
    return XlsxReaders.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
