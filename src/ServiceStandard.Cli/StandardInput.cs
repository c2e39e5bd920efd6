using ServiceStandard.Loading;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli;

/// <summary>How a verb reads its inventories: the limits and encoding of <see cref="LoadingOptions"/>, files by their extension and <c>-</c> from standard input.</summary>
/// <param name="Limits">The limits and encoding.</param>
/// <param name="InputFormat">The syntax of standard input (<c>--input-format</c>), or <see langword="null"/> to tell it from its first byte.</param>
/// <param name="Input">Standard input.</param>
internal sealed record InventoryReading(LoadOptions Limits, DocumentFormat? InputFormat, StandardInput Input)
{
    /// <summary>Loads a file, or standard input for <c>-</c>.</summary>
    public LoadResult Load(string path) =>
        StandardInput.Is(path) ? Input.Load(Limits, InputFormat) : InventoryLoader.LoadFile(path, Limits);

    /// <summary>Loads and validates a file, or standard input for <c>-</c>; <paramref name="options"/> carry the rules (their limits are these).</summary>
    public ValidationResult Validate(string path, ValidationOptions options) =>
        InventoryValidator.Validate(Load(path), options with { Load = Limits });
}
