using System.CommandLine;
using ServiceStandard.Events;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd event EVENT PATH... [--format text|json|markdown|html] [-o FILE] [--lang zh|en]</c>: an event (一件事) measured
/// in every region of the inventories (docs/format.md section 12). Exit 0 when the report is written; 2 on usage or I/O
/// failure, an invalid event file, or when no inventory can be read.
/// </summary>
internal static class EventCommand
{
    public static Command Create(CliContext context)
    {
        var eventFile = new Argument<string>("EVENT") { Description = context.Help("event_EVENT") };
        var paths = new Argument<string[]>("PATH")
        {
            Description = context.Help("event_PATH"),
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = context.Help("event_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output"), HelpName = "FILE" };
        var loading = new LoadingOptions(context);
        var command = new Command("event", context.Help("event"))
        {
            eventFile, paths, format, output,
        };
        loading.AddTo(command);
        command.WithExamples(context, "event");
        command.SetAction(parse =>
        {
            var path = parse.GetValue(eventFile)!;
            if (SideFiles.Read(context, path, ServiceEvent.Read) is not { } @event
                || InputFiles.ExpandOrReport(context, parse.GetValue(paths)!) is not { } files)
            {
                return CliApplication.Failure;
            }

            var intake = new Intake();
            var report = EventComparison.Compare(@event, DiffCommand.LoadInOrder(files, loading.Reading(parse, context), normalize: false, intake));
            if (report.Regions.Count == 0)
            {
                intake.ReportEach(context);
                context.Report("EventNoRegion");
                return CliApplication.Failure;
            }

            SideFiles.Print(context, path, report.Diagnostics);
            intake.ReportSummary(context);
            var text = EventReportWriter.Write(report, Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true), context.Culture, intake.LeftOut);
            return OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
        });
        return command;
    }
}
