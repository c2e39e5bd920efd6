using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Normalization;

/// <summary>The canonical form of one inventory, and every change that made it canonical.</summary>
public sealed class NormalizationResult
{
    internal NormalizationResult(Inventory? inventory, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> changes)
    {
        Inventory = inventory;
        Diagnostics = diagnostics;
        Changes = changes;
    }

    /// <summary>
    /// The canonical inventory, errors and all, or <see langword="null"/> when the document cannot be read at all (it is
    /// then not normalized). A value that could not be read is not in it, nor is an item the loader left out.
    /// </summary>
    public Inventory? Inventory { get; }

    /// <summary>What loading reported (errors, warnings such as unknown keys or unreadable time limits, infos), ordered by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Every change normalization made, one info each (SS8xxx), in document order: aliased keys and values,
    /// time limits read from phrases, tidied text, filled region names, ordered lists. Empty when the
    /// document was already canonical in content (key order, quoting and layout are not listed).
    /// </summary>
    public IReadOnlyList<Diagnostic> Changes { get; }

    /// <summary>True when the document could be read and was normalized; errors may remain (see <see cref="Diagnostics"/>).</summary>
    public bool Succeeded => Inventory is not null;

    /// <summary>The canonical text of the inventory.</summary>
    /// <param name="format">JSON or YAML.</param>
    /// <exception cref="InvalidOperationException">The document could not be read and was not normalized.</exception>
    public string Write(DocumentFormat format) =>
        CanonicalWriter.Write(Inventory ?? throw new InvalidOperationException("A document that cannot be read is not normalized; see Diagnostics."), format);
}
