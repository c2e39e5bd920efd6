using System.CommandLine;
using ServiceStandard.Catalogue;
using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Validation;

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
        var loading = new LoadingOptions(context);
        var command = new Command("build", context.Help("catalogue_build"))
        {
            paths, database, format,
        };
        loading.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(paths)!.Any(StandardInput.Is))
            {
                context.Report("CatalogueNoStandardInput");
                return CliApplication.Failure;
            }

            var set = InputFiles.ExpandAndReport(context, parse.GetValue(paths)!);
            if (set.Missing.Count > 0)
            {
                return CliApplication.Failure;
            }

            var target = parse.GetValue(database)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            if (!CatalogueStore.IsPostgres(target) && !Directory.Exists(folder))
            {
                context.Report("FolderMissing", folder);
                return CliApplication.Failure;
            }

            CatalogueBuildReport report;
            using var progress = ProgressLine.For(context);
            try
            {
                using var builder = CatalogueBuilder.Open(target);
                // Normalized first (as diff does), so that labels, phrases and full-width text are stored canonical.
                report = builder.Build(set.Files, new CatalogueBuildOptions
                {
                    Transform = inventory => InventoryNormalizer.Normalize(inventory).Inventory ?? inventory,
                    Unseen = [.. set.Skipped.Select(s => s.Path)], // what the walk could not see keeps its items
                    Validation = ValidationOptions.Default with { Load = loading.Read(parse) },
                    Progress = progress is null ? null : new Reported<CatalogueBuildProgress>(p =>
                        progress.Show(CliText.Get(context.Culture, "Progress_Catalogue", p.FilesDone, p.FilesTotal, p.Items, p.File))),
                });
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"svcstd: {TerminalText.Safe(exception.Message)}");
                return CliApplication.Failure;
            }

            progress?.Dispose();
            context.Output.Write(parse.GetValue(format) == "json"
                ? CatalogueBuildWriter.Json(CatalogueStore.Display(target), report, context.Culture)
                : CatalogueBuildWriter.Text(CatalogueStore.Display(target), report, context.Culture));
            return report.LeftOut.Count > 0 ? CliApplication.Findings : CliApplication.Success;
        });
        return command;
    }
}
