using ServiceStandard.Catalogue.Reporting;
using System.CommandLine;
using ServiceStandard.Catalogue;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Normalization;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue build PATH... --db FILE</c>: merges inventories into the catalogue, reading only what changed.</summary>
internal static class CatalogueBuildCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = context.Help("inventories"), Arity = ArgumentArity.OneOrMore };
        var database = CatalogueCommand.DatabaseOption(context.Help("catalogue_build_db"));
        var format = new Option<string>("--format") { Description = context.Help("format_text_json"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var divisions = CliContext.DivisionsOption(context);
        var command = new Command("build", context.Help("catalogue_build"))
        {
            paths, database, format, divisions,
        };
        command.SetAction(parse =>
        {
            var words = CatalogueWords.For(context.Culture);
            var files = InputFiles.ExpandAndReport(context, parse.GetValue(paths)!, out var missing, out var skipped);
            if (missing.Count > 0)
            {
                return CliApplication.Failure;
            }

            var target = parse.GetValue(database)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            if (!Directory.Exists(folder))
            {
                context.Report("FolderMissing", folder);
                return CliApplication.Failure;
            }

            CatalogueBuildReport report;
            try
            {
                using var builder = CatalogueBuilder.Open(target);
                // Normalized first (as diff does), so that labels, phrases and full-width text are stored canonical.
                report = builder.Build(files, new CatalogueBuildOptions
                {
                    Transform = inventory => InventoryNormalizer.Normalize(inventory).Inventory ?? inventory,
                    Unseen = [.. skipped.Select(s => s.Path)], // what the walk could not see keeps its items
                });
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"svcstd: {TerminalText.Safe(exception.Message)}");
                return CliApplication.Failure;
            }

            context.Output.Write(parse.GetValue(format) == "json"
                ? CatalogueBuildWriter.Json(target, report, words)
                : CatalogueBuildWriter.Text(target, report, words));
            return report.LeftOut.Count > 0 ? CliApplication.Findings : CliApplication.Success;
        });
        return command;
    }
}
