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
    public static ReadOnlyMemory<byte>? ReadUtf8(string path, DiagnosticBag bag)
    {
        try
        {
            return TextDecoding.ToUtf8(File.ReadAllBytes(path), bag);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bag.Add(DiagnosticCatalog.Unreadable, string.Empty, null, null, ("detail", exception.Message));
            return null;
        }
    }

    /// <summary>The tree of a file: JSON for <c>.json</c>, YAML otherwise.</summary>
    public static SourceNode? ReadFile(string path, DiagnosticBag bag) =>
        ReadUtf8(path, bag) is { } utf8 ? FromUtf8(utf8, DocumentFormats.FromPath(path) ?? DocumentFormat.Yaml, bag) : null;

    /// <summary>The tree of a document's bytes.</summary>
    public static SourceNode? Read(ReadOnlyMemory<byte> bytes, DocumentFormat format, DiagnosticBag bag) =>
        TextDecoding.ToUtf8(bytes, bag) is { } utf8 ? FromUtf8(utf8, format, bag) : null;

    private static SourceNode? FromUtf8(ReadOnlyMemory<byte> utf8, DocumentFormat format, DiagnosticBag bag) =>
        format == DocumentFormat.Json
            ? JsonDocumentReader.Read(utf8, LoadOptions.Default, bag)
            : YamlDocumentReader.Read(Encoding.UTF8.GetString(utf8.Span), LoadOptions.Default, bag, out _);
}
