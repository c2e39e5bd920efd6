using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace ServiceStandard.Cli;

/// <summary>
/// An "Examples:" section at the end of a command's help (System.CommandLine has none of its own):
/// each command declares its examples with <see cref="WithExamples{T}"/>; <see cref="Install"/> makes
/// <c>--help</c> print them after the standard sections.
/// </summary>
internal static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    /// <summary>Declares the command lines (with a <c>#</c> comment each, if useful) shown under "Examples:".</summary>
    public static T WithExamples<T>(this T command, params string[] examples)
        where T : Command
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Makes the help option of <paramref name="root"/> (shared by every subcommand) print the examples.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesAction((HelpAction)help.Action!);
    }

    private sealed class ExamplesAction(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
            {
                // Help read by a program or written to a file is not wrapped to a terminal's width.
                standard.MaxWidth = int.MaxValue;
            }

            var exit = standard.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                output.WriteLine("Examples:");
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
