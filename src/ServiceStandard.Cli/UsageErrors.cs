using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace ServiceStandard.Cli;

/// <summary>
/// System.CommandLine's parse errors said in the tool's words and language: each common error is recognised by its
/// own resource template (in the culture it was written in) and rendered from <see cref="CliText"/>; any other is
/// passed on inside a "usage error" line in the language of messages.
/// </summary>
internal static class UsageErrors
{
    private static readonly ResourceManager Parser = new("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);

    /// <summary>System.CommandLine's resource name, and the message of ours that says the same (its {0}, {1}... the same values).</summary>
    private static readonly (string Theirs, string Ours)[] Known =
    [
        ("UnrecognizedCommandOrArgument", "Usage_UnknownToken"),
        ("RequiredCommandWasNotProvided", "Usage_NoCommand"),
        ("CommandRequiredArgumentMissing", "Usage_MissingArgument"),
        ("OptionRequiredArgumentMissing", "Usage_MissingOptionValue"),
        ("RequiredOptionWasNotProvided", "Usage_MissingOption"),
        ("UnrecognizedArgument", "Usage_NotAmongValues"),
        ("ArgumentConversionCannotParseForOption", "Usage_CannotParseForOption"),
        ("ArgumentConversionCannotParseForCommand", "Usage_CannotParseForCommand"),
        ("OptionExpectsOneArgument", "Usage_OneValueOnly"),
    ];

    /// <summary>Messages the tool's own validators gave (already in the language of messages), passed on as they are.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Own = new(StringComparer.Ordinal);

    /// <summary>Marks a validator's message as the tool's own (<see cref="CliText"/>, in the language of messages).</summary>
    public static string Ours(string message)
    {
        Own.TryAdd(message, true);
        return message;
    }

    /// <summary>
    /// Refuses a number below <paramref name="minimum"/> for <paramref name="option"/> with the message
    /// <paramref name="message"/> (<c>Usage_NotNegative</c>, <c>Usage_NotPositive</c>): a value that is no number at
    /// all is System.CommandLine's to report.
    /// </summary>
    public static void RequireAtLeast(Option option, decimal minimum, string message, CliContext context) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && decimal.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value < minimum)
            {
                result.AddError(Ours(CliText.Get(context.Culture, message, option.Name)));
            }
        });

    /// <summary>The parse error in the language of <paramref name="culture"/>.</summary>
    public static string Describe(ParseError error, CultureInfo culture)
    {
        if (Own.ContainsKey(error.Message))
        {
            return error.Message;
        }

        foreach (var (theirs, ours) in Known)
        {
            foreach (var written in new[] { CultureInfo.CurrentUICulture, CultureInfo.InvariantCulture })
            {
                if (Parser.GetString(theirs, written) is { } template && Pattern(template).Match(error.Message) is { Success: true } match)
                {
                    var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object?)Values(g.Value, culture)).ToArray();
                    if (ours == "Usage_NotAmongValues" && error.SymbolResult is OptionResult option)
                    {
                        return CliText.Get(culture, "Usage_NotAmongValuesOf", values[0], option.Option.Name, values[1]);
                    }

                    return CliText.Get(culture, ours, values);
                }
            }
        }

        return CliText.Get(culture, "Usage_Error", error.Message);
    }

    /// <summary>A list of values System.CommandLine writes one a line (<c>\n\t'text'\n\t'json'</c>) as one line.</summary>
    private static string Values(string value, CultureInfo culture) =>
        value.Contains('\n', StringComparison.Ordinal)
            ? string.Join(CliText.Get(culture, "ListSeparator"), value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.Trim('\'')))
            : value;

    /// <summary>A template such as <c>Unrecognized command or argument '{0}'.</c> as a pattern that captures each value.</summary>
    private static Regex Pattern(string template)
    {
        var pattern = Regex.Escape(template.Trim());
        pattern = Regex.Replace(pattern, @"\\\{\d+}", "(.*?)");
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
