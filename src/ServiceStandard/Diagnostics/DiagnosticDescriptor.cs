using System.Globalization;

namespace ServiceStandard.Diagnostics;

/// <summary>
/// One rule of the catalogue: a stable code (<c>SSnnnn</c>), a default severity and a category.
/// Its title, message and fix hint come from the zh-CN and en resources.
/// </summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string code, Severity defaultSeverity, DiagnosticCategory category)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        Category = category;
    }

    /// <summary>The stable code, such as <c>SS1001</c>. A retired code is never reused.</summary>
    public string Code { get; }

    /// <summary>The severity used unless a rule set changes it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The group the rule belongs to.</summary>
    public DiagnosticCategory Category { get; }

    /// <summary>A short title of the rule in the given culture (zh or en).</summary>
    /// <param name="culture">The culture of the text; <see langword="null"/> for the current UI culture.</param>
    public string Title(CultureInfo? culture = null) => MessageTexts.Get(Code + "_Title", culture);

    /// <summary>The message template, with named placeholders such as <c>{key}</c>.</summary>
    /// <param name="culture">The culture of the text; <see langword="null"/> for the current UI culture.</param>
    public string MessageFormat(CultureInfo? culture = null) => MessageTexts.Get(Code + "_Message", culture);

    /// <summary>A one-line hint that says how to fix the problem.</summary>
    /// <param name="culture">The culture of the text; <see langword="null"/> for the current UI culture.</param>
    public string Hint(CultureInfo? culture = null) => MessageTexts.Get(Code + "_Hint", culture);

    /// <inheritdoc />
    public override string ToString() => Code;
}

/// <summary>The groups of the rule catalogue; the code's second digit names the group.</summary>
public enum DiagnosticCategory
{
    /// <summary>Reading the file: syntax, encoding, limits (SS10xx).</summary>
    Loading,

    /// <summary>Structure of the format: types, required keys, code lists, patterns (SS11xx, SS12xx).</summary>
    Schema,

    /// <summary>Codes and identity: credit codes, implementation codes, divisions, duplicates (SS2xxx).</summary>
    Identity,

    /// <summary>Time limits: legal, committed and step limits (SS3xxx).</summary>
    TimeLimits,

    /// <summary>Process: steps and special procedures (SS4xxx).</summary>
    Process,

    /// <summary>Guide: conditions, materials, channels, visits, result (SS5xxx).</summary>
    Guide,

    /// <summary>Fees (SS6xxx).</summary>
    Fees,

    /// <summary>Contacts: consultation and complaint (SS7xxx).</summary>
    Contacts,

    /// <summary>Normalization: what was rewritten and what could not be read (SS8xxx).</summary>
    Normalization,
}
