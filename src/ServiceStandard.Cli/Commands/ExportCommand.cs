using System.CommandLine;
using ServiceStandard.Diagnostics;
using ServiceStandard.LinkedData;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd export FILE --format cpsv-ap [-o OUT] [--lang zh|en]</c>: an inventory as CPSV-AP 3.2 JSON-LD (docs/format.md
/// section 11), one <c>cpsv:PublicService</c> per item, from its canonical form. Exit 0 done; 1 when FILE has errors
/// (what could be read is still written, each item left out named on standard error) or cannot be read at all;
/// 2 on usage or I/O failure.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Help("inventory_file") };
        var format = new Option<string>("--format") { Description = context.Help("export_format"), DefaultValueFactory = _ => "cpsv-ap" };
        format.AcceptOnlyFromAmong("cpsv-ap");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("export_output"), HelpName = "FILE" };
        var loading = new LoadingOptions(context);
        var command = new Command("export", context.Help("export"))
        {
            file, format, output,
        };
        loading.AddTo(command);
        command.WithExamples(context, "export");
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(output), loading.Reading(parse, context)));
        return command;
    }

    private static int Run(CliContext context, string path, string? output, InventoryReading reading)
    {
        if (!StandardInput.Is(path) && !File.Exists(path))
        {
            context.Report("NoSuchFile", path);
            return CliApplication.Failure;
        }

        var load = reading.Load(path);
        var result = InventoryNormalizer.Normalize(load);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            context.Error.Write(ValidationReportWriter.Line(diagnostic, context.Culture, colour: false));
        }

        if (load.Diagnostics.Any(d => d.Code == "SS1009"))
        {
            return CliApplication.Failure;
        }

        if (result.Inventory is not { } inventory)
        {
            context.Report("NotExported", load.File);
            return CliApplication.Findings;
        }

        foreach (var excluded in load.ExcludedItems)
        {
            context.Report("NotInExport", load.File, excluded.Index, LeftOutWriter.Reason(excluded.Reason, context.Culture));
        }

        if (!load.IsValid)
        {
            context.Report("ExportedWithErrors", load.File);
        }

        var written = OutputFile.WriteOrPrint(context, output, stream => CpsvAp.Write(stream, [inventory]));
        return written == CliApplication.Success && !load.IsValid ? CliApplication.Findings : written;
    }
}
