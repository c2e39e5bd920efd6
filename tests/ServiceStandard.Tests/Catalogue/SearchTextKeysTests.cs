using System.Text;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>
/// The keys of SQLite's key index are made without a string per key (the build's hot path); they must be the keys the
/// index has always held, in the same order: each text's characters and pairs, then the name's, then the filters, each once.
/// </summary>
public sealed class SearchTextKeysTests
{
    public static TheoryData<string, string[], string[]> Items => new()
    {
        { "营业执照办理", ["营业执照办理", "申请书\n身份证明 营业执照"], ["r110000", "r110101", "tadministrativeLicensing", "online"] },
        { "ABC 许可", ["Abc-DEF 许可 x", "许\u3000可（2024）；“副本”"], ["r110000", "r110000"] },
        { "a", ["𠀋𠀌 😀😀 aA", "\ud800 lone \udc00 surrogates", "tab\tand\r\nbreaks", string.Empty], [] },
        { string.Empty, [], ["online"] },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void The_keys_are_those_of_one_set_of_strings_in_the_same_order(string name, string[] texts, string[] filters) =>
        Assert.Equal(Reference(name, texts, filters), SearchText.Keys(name, texts, filters));

    [Fact]
    public void A_key_is_a_letter_and_the_utf8_bytes_of_its_characters_in_hexadecimal() =>
        Assert.Equal("s6e m61 me8af81 n61e8af81 me4b9a6 ne8af81e4b9a6 r110000", SearchText.Keys("a证书", ["N"], ["r110000"]));

    /// <summary>The keys as the index was first written: a set of strings, each key a letter and UTF-8 bytes in hexadecimal.</summary>
    private static string Reference(string name, IEnumerable<string> texts, IEnumerable<string> filters)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            Add(keys, text, 'g', 's');
        }

        Add(keys, name, 'n', 'm');
        keys.UnionWith(filters);
        return string.Join(' ', keys);
    }

    private static void Add(HashSet<string> keys, string text, char pair, char single)
    {
        var lower = new string(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToArray());
        var previous = default(Rune?);
        foreach (var rune in lower.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                previous = null;
                continue;
            }

            keys.Add(Key(single, rune.ToString()));
            if (previous is { } first)
            {
                keys.Add(Key(pair, first.ToString() + rune.ToString()));
            }

            previous = rune;
        }
    }

    private static string Key(char prefix, string value) => prefix + Convert.ToHexString(Encoding.UTF8.GetBytes(value)).ToLowerInvariant();
}
