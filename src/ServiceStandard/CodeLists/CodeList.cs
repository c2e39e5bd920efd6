using System.Globalization;
using System.Runtime.CompilerServices;

namespace ServiceStandard.CodeLists;

/// <summary>One value of a code list with its three faces.</summary>
/// <typeparam name="T">The enum the code list binds to.</typeparam>
/// <param name="Value">The value in the model.</param>
/// <param name="Token">The canonical token, written by normalized output (e.g. <c>administrativeLicensing</c>).</param>
/// <param name="NationalCode">The national exchange code (e.g. <c>01</c>), or <see langword="null"/> where the standard has none.</param>
/// <param name="Label">The Chinese label (e.g. <c>行政许可</c>).</param>
public sealed record CodeListEntry<T>(T Value, string Token, string? NationalCode, string Label)
    where T : struct, Enum;

/// <summary>Which face of a code-list value a document used.</summary>
public enum CodeFace
{
    /// <summary>The canonical token.</summary>
    Token,

    /// <summary>The national numeric code.</summary>
    NationalCode,

    /// <summary>The Chinese label.</summary>
    Label,
}

/// <summary>
/// A code list of docs/format.md section 2: every value with its token, national code and Chinese label.
/// Input may use any face; output always uses the token.
/// </summary>
/// <typeparam name="T">The enum the code list binds to.</typeparam>
public sealed class CodeList<T> : ICodeList
    where T : struct, Enum
{
    // Lookups compare and hash only strings, ints and classes: the framework's shared code for those is
    // precompiled, where a dictionary or comparer of each of the fifteen enums (or of a tuple holding one)
    // was compiled at start-up, once per enum.
    private readonly Dictionary<string, Hit> byText;
    private readonly CodeListEntry<T>[] entries;
    private readonly int[] values;
    private readonly Dictionary<int, CodeListEntry<T>> byNumber;

    internal CodeList(string section, string key, string chineseName, params CodeListEntry<T>[] entries)
    {
        Section = section;
        Key = key;
        ChineseName = chineseName;
        Entries = entries;
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(int))
        {
            throw new ArgumentException($"The code list {section} needs an enum backed by int, not {Enum.GetUnderlyingType(typeof(T)).Name}.");
        }

        var text = new Dictionary<string, Hit>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            text[entry.Token] = new Hit(entry, CodeFace.Token);
            text[entry.Label] = new Hit(entry, CodeFace.Label);
            if (entry.NationalCode is { } code)
            {
                text[code] = new Hit(entry, CodeFace.NationalCode);
            }
        }

        byText = text; // small: a dictionary is as fast to read as a frozen one and much cheaper to build at start-up
        this.entries = entries;
        values = Array.ConvertAll(entries, e => Number(e.Value));
        byNumber = entries
            .Where(e => e.NationalCode is not null)
            .ToDictionary(e => int.Parse(e.NationalCode!, CultureInfo.InvariantCulture));
    }

    /// <summary>The section of docs/format.md, such as <c>2.1</c>.</summary>
    public string Section { get; }

    /// <summary>The key the list is used under, such as <c>type</c>.</summary>
    public string Key { get; }

    /// <summary>The Chinese element name, such as <c>事项类型</c>.</summary>
    public string ChineseName { get; }

    /// <summary>The values, in the order the standard lists them.</summary>
    public IReadOnlyList<CodeListEntry<T>> Entries { get; }

    /// <summary>The canonical tokens, in order.</summary>
    public IEnumerable<string> Tokens => Entries.Select(e => e.Token);

    Type ICodeList.EnumType => typeof(T);

    IEnumerable<(string Token, string? NationalCode, string Label)> ICodeList.Faces =>
        Entries.Select(e => (e.Token, e.NationalCode, e.Label));

    string ICodeList.Token(Enum value) => this[(T)value].Token;

    /// <summary>The entry of a value.</summary>
    /// <param name="value">A value of the list.</param>
    public CodeListEntry<T> this[T value]
    {
        get
        {
            // A scan of at most a dozen entries: as fast as a dictionary here, and no dictionary to compile per enum type at start-up.
            var number = Number(value);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == number)
                {
                    return entries[i];
                }
            }

            throw new KeyNotFoundException($"{value} is not in code list {Section}.");
        }
    }

    /// <summary>Reads a value written as token, national code (<c>01</c> or <c>1</c>) or Chinese label.</summary>
    /// <param name="text">The text as written, trimmed.</param>
    /// <param name="value">The value read.</param>
    /// <param name="face">Which face the text used.</param>
    /// <returns><see langword="true"/> when the text names a value of this list.</returns>
    public bool TryParse(string text, out T value, out CodeFace face)
    {
        if (byText.TryGetValue(text, out var hit))
        {
            (value, face) = (hit.Entry.Value, hit.Face);
            return true;
        }

        if (text.Length is > 0 and <= 3
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && byNumber.TryGetValue(number, out var entry))
        {
            (value, face) = (entry.Value, CodeFace.NationalCode);
            return true;
        }

        (value, face) = (default, CodeFace.Token);
        return false;
    }

    /// <summary>The number of a value (every code-list enum is backed by int: checked when the list is made).</summary>
    private static int Number(T value) => Unsafe.As<T, int>(ref value);

    /// <summary>What a text names: a value, by one of its faces.</summary>
    private sealed record Hit(CodeListEntry<T> Entry, CodeFace Face);
}

/// <summary>A code list seen without its enum type (for the schema generator and documentation).</summary>
internal interface ICodeList
{
    Type EnumType { get; }

    string Section { get; }

    string Key { get; }

    string ChineseName { get; }

    IEnumerable<(string Token, string? NationalCode, string Label)> Faces { get; }

    /// <summary>The canonical token of a value of <see cref="EnumType"/>.</summary>
    string Token(Enum value);
}
