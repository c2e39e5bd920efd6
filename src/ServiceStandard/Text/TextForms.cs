using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Text;

/// <summary>
/// The canonical forms of text as departments write it: trimmed, single spaces, half-width letters and
/// digits, <c>-</c> in phone numbers, upper-case codes. Each form is idempotent: applying it twice changes
/// nothing the second time.
/// </summary>
internal static partial class TextForms
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>
    /// Prose (names, conditions, addresses, notes): full-width letters and digits (２０, ＡＢ) become half-width,
    /// but full-width punctuation such as （）《》，： stays, since it belongs to Chinese text; white space
    /// runs become one space, each line is trimmed and blank lines at either end are dropped.
    /// </summary>
    public static string Prose(string text)
    {
        var folded = Fold(text, c => char.IsAsciiLetterOrDigit(Unfold(c)));
        var lines = folded.ReplaceLineEndings("\n").Split('\n').Select(CollapseSpaces);
        return string.Join('\n', lines).Trim('\n');
    }

    /// <summary>Every full-width character folded to half-width (the ideographic space to a space), trimmed.</summary>
    public static string Narrow(string text) => Fold(text, _ => true).Trim();

    /// <summary>Codes (division, basic, credit, implementation): every full-width character folded, white space removed, upper case.</summary>
    public static string Code(string text)
    {
        if (IsCode(text))
        {
            return text; // the common case: nothing to fold, remove or raise, and nothing allocated
        }

        var folded = Fold(text, _ => true);
        var code = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                code.Append(char.ToUpperInvariant(c));
            }
        }

        return code.ToString();
    }

    /// <summary>A phone number: every full-width character folded, each run of dashes (—, –, －, ‐ ...) one <c>-</c>, no spaces around it.</summary>
    public static string Phone(string text)
    {
        var folded = CollapseSpaces(Fold(text, _ => true));
        var phone = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (IsDash(c))
            {
                while (phone.Length > 0 && (phone[^1] == ' ' || phone[^1] == '-'))
                {
                    phone.Length--;
                }

                phone.Append('-');
            }
            else if (c != ' ' || (phone.Length > 0 && phone[^1] != '-'))
            {
                phone.Append(c);
            }
        }

        return phone.ToString();
    }

    /// <summary>
    /// The numbers of a phone field that holds several of them, separated as guides separate them (；、，, or 或; a
    /// <c>/</c> joins lines of one office and does not separate); a field with one number gives one.
    /// </summary>
    public static string[] PhoneNumbers(string phone) =>
        !HasSeveralPhoneNumbers(phone)
            ? [phone]
            : Array.FindAll(Array.ConvertAll(PhoneSeparators().Split(phone), p => p.Trim()), p => p.Length > 0);

    /// <summary>True when a phone field has a separator of several numbers (the rules ask this of every contact point: nothing allocated).</summary>
    public static bool HasSeveralPhoneNumbers(string phone) => phone.AsSpan().IndexOfAny("、，,；;或") >= 0;

    [GeneratedRegex("[、，,；;]|\\s*或\\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneSeparators();

    /// <summary>An e-mail or web address: every full-width character folded, then as prose.</summary>
    public static string Address(string text) => Prose(Fold(text, _ => true));

    /// <summary>True when <see cref="Code"/> would return the text unchanged.</summary>
    private static bool IsCode(string text)
    {
        foreach (var c in text)
        {
            if (c is >= FullWidthFirst and <= FullWidthLast || char.IsWhiteSpace(c) || char.ToUpperInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63';

    private static char Unfold(char c) => c is >= FullWidthFirst and <= FullWidthLast ? (char)(c - FullWidthOffset) : c;

    private static string Fold(string text, Func<char, bool> fold)
    {
        if (text.AsSpan().IndexOfAnyInRange(FullWidthFirst, FullWidthLast) < 0 && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\u3000' => ' ',
                >= FullWidthFirst and <= FullWidthLast when fold(c) => Unfold(c),
                _ => c,
            });
        }

        return result.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var result = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd(' ');
    }
}
