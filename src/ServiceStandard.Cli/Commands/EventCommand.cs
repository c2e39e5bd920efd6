using System.CommandLine;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Events;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd event EVENT PATH... [--format text|json|markdown|html] [-o FILE] [--lang zh|en]</c>: an event (一件事) measured
/// in every region of the inventories (FORMAT.md section 12). Exit 0 when the report is written; 2 on usage or I/O
/// failure, an invalid event file, or when no inventory can be read.
/// </summary>
internal static class EventCommand
{
    public static Command Create(CliContext context)
    {
        var eventFile = new Argument<string>("EVENT") { Description = "The event file (YAML or JSON): event, code, kind, steps of basic codes, optional target (FORMAT.md section 12)." };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Inventory files or folders (walked for *.yaml, *.yml, *.json); files of the same region code are merged.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "Output format: text, json (FORMAT.md section 12), markdown or html (self-contained).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var lang = CliContext.LangOption();
        var command = new Command(
            "event",
            "Measure an event (一件事: the items of one chain, step by step) in every region: complete or not (a region lacking an item gets no end-to-end figure), "
            + "committed and legal working days end to end (the sum over steps of the longest item of each step; working-day equivalents: immediate 0, hours / 8, "
            + "calendar days x 5/7, months x 21.75), on-site visits, fees, distinct required materials (a material several items ask for counts once), the lowest "
            + "online depth, and whether the target is met. Regions best first: complete ones by committed working days, then visits, materials, fees. "
            + "Everything that can be read is used; a file or an item that cannot be read is left out and listed first. "
            + "Exit 0 when the report is written, 2 on usage or I/O failure, an invalid event file, or when no inventory can be read.")
        {
            eventFile, paths, format, output, lang,
        };
        command.WithExamples(
            "svcstd event examples/events/restaurant-opening.yaml examples/inventories           # ranking table in the terminal",
            "svcstd event examples/events/restaurant-opening.yaml examples/inventories --format html -o chain.html   # each region's chain as a bar of its steps",
            "svcstd event examples/events/business-start.yaml examples/inventories --format json   # FORMAT.md section 12");
        command.SetAction(parse =>
        {
            var path = parse.GetValue(eventFile)!;
            if (SideFiles.Read(context, path, ServiceEvent.Read) is not { } @event
                || InputFiles.ExpandOrReport(context, parse.GetValue(paths)!) is not { } files)
            {
                return CliApplication.Failure;
            }

            var intake = new Intake();
            var report = EventComparison.Compare(@event, DiffCommand.LoadInOrder(files, normalize: false, intake));
            if (report.Regions.Count == 0)
            {
                intake.ReportEach(context);
                context.Report("EventNoRegion");
                return CliApplication.Failure;
            }

            SideFiles.Print(context, path, report.Diagnostics);
            intake.ReportSummary(context);
            var view = new EventView(report, context.Culture, intake.LeftOut);
            var text = parse.GetValue(format) switch
            {
                "json" => EventJsonWriter.Write(view),
                "markdown" => EventMarkdownWriter.Write(view),
                "html" => EventHtmlWriter.Write(view),
                _ => EventTextWriter.Write(view),
            };
            return OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
        });
        return command;
    }
}
