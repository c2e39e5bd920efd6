using System.Collections.Frozen;
using System.Text;

namespace ServiceStandard.Comparison;

/// <summary>
/// Decides when two material names mean the same document. Names are first normalized (Unicode NFKC, so
/// full-width letters and brackets become half-width, and white space removed); then an explicit,
/// conservative table of synonym groups applies. Anything not in the table is compared as normalized text.
/// </summary>
/// <remarks>
/// The default table joins only names that denote the same document: 居民身份证 = 身份证 = 第二代居民身份证,
/// 营业执照 = 营业执照副本, 户口簿 = 户口本, and a few more (see <see cref="Default"/>). It deliberately does
/// <em>not</em> join 身份证明 or 有效身份证件 (which accept other documents) nor 法定代表人身份证明 (a
/// document about the legal representative) with 身份证.
/// </remarks>
public sealed class MaterialSynonyms
{
    private readonly FrozenDictionary<string, string> canonical;

    /// <summary>Builds a table from groups of names; the first name of a group is its canonical name.</summary>
    /// <param name="groups">Disjoint groups of names that mean the same document.</param>
    /// <exception cref="ArgumentException">A name appears in two groups.</exception>
    public MaterialSynonyms(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<IReadOnlyList<string>>();
        foreach (var group in groups)
        {
            var names = group.ToArray();
            if (names.Length == 0)
            {
                continue;
            }

            var head = Normalize(names[0]);
            foreach (var name in names.Select(Normalize))
            {
                if (owner.TryGetValue(name, out var index) && index != list.Count)
                {
                    throw new ArgumentException($"The material name '{name}' is in two synonym groups.", nameof(groups));
                }

                owner[name] = list.Count;
                table[name] = head;
            }

            list.Add(names);
        }

        canonical = table.ToFrozenDictionary(StringComparer.Ordinal);
        Groups = list;
    }

    /// <summary>
    /// The default, conservative table: 居民身份证/身份证/第二代居民身份证; 户口簿/户口本/居民户口簿;
    /// 营业执照/营业执照副本/企业营业执照; 授权委托书/委托书; 结婚证/结婚证书; 社会保障卡/社保卡;
    /// 不动产权证书/不动产权证; 法定代表人或者负责人身份证明/法定代表人或负责人身份证明/法定代表人（负责人）身份证明.
    /// </summary>
    public static MaterialSynonyms Default { get; } = new(
    [
        ["居民身份证", "身份证", "第二代居民身份证"],
        ["户口簿", "户口本", "居民户口簿"],
        ["营业执照", "营业执照副本", "企业营业执照"],
        ["授权委托书", "委托书"],
        ["结婚证", "结婚证书"],
        ["社会保障卡", "社保卡"],
        ["不动产权证书", "不动产权证"],
        ["法定代表人或者负责人身份证明", "法定代表人或负责人身份证明", "法定代表人（负责人）身份证明"],
    ]);

    /// <summary>A table with no synonyms: names match only when their normalized text is equal.</summary>
    public static MaterialSynonyms None { get; } = new([]);

    /// <summary>The groups, as given.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>The key two names share when they mean the same document: the normalized name, or its group's first name.</summary>
    /// <param name="name">A material name as written.</param>
    public string Key(string name)
    {
        var normalized = Normalize(name);
        return canonical.GetValueOrDefault(normalized, normalized);
    }

    /// <summary>True when the two names mean the same document.</summary>
    /// <param name="first">A material name.</param>
    /// <param name="second">Another material name.</param>
    public bool AreSame(string first, string second) => Key(first) == Key(second);

    /// <summary>Unicode NFKC (full-width to half-width) with every white-space character removed.</summary>
    /// <param name="name">A name as written.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
