using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ServiceStandard.Cli;

/// <summary>The package version of svcstd (without the source-revision suffix).</summary>
internal static class ToolVersion
{
    public static string Value { get; } = Read();

    public const string InformationUri = "https://github.com/servicestandard/servicestandard";

    /// <summary>
    /// Makes <c>--version</c> print <see cref="Value"/>: System.CommandLine would print the entry assembly's
    /// informational version, with the commit suffix (and, in-process under a test host, the host's).
    /// </summary>
    public static void Install(RootCommand root, CliContext context)
    {
        var version = root.Options.OfType<VersionOption>().Single();
        version.Description = context.Help("version");
        version.Action = new PrintVersion();
    }

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Value);
            return CliApplication.Success;
        }
    }
}
