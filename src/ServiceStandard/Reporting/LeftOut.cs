using ServiceStandard.Diagnostics;

namespace ServiceStandard.Reporting;

/// <summary>
/// What a report over many inventories could not use: a whole file that cannot be read at all (no <see cref="Item"/>),
/// or one element of a file's items list that is not in its inventory; each with the error that left it out. Reports
/// list them at the top of text, Markdown and HTML, and as the <c>excluded</c> array of JSON.
/// </summary>
public sealed class LeftOut
{
    /// <summary>A file or item left out.</summary>
    /// <param name="file">The file, as the user named it.</param>
    /// <param name="item">The element's 0-based index in the file's items list; null for the whole file.</param>
    /// <param name="reason">The error that left it out, with its position.</param>
    /// <param name="basicCode">The item's basic code, when it is known.</param>
    /// <param name="region">The division code of the file's region, when it is known.</param>
    public LeftOut(string file, int? item, Diagnostic reason, string? basicCode = null, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reason);
        File = file;
        Item = item;
        Reason = reason;
        BasicCode = basicCode;
        Region = region;
    }

    /// <summary>The file, as the user named it.</summary>
    public string File { get; }

    /// <summary>The element's 0-based index in the file's items list; null for the whole file.</summary>
    public int? Item { get; }

    /// <summary>The error that left it out, with its position.</summary>
    public Diagnostic Reason { get; }

    /// <summary>The item's basic code, when it is known.</summary>
    public string? BasicCode { get; }

    /// <summary>The division code of the file's region, when it is known.</summary>
    public string? Region { get; }
}
