using System.Text;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>Turns the bytes of a file into UTF-8 without a byte-order mark, or says why it cannot.</summary>
internal static class TextDecoding
{
    /// <summary>Strips a UTF-8 BOM, transcodes UTF-16 (with BOM) to UTF-8, and refuses bytes that are not UTF-8.</summary>
    public static ReadOnlyMemory<byte>? ToUtf8(ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics)
    {
        var span = bytes.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
        {
            var encoding = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var text = encoding.GetString(span[2..]);
            return Encoding.UTF8.GetBytes(text);
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            var offset = FirstInvalidByte(bytes.Span);
            diagnostics.Add(DiagnosticCatalog.NotUtf8, string.Empty, PositionOfOffset(bytes.Span, offset), null, ("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        return bytes;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    private static SourcePosition PositionOfOffset(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourcePosition(line, Columns.Count(bytes[lineStart..offset]) + 1);
    }
}

/// <summary>Counts UTF-16 code units in UTF-8 bytes (the unit of a column).</summary>
internal static class Columns
{
    public static int Count(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count += b >= 0xF0 ? 2 : 1;
            }
        }

        return count;
    }
}
