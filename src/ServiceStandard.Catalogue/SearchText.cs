using System.Text;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Turns the words a person types into parameters of the catalogue's SQL, never into SQL or FTS5 syntax.
/// <list type="bullet">
/// <item>A word of 3 characters or more is matched through the FTS5 trigram index (every run of 3
/// characters is indexed), as an FTS5 string literal (in double quotes, a double quote doubled): an exact
/// substring, whatever characters it holds.</item>
/// <item>A word of 2 characters (药品) has no trigram. It is matched through a second FTS5 index of the same
/// text that holds every pair of adjacent characters, each written as an opaque token (<c>g</c> and the
/// pair's UTF-8 bytes in hexadecimal), so that any pair, punctuation included, is one token. The result is
/// the same as a substring scan (<c>instr</c>) of the indexed text, at the cost of an index lookup.</item>
/// <item>A word of 1 character (证) is a prefix query on the same index: every character is the first of a
/// pair, since the last character of each run of text is indexed paired with an end mark (U+0000).</item>
/// </list>
/// Latin letters are lower-cased (A to Z only, as SQLite's <c>lower()</c> and the trigram tokenizer agree on).
/// </summary>
internal sealed class SearchText
{
    private const string EndMark = "\0";

    private SearchText(IReadOnlyList<string> indexed, IReadOnlyList<string> pairs, IReadOnlyList<string> singles)
    {
        Indexed = indexed;
        Pairs = pairs;
        Singles = singles;
    }

    /// <summary>Words of 3 characters or more, matched through the trigram index.</summary>
    public IReadOnlyList<string> Indexed { get; }

    /// <summary>Words of 2 characters, matched through the index of character pairs.</summary>
    public IReadOnlyList<string> Pairs { get; }

    /// <summary>Words of 1 character, matched as the first character of a pair.</summary>
    public IReadOnlyList<string> Singles { get; }

    /// <summary>The words of fewer than 3 characters (found through the pair index).</summary>
    public IEnumerable<string> Short => Pairs.Concat(Singles);

    public bool IsEmpty => Indexed.Count == 0 && Pairs.Count == 0 && Singles.Count == 0;

    /// <summary>The FTS5 query for the indexed words: each a string literal, all required.</summary>
    public string MatchExpression => string.Join(' ', Indexed.Select(Literal));

    /// <summary>The FTS5 query for the words of 1 or 2 characters: each pair's token, or a prefix for a single character; all required.</summary>
    public string PairExpression => string.Join(' ', Pairs.Select(PairToken).Concat(Singles.Select(s => PairToken(s) + " *")));

    /// <summary>
    /// The tokens of the pair index for some texts: every pair of adjacent characters within a run of text
    /// (none spanning white space or two texts), and the last character of each run with the end mark; once
    /// each, separated by spaces.
    /// </summary>
    public static string PairTokens(IEnumerable<string> texts)
    {
        // Each pair once, in the order first met, kept as two scalar values (no string per pair); written out at the end.
        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int, int)>();
        void Add(int first, int second)
        {
            if (seen.Add((first, second)))
            {
                pairs.Add((first, second));
            }
        }

        foreach (var text in texts)
        {
            var previous = -1;
            foreach (var rune in text.EnumerateRunes())
            {
                var value = rune.Value is >= 'A' and <= 'Z' ? rune.Value + 32 : rune.Value;
                if (Rune.IsWhiteSpace(rune))
                {
                    if (previous >= 0)
                    {
                        Add(previous, 0);
                    }

                    previous = -1;
                    continue;
                }

                if (previous >= 0)
                {
                    Add(previous, value);
                }

                previous = value;
            }

            if (previous >= 0)
            {
                Add(previous, 0);
            }
        }

        var tokens = new StringBuilder(pairs.Count * 14);
        Span<byte> bytes = stackalloc byte[8];
        foreach (var (first, second) in pairs)
        {
            if (tokens.Length > 0)
            {
                tokens.Append(' ');
            }

            var length = new Rune(first).EncodeToUtf8(bytes);
            length += new Rune(second).EncodeToUtf8(bytes[length..]);
            tokens.Append('g');
            foreach (var b in bytes[..length])
            {
                tokens.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return tokens.ToString();
    }

    private const string HexDigits = "0123456789abcdef";

    /// <summary>
    /// The keys of PostgreSQL's index of short words: every pair of adjacent characters within a run of text (as
    /// <see cref="PairTokens"/>) and every character that is not white space, as themselves (a pair is 2 characters,
    /// a single 1, so they never meet); once each. A word of 1 or 2 characters occurs in the texts exactly when its key
    /// is among these.
    /// </summary>
    public static string[] PairsAndSingles(IEnumerable<string> texts)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var previous = default(Rune?);
            foreach (var rune in LowerAscii(text).EnumerateRunes())
            {
                if (Rune.IsWhiteSpace(rune))
                {
                    previous = null;
                    continue;
                }

                keys.Add(rune.ToString());
                if (previous is { } first)
                {
                    keys.Add(first.ToString() + rune.ToString());
                }

                previous = rune;
            }
        }

        return [.. keys];
    }

    /// <summary>
    /// The text as FTS5's trigram tokenizer compares it (words of 3 characters or more): every letter lower-cased, not
    /// only A to Z (Ä and ä, Ａ and ａ are the same there), one character for one.
    /// </summary>
    public static string FoldCase(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            folded.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return folded.ToString();
    }

    /// <summary>A SQL <c>LIKE</c> pattern that matches any text holding <paramref name="word"/> (its <c>\</c>, <c>%</c> and <c>_</c> escaped).</summary>
    public static string Contains(string word) =>
        "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>True when two occurrences of the word can overlap (a proper prefix is also a suffix: <c>aaa</c>, <c>abab</c>).</summary>
    public static bool Overlaps(string word)
    {
        for (var length = 1; length < word.Length; length++)
        {
            if (string.CompareOrdinal(word, 0, word, word.Length - length, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of trigrams FTS5's trigram tokenizer makes of a text: one per character but the last two.</summary>
    public static int Trigrams(string text) => Math.Max(0, text.EnumerateRunes().Count() - 2);

    /// <summary>The token of a pair of characters: <c>g</c> and its UTF-8 bytes in hexadecimal (letters and digits only).</summary>
    private static string PairToken(string pair) => "g" + Convert.ToHexString(Encoding.UTF8.GetBytes(pair)).ToLowerInvariant();

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
            words.Where(w => CharacterCount(w) == 2).ToArray(),
            words.Where(w => CharacterCount(w) == 1).ToArray());
    }

    /// <summary>The words of a query, at most <see cref="CatalogueQuery.MaxWords"/> of them.</summary>
    /// <exception cref="ArgumentException">The query has more words.</exception>
    public static SearchText Of(CatalogueQuery query)
    {
        var text = Parse(query.Text);
        var count = text.Indexed.Count + text.Pairs.Count + text.Singles.Count;
        if (count > CatalogueQuery.MaxWords)
        {
            throw new ArgumentException($"A search takes at most {CatalogueQuery.MaxWords} distinct words; this one has {count}.", nameof(query));
        }

        return text;
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
