using System.CommandLine;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd migrate FILE --to 1.1 [-o OUT] [--in-place]</c>: rewrites a document in a newer format version.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Help("inventory_file") };
        var to = new Option<string>("--to") { Description = context.Help("migrate_to"), Required = true };
        to.AcceptOnlyFromAmong([.. InventorySchema.Versions]);
        var output = new Option<string?>("--output", "-o") { Description = context.Help("migrate_output"), HelpName = "FILE" };
        var inPlace = new Option<bool>("--in-place") { Description = context.Help("migrate_in_place") };
        var loading = new LoadingOptions(context);
        var command = new Command("migrate", context.Help("migrate"))
        {
            file, to, output, inPlace,
        };
        loading.AddTo(command);
        command.WithExamples(context, "migrate");
        command.SetAction(parse =>
        {
            var culture = context.Culture;
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output);
            if (parse.GetValue(inPlace) && target is not null)
            {
                context.Report("InPlaceWithOutput");
                return CliApplication.Failure;
            }

            if (parse.GetValue(inPlace) && StandardInput.Is(path))
            {
                context.Report("InPlaceStandardInput");
                return CliApplication.Failure;
            }

            if (parse.GetValue(inPlace) && DocumentFormats.FromPath(path) is { } input && input.IsSpreadsheet())
            {
                context.Report("SpreadsheetNotRewritten", path);
                return CliApplication.Failure;
            }

            if (target is not null && InventoryOutput.Format(target, DocumentFormat.Yaml) is null)
            {
                context.Report("UnknownOutputFormat", target);
                return CliApplication.Failure;
            }

            var load = loading.Reading(parse, context).Load(path);
            var normalized = InventoryNormalizer.Normalize(load);
            foreach (var diagnostic in normalized.Diagnostics.Where(d => d.Severity == Severity.Error))
            {
                context.Error.Write(ValidationReportWriter.Line(diagnostic, culture, colour: false));
            }

            if (load.Diagnostics.Any(d => d.Code == "SS1009"))
            {
                return CliApplication.Failure;
            }

            if (!load.IsValid)
            {
                return CliApplication.Findings; // a migration rewrites the whole document: nothing may be left out or unread
            }

            var version = parse.GetValue(to)!;
            if (Version.Parse(version) < Version.Parse(normalized.Inventory!.SchemaVersion))
            {
                context.Report("CannotMigrateDown", path, normalized.Inventory.SchemaVersion, version);
                return CliApplication.Failure;
            }

            var format = InventoryOutput.Format(target, load.Format)!.Value;
            var migrated = InventoryMigration.Migrate(normalized.Inventory, version);
            if (!parse.GetValue(inPlace))
            {
                return InventoryOutput.Write(context, target, migrated, format, () => CanonicalWriter.Write(migrated, format));
            }

            return OutputFile.Rewrite(context, path, CanonicalWriter.Write(migrated, format), load.HasComments, "Action_Migrating");
        });
        return command;
    }
}
