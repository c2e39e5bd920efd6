using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceStandard.Validation;

/// <summary>Text checks shared by the rules: vague wording and phone numbers.</summary>
internal static partial class RuleText
{
    private static readonly string[] VaguePhrases = ["相关材料", "有关材料", "其他材料", "其它材料", "详见", "按规定", "按有关规定", "按相关规定", "根据需要"];

    // Words that end in 等 without being an open-ended list.
    private static readonly string[] WordsEndingInDeng = ["平等", "同等", "中等", "高等", "初等", "对等", "相等", "均等", "优等", "上等", "次等", "特等", "头等", "二等", "三等"];

    /// <summary>The vague phrase in <paramref name="text"/>, or <see langword="null"/> when it is specific.</summary>
    public static string? VaguePhrase(string text)
    {
        foreach (var phrase in VaguePhrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        var trimmed = text.TrimEnd(' ', '。', '.', '；', ';');
        if (trimmed.EndsWith('等') && !WordsEndingInDeng.Any(w => trimmed.EndsWith(w, StringComparison.Ordinal)))
        {
            return "等";
        }

        return null;
    }

    /// <summary>Why a phone field cannot be dialled (a resource word), or <see langword="null"/> when every number in it can.</summary>
    public static string? PhoneProblem(string phone)
    {
        foreach (var part in Separators().Split(phone))
        {
            var number = Dashes().Replace(part.Trim(), "-").Replace(" ", string.Empty, StringComparison.Ordinal);
            if (number.Length == 0)
            {
                continue;
            }

            if (Landline().IsMatch(number) || Mobile().IsMatch(number) || Hotline().IsMatch(number) || Service400().IsMatch(number))
            {
                continue;
            }

            return LocalNumber().IsMatch(number) ? "§Phone_NoAreaCode" : "§Phone_Shape";
        }

        return null;
    }

    public static string Days(decimal workingDays) => workingDays.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("[、，,；;/]| 或 ")]
    private static partial Regex Separators();

    [GeneratedRegex("[—–－―]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}((-|转)[0-9]{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex("^(\\+?86-?)?1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex("^12[0-9]{3}$")]
    private static partial Regex Hotline();

    [GeneratedRegex("^[48]00-?[0-9]{3}-?[0-9]{4}$")]
    private static partial Regex Service400();

    [GeneratedRegex("^[2-9][0-9]{6,7}$")]
    private static partial Regex LocalNumber();
}
