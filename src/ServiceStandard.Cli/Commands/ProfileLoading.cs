using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Profiles;

namespace ServiceStandard.Cli.Commands;

/// <summary>Reads a <c>--profile</c> file; its problems go to standard error, compiler style.</summary>
internal static class ProfileLoading
{
    /// <returns>The profile, or <see langword="null"/> (exit 2) when it cannot be used.</returns>
    public static InventoryProfile? Load(CliContext context, CultureInfo culture, string path)
    {
        var profile = InventoryProfile.Load(path, out var problems);
        foreach (var problem in problems)
        {
            context.Error.Write(ValidationReportWriter.Line(problem, culture, colour: false));
        }

        return problems.Any(p => p.Severity == Severity.Error) ? null : profile;
    }
}
