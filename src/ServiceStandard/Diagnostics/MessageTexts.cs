using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;

namespace ServiceStandard.Diagnostics;

/// <summary>The zh-CN and en texts of every diagnostic and finding, read from the library's resource files (<c>Messages.resx</c> and <c>Messages.zh.resx</c>, and each feature's pair).</summary>
internal static class MessageTexts
{
    /// <summary>
    /// Every resource file of the library (each feature keeps its own, a neutral English and a zh file), found in
    /// the assembly's manifest rather than named here: the floor does not know the features above it. A text is
    /// looked up by its key (<c>SS2001_Message</c>, <c>Finding_Metric</c>); keys are unique across the files (a test
    /// checks it), so the order of the search does not change a text.
    /// </summary>
    private static readonly ResourceManager[] Resources = typeof(MessageTexts).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(n => new ResourceManager(n[..^".resources".Length], typeof(MessageTexts).Assembly))
        .ToArray();

    /// <summary>The base names of the resource files searched (used by tests).</summary>
    internal static IEnumerable<string> BaseNames => Resources.Select(r => r.BaseName);

    /// <summary>The texts already looked up, by name and culture: a comparison renders thousands of findings.</summary>
    private static readonly ConcurrentDictionary<(string Name, string Culture), string> Texts = new();

    /// <summary>As <see cref="Get"/>, remembered: for texts rendered many times over (findings, labels).</summary>
    public static string Cached(string name, CultureInfo culture) =>
        Texts.GetOrAdd((name, culture.Name), key => Get(key.Name, culture));

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
