using System.Globalization;
using System.Resources;

namespace ServiceStandard.Reporting;

/// <summary>
/// The words and sentences of the reports (labels, headings, summaries) in English and Chinese, from
/// <c>ReportTexts.resx</c> and <c>ReportTexts.zh.resx</c>: the one place a report's language is chosen.
/// </summary>
internal static class ReportText
{
    private static readonly ResourceManager Resources = new("ServiceStandard.Reporting.ReportTexts", typeof(ReportText).Assembly);

    /// <summary>The text <paramref name="name"/> in <paramref name="culture"/>, its {0}, {1}... filled in.</summary>
    public static string Get(CultureInfo culture, string name, params object?[] arguments) =>
        arguments.Length == 0 ? Template(culture, name) : string.Format(culture, Template(culture, name), arguments);

    /// <summary>The text as written in the resources, its placeholders unfilled.</summary>
    internal static string Template(CultureInfo culture, string name) =>
        Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Missing report text '{name}'.");

    /// <summary>True when the text exists in exactly that culture (no fallback): used by tests.</summary>
    internal static bool ExistsIn(string name, CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(name) is not null;

    /// <summary>Every text name (from the neutral, English file).</summary>
    internal static IEnumerable<string> Names() =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);
}
