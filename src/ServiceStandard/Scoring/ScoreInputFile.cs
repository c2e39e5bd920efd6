using System.Text;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Scoring;

/// <summary>Reads the scoring inputs (weights, basic catalogue): bytes to UTF-8 to a tree or to text, problems as diagnostics.</summary>
internal static class ScoreInputFile
{
    /// <summary>The file's text as UTF-8 (BOM stripped), or <see langword="null"/> after reporting why it cannot be read.</summary>
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

    /// <summary>The YAML or JSON tree of the file (JSON for <c>.json</c>, YAML otherwise; YAML reads JSON too).</summary>
    public static SourceNode? ReadTree(string path, DiagnosticBag bag)
    {
        if (ReadUtf8(path, bag) is not { } utf8)
        {
            return null;
        }

        return DocumentFormats.FromPath(path) == DocumentFormat.Json
            ? JsonDocumentReader.Read(utf8, LoadOptions.Default, bag)
            : YamlDocumentReader.Read(Encoding.UTF8.GetString(utf8.Span), LoadOptions.Default, bag, out _);
    }

    /// <summary>The text of a scalar that is a number, or <see langword="null"/>.</summary>
    public static decimal? Number(SourceNode node) =>
        node is ScalarNode { Style: ScalarStyle.Number or ScalarStyle.Plain } scalar
        && decimal.TryParse(scalar.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>A scalar's text for messages.</summary>
    public static string Describe(SourceNode node) => node is ScalarNode scalar ? scalar.Text : node.KindName;
}
