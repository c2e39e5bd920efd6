using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.Text;

namespace ServiceStandard.Validation;

/// <summary>Text checks shared by the rules: vague wording and phone numbers.</summary>
internal static partial class RuleText
{
    private static readonly string[] VaguePhrases = ["相关材料", "有关材料", "其他材料", "其它材料", "详见", "按规定", "按有关规定", "按相关规定", "根据需要"];

    // Words that end in 等 without being an open-ended list.
    private static readonly string[] WordsEndingInDeng = ["平等", "同等", "中等", "高等", "初等", "对等", "相等", "均等", "优等", "上等", "次等", "特等", "头等", "二等", "三等"];

    // A phrase can only be in a text that has its first character: one vectorized scan rules most texts out.
    private static readonly SearchValues<char> PhraseStarts = FirstCharacters(VaguePhrases);

    // Characters that make a phone field more than one number as written: separators, dashes to unify, spaces.
    private static readonly SearchValues<char> SplitOrCleaned = SearchValues.Create("、，,；;/／或（(—–－― ");

    /// <summary>The vague phrase in <paramref name="text"/>, or <see langword="null"/> when it is specific.</summary>
    public static string? VaguePhrase(string text)
    {
        if (text.AsSpan().ContainsAny(PhraseStarts))
        {
            foreach (var phrase in VaguePhrases)
            {
                if (text.Contains(phrase, StringComparison.Ordinal))
                {
                    return phrase;
                }
            }
        }

        var trimmed = text.AsSpan().TrimEnd(" 。.；;");
        return trimmed.Length > 0 && trimmed[^1] == '等' && !EndsInWordEndingInDeng(trimmed) ? "等" : null;
    }

    private static SearchValues<char> FirstCharacters(string[] phrases)
    {
        var first = new char[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            first[i] = phrases[i][0];
        }

        return SearchValues.Create(first);
    }

    private static bool EndsInWordEndingInDeng(ReadOnlySpan<char> text)
    {
        foreach (var word in WordsEndingInDeng)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Why a phone field cannot be dialled (a resource word), or <see langword="null"/> when every number in it can. Written
    /// as guides write them: <c>(0379)66831234</c>, <c>0572-5129111/5129112</c> (a second line of the same office, its area
    /// code left out), <c>0572-5129111转8001</c>, <c>028-87920125（工作日 9:00-17:00）</c> (a remark in brackets),
    /// <c>0738-12345</c> (the hotline with the area code).
    /// </summary>
    public static string? PhoneProblem(string phone)
    {
        // Most fields are one number with nothing to split, unify or trim: checked as written, without splitting.
        if (phone.Length > 0 && !phone.AsSpan().ContainsAny(SplitOrCleaned) && !char.IsWhiteSpace(phone[0]) && !char.IsWhiteSpace(phone[^1]))
        {
            return NumberProblem(phone);
        }

        foreach (var part in TextForms.PhoneNumbers(phone))
        {
            string? areaCode = null;
            foreach (var line in part.Split(['/', '／']))
            {
                var number = Number(line);
                if (number.Length == 0)
                {
                    continue;
                }

                // 0572-5129111/5129112: the second line is dialled with the first one's area code.
                if (areaCode is not null && LocalNumber().IsMatch(number))
                {
                    number = areaCode + "-" + number;
                }

                if (NumberProblem(number) is { } problem)
                {
                    return problem;
                }

                areaCode ??= AreaCode().Match(number) is { Success: true } area ? area.Value : null;
            }
        }

        return null;
    }

    /// <summary>One number as dialled: its remark in brackets left aside, an area code in brackets joined with a dash, dashes unified, no spaces.</summary>
    private static string Number(string written)
    {
        var number = Remark().Replace(written.Trim(), string.Empty);
        number = BracketedAreaCode().Replace(number, "${area}-");
        return Dashes().Replace(number, "-").Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static string? NumberProblem(string number)
    {
        if (number.AsSpan().IndexOfAny("（(") >= 0)
        {
            number = Number(number);
        }

        return Landline().IsMatch(number) || Mobile().IsMatch(number) || Hotline().IsMatch(number) || Service400().IsMatch(number) ? null
            : LocalNumber().IsMatch(number) ? "§Phone_NoAreaCode"
            : ShortNumber().IsMatch(number) ? "§Phone_TooShort"
            : "§Phone_Shape";
    }

    public static string Days(decimal workingDays) => workingDays.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("[—–－―]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}((-|转)[0-9]{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex("^(\\+?86-?)?1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex("^(0[1-9][0-9]{1,2}-?)?12[0-9]{3}$")]
    private static partial Regex Hotline();

    [GeneratedRegex("^0[1-9][0-9]{1,2}(?=-)")]
    private static partial Regex AreaCode();

    /// <summary>A remark in brackets after the number: （工作日 9:00-17:00）.</summary>
    [GeneratedRegex("(?<=[0-9])\\s*[（(][^（）()]*[）)]\\s*$")]
    private static partial Regex Remark();

    /// <summary>An area code in brackets before the number: (0379)66831234.</summary>
    [GeneratedRegex("^[（(](?<area>0[1-9][0-9]{1,2})[）)]\\s*")]
    private static partial Regex BracketedAreaCode();

    /// <summary>A local number of 5 or 6 digits: too short for any city (they have 7 or 8).</summary>
    [GeneratedRegex("^[0-9]{5,6}$")]
    private static partial Regex ShortNumber();

    [GeneratedRegex("^[48]00-?[0-9]{3}-?[0-9]{4}$")]
    private static partial Regex Service400();

    [GeneratedRegex("^[2-9][0-9]{6,7}$")]
    private static partial Regex LocalNumber();
}
