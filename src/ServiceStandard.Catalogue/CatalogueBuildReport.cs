using ServiceStandard.Diagnostics;
using ServiceStandard.Model;
using ServiceStandard.Validation;

namespace ServiceStandard.Catalogue;

/// <summary>What a build did with one file.</summary>
public enum CatalogueFileOutcome
{
    /// <summary>A file the catalogue did not have: its items were imported.</summary>
    Added,

    /// <summary>A file whose content changed: its old items were replaced by the new ones.</summary>
    Updated,

    /// <summary>The same content (SHA-256) as last time: the file was hashed, not loaded.</summary>
    Unchanged,

    /// <summary>
    /// The file cannot be read at all (not YAML or JSON, a syntax error, no inventory): nothing of it was imported;
    /// the items of its last readable version, if any, stay in the catalogue.
    /// </summary>
    Rejected,

    /// <summary>A file that is no longer among the inputs: its items were deleted.</summary>
    Removed,
}

/// <summary>The outcome for one file of a build.</summary>
public sealed record CatalogueFileReport
{
    /// <summary>The file, as named to the builder.</summary>
    public required string File { get; init; }

    /// <summary>What was done.</summary>
    public required CatalogueFileOutcome Outcome { get; init; }

    /// <summary>The file's items now in the catalogue (for <see cref="CatalogueFileOutcome.Removed"/>: the items deleted).</summary>
    public required int Items { get; init; }

    /// <summary>The errors that rejected the file (empty otherwise).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];

    /// <summary>
    /// What of the file the catalogue does not hold: each item with an error (left out, while the file's other items
    /// are in), or for a rejected file the file itself. For an unchanged file, what its last import left out.
    /// </summary>
    public IReadOnlyList<CatalogueLeftOut> LeftOut { get; init; } = [];
}

/// <summary>Something of a catalogue's input files that the catalogue does not hold, and why.</summary>
public sealed record CatalogueLeftOut
{
    /// <summary>The file, as named to the builder.</summary>
    public required string File { get; init; }

    /// <summary>The item's 0-based index in the file's items list; <see langword="null"/> when the whole file is left out.</summary>
    public int? Item { get; init; }

    /// <summary>The item's basic code, when it could be read.</summary>
    public string? BasicCode { get; init; }

    /// <summary>The division code of the file's region, when it is known.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The error that left it out (the item's first error), with its position.</summary>
    public required Diagnostic Reason { get; init; }
}

/// <summary>What a build did, file by file, and what the catalogue holds afterwards.</summary>
public sealed record CatalogueBuildReport
{
    /// <summary>One entry per input file in the order given, then the removed files.</summary>
    public required IReadOnlyList<CatalogueFileReport> Files { get; init; }

    /// <summary>The files in the catalogue after the build.</summary>
    public required int CatalogueFiles { get; init; }

    /// <summary>The regions in the catalogue after the build.</summary>
    public required int CatalogueRegions { get; init; }

    /// <summary>The items in the catalogue after the build.</summary>
    public required int CatalogueItems { get; init; }

    /// <summary>True when the catalogue was made anew (new file, or a catalogue of an older layout).</summary>
    public required bool Created { get; init; }

    /// <summary>Everything of the given files the catalogue does not hold: items with errors and files that cannot be read, in file order.</summary>
    public IReadOnlyList<CatalogueLeftOut> LeftOut => Files.SelectMany(f => f.LeftOut).ToArray();

    /// <summary>The number of files with an outcome.</summary>
    /// <param name="outcome">The outcome to count.</param>
    public int Count(CatalogueFileOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}

/// <summary>How <see cref="CatalogueBuilder.Build"/> reads and prepares inventories.</summary>
public sealed record CatalogueBuildOptions
{
    /// <summary>The defaults: validation with the default rules, no transformation.</summary>
    public static CatalogueBuildOptions Default { get; } = new();

    /// <summary>The rules an item must pass (no error about it) to be imported; an item with an error is left out.</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// Applied to every inventory before it is merged (holding only the items without errors), such as a
    /// normalization step. It must keep the items in their order (source lines are looked up by position).
    /// </summary>
    public Func<Inventory, Inventory>? Transform { get; init; }

    /// <summary>
    /// Paths the caller could not see (a folder it could not read): a file stored from one of them, or from under
    /// one, is kept as it is, never removed as no longer given.
    /// </summary>
    public IReadOnlyList<string> Unseen { get; init; } = [];

    /// <summary>Told after each given file is done (imported, unchanged or rejected), on the thread that builds; <see langword="null"/> for none.</summary>
    public IProgress<CatalogueBuildProgress>? Progress { get; init; }
}

/// <summary>Where a <see cref="CatalogueBuilder.Build"/> is, told after each given file.</summary>
/// <param name="FilesDone">The files done so far.</param>
/// <param name="FilesTotal">The files given (each once).</param>
/// <param name="Items">The items in the catalogue from the files done so far.</param>
/// <param name="File">The file just done, as given.</param>
public sealed record CatalogueBuildProgress(int FilesDone, int FilesTotal, int Items, string File);
