using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Validation;
using SharpFuzz;

// AFL++ harness (SharpFuzz): every input is loaded as YAML and as JSON, validated and normalized.
// Any exception is a crash; so is a result with no inventory and no diagnostic, or a diagnostic without
// a position. The same invariants run, bounded, in LoaderRobustnessTests.
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
    }
});
