using System.Globalization;

namespace ServiceStandard.Diagnostics;

/// <summary>
/// One finding about a document: what (code and arguments), how serious, and where
/// (file, line and column as written, and the JSON Pointer into the canonical tree).
/// </summary>
public sealed record Diagnostic
{
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>();

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The rule that fired.</param>
    /// <param name="severity">The effective severity.</param>
    /// <param name="path">The JSON Pointer of the node, in the canonical tree (<c>""</c> for the root).</param>
    /// <param name="position">The line and column of the node as written, when known.</param>
    /// <param name="arguments">The values of the message's named placeholders.</param>
    public Diagnostic(
        DiagnosticDescriptor descriptor,
        Severity severity,
        string path,
        SourcePosition? position,
        IReadOnlyDictionary<string, string>? arguments = null)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Severity = severity;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Position = position;
        Arguments = arguments ?? NoArguments;
    }

    /// <summary>The rule that fired.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable code, such as <c>SS1101</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The effective severity.</summary>
    public Severity Severity { get; init; }

    /// <summary>The file the document came from, as given by the caller; <see langword="null"/> for in-memory text.</summary>
    public string? File { get; init; }

    /// <summary>The 1-based line and column of the offending node as written; <see langword="null"/> when unknown.</summary>
    public SourcePosition? Position { get; init; }

    /// <summary>The JSON Pointer of the node in the canonical tree (Chinese aliases resolved).</summary>
    public string Path { get; init; }

    /// <summary>The spreadsheet cell of the node (<c>申请材料!C12</c>), when the document is a spreadsheet; else <see langword="null"/>.</summary>
    public string? Cell => Position?.Cell;

    /// <summary>The basic code of the item the diagnostic is about, when it is about one.</summary>
    public string? ItemCode { get; init; }

    /// <summary>
    /// The 0-based index, in the document's items list, of the item the diagnostic is about: <c>N</c> of a
    /// <see cref="Path"/> <c>/items/N</c> or <c>/items/N/...</c>; <see langword="null"/> when it is about no one item.
    /// </summary>
    public int? ItemIndex
    {
        get
        {
            const string Prefix = "/items/";
            if (!Path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return null;
            }

            var end = Path.IndexOf('/', Prefix.Length);
            var text = end < 0 ? Path[Prefix.Length..] : Path[Prefix.Length..end];
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
        }
    }

    /// <summary>The values of the message's named placeholders.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; }

    /// <summary>The message in the given culture (zh or en), placeholders filled.</summary>
    /// <param name="culture">The culture of the text; <see langword="null"/> for the current UI culture.</param>
    public string Message(CultureInfo? culture = null) => MessageTexts.Format(Descriptor.MessageFormat(culture), Arguments, culture);

    /// <summary>The one-line fix hint in the given culture.</summary>
    /// <param name="culture">The culture of the text; <see langword="null"/> for the current UI culture.</param>
    public string Hint(CultureInfo? culture = null) => MessageTexts.Format(Descriptor.Hint(culture), Arguments, culture);

    /// <inheritdoc />
    public override string ToString() =>
        $"{File}{(Position is { } p ? ":" + p : string.Empty)}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message(CultureInfo.InvariantCulture)} [{Path}]";
}
