using System.Globalization;
using System.Resources;
using System.Text;

namespace ServiceStandard.Diagnostics;

/// <summary>The zh-CN and en texts of every diagnostic, read from <c>Messages.resx</c> and <c>Messages.zh.resx</c>.</summary>
internal static class MessageTexts
{
    /// <summary>One resource file per feature (each with a neutral English and a zh file), searched in order.</summary>
    private static readonly ResourceManager[] Resources =
    [
        new("ServiceStandard.Diagnostics.Messages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Validation.RuleMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Normalization.NormalizationMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Comparison.ComparisonMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Scoring.ScoringMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Profiles.ProfileMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Calendar.CalendarMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Events.EventMessages", typeof(MessageTexts).Assembly),
        new("ServiceStandard.Spreadsheets.SpreadsheetMessages", typeof(MessageTexts).Assembly),
    ];

    public static string Get(string name, CultureInfo? culture) =>
        Find(name, culture) ?? throw new InvalidOperationException($"Missing message resource '{name}'.");

    /// <summary>True when the resource exists in exactly that culture (no fallback): used by tests.</summary>
    public static bool ExistsIn(string name, CultureInfo culture) =>
        Resources.Any(r => Exists(r, culture, name));

    private static string? Find(string name, CultureInfo? culture)
    {
        foreach (var resources in Resources)
        {
            if (Exists(resources, CultureInfo.InvariantCulture, name))
            {
                return resources.GetString(name, culture ?? CultureInfo.CurrentUICulture);
            }
        }

        return null;
    }

    private static bool Exists(ResourceManager resources, CultureInfo culture, string name)
    {
        try
        {
            return resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(name) is not null;
        }
        catch (MissingManifestResourceException)
        {
            return false;
        }
    }

    /// <summary>
    /// An argument written <c>§Name</c> is itself a resource (a word such as "a number" that must be
    /// translated with the message); any other argument is data and is inserted as is.
    /// </summary>
    public static string Localize(string value, CultureInfo? culture) =>
        value.StartsWith('§') && Find(value[1..], culture) is { } text
            ? text
            : value;

    /// <summary>
    /// An argument as it is inserted: data as is; a <c>§Name</c> word in the culture, its own <c>{name}</c>s filled
    /// from the same arguments (one level: a word's arguments are data or words without placeholders).
    /// </summary>
    private static string Word(string value, IReadOnlyDictionary<string, string> arguments, CultureInfo? culture)
    {
        var word = Localize(value, culture);
        if (ReferenceEquals(word, value) || word.IndexOf('{') < 0)
        {
            return word;
        }

        return Format(word, arguments.Where(a => !a.Value.StartsWith('§') || a.Value.Length < 2 || Find(a.Value[1..], culture)?.IndexOf('{') is null or < 0)
            .ToDictionary(a => a.Key, a => a.Value), culture);
    }

    /// <summary>Replaces each <c>{name}</c> in <paramref name="template"/> by its argument.</summary>
    public static string Format(string template, IReadOnlyDictionary<string, string> arguments, CultureInfo? culture = null)
    {
        if (arguments.Count == 0 || template.IndexOf('{') < 0)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            text.Append(arguments.TryGetValue(name, out var value) ? Word(value, arguments, culture) : template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return text.ToString();
    }
}
