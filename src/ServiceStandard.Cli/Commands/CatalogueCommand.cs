using System.CommandLine;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue build|search|coverage|export</c>: one searchable catalogue of every region's items.</summary>
internal static class CatalogueCommand
{
    public static Command Create(CliContext context) =>
        new("catalogue", context.Help("catalogue"))
        {
            CatalogueBuildCommand.Create(context),
            CatalogueSearchCommand.Create(context),
            CatalogueCoverageCommand.Create(context),
            CatalogueExportCommand.Create(context),
        };

    /// <summary>The <c>--db FILE</c> option every catalogue verb takes.</summary>
    public static Option<string> DatabaseOption(string description) => new("--db")
    {
        Description = description,
        HelpName = "FILE",
        Required = true,
    };

    /// <summary>
    /// Runs a verb that reads a catalogue; a database SQLite finds damaged (malformed, truncated, unreadable part way)
    /// is one line and exit 2, not an unexpected failure.
    /// </summary>
    public static int Reading(CliContext context, string path, Func<int> verb)
    {
        try
        {
            return verb();
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            context.Report("CatalogueDamaged", path, exception.Message);
            return CliApplication.Failure;
        }
    }

    /// <summary>Opens a catalogue, or explains in one line why it cannot (null then).</summary>
    public static ServiceCatalogue? Open(CliContext context, string path)
    {
        try
        {
            return ServiceCatalogue.Open(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"svcstd: {TerminalText.Safe(exception.Message)}");
            return null;
        }
    }
}
