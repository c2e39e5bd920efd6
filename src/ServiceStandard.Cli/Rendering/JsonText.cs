using System.Text.Encodings.Web;
using System.Text.Json;

namespace ServiceStandard.Cli.Rendering;

/// <summary>Writes an indented JSON document (Chinese text unescaped) to a string with a trailing newline.</summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
