using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Normalization;

/// <summary>
/// Writes an inventory in canonical form: keys in docs/format.md order, code-list values as tokens, absent and
/// empty optional values left out, unknown keys and extensions verbatim; UTF-8 text with LF line ends and
/// one trailing newline. It writes the inventory as it is: call <see cref="InventoryNormalizer"/> first to
/// tidy text and order lists.
/// </summary>
public static class CanonicalWriter
{
    /// <summary>Writes an inventory as canonical JSON or YAML text.</summary>
    /// <param name="inventory">The inventory to write.</param>
    /// <param name="format">JSON (two-space indentation) or YAML (block style; every code and every string
    /// that YAML 1.1 or 1.2 could read as something else is double-quoted).</param>
    /// <returns>The text, ending in one newline.</returns>
    public static string Write(Inventory inventory, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var tree = CanonicalTree.Of(inventory);
        return format == DocumentFormat.Json ? Json(tree) : CanonicalYaml.Write(tree);
    }

    private static string Json(CanonicalNode tree)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            Json(writer, tree);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan).ReplaceLineEndings("\n") + "\n";
    }

    private static void Json(Utf8JsonWriter writer, CanonicalNode node)
    {
        switch (node)
        {
            case CanonicalObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.Entries)
                {
                    writer.WritePropertyName(key);
                    Json(writer, value);
                }

                writer.WriteEndObject();
                break;
            case CanonicalList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Json(writer, item);
                }

                writer.WriteEndArray();
                break;
            case CanonicalText text:
                writer.WriteStringValue(text.Value);
                break;
            case CanonicalNumber number:
                writer.WriteRawValue(number.Text, skipInputValidation: true);
                break;
            case CanonicalBoolean flag:
                writer.WriteBooleanValue(flag.Value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
