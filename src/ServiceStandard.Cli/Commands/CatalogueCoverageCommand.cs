using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Scoring;
using System.CommandLine;
using ServiceStandard.Catalogue;
using ServiceStandard.Cli.Rendering;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue coverage --db FILE --basic FILE</c>: which basic items each region implements and lacks.</summary>
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
        var format = new Option<string>("--format") { Description = context.Help("format_text_json"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output") };
        var command = new Command("coverage", context.Help("catalogue_coverage"))
        {
            database, basic, format, output,
        };
        command.SetAction(parse => CatalogueCommand.Reading(context, parse.GetValue(database)!, () =>
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
            return OutputFile.WriteOrPrint(context, parse.GetValue(output), parse.GetValue(format) == "json"
                ? CatalogueCoverageWriter.Json(report, words)
                : CatalogueCoverageWriter.Text(report, words));
        }));
        return command;
    }
}
