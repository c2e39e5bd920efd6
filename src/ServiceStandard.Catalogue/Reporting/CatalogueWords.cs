using System.Globalization;
using System.Resources;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// The words of the catalogue's text reports, in Chinese and in English, from <c>CatalogueReportWords.resx</c> and
/// <c>CatalogueReportWords.zh.resx</c>.
/// </summary>
internal sealed class CatalogueWords
{
    private static readonly ResourceManager Resources = new("ServiceStandard.Catalogue.Reporting.CatalogueReportWords", typeof(CatalogueWords).Assembly);

    public static readonly CatalogueWords Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));

    public static readonly CatalogueWords English = new(CultureInfo.GetCultureInfo("en"));

    private CatalogueWords(CultureInfo culture) => Culture = culture;

    /// <summary>The language of the words (and of the diagnostics the reports quote).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The word or template <c>Added</c>.</summary>
    public string Added => Get(nameof(Added));

    /// <summary>The word or template <c>Updated</c>.</summary>
    public string Updated => Get(nameof(Updated));

    /// <summary>The word or template <c>Unchanged</c>.</summary>
    public string Unchanged => Get(nameof(Unchanged));

    /// <summary>The word or template <c>Rejected</c>.</summary>
    public string Rejected => Get(nameof(Rejected));

    /// <summary>The word or template <c>Removed</c>.</summary>
    public string Removed => Get(nameof(Removed));

    /// <summary>The word or template <c>ItemsOfFile</c>.</summary>
    public string ItemsOfFile => Get(nameof(ItemsOfFile));

    /// <summary>The word or template <c>RejectedNothing</c>.</summary>
    public string RejectedNothing => Get(nameof(RejectedNothing));

    /// <summary>The word or template <c>RejectedKept</c>.</summary>
    public string RejectedKept => Get(nameof(RejectedKept));

    /// <summary>The word or template <c>BuildSummary</c>.</summary>
    public string BuildSummary => Get(nameof(BuildSummary));

    /// <summary>The word or template <c>Found</c>.</summary>
    public string Found => Get(nameof(Found));

    /// <summary>The word or template <c>FoundAll</c>.</summary>
    public string FoundAll => Get(nameof(FoundAll));

    /// <summary>The word or template <c>Shown</c>.</summary>
    public string Shown => Get(nameof(Shown));

    /// <summary>The word or template <c>Committed</c>.</summary>
    public string Committed => Get(nameof(Committed));

    /// <summary>The word or template <c>NoCommitted</c>.</summary>
    public string NoCommitted => Get(nameof(NoCommitted));

    /// <summary>The word or template <c>Materials</c>.</summary>
    public string Materials => Get(nameof(Materials));

    /// <summary>The word or template <c>Visits</c>.</summary>
    public string Visits => Get(nameof(Visits));

    /// <summary>The word or template <c>NoVisits</c>.</summary>
    public string NoVisits => Get(nameof(NoVisits));

    /// <summary>The word or template <c>Depth</c>.</summary>
    public string Depth => Get(nameof(Depth));

    /// <summary>The word or template <c>NoDepth</c>.</summary>
    public string NoDepth => Get(nameof(NoDepth));

    /// <summary>The word or template <c>Basic</c>.</summary>
    public string Basic => Get(nameof(Basic));

    /// <summary>The word or template <c>RegionCoverage</c>.</summary>
    public string RegionCoverage => Get(nameof(RegionCoverage));

    /// <summary>The word or template <c>Missing</c>.</summary>
    public string Missing => Get(nameof(Missing));

    /// <summary>The word or template <c>Outside</c>.</summary>
    public string Outside => Get(nameof(Outside));

    /// <summary>The word or template <c>ItemCoverage</c>.</summary>
    public string ItemCoverage => Get(nameof(ItemCoverage));

    /// <summary>The word or template <c>Separator</c>.</summary>
    public string Separator => Get(nameof(Separator));

    private bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";

    public static CatalogueWords For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? Chinese : English;

    /// <summary>A word or template by its resource name.</summary>
    public string Get(string name) => Resources.GetString(name, Culture) ?? throw new InvalidOperationException($"Missing catalogue word '{name}'.");

    /// <summary>The template <paramref name="name"/> filled in, in the words' culture (as the tool's own messages are).</summary>
    public string Message(string name, params object?[] arguments) => string.Format(Culture, Get(name), arguments);

    public string Format(string template, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);

    public string Outcome(CatalogueFileOutcome outcome) => outcome switch
    {
        CatalogueFileOutcome.Added => Added,
        CatalogueFileOutcome.Updated => Updated,
        CatalogueFileOutcome.Unchanged => Unchanged,
        CatalogueFileOutcome.Rejected => Rejected,
        _ => Removed,
    };

    /// <summary>The item type as people read it: the Chinese label, or the token in English.</summary>
    public string Type(ItemType type) => IsChinese ? CodeListCatalog.ItemTypes[type].Label : CodeListCatalog.ItemTypes[type].Token;
}
