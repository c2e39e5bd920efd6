using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Cli;

/// <summary>
/// An "Examples:" section at the end of a command's help (System.CommandLine has none of its own):
/// each command declares its examples with <see cref="WithExamples{T}"/> (the message <c>Examples_</c>name, one
/// example a line, in the language of messages); <see cref="Install"/> makes <c>--help</c> print them after the
/// standard sections.
/// </summary>
internal static partial class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    /// <summary>
    /// Declares the command lines (with a <c>#</c> comment each, if useful) shown under "Examples:": the lines of the
    /// message <c>Examples_</c><paramref name="name"/>.
    /// </summary>
    public static T WithExamples<T>(this T command, CliContext context, string name)
        where T : Command
    {
        Examples.AddOrUpdate(command, CliText.Get(context.Culture, "Examples_" + name).Split('\n'));
        return command;
    }

    /// <summary>Makes the help option of <paramref name="root"/> (shared by every subcommand) print the examples.</summary>
    public static void Install(RootCommand root, CliContext context)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Description = context.Help("help");
        help.Action = new ExamplesAction((HelpAction)help.Action!, CliText.Get(context.Culture, "ExamplesHeading"), context.OutputIsTerminal);
    }

    /// <summary>
    /// The help System.CommandLine printed (in English: <see cref="CliApplication.Run"/> parses in the invariant
    /// culture) with its own words said in the language of messages: the section headings, the usage line's
    /// <c>[command]</c> and <c>[options]</c>, <c>[default: ...]</c> and <c>(REQUIRED)</c>. The descriptions are the
    /// commands' own, already in that language.
    /// </summary>
    public static string Localize(string help, CultureInfo culture)
    {
        var text = new StringBuilder(help.Length + 64);
        foreach (var line in help.Split('\n'))
        {
            var localized = line switch
            {
                "Description:" or "Usage:" or "Arguments:" or "Options:" or "Commands:" => CliText.Get(culture, "HelpHeading_" + line.TrimEnd(':')),
                _ => DefaultValue().Replace(line, m => CliText.Get(culture, "HelpDefault", m.Groups[1].Value))
                    .Replace(" [command]", " " + CliText.Get(culture, "HelpUsageCommand"), StringComparison.Ordinal)
                    .Replace(" [options]", " " + CliText.Get(culture, "HelpUsageOptions"), StringComparison.Ordinal)
                    .Replace(" (REQUIRED)", " " + CliText.Get(culture, "HelpRequired").PadRight(" (REQUIRED)".Length - 1), StringComparison.Ordinal),
            };
            text.Append(localized).Append('\n');
        }

        return text.ToString(0, text.Length - 1);
    }

    [GeneratedRegex(@"\[default: ([^\]]*)\]")]
    private static partial Regex DefaultValue();

    private sealed class ExamplesAction(HelpAction standard, string heading, bool toTerminal) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!toTerminal)
            {
                // Help read by a program or written to a file is not wrapped to a terminal's width.
                standard.MaxWidth = int.MaxValue;
            }

            var exit = standard.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                output.WriteLine(heading);
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exit;
        }
    }
}
