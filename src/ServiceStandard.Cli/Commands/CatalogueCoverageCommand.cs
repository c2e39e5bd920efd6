using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Scoring;
using System.CommandLine;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue coverage --db FILE --basic FILE [--format text|json|xlsx] [-o FILE]</c>: which basic items each region implements and lacks.</summary>
internal static class CatalogueCoverageCommand
{
    public static Command Create(CliContext context)
    {
        var database = CatalogueCommand.DatabaseOption(context.Help("catalogue_db"));
        var basic = new Option<string>("--basic")
        {
            Description = context.Help("catalogue_coverage_basic"),
            HelpName = "FILE",
            Required = true,
        };
        var format = new Option<string>("--format") { Description = context.Help("catalogue_coverage_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output") };
        var command = new Command("coverage", context.Help("catalogue_coverage"))
        {
            database, basic, format, output,
        };
        command.SetAction(parse => !OutputFile.WorkbookHasFile(context, parse.GetValue(format)!, parse.GetValue(output)) ? CliApplication.Failure : CatalogueCommand.Reading(context, parse.GetValue(database)!, () =>
        {
            var words = CatalogueWords.For(context.Culture);
            if (SideFiles.Read(context, parse.GetValue(basic)!, BasicCatalogue.Read) is not { } reference)
            {
                return CliApplication.Failure;
            }

            using var catalogue = CatalogueCommand.Open(context, parse.GetValue(database)!);
            if (catalogue is null)
            {
                return CliApplication.Failure;
            }

            var report = catalogue.Coverage(reference);
            return parse.GetValue(format) switch
            {
                "xlsx" => OutputFile.WriteOrPrint(context, parse.GetValue(output), stream => CatalogueCoverageWriter.Xlsx(stream, report, context.Culture)),
                "json" => OutputFile.WriteOrPrint(context, parse.GetValue(output), CatalogueCoverageWriter.Json(report, words)),
                _ => OutputFile.WriteOrPrint(context, parse.GetValue(output), CatalogueCoverageWriter.Text(report, words)),
            };
        }));
        return command;
    }
}
