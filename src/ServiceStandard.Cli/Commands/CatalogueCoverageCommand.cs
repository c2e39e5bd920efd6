using System.CommandLine;
using ServiceStandard.Catalogue;
using ServiceStandard.Cli.Rendering;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue coverage --db FILE --basic FILE</c>: which basic items each region implements and lacks.</summary>
internal static class CatalogueCoverageCommand
{
    public static Command Create(CliContext context)
    {
        var database = CatalogueCommand.DatabaseOption("The catalogue database written by 'svcstd catalogue build'.");
        var basic = new Option<string>("--basic")
        {
            Description = "The basic catalogue: YAML or JSON (items: [{ basicCode, name }]) or CSV (header basicCode,name).",
            HelpName = "FILE",
            Required = true,
        };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var lang = CliContext.LangOption();
        var command = new Command("coverage", """
            Coverage of items (服务事项覆盖性): for each region, which items of the basic catalogue it implements
            (an item not cancelled) and which it lacks, and the items it lists outside the basic catalogue; first, what
            the build left out (an item with errors may be one a region implements).
            Exit 0, or 2 on usage or I/O failure.
            """)
        {
            database, basic, format, output, lang,
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
