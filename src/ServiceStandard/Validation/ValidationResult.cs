using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Validation;

/// <summary>The verdict on one document: its inventory (when it could be read) and every diagnostic.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(LoadResult load, IReadOnlyList<Diagnostic> diagnostics)
    {
        Load = load;
        Diagnostics = diagnostics;
    }

    /// <summary>The loading result the verdict is about (tree positions, format, inventory).</summary>
    public LoadResult Load { get; }

    /// <summary>The file, as the caller named it.</summary>
    public string? File => Load.File;

    /// <summary>The inventory, or <see langword="null"/> when the document could not be bound.</summary>
    public Inventory? Inventory => Load.Inventory;

    /// <summary>Every diagnostic, ordered by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there is an inventory and no diagnostic is an error (warnings allowed).</summary>
    public bool IsValid => Inventory is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The number of diagnostics of a severity.</summary>
    /// <param name="severity">The severity to count.</param>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
