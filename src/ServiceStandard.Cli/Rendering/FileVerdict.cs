using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Rendering;

/// <summary>
/// What a report needs of one validated file: its diagnostics and item count. Kept instead of the
/// <see cref="ValidationResult"/> so that a file's tree and model are freed as soon as it is judged.
/// </summary>
internal sealed record FileVerdict(string? File, IReadOnlyList<Diagnostic> Diagnostics, int Items, bool Readable, string? Version = null)
{
    public bool IsValid => Readable && !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    public static FileVerdict Of(ValidationResult result) =>
        new(result.File, result.Diagnostics, result.Load.ItemsWritten, result.Inventory is not null, result.Inventory?.SchemaVersion);

    public static FileVerdict[] Of(IEnumerable<ValidationResult> results) => results.Select(Of).ToArray();
}
