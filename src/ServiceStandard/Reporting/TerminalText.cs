using System.Globalization;
using System.Text;

namespace ServiceStandard.Reporting;

/// <summary>
/// Text from files (names, keys, codes, paths, messages quoting values) made safe for a terminal: every control
/// character (C0 but tab, DEL, C1), line and paragraph separator and bidirectional override is written as an escape
/// (<c>\n</c>, <c>\r</c>, <c>\x1b</c>, <c>\u202e</c>), so a value can neither move the cursor, clear the screen, open a link
/// (OSC 8) nor start a line that looks like a finding. Text and the lines on standard error use it; JSON, CSV and HTML
/// escape by their own rules.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with its unsafe characters escaped (the same string when it has none).</summary>
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
            if (!Unsafe.Contains(c))
            {
                safe.Append(c);
                continue;
            }

            safe.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return safe.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
