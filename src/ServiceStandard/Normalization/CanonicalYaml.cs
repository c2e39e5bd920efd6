using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Normalization;

/// <summary>
/// A YAML emitter for the canonical tree, written by hand so that quoting is exactly what the format needs:
/// block style, two-space indentation, lists of objects as <c>- key: value</c>. A scalar is written plain only
/// when no YAML 1.1 or 1.2 reader could take it for anything but that text: codes, and every string that
/// looks like a number, boolean (yes, no, on, off ...), null or <c>~</c>, date or time, or that starts with
/// an indicator or has <c>": "</c>, <c>" #"</c>, edge spaces or control characters, are double-quoted.
/// </summary>
internal static partial class CanonicalYaml
{
    public static string Write(CanonicalNode tree)
    {
        var yaml = new StringBuilder();
        if (tree is CanonicalObject { Entries.Count: > 0 } root)
        {
            Mapping(yaml, root, 0, string.Empty);
        }
        else
        {
            yaml.Append(Inline(tree)).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>Writes a non-empty mapping; the first key follows <paramref name="firstPrefix"/> (a list's <c>"- "</c>).</summary>
    private static void Mapping(StringBuilder yaml, CanonicalObject mapping, int indent, string firstPrefix)
    {
        var first = true;
        foreach (var (key, value) in mapping.Entries)
        {
            yaml.Append(first ? firstPrefix : new string(' ', indent)).Append(Scalar(key, isCode: false)).Append(':');
            first = false;
            Value(yaml, value, indent);
        }
    }

    private static void Sequence(StringBuilder yaml, CanonicalList list, int indent)
    {
        var dash = new string(' ', indent) + "- ";
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case CanonicalObject { Entries.Count: > 0 } mapping:
                    Mapping(yaml, mapping, indent + 2, dash);
                    break;
                case CanonicalList { Items.Count: > 0 } inner:
                    yaml.Append(dash.TrimEnd()).Append('\n');
                    Sequence(yaml, inner, indent + 2);
                    break;
                default:
                    yaml.Append(dash).Append(Inline(item)).Append('\n');
                    break;
            }
        }
    }

    /// <summary>The value after <c>key:</c>: inline for scalars and empty collections, on the next lines otherwise.</summary>
    private static void Value(StringBuilder yaml, CanonicalNode value, int indent)
    {
        switch (value)
        {
            case CanonicalObject { Entries.Count: > 0 } mapping:
                yaml.Append('\n');
                Mapping(yaml, mapping, indent + 2, new string(' ', indent + 2));
                break;
            case CanonicalList { Items.Count: > 0 } list:
                yaml.Append('\n');
                Sequence(yaml, list, indent + 2);
                break;
            default:
                yaml.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static string Inline(CanonicalNode node) => node switch
    {
        CanonicalObject => "{}",
        CanonicalList => "[]",
        CanonicalText text => Scalar(text.Value, text.IsCode),
        CanonicalNumber number => number.Text,
        CanonicalBoolean flag => flag.Value ? "true" : "false",
        _ => "null",
    };

    /// <summary>Text plain when it is safe, double-quoted otherwise.</summary>
    internal static string Scalar(string text, bool isCode) =>
        isCode || NeedsQuotes(text) ? Quote(text) : text;

    internal static bool NeedsQuotes(string text) =>
        text.Length == 0
        || "-?:,[]{}#&*!|>'\"%@`~+.<=\\".Contains(text[0], StringComparison.Ordinal)
        || char.IsAsciiDigit(text[0])
        || char.IsWhiteSpace(text[0])
        || char.IsWhiteSpace(text[^1])
        || text[^1] == ':'
        || text.Contains(": ", StringComparison.Ordinal)
        || text.Contains(" #", StringComparison.Ordinal)
        || text.Any(NeedsEscape)
        || Special().IsMatch(text);

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Words YAML 1.1 or 1.2 reads as booleans or null, in any letter case; and numbers such as .inf or .5 (caught by their first character).</summary>
    [GeneratedRegex("^(?:y|yes|n|no|true|false|on|off|null|nan|inf|infinity)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Special();
}
