using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Validation;

/// <summary>
/// Validates inventories: syntax and structure (the format's schema, with a line and column for every
/// finding). Safe to call from many threads at once.
/// </summary>
public static class InventoryValidator
{
    /// <summary>Loads and validates a file.</summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <param name="options">Loading limits; defaults when omitted.</param>
    public static ValidationResult ValidateFile(string path, LoadOptions? options = null) =>
        Validate(InventoryLoader.LoadFile(path, options));

    /// <summary>Validates an already loaded document.</summary>
    /// <param name="load">The result of <see cref="InventoryLoader"/>.</param>
    public static ValidationResult Validate(LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var ordered = load.Diagnostics
            .OrderBy(d => d.Position?.Line ?? 0)
            .ThenBy(d => d.Position?.Column ?? 0)
            .ToArray();
        return new ValidationResult(load, ordered);
    }
}
