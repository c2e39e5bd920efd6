using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Text.NormalizationDiagnostics))]

namespace ServiceStandard.Text;

/// <summary>
/// The rules of normalization (SS8xxx): how text as departments write it was read, and what the canonical
/// form rewrote. Infos list each rewrite; a warning or error means something could not be read.
/// </summary>
internal static class NormalizationDiagnostics
{
    // Keys: Chinese element names and flat spreadsheet keys (SS80xx).

    /// <summary>A key written as its Chinese element name or as a flat key, read as a canonical key.</summary>
    internal static readonly DiagnosticDescriptor KeyAlias = DiagnosticCatalog.Define("SS8001", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>Two keys (one an alias) give the same canonical key.</summary>
    internal static readonly DiagnosticDescriptor AliasConflict = DiagnosticCatalog.Define("SS8002", Severity.Error, DiagnosticCategory.Normalization);

    /// <summary>A value written as a national code, Chinese label or Chinese word, rewritten to its canonical form.</summary>
    internal static readonly DiagnosticDescriptor ValueAlias = DiagnosticCatalog.Define("SS8003", Severity.Info, DiagnosticCategory.Normalization);

    // Time limits written as phrases (SS81xx).

    /// <summary>A time limit written as a phrase, read as value and unit.</summary>
    internal static readonly DiagnosticDescriptor PhraseRead = DiagnosticCatalog.Define("SS8101", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>A phrase in 日 without 工作日 or 自然日: the unit chosen by the item type (行政许可法 Art. 82).</summary>
    internal static readonly DiagnosticDescriptor DayRule = DiagnosticCatalog.Define("SS8102", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>A time-limit phrase that cannot be read; kept as written. Replaces the retired SS1108.</summary>
    internal static readonly DiagnosticDescriptor PhraseUnreadable = DiagnosticCatalog.Define("SS8103", Severity.Warning, DiagnosticCategory.Normalization);

    // Text and lists (SS82xx).

    /// <summary>Text tidied: trimmed, full-width letters and digits folded, white space collapsed, phone dashes, codes upper-cased.</summary>
    internal static readonly DiagnosticDescriptor TextTidied = DiagnosticCatalog.Define("SS8201", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>The region's name filled from the GB/T 2260 table.</summary>
    internal static readonly DiagnosticDescriptor RegionNameFilled = DiagnosticCatalog.Define("SS8202", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>A list whose order carries no meaning put in code-list order, repeats removed.</summary>
    internal static readonly DiagnosticDescriptor ListOrdered = DiagnosticCatalog.Define("SS8203", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>A list written as one text (自然人、企业法人), read as its parts.</summary>
    internal static readonly DiagnosticDescriptor ListSplit = DiagnosticCatalog.Define("SS8204", Severity.Info, DiagnosticCategory.Normalization);

    /// <summary>A phone field with several numbers (0572-5129111；12345) split into one contact point per number.</summary>
    internal static readonly DiagnosticDescriptor PhonesSplit = DiagnosticCatalog.Define("SS8205", Severity.Info, DiagnosticCategory.Normalization);
}
