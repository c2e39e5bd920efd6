using ServiceStandard.Cli.Rendering;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// Reads a file a command takes beside its inventories (a basic catalogue, score weights): its problems go to
/// standard error compiler style, like an inventory's.
/// </summary>
internal static class SideFiles
{
    /// <summary>A library reader that reports problems as diagnostics and returns null when the file has errors.</summary>
    public delegate T? Loader<T>(string path, out IReadOnlyList<Diagnostic> diagnostics)
        where T : class;

    /// <returns>What the file holds, or <see langword="null"/> (exit 2) when it is missing or has errors.</returns>
    public static T? Read<T>(CliContext context, string path, Loader<T> load)
        where T : class
    {
        if (!File.Exists(path))
        {
            context.Report("NoSuchFile", path);
            return null;
        }

        var value = load(path, out var problems);
        Print(context, path, problems);
        return value;
    }

    /// <summary>Writes a side file's problems to standard error, compiler style: <c>path:line:column: severity code: message</c>.</summary>
    public static void Print(CliContext context, string path, IEnumerable<Diagnostic> problems)
    {
        foreach (var problem in problems)
        {
            var where = problem.Position is { } p ? $"{path}:{p.Line}:{p.Column}" : path;
            context.Error.WriteLine(TerminalText.Safe($"{where}: {ValidationReportWriter.SeverityLabel(problem.Severity, context.Culture)} {problem.Code}: {problem.Message(context.Culture)}"));
        }
    }
}
