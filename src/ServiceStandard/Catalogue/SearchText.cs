using System.Text;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Turns the words a person types into parameters of the catalogue's SQL, never into SQL or FTS5 syntax.
/// The FTS5 trigram tokenizer indexes every run of 3 characters, so a word of 3 characters or more is
/// matched through the index, as an FTS5 string literal (in double quotes, a double quote doubled): an
/// exact substring, whatever characters it holds. A word of 1 or 2 characters (药品, 证) has no trigram; it
/// is matched with <c>instr</c> on the same indexed text (a scan, bound as a parameter).
/// </summary>
internal sealed class SearchText
{
    private SearchText(IReadOnlyList<string> indexed, IReadOnlyList<string> scanned)
    {
        Indexed = indexed;
        Scanned = scanned;
    }

    /// <summary>Words of 3 characters or more, matched through the trigram index.</summary>
    public IReadOnlyList<string> Indexed { get; }

    /// <summary>Words of 1 or 2 characters, matched by a scan; lower-cased like the index (ASCII letters).</summary>
    public IReadOnlyList<string> Scanned { get; }

    public bool IsEmpty => Indexed.Count == 0 && Scanned.Count == 0;

    /// <summary>The FTS5 query for the indexed words: each a string literal, all required.</summary>
    public string MatchExpression => string.Join(' ', Indexed.Select(Literal));

    /// <summary>Splits the text on white space (any Unicode white space, the ideographic space too) into distinct words.</summary>
    public static SearchText Parse(string? text)
    {
        var words = (text ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(LowerAscii)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new SearchText(
            words.Where(w => CharacterCount(w) >= 3).ToArray(),
            words.Where(w => CharacterCount(w) < 3).ToArray());
    }

    /// <summary>An FTS5 string literal: the text in double quotes, each double quote doubled.</summary>
    public static string Literal(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Characters as FTS5 counts them: Unicode scalar values, not UTF-16 code units.</summary>
    private static int CharacterCount(string word) => word.EnumerateRunes().Count();

    /// <summary>Lower-cases A to Z only, as SQLite's <c>lower()</c> does, so that both sides of <c>instr</c> agree.</summary>
    private static string LowerAscii(string word)
    {
        var text = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            text.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        return text.ToString();
    }
}
