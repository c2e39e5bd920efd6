using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Reporting;

/// <summary>
/// What a validation report needs of one validated file: its diagnostics, its item count, whether it could be read
/// and the format version it declared. Kept instead of the <see cref="ValidationResult"/> so that a file's tree and
/// model can be freed as soon as it is judged (a host validating many files keeps only these).
/// </summary>
public sealed class FileVerdict
{
    /// <summary>A verdict made of its parts (a host that judged a file another way).</summary>
    /// <param name="file">The file's path as the report shows it, or null for a document without a file.</param>
    /// <param name="diagnostics">Every finding in the file, in the order found.</param>
    /// <param name="items">The number of items read.</param>
    /// <param name="readable">False when the file could not be read as an inventory at all.</param>
    /// <param name="version">The format version the file declared (its <c>schemaVersion</c>), when known.</param>
    public FileVerdict(string? file, IReadOnlyList<Diagnostic> diagnostics, int items, bool readable, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        File = file;
        Diagnostics = diagnostics;
        Items = items;
        Readable = readable;
        Version = version;
    }

    /// <summary>The file's path as the report shows it, or null for a document without a file.</summary>
    public string? File { get; }

    /// <summary>Every finding in the file, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of items read.</summary>
    public int Items { get; }

    /// <summary>False when the file could not be read as an inventory at all.</summary>
    public bool Readable { get; }

    /// <summary>The format version the file declared, when known.</summary>
    public string? Version { get; }

    /// <summary>True when the file was read and has no error.</summary>
    public bool IsValid => Readable && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>How many findings of <paramref name="severity"/> the file has.</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>The verdict of a validation result (its tree and model are not kept).</summary>
    public static FileVerdict Of(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.File, result.Diagnostics, result.Load.ItemsWritten, result.Inventory is not null, result.Inventory?.SchemaVersion);
    }
}
