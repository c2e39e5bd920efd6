using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// What the catalogue's reports share with the tool's other reports: JSON written indented with Chinese unescaped and a
/// trailing newline, text made safe for a terminal, and the lines and <c>excluded</c> array naming what a build left out.
/// </summary>
internal static class ReportText
{
    /// <summary>An indented JSON document (Chinese text unescaped) with a trailing newline.</summary>
    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// <paramref name="text"/> with every control character (C0 but tab, DEL, C1), line and paragraph separator and
    /// bidirectional override written as an escape, so a value cannot move a terminal's cursor or fake a line.
    /// </summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            safe.Append(!Unsafe.Contains(c) ? c.ToString() : c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return safe.ToString();
    }

    /// <summary>One line naming what the build left out and why, in the words' language.</summary>
    public static string LeftOutLine(CatalogueLeftOut leftOut, CatalogueWords words)
    {
        var why = $"{leftOut.Reason.Code} {leftOut.Reason.Message(words.Culture)}";
        if (leftOut.Reason.Position is { } p)
        {
            why = words.Message("LeftOutWhere", p.Line, p.Column) + why;
        }

        return Safe(leftOut.Item is { } item
            ? words.Message("LeftOutItem", leftOut.File, string.Join(' ', [item.ToString(CultureInfo.InvariantCulture), .. leftOut.BasicCode is { } code ? [code] : Array.Empty<string>()]), why)
            : words.Message("LeftOutFile", leftOut.File, why));
    }

    /// <summary>
    /// The <c>excluded</c> array: per file or item <c>file</c>, <c>item</c>, <c>basicCode</c> and <c>region</c> (when
    /// known), <c>reason</c>, <c>code</c>, <c>line</c> and <c>column</c> (absent without a position).
    /// </summary>
    public static void Excluded(Utf8JsonWriter json, IReadOnlyList<CatalogueLeftOut> leftOut, CultureInfo culture)
    {
        json.WriteStartArray("excluded");
        foreach (var line in leftOut)
        {
            json.WriteStartObject();
            json.WriteString("file", line.File);
            if (line.Item is { } item)
            {
                json.WriteNumber("item", item);
            }

            if (line.BasicCode is { } code)
            {
                json.WriteString("basicCode", code);
            }

            if (line.RegionCode is { } region)
            {
                json.WriteString("region", region);
            }

            json.WriteString("reason", line.Reason.Message(culture));
            json.WriteString("code", line.Reason.Code);
            if (line.Reason.Position is { } position)
            {
                json.WriteNumber("line", position.Line);
                json.WriteNumber("column", position.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
