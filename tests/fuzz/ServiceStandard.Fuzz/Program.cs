using ServiceStandard.Catalogue;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Profiles;
using ServiceStandard.Scoring;
using ServiceStandard.Validation;
using SharpFuzz;

// AFL++ harness (SharpFuzz): every input is loaded as YAML and as JSON, validated and normalized, and read as
// each file the tool reads beside inventories: a profile (compiled and run on an inventory when it is sound), a
// rule set, score weights and a basic catalogue. Any exception is a crash; so is a result with no inventory and no
// diagnostic, or a diagnostic without a position. The same invariants run, bounded, in LoaderRobustnessTests.
var sideFile = Path.Combine(Path.GetTempPath(), $"svcstd-fuzz-{Environment.ProcessId}");
LoadResult? probe = null; // made inside the run: instrumented code must not run before the fuzzer's shared memory is set up
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    foreach (var format in new[] { DocumentFormat.Yaml, DocumentFormat.Json })
    {
        var load = InventoryLoader.Load(bytes, format, "fuzz");
        var result = InventoryValidator.Validate(load);
        if (result.Inventory is null && result.Diagnostics.Count == 0)
        {
            throw new InvalidOperationException("no inventory and no diagnostic");
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Position is null) is { } unplaced)
        {
            throw new InvalidOperationException($"{unplaced.Code} at {unplaced.Path} has no position");
        }

        if (load.IsValid)
        {
            InventoryNormalizer.Normalize(load).Write(format);
        }

        var extension = format == DocumentFormat.Json ? ".json" : ".yaml";
        File.WriteAllBytes(sideFile + extension, bytes);
        if (InventoryProfile.Load(sideFile + extension, out _) is { } profile)
        {
            probe ??= InventoryLoader.LoadText("schemaVersion: \"1.1\"\nregion: { code: \"330400\", name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! }\nitems: []\n", DocumentFormat.Yaml);
            profile.Check(probe);
        }

        RuleSet.Load(sideFile + extension, out _);
        ScoreWeights.Load(sideFile + extension, out _);
        BasicCatalogue.Read(sideFile + extension, out _);
    }
});
