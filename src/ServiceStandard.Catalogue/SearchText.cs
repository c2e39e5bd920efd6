using System.Text;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Turns the words a person types into parameters of the catalogue's SQL, never into SQL or FTS5 syntax.
/// <list type="bullet">
/// <item>A word of 3 characters or more is matched through the FTS5 trigram index (every run of 3
/// characters is indexed), as an FTS5 string literal (in double quotes, a double quote doubled): an exact
/// substring, whatever characters it holds.</item>
/// <item>A word of 2 characters (药品) has no trigram. It is matched through a second FTS5 index of the same
/// text (the key index) that holds every pair of adjacent characters, each written as an opaque token (<c>g</c> and the
/// pair's UTF-8 bytes in hexadecimal), so that any pair, punctuation included, is one token. The result is
/// the same as a substring scan (<c>instr</c>) of the indexed text, at the cost of an index lookup.</item>
/// <item>A word of 1 character (证) is a key of its own in the same index (<c>s</c> and its bytes), as PostgreSQL's key array holds it.</item>
/// <item>The same index holds the pairs and characters of the name apart (<c>n</c>, <c>m</c>) and the item's filters
/// (regions, type, service objects, online), so that a search counts and pages its matches from the index alone.</item>
/// </list>
/// Latin letters are lower-cased (A to Z only, as SQLite's <c>lower()</c> and the trigram tokenizer agree on).
/// </summary>
internal sealed class SearchText
{
    private const char TextPair = 'g';
    private const char TextSingle = 's';
    private const char NamePair = 'n';
    private const char NameSingle = 'm';
    private const char RegionPrefix = 'r';
    private const char TypePrefix = 't';
    private const char ObjectPrefix = 'o';

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

    /// <summary>The FTS5 query of SQLite's key index for the words of 1 or 2 characters: each pair's key, each single character's key; all required.</summary>
    public string PairExpression => string.Join(' ', Pairs.Select(p => Key(TextPair, p)).Concat(Singles.Select(s => Key(TextSingle, s))));

    /// <summary>
    /// The FTS5 query of SQLite's key index that finds every item whose name may hold all the words (each word's pairs,
    /// or its one character, among the name's keys): a superset, checked against the name itself.
    /// </summary>
    public string NameExpression => string.Join(' ', All.SelectMany(NameKeys).Distinct(StringComparer.Ordinal));

    /// <summary>The words, all of them (A to Z lower-cased).</summary>
    public IEnumerable<string> All => Indexed.Concat(Pairs).Concat(Singles);

    /// <summary>The key of an item that can be done entirely online (online depth 4) in SQLite's key index.</summary>
    public const string OnlineKey = "online";

    /// <summary>The key of a region (the item's region and each region above it) in SQLite's key index.</summary>
    public static string RegionKey(string code) => Key(RegionPrefix, code);

    /// <summary>The key of an item type token in SQLite's key index.</summary>
    public static string TypeKey(string token) => Key(TypePrefix, token);

    /// <summary>The key of a service object token in SQLite's key index.</summary>
    public static string ObjectKey(string token) => Key(ObjectPrefix, token);

    /// <summary>
    /// The keys of SQLite's key index (item_pairs) for one item: every pair of adjacent characters of its texts within a
    /// run of text (none spanning white space or two texts) and every character that is not white space; the same of its
    /// name apart (to find the items with the words in their name first); and the keys of its filters (regions, type,
    /// service objects, online). Each key is a letter and UTF-8 bytes in hexadecimal, so that any character is part of
    /// one token; once each, separated by spaces.
    /// </summary>
    public static string Keys(string name, IEnumerable<string> texts, IEnumerable<string> filters)
    {
        // Each key is written once, when first met, in the order a set of strings would hold them; a key is known by its
        // prefix and characters as a number, so that a key met again (most are) costs no string.
        var seen = new HashSet<long>();
        var keys = new StringBuilder(4096);
        foreach (var text in texts)
        {
            AddKeys(seen, keys, text, TextPair, TextSingle);
        }

        AddKeys(seen, keys, name, NamePair, NameSingle);
        foreach (var filter in filters.Distinct(StringComparer.Ordinal))
        {
            Separate(keys).Append(filter);
        }

        return keys.ToString();
    }

    /// <summary>
    /// The keys of PostgreSQL's index of short words: every pair of adjacent characters within a run of text (as
    /// <see cref="Keys"/>) and every character that is not white space, as themselves (a pair is 2 characters,
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

    /// <summary>A key of SQLite's key index: a prefix letter and the UTF-8 bytes of the value in hexadecimal (letters and digits only).</summary>
    private static string Key(char prefix, string value) => prefix + Convert.ToHexString(Encoding.UTF8.GetBytes(value)).ToLowerInvariant();

    /// <summary>The keys of a word among a name's keys in SQLite's key index: its one character, or each pair of adjacent characters.</summary>
    private static IEnumerable<string> NameKeys(string word) => Parts(word).Select(part => Key(part.EnumerateRunes().Count() == 1 ? NameSingle : NamePair, part));

    /// <summary>A word's one character, or each of its pairs of adjacent characters (as the keys hold them).</summary>
    public static IEnumerable<string> Parts(string word)
    {
        var runes = word.EnumerateRunes().Select(r => r.ToString()).ToArray();
        return runes.Length == 1 ? runes : runes.Skip(1).Select((rune, i) => runes[i] + rune);
    }

    /// <summary>Appends to <paramref name="keys"/> the keys of <paramref name="text"/> not <paramref name="seen"/> before (as <see cref="Keys"/> says).</summary>
    private static void AddKeys(HashSet<long> seen, StringBuilder keys, string text, char pair, char single)
    {
        const int NoRune = 0x1FFFFF; // above every Unicode scalar value
        var previous = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                previous = -1;
                continue;
            }

            var value = rune.Value is >= 'A' and <= 'Z' ? rune.Value + 32 : rune.Value;
            if (seen.Add(((long)single << 42) | ((long)value << 21) | NoRune))
            {
                AppendHex(Separate(keys).Append(single), value);
            }

            if (previous >= 0 && seen.Add(((long)pair << 42) | ((long)previous << 21) | (uint)value))
            {
                AppendHex(AppendHex(Separate(keys).Append(pair), previous), value);
            }

            previous = value;
        }
    }

    /// <summary>A space before the next key, unless it is the first.</summary>
    private static StringBuilder Separate(StringBuilder keys) => keys.Length > 0 ? keys.Append(' ') : keys;

    /// <summary>Appends the UTF-8 bytes of a Unicode scalar value in lower-case hexadecimal.</summary>
    private static StringBuilder AppendHex(StringBuilder keys, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        var length = new Rune(value).EncodeToUtf8(bytes);
        for (var i = 0; i < length; i++)
        {
            keys.Append(HexDigits[bytes[i] >> 4]).Append(HexDigits[bytes[i] & 0xF]);
        }

        return keys;
    }

    private const string HexDigits = "0123456789abcdef";

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
