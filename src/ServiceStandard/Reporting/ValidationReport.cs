using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Reporting;

/// <summary>
/// The validation report of one run over one or more inventory files (docs/format.md section 4): each file's verdict in
/// the order given, the profile judged against, and the summary every output form ends with. Written by
/// <see cref="ValidationReportWriter"/> (text, JSON), <see cref="SarifWriter"/> and <see cref="GitHubAnnotationWriter"/>.
/// </summary>
public sealed class ValidationReport
{
    /// <summary>The report of files already judged, in the order they are to be listed.</summary>
    /// <param name="files">Each file's verdict, in the order given.</param>
    /// <param name="profile">The name of the profile the files were judged against, if any.</param>
    public ValidationReport(IEnumerable<FileVerdict> files, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = files.ToArray();
        Profile = profile;
        foreach (var file in Files)
        {
            Items += file.Items;
            foreach (var diagnostic in file.Diagnostics)
            {
                switch (diagnostic.Severity)
                {
                    case Severity.Error: Errors++; break;
                    case Severity.Warning: Warnings++; break;
                    default: Infos++; break;
                }
            }
        }

        var versions = string.Join(", ", Files.Select(r => r.Version).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        FormatVersion = versions.Length > 0 ? versions : null;
    }

    /// <summary>The report of validation results, in their order.</summary>
    public static ValidationReport Of(IEnumerable<ValidationResult> results, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(results.Select(FileVerdict.Of), profile);
    }

    /// <summary>Each file's verdict, in the order given.</summary>
    public IReadOnlyList<FileVerdict> Files { get; }

    /// <summary>The name of the profile the files were judged against, or null.</summary>
    public string? Profile { get; }

    /// <summary>The format versions the files declared, distinct, in order, joined by ", " (one, usually); null when none did.</summary>
    public string? FormatVersion { get; }

    /// <summary>The number of items read, over all files.</summary>
    public int Items { get; }

    /// <summary>The number of errors, over all files.</summary>
    public int Errors { get; }

    /// <summary>The number of warnings, over all files.</summary>
    public int Warnings { get; }

    /// <summary>The number of infos, over all files.</summary>
    public int Infos { get; }

    /// <summary>True when every file was read and none has an error (the report's <c>valid</c>).</summary>
    public bool IsValid => Errors == 0 && Files.All(f => f.Readable);

    /// <summary>Every finding, file by file, in the order found.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    /// <summary>
    /// The findings text output lists, in its order: errors and warnings (infos too when <paramref name="verbose"/>),
    /// each file's in the order found, the files that cannot be read at all first.
    /// </summary>
    public IEnumerable<Diagnostic> Shown(bool verbose) =>
        Files.OrderBy(r => r.Readable).SelectMany(r => r.Diagnostics).Where(d => verbose || d.Severity != Severity.Info);
}
