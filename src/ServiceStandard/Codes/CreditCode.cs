namespace ServiceStandard.Codes;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters over <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c>
/// (values 0 to 30): registering authority, organisation kind, 6-digit GB/T 2260 division, 9-character
/// organisation code (GB 11714, with its own check character) and a check character.
/// </summary>
public static class CreditCode
{
    /// <summary>The 31 characters of the code, in value order (no I, O, S, V, Z).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character (position 18) for the first 17 characters.</summary>
    /// <param name="first17">Positions 1 to 17, over <see cref="Alphabet"/>.</param>
    /// <returns>The check character, or <see langword="null"/> when the input is not 17 characters of the alphabet.</returns>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>True when <paramref name="code"/> is 18 characters of the alphabet with the right check character.</summary>
    /// <param name="code">A credit code.</param>
    public static bool HasValidCheckCharacter(string code) =>
        code.Length == 18 && CheckCharacter(code.AsSpan(0, 17)) == code[17];

    /// <summary>The GB/T 2260 division code in positions 3 to 8.</summary>
    /// <param name="code">An 18-character credit code.</param>
    public static string DivisionCode(string code) => code.Substring(2, 6);

    /// <summary>The 9-character organisation code (GB 11714) in positions 9 to 17.</summary>
    /// <param name="code">An 18-character credit code.</param>
    public static string OrganizationCode(string code) => code.Substring(8, 9);
}

/// <summary>组织机构代码 (GB 11714): 8 characters and a check character.</summary>
public static class OrganizationCode
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check character for the first 8 characters: C = 11 − (Σ value×weight mod 11); 10 → X, 11 → 0.</summary>
    /// <param name="first8">Digits and upper-case letters (A = 10 ... Z = 35).</param>
    /// <returns>The check character, or <see langword="null"/> for input that is not 8 digits or letters.</returns>
    public static char? CheckCharacter(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : -1;
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        // Written out on purpose: a popular implementation returns NUL for a sum ≡ 0 and "11" instead of "0".
        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }

    /// <summary>True when the 9-character code ends in its check character.</summary>
    /// <param name="code">An organisation code such as <c>MB1234567</c> (9 characters, no hyphen).</param>
    public static bool HasValidCheckCharacter(string code) =>
        code.Length == 9 && CheckCharacter(code.AsSpan(0, 8)) == code[8];
}
