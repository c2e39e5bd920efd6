using System.Text;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Reads the small YAML or JSON files around an inventory (rule sets, profiles, weights, basic catalogues)
/// into a <see cref="SourceNode"/> tree with positions: the same decoding and readers as inventories, every
/// problem a diagnostic in the caller's bag.
/// </summary>
internal static class DocumentTree
{
    /// <summary>The file's text as UTF-8 (BOM stripped, GB18030 detected), or <see langword="null"/> after reporting why not.</summary>
    public static ReadOnlyMemory<byte>? ReadUtf8(string path, DiagnosticBag bag) =>
        BoundedFile.Read(path, MaxFileBytes, bag) is { } bytes ? TextDecoding.ToUtf8(bytes, bag) : null;

    /// <summary>The largest side file (rule set, profile, weights, basic catalogue): 16 MiB, far more than any holds.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>The tree of a file: JSON for <c>.json</c>, YAML otherwise.</summary>
    public static SourceNode? ReadFile(string path, DiagnosticBag bag) =>
        ReadUtf8(path, bag) is { } utf8 ? FromUtf8(utf8, DocumentFormats.FromPath(path) ?? DocumentFormat.Yaml, bag) : null;

    /// <summary>The tree of a document's bytes.</summary>
    public static SourceNode? Read(ReadOnlyMemory<byte> bytes, DocumentFormat format, DiagnosticBag bag) =>
        TextDecoding.ToUtf8(bytes, bag) is { } utf8 ? FromUtf8(utf8, format, bag) : null;

    /// <summary>
    /// The one place that picks a reader: JSON, or YAML through the block-style reader and, when that declines,
    /// YamlDotNet from the start (which alone reports YAML problems; <paramref name="stream"/> is reset for it).
    /// </summary>
    internal static SourceNode? Parse(ReadOnlyMemory<byte> utf8, DocumentFormat format, LoadOptions options, DiagnosticBag bag, ItemStream? stream, out bool hasComments)
    {
        hasComments = false;
        if (format == DocumentFormat.Json)
        {
            return JsonDocumentReader.Read(utf8, options, bag, stream);
        }

        if (BlockYamlReader.TryRead(utf8, options, stream, out hasComments) is { } root)
        {
            return root;
        }

        stream?.Reset();
        return YamlDocumentReader.Read(Encoding.UTF8.GetString(utf8.Span), options, bag, out hasComments, stream);
    }

    private static SourceNode? FromUtf8(ReadOnlyMemory<byte> utf8, DocumentFormat format, DiagnosticBag bag) =>
        Parse(utf8, format, LoadOptions.Default, bag, null, out _);
}
