using System.Globalization;
using System.Text;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Turns the bytes of a file into UTF-8 without a byte-order mark, or says why it cannot: UTF-8 with or
/// without BOM and UTF-16 and UTF-32 with BOM are read as they are (UTF-32 is tested first: its little-endian BOM
/// begins with UTF-16's); GB18030 is decoded when asked or detected;
/// NUL characters are refused (YAML readers take them for the end of the text).
/// </summary>
internal static class TextDecoding
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static ReadOnlyMemory<byte>? ToUtf8(ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics, TextEncoding encoding = TextEncoding.Auto)
    {
        var span = bytes.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || span.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            var utf32 = new UTF32Encoding(bigEndian: span[0] == 0, byteOrderMark: false, throwOnInvalidCharacters: true);
            try
            {
                return RefuseNul(Encoding.UTF8.GetBytes(utf32.GetString(span[4..])), diagnostics);
            }
            catch (DecoderFallbackException)
            {
                diagnostics.Add(DiagnosticCatalog.NotUtf8, string.Empty, new SourcePosition(1, 1), null, ("offset", "0"));
                return null; // a UTF-32 BOM, then something that is not UTF-32
            }
        }
        else if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
        {
            var utf16 = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return RefuseNul(Encoding.UTF8.GetBytes(utf16.GetString(span[2..])), diagnostics);
        }
        else if (encoding == TextEncoding.Gb18030)
        {
            return FromGb18030(bytes.Span, diagnostics, detected: false);
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            if (encoding == TextEncoding.Auto && FromGb18030(bytes.Span, null, detected: true) is { } decoded)
            {
                diagnostics.Add(DiagnosticCatalog.DecodedGb18030, string.Empty, new SourcePosition(1, 1));
                return decoded;
            }

            var offset = FirstInvalidByte(bytes.Span);
            diagnostics.Add(DiagnosticCatalog.NotUtf8, string.Empty, PositionOfOffset(bytes.Span, offset), null, ("offset", offset.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return RefuseNul(bytes, diagnostics);
    }

    private static ReadOnlyMemory<byte>? FromGb18030(ReadOnlySpan<byte> bytes, DiagnosticBag? diagnostics, bool detected)
    {
        string text;
        try
        {
            text = Gb18030.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            if (diagnostics is not null)
            {
                diagnostics.Add(DiagnosticCatalog.NotUtf8, string.Empty, new SourcePosition(1, 1), null, ("offset", "0"));
            }

            return null;
        }

        // Detection must not take binary garbage for Chinese text: most of it must be CJK or ASCII text.
        if (detected && !LooksLikeText(text))
        {
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        return diagnostics is null ? utf8 : RefuseNul(utf8, diagnostics);
    }

    private static bool LooksLikeText(string text)
    {
        var textual = 0;
        var cjk = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
            {
                cjk++;
                textual++;
            }
            else if (c is '\n' or '\r' or '\t' || (c >= ' ' && c < '\u007F'))
            {
                textual++;
            }
        }

        return cjk > 0 && textual >= text.Length * 0.95;
    }

    private static ReadOnlyMemory<byte>? RefuseNul(ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics)
    {
        var nul = bytes.Span.IndexOf((byte)0);
        if (nul < 0)
        {
            return bytes;
        }

        diagnostics.Add(DiagnosticCatalog.NulCharacter, string.Empty, PositionOfOffset(bytes.Span, nul));
        return null;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    private static SourcePosition PositionOfOffset(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = LineBreaks.Count(before, out var lineStart) + 1;
        return new SourcePosition(line, Columns.Count(bytes[lineStart..offset]) + 1);
    }
}

/// <summary>Line breaks as YAML and JSON both allow them: LF, CR LF, and a CR alone (old Mac files).</summary>
internal static class LineBreaks
{
    /// <summary>The breaks in <paramref name="text"/>; <paramref name="lastLineStart"/> is the offset after the last (0 without one).</summary>
    public static int Count(ReadOnlySpan<byte> text, out int lastLineStart)
    {
        lastLineStart = 0;
        var count = 0;
        var at = 0;
        int next;
        while ((next = text[at..].IndexOfAny((byte)'\n', (byte)'\r')) >= 0)
        {
            at += next;
            at += text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
            count++;
            lastLineStart = at;
        }

        return count;
    }
}

/// <summary>Counts UTF-16 code units in UTF-8 bytes (the unit of a column).</summary>
internal static class Columns
{
    public static int Count(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Ascii.IsValid(utf8))
        {
            return utf8.Length; // the common case: indentation, keys and punctuation before a token
        }

        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return Encoding.UTF8.GetCharCount(utf8); // vectorized; the loop below took a tenth of reading JSON
        }

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
