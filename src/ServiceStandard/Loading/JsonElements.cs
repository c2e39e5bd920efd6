using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceStandard.Loading;

/// <summary>
/// Turns a source subtree into an immutable <see cref="JsonElement"/>, for content the format does not
/// type (extensions and unknown keys). A plain YAML scalar becomes a number or boolean only when it is
/// one in YAML 1.2's JSON form exactly as written (so <c>0123</c>, <c>no</c> and <c>1e3x</c> stay text).
/// </summary>
internal static partial class JsonElements
{
    public static JsonElement From(SourceNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, node);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1024 });
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, SourceNode node)
    {
        switch (node)
        {
            case MappingNode mapping:
                writer.WriteStartObject();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in mapping.Entries)
                {
                    if (seen.Add(entry.Key))
                    {
                        writer.WritePropertyName(entry.Key);
                        Write(writer, entry.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case SequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, ScalarNode scalar)
    {
        switch (scalar.Style)
        {
            case ScalarStyle.Null:
                writer.WriteNullValue();
                break;
            case ScalarStyle.Boolean:
                writer.WriteBooleanValue(scalar.Text == "true");
                break;
            case ScalarStyle.Number:
                writer.WriteRawValue(scalar.Text, skipInputValidation: true);
                break;
            case ScalarStyle.Plain when scalar.Text is "true" or "false":
                writer.WriteBooleanValue(scalar.Text == "true");
                break;
            case ScalarStyle.Plain when JsonNumber().IsMatch(scalar.Text):
                writer.WriteRawValue(scalar.Text, skipInputValidation: true);
                break;
            default:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }

    /// <summary>A JSON number exactly as RFC 8259 writes it (no leading zeros, no sign '+').</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    internal static partial Regex JsonNumber();
}
