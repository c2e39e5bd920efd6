using ServiceStandard.Loading;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli;

/// <summary>How a verb reads its inventories: the limits and encoding of <see cref="LoadingOptions"/>, files by their extension and <c>-</c> from standard input.</summary>
/// <param name="Limits">The limits and encoding.</param>
/// <param name="InputFormat">The syntax of standard input (<c>--input-format</c>), or <see langword="null"/> to tell it from its first byte.</param>
/// <param name="Input">Standard input.</param>
internal sealed record InventoryReading(LoadOptions Limits, DocumentFormat? InputFormat, StandardInput Input)
{
    /// <summary>Loads a file, or standard input for <c>-</c>, with the rewrites normalization lists.</summary>
    public LoadResult Load(string path) => Load(path, Limits);

    /// <summary>Loads a file, or standard input for <c>-</c>, for a verb that never lists rewrites (they are not kept).</summary>
    public LoadResult LoadWithoutRewrites(string path) => Load(path, Limits with { KeepRewrites = false });

    /// <summary>Loads and validates a file, or standard input for <c>-</c>; <paramref name="options"/> carry the rules (their limits are these).</summary>
    public ValidationResult Validate(string path, ValidationOptions options) =>
        InventoryValidator.Validate(LoadWithoutRewrites(path), options with { Load = Limits });

    private LoadResult Load(string path, LoadOptions limits) =>
        StandardInput.Is(path) ? Input.Load(limits, InputFormat) : InventoryLoader.LoadFile(path, limits);
}
