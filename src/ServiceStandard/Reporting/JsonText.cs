using System.Text.Encodings.Web;
using System.Text.Json;

namespace ServiceStandard.Reporting;

/// <summary>Writes an indented JSON document (Chinese text unescaped) with a trailing newline.</summary>
internal static class JsonText
{
    /// <summary>How much a writer may hold before <see cref="FlushIfFull"/> hands it to its stream.</summary>
    private const int FlushAt = 1 << 16;

    /// <summary>The document as a string.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer, write);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The document written to <paramref name="stream"/> as it is made (see <see cref="FlushIfFull"/>).</summary>
    public static void WriteTo(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Hands what the writer holds to its stream once it passes 64 KB: a <see cref="Utf8JsonWriter"/> otherwise
    /// keeps the whole document in a growing buffer until it is disposed. Call it between the elements of a long list.
    /// </summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushAt)
        {
            json.Flush();
        }
    }
}
