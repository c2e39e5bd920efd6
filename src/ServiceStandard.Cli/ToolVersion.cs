using System.Reflection;

namespace ServiceStandard.Cli;

/// <summary>The package version of svcstd (without the source-revision suffix).</summary>
internal static class ToolVersion
{
    public static string Value { get; } = Read();

    public const string InformationUri = "https://github.com/servicestandard/servicestandard";

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
