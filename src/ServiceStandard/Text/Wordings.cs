using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Text;

/// <summary>One accepted wording, for the documentation table (generated from the tables below and tested).</summary>
/// <param name="Element">Where the wording is read: the kind of value.</param>
/// <param name="Written">What departments write.</param>
/// <param name="Reads">What it is read as, in the canonical form.</param>
internal sealed record Wording(string Element, string Written, string Reads);

/// <summary>
/// The words departments write for values the format holds as booleans, counts, online depths, fees, lists and
/// special-procedure kinds, as found in published 办事指南 and county 事项要素表 exports (是/否, 必要/非必要, 不收费,
/// "0次", "１份", 全程网办, 自然人、企业法人, 10元/本, 延长审查). Each reader returns <see langword="null"/> for text it
/// does not understand: the binder then reports that one value and keeps it as written. Every reader folds full-width
/// characters and white space first; every table is data, so the manual's table is generated from it.
/// </summary>
internal static partial class Wordings
{
    /// <summary>Yes/no words: 是/否 and the words the standard's elements use for them (必要性, 是否收费, 是否适用 ...).</summary>
    public static IReadOnlyList<(string Written, bool Value)> BooleanWords { get; } =
    [
        ("是", true), ("否", false),
        ("有", true), ("无", false),
        ("必要", true), ("非必要", false),
        ("必需", true), ("非必需", false),
        ("必须", true), ("非必须", false),
        ("必交", true), ("选交", false),
        ("需要", true), ("不需要", false),
        ("收费", true), ("不收费", false), ("免费", false),
        ("适用", true), ("不适用", false),
        ("√", true), ("×", false),
    ];

    /// <summary>Words for zero on-site visits (the reform's own: 零跑动, 不见面).</summary>
    public static IReadOnlyList<string> ZeroVisitWords { get; } = ["零跑动", "零跑腿", "不见面", "无需到现场", "无需到场", "不需要到现场", "无需现场办理"];

    /// <summary>Online depths 1 to 4 (code list 2.12): each half of the standard's labels, and the level words.</summary>
    public static IReadOnlyList<(string Written, int Depth)> OnlineDepthWords { get; } =
    [
        ("信息公开", 1), ("在线咨询", 1), ("一级", 1), ("1级", 1),
        ("表格下载", 2), ("在线预约", 2), ("二级", 2), ("2级", 2),
        ("在线预审", 3), ("三级", 3), ("3级", 3),
        ("全程网办", 4), ("全程网上办理", 4), ("全流程网办", 4), ("全程网上办", 4), ("四级", 4), ("4级", 4),
    ];

    /// <summary>Fees written as one word in place of the fees object (收费: 不收费): charged or not.</summary>
    public static IReadOnlyList<(string Written, bool Charged)> FeeWords { get; } =
    [
        ("收费", true), ("是", true), ("有", true),
        ("不收费", false), ("免费", false), ("否", false), ("无", false), ("不涉及", false), ("免收", false), ("0元", false), ("零元", false),
    ];

    /// <summary>
    /// Words of code lists that are none of a value's three faces but name it plainly, as real guides write them
    /// (来源渠道: 自备; 材料类型: 原件 复印件), by the list's section in docs/format.md.
    /// </summary>
    public static IReadOnlyList<(string Section, string Written, string Token)> CodeWords { get; } =
    [
        ("2.11", "自备", "applicant"), ("2.11", "申请人提供", "applicant"), ("2.11", "本人提供", "applicant"), ("2.11", "申请人", "applicant"),
        ("2.11", "自行准备", "applicant"), ("2.11", "政府部门", "government"), ("2.11", "部门核发", "government"),
        ("2.11", "行政机关核发", "government"), ("2.11", "政府部门提供", "government"), ("2.11", "网上下载", "applicant"), ("2.11", "窗口索取", "applicant"),
        ("2.11", "窗口领取", "applicant"), ("2.11", "网上下载或窗口索取", "applicant"), ("2.11", "中介机构出具", "intermediary"), ("2.11", "中介", "intermediary"),
        ("2.9", "原件复印件", "originalAndCopy"), ("2.9", "原件和复印件", "originalAndCopy"), ("2.9", "原件及复印件", "originalAndCopy"),
        ("2.9", "原件、复印件", "originalAndCopy"), ("2.9", "原件+复印件", "originalAndCopy"), ("2.9", "原件或复印件", "originalAndCopy"),
        ("2.9", "复印", "copy"), ("2.9", "原件1份", "original"), ("2.9", "复印件1份", "copy"),
        ("2.10", "纸质版", "paper"), ("2.10", "纸质材料", "paper"), ("2.10", "纸质文件", "paper"), ("2.10", "电子版", "electronic"),
        ("2.10", "电子文件", "electronic"), ("2.10", "纸质和电子", "paperAndElectronic"), ("2.10", "纸质、电子", "paperAndElectronic"),
        ("2.10", "纸质或电子", "paperAndElectronic"), ("2.10", "纸质版和电子版", "paperAndElectronic"),
        ("2.3", "国家", "national"), ("2.3", "省级", "provincial"), ("2.3", "市级", "municipal"), ("2.3", "县级", "county"),
        ("2.3", "区级", "county"), ("2.3", "县(市、区)级", "county"), ("2.3", "乡镇级", "township"), ("2.3", "街道", "township"),
        ("2.3", "村级", "village"), ("2.3", "社区", "village"),
        ("2.6", "公民", "naturalPerson"), ("2.6", "个人", "naturalPerson"), ("2.6", "居民", "naturalPerson"), ("2.6", "企业", "enterpriseLegalPerson"),
        ("2.6", "事业单位", "publicInstitution"), ("2.6", "社会组织", "socialOrganization"), ("2.6", "机关", "administrativeOrgan"),
        ("2.8", "窗口", "window"), ("2.8", "现场办理", "window"), ("2.8", "线下办理", "window"), ("2.8", "网上", "online"), ("2.8", "网办", "online"),
        ("2.8", "线上办理", "online"), ("2.8", "在线办理", "online"), ("2.8", "移动端", "mobile"), ("2.8", "手机端", "mobile"), ("2.8", "掌上办", "mobile"),
        ("2.8", "快递", "post"), ("2.8", "邮寄", "post"), ("2.8", "邮寄申请", "post"), ("2.8", "自助终端办理", "selfService"), ("2.8", "自助机", "selfService"),
        ("2.7", "即办", "immediate"), ("2.7", "承诺", "promised"), ("2.7", "承诺办结件", "promised"),
    ];

    /// <summary>What marks a special procedure written in words as an extension of the time limit; any other Chinese wording is <c>other</c>.</summary>
    public static IReadOnlyList<string> ExtensionWords { get; } = ["延长", "延期"];

    /// <summary>Where a list written as one text is split.</summary>
    public const string CodeListSeparators = "、，,；;/／ 和及\n";

    /// <summary>Where a list of prose (acceptance conditions, themes) written as one text is split: lines and semicolons only (a 、 belongs to the sentence).</summary>
    public const string ProseListSeparators = "；;\n";

    /// <summary>Where a list of named things (materials, legal bases, steps, places, phone numbers) written as one text is split.</summary>
    public const string NameListSeparators = "、，,；;\n";

    private static readonly Dictionary<string, bool> Booleans = BooleanWords.ToDictionary(w => w.Written, w => w.Value, StringComparer.Ordinal);
    private static readonly Dictionary<string, int> Depths = OnlineDepthWords.ToDictionary(w => w.Written, w => w.Depth, StringComparer.Ordinal);
    private static readonly Dictionary<(string, string), string> Codes = CodeWords.ToDictionary(w => (w.Section, w.Written), w => w.Token);
    private static readonly Dictionary<string, bool> Fees = FeeWords.ToDictionary(w => w.Written, w => w.Charged, StringComparer.Ordinal);

    /// <summary>
    /// The token of a code-list value written in words of <see cref="CodeWords"/>, or by a face followed by what
    /// explains it (市级/隶属, 原件（加盖公章）): <see langword="null"/> when neither.
    /// </summary>
    /// <param name="list">The section of the list in docs/format.md (<c>2.11</c> 来源渠道 ...).</param>
    /// <param name="text">The value as written.</param>
    /// <param name="face">Reads a face of the list (token, national code or label) as its token.</param>
    public static string? Code(string list, string text, Func<string, string?> face)
    {
        var compact = Compact(text);
        foreach (var candidate in new[] { compact, Unqualified(compact), Lead(Unqualified(compact)), Suffixless(compact) })
        {
            if (Codes.TryGetValue((list, candidate), out var token) || face(candidate) is { } read && (token = read) is not null)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>A yes/no word, or <see langword="null"/>.</summary>
    public static bool? Boolean(string text) => Booleans.TryGetValue(Compact(text), out var value) ? value : null;

    /// <summary>
    /// A count written as text: <c>"3"</c>, <c>"１"</c>, <c>0次</c>, <c>1份</c>, <c>2个</c>, <c>一次</c>, <c>两份</c>, <c>最多跑一次</c>
    /// (1), <c>零跑动</c> (0); a qualifier in brackets (<c>0次（全程网办）</c>) is left aside. <see langword="null"/> when it is none.
    /// </summary>
    public static decimal? Count(string text)
    {
        var compact = Unqualified(Compact(text));
        if (ZeroVisitWords.Contains(compact))
        {
            return 0;
        }

        return CountPhrase().Match(compact) is { Success: true } match ? TimeLimitPhrases.Number(match.Groups["n"].Value) : null;
    }

    /// <summary>A number written as text (<c>"20"</c>, <c>"２０"</c>, <c>"0.5"</c>), or <see langword="null"/>.</summary>
    public static decimal? Number(string text) =>
        decimal.TryParse(Compact(text), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>An online depth written as a word of code list 2.12 (全程网办, 在线预审, 三级, or a whole label such as 信息公开/在线咨询).</summary>
    public static int? OnlineDepth(string text)
    {
        var compact = Unqualified(Compact(text));
        if (Depths.TryGetValue(compact, out var depth) || Depths.TryGetValue(Lead(compact), out depth))
        {
            return depth; // 三级:材料核验 is level three, explained
        }

        var labels = CodeListCatalog.OnlineDepthLabels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (compact == labels[i])
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Fees written as one text in place of the fees object: a word (不收费, 免费, 收费) or a charge (<c>10元/本</c>,
    /// <c>工本费10元</c>), which is charged and one fee item of that amount.
    /// </summary>
    public static (bool Charged, decimal? Amount)? FeePhrase(string text)
    {
        var compact = Compact(text);
        if (Fees.TryGetValue(compact, out var charged))
        {
            return (charged, null);
        }

        if (NotCharged().IsMatch(compact))
        {
            return (false, null); // 此项不收费, 本办件不收费, 不涉及收费, 免费办理
        }

        return Amount(text) is { } amount ? (amount > 0, amount) : null;
    }

    /// <summary>
    /// An amount in CNY written as text: <c>10</c>, <c>10元</c>, <c>10元/本</c>, <c>每本10元</c>, <c>￥10.00</c>,
    /// <c>人民币10元</c>, <c>工本费10元</c>; <c>免费</c> and <c>不收费</c> are 0. <see langword="null"/> for anything else
    /// (a range such as <c>5-10元</c> is not one amount).
    /// </summary>
    public static decimal? Amount(string text)
    {
        var compact = Unqualified(Compact(text));
        if ((Fees.TryGetValue(compact, out var charged) && !charged) || NotCharged().IsMatch(compact))
        {
            return 0;
        }

        if (compact.AsSpan().IndexOfAny("到至~-—") >= 0)
        {
            return null; // a range (5-10元, 五到十元) is not one amount
        }

        if (AmountPhrase().Match(compact) is { Success: true } match
            && decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        return ChineseAmountPhrase().Match(compact) is { Success: true } chinese ? TimeLimitPhrases.Number(chinese.Groups["n"].Value) : null;
    }

    /// <summary>
    /// A special-procedure kind written in words (延长审查, 延期, 听证, 检验检测, 专家评审, 现场核查 ...): an extension when it
    /// says 延长 or 延期, otherwise <c>other</c>; <see langword="null"/> for text with no Chinese in it (a misspelt token).
    /// </summary>
    public static SpecialProcedureKind? ProcedureKind(string text)
    {
        var compact = Compact(text);
        if (!compact.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            return null;
        }

        return ExtensionWords.Any(w => compact.Contains(w, StringComparison.Ordinal)) ? SpecialProcedureKind.Extension : SpecialProcedureKind.Other;
    }

    /// <summary>The parts of a list written as one text, trimmed, empty parts dropped, a leading number (1. 1、 （1） 一、) removed.</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="separators">Where to split: <see cref="CodeListSeparators"/> or <see cref="ProseListSeparators"/>.</param>
    public static string[] Split(string text, string separators)
    {
        // Never inside brackets: 身份证明（自然人提供身份证，法人提供营业执照） is one material.
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        var lines = text.ReplaceLineEndings("\n");
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length)
            {
                var c = lines[i];
                depth += c is '（' or '(' or '《' or '【' or '[' or '“' ? 1 : c is '）' or ')' or '》' or '】' or ']' or '”' && depth > 0 ? -1 : 0;
                if (depth > 0 || separators.IndexOf(c, StringComparison.Ordinal) < 0)
                {
                    continue;
                }
            }

            var part = ListNumber().Replace(lines[start..i].Trim(), string.Empty).Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            start = i + 1;
        }

        return [.. parts];
    }

    /// <summary>The accepted wordings, for the manual (README "Values as departments write them"; a test keeps it equal).</summary>
    public static IEnumerable<Wording> Table()
    {
        foreach (var group in BooleanWords.GroupBy(w => w.Value))
        {
            yield return new Wording("yes/no (必要性, 是否收费, 是否适用告知承诺制 ...)", string.Join(" ", group.Select(w => w.Written)), group.Key ? "`true`" : "`false`");
        }

        yield return new Wording("counts (份数, 到办事现场次数)", "`\"3\"` `\"１\"` `0次` `1份` `2个` `一次` `两份`; a bracketed qualifier is left aside", "the number");
        yield return new Wording("counts (份数, 到办事现场次数)", "最多跑一次", "`1`");
        yield return new Wording("counts (份数, 到办事现场次数)", string.Join(" ", ZeroVisitWords), "`0`");
        yield return new Wording("numbers (时限数值, 收费标准, 网上办理深度)", "`\"20\"` `\"２０\"` `\"0.5\"`", "the number");
        foreach (var group in OnlineDepthWords.GroupBy(w => w.Depth))
        {
            var label = CodeListCatalog.OnlineDepthLabels[group.Key - 1];
            yield return new Wording("online depth (网上办理深度)", string.Join(" ", group.Select(w => w.Written).Prepend(label).Distinct()), $"`{group.Key}`");
        }

        foreach (var group in FeeWords.GroupBy(w => w.Charged))
        {
            yield return new Wording("fees in one word (收费)", string.Join(" ", group.Select(w => w.Written)), group.Key ? "`charged: true`" : "`charged: false`");
        }

        yield return new Wording("fees in one word (收费)", "a sentence with 不收费, 免费, 免收 or 不涉及收费 and no amount (此项不收费, 本办件不收费)", "`charged: false`");
        yield return new Wording("fees in one word (收费)", "`10元/本` `工本费10元`", "`charged: true` and one fee item named as written, amount 10");
        yield return new Wording("fee amount (收费标准)", "`10` `10元` `10元/本` `每本10元` `￥10.00` `人民币10元` `每户每次收费十元`; 免费 不收费", "the amount in CNY; `0`");
        foreach (var group in CodeWords.GroupBy(w => (w.Section, w.Token)))
        {
            yield return new Wording($"code list {group.Key.Section} ({CodeListCatalog.All.First(l => l.Section == group.Key.Section).ChineseName})", string.Join(" ", group.Select(w => w.Written)), $"`{group.Key.Token}`");
        }

        yield return new Wording("any code list", "a face followed by what explains it: `市级/隶属`, `原件（加盖公章）`, `三级:材料核验`", "the value of the face");
        yield return new Wording("any code list", "a label followed by 事项 or 类: `行政许可事项`, `公共服务类`", "the value of the label");
        yield return new Wording("dates (发布日期)", "`2026年1月15日` `2026/1/15` `2026.01.15` `2026-1-5`", "`2026-01-15`");
        yield return new Wording("special procedure kind (特别程序种类)", "any wording with " + string.Join(" or ", ExtensionWords) + " (延长审查, 延期)", "`extension`, the wording kept in `description`");
        yield return new Wording("special procedure kind (特别程序种类)", "any other Chinese wording (听证, 检验检测, 专家评审, 现场核查 ...)", "`other`, the wording kept in `description`");
        yield return new Wording("code lists written as one text (服务对象, 办理形式)", "`自然人、企业法人` `窗口办理，网上办理`; split at " + Shown(CodeListSeparators), "one value per part");
        yield return new Wording("named lists written as one text (申请材料, 设定依据, 办理环节, 办理地点, 中介服务, 咨询方式 ...)", "`身份证、户口本、申请表`; split at " + Shown(NameListSeparators) + ", never inside brackets; a leading `1.` `1、` `（1）` `一、` removed", "one entry per part: its name (设定依据: its title; 咨询方式: its phone)");
        yield return new Wording("prose lists written as one text (受理条件, 主题分类)", "lines, or parts split at " + Shown(ProseListSeparators) + "; a leading number removed", "one entry per part");
        foreach (var phrase in TimeLimitPhrases.Examples)
        {
            yield return new Wording("time limits (法定办结时限, 承诺办结时限, 环节时限)", $"`{phrase.Written}`", phrase.Reads);
        }
    }

    private static string Shown(string separators) =>
        string.Join(" ", separators.Select(c => c switch { ' ' => "space", '\n' => "line break", _ => $"`{c}`" }));

    /// <summary>Full-width folded, white space removed.</summary>
    private static string Compact(string text) => WhiteSpace().Replace(TextForms.Narrow(text), string.Empty);

    /// <summary>A label with the word for its kind after it: 行政许可事项 and 行政许可类 are 行政许可.</summary>
    private static string Suffixless(string text) => text.EndsWith("事项", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('类') ? text[..^1] : text;

    /// <summary>
    /// A date as departments write it: <c>2026年1月15日</c>, <c>2026/1/15</c>, <c>2026.01.15</c>, <c>2026-1-5</c>;
    /// <see langword="null"/> when it is none, or no such day.
    /// </summary>
    public static DateOnly? Date(string text)
    {
        if (DatePhrase().Match(Compact(text)) is not { Success: true } match)
        {
            return null;
        }

        var (year, month, day) = (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex("^(?<y>[12][0-9]{3})(?:年|/|\\.|-)(?<m>[0-9]{1,2})(?:月|/|\\.|-)(?<d>[0-9]{1,2})日?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrase();

    /// <summary>What stands before an explanation: 市级 of 市级/隶属, 三级 of 三级:材料核验.</summary>
    private static string Lead(string text) => text.IndexOfAny(['/', ':', '：']) is > 0 and var at ? text[..at] : text;

    /// <summary>The text without a qualifier in brackets at its end: 0次（全程网办） is 0次.</summary>
    private static string Unqualified(string text) => Qualifier().Replace(text, string.Empty);

    [GeneratedRegex("^(?:最多|至多|不超过)?(?:跑)?(?<n>[0-9]+|[零〇一二两三四五六七八九十]+)(?:次|份|个|张|件|套|本|页|趟|人次)?(?:以内|以下)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountPhrase();

    [GeneratedRegex("^(?:[^0-9¥￥]{0,12}?)(?:人民币)?[¥￥]?(?<n>[0-9]+(?:\\.[0-9]+)?)(?:元|圆)?(?:/[^0-9]{1,6}|每[^0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPhrase();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    /// <summary>An amount in Chinese numerals, which must say 元: 每户每次收费十元, 成本费三元.</summary>
    [GeneratedRegex("^[^0-9]{0,12}?(?<n>[零〇一二两三四五六七八九十百千]+)元(?:/[^0-9]{1,6}|每[^0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseAmountPhrase();

    /// <summary>A sentence that says no fee is charged, with no amount in it.</summary>
    [GeneratedRegex("^[^0-9]{0,8}(?:不收费|免费|免收|不涉及收费|不收取费用|无收费)[^0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex NotCharged();

    [GeneratedRegex("[（(][^（）()]*[）)]$", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    [GeneratedRegex("^(?:[0-9]+[.、．)）]|[（(][0-9]+[）)]|[一二三四五六七八九十]+、)", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();
}
