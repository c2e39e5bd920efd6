using System.Globalization;
using System.Resources;

namespace ServiceStandard.Cli;

/// <summary>
/// The tool's own messages (usage, files, summaries) in English and Chinese, from <c>CliMessages.resx</c> and
/// <c>CliMessages.zh.resx</c>; the diagnostics come from the library's resources.
/// </summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("ServiceStandard.Cli.CliMessages", typeof(CliText).Assembly);

    /// <summary>The message <paramref name="name"/> in <paramref name="culture"/>, its {0}, {1}... filled in.</summary>
    public static string Get(CultureInfo culture, string name, params object?[] arguments) =>
        string.Format(culture, Template(culture, name), arguments);

    /// <summary>The message as written in the resources, its placeholders unfilled.</summary>
    internal static string Template(CultureInfo culture, string name) =>
        Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Missing CLI message '{name}'.");

    /// <summary>True when the message exists in exactly that culture (no fallback): used by tests.</summary>
    internal static bool ExistsIn(string name, CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(name) is not null;

    /// <summary>Every message name (from the neutral, English file).</summary>
    internal static IEnumerable<string> Names() =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);
}
