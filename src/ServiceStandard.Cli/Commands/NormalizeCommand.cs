using System.CommandLine;
using System.Globalization;
using System.Text;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd normalize FILE [-o OUT] [--check] [--in-place] [--explain] [--lang zh|en]</c>: the canonical form
/// on standard output (or in OUT, JSON or YAML by its extension), of every document that can be read, errors and
/// all. Exit 0 done; 1 when FILE has errors (the canonical form is still written, and each item it lacks is named),
/// when <c>--check</c> finds it not canonical, or when <c>--in-place</c> refuses a file with errors or a YAML file
/// with comments (both would lose what is written); 2 on usage or I/O failure. Diagnostics and <c>--explain</c> go
/// to standard error, so the output stays a document.
/// </summary>
internal static class NormalizeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Help("inventory_file") };
        var output = new Option<string?>("--output", "-o") { Description = context.Help("normalize_output"), HelpName = "FILE" };
        var check = new Option<bool>("--check") { Description = context.Help("normalize_check") };
        var inPlace = new Option<bool>("--in-place") { Description = context.Help("normalize_in_place") };
        var explain = new Option<bool>("--explain") { Description = context.Help("normalize_explain") };
        var loading = new LoadingOptions(context);
        var command = new Command("normalize", context.Help("normalize"))
        {
            file, output, check, inPlace, explain,
        };
        loading.AddTo(command);
        command.WithExamples(context, "normalize");
        command.SetAction(parse => Run(context, new Request(
            parse.GetValue(file)!,
            parse.GetValue(output),
            parse.GetValue(check),
            parse.GetValue(inPlace),
            parse.GetValue(explain),
            context.Culture,
            loading.Reading(parse, context))));
        return command;
    }

    private sealed record Request(string File, string? Output, bool Check, bool InPlace, bool Explain, CultureInfo Culture, InventoryReading Reading);

    private static int Run(CliContext context, Request request)
    {
        if (Usage(request) is { } problem)
        {
            context.Report(problem.Message, problem.Arguments);
            return CliApplication.Failure;
        }

        if (!StandardInput.Is(request.File) && !File.Exists(request.File))
        {
            context.Report("NoSuchFile", request.File);
            return CliApplication.Failure;
        }

        var load = request.Reading.Load(request.File);
        var result = InventoryNormalizer.Normalize(load);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            context.Error.Write(ValidationReportWriter.Line(diagnostic, request.Culture, colour: false));
        }

        if (load.Diagnostics.Any(d => d.Code == "SS1009"))
        {
            return CliApplication.Failure;
        }

        if (!result.Succeeded)
        {
            context.Report("NotNormalized", load.File);
            return CliApplication.Findings;
        }

        // Written errors and all; nothing is lost in silence: each item the canonical form lacks is named.
        foreach (var excluded in load.ExcludedItems)
        {
            context.Report("NotInCanonicalForm", load.File, excluded.Index, LeftOutWriter.Reason(excluded.Reason, request.Culture));
        }

        var hasErrors = !load.IsValid;
        if (hasErrors && request.InPlace)
        {
            context.Report("ErrorsWouldBeLost", load.File);
            return CliApplication.Findings;
        }

        if (hasErrors)
        {
            context.Report("CanonicalWithErrors", load.File);
        }

        if (request.Explain)
        {
            foreach (var change in result.Changes)
            {
                context.Error.Write(ValidationReportWriter.Line(change, request.Culture, colour: false));
            }
        }

        var format = InventoryOutput.Format(request.Output, load.Format)!.Value;
        if (format == DocumentFormat.Xlsx)
        {
            var workbook = InventoryOutput.Write(context, request.Output, result.Inventory!, format, () => string.Empty);
            return workbook == CliApplication.Success && hasErrors ? CliApplication.Findings : workbook;
        }

        var canonical = result.Write(format);
        if (request.Check)
        {
            var diff = LineDiff.Unified(Current(request), canonical, load.File!, CliText.Get(request.Culture, "CanonicalLabel", load.File), request.Culture);
            context.Output.Write(diff);
            return diff.Length == 0 && !hasErrors ? CliApplication.Success : CliApplication.Findings;
        }

        if (request.InPlace)
        {
            return InPlace(context, request, load, canonical);
        }

        var written = OutputFile.WriteOrPrint(context, request.Output, canonical);
        return written == CliApplication.Success && hasErrors ? CliApplication.Findings : written;
    }

    /// <summary>What is wrong with the options together, as a message of <see cref="CliText"/> and its arguments.</summary>
    private static (string Message, object?[] Arguments)? Usage(Request request)
    {
        if (request.InPlace && request.Output is not null)
        {
            return ("InPlaceWithOutput", []);
        }

        if (request.Check && (request.InPlace || request.Output is not null))
        {
            return ("CheckWritesNothing", []);
        }

        if (request.InPlace && StandardInput.Is(request.File))
        {
            return ("InPlaceStandardInput", []);
        }

        if ((request.Check || request.InPlace) && DocumentFormats.FromPath(request.File) is { } input && input.IsSpreadsheet())
        {
            return ("SpreadsheetNotRewritten", [request.File]);
        }

        return request.Output is { } target && InventoryOutput.Format(target, DocumentFormat.Yaml) is null
            ? ("UnknownOutputFormat", [target])
            : null;
    }

    private static int InPlace(CliContext context, Request request, LoadResult load, string canonical)
    {
        if (Current(request) == canonical)
        {
            return CliApplication.Success; // already canonical: the file is not touched
        }

        return OutputFile.Rewrite(context, request.File, canonical, load.HasComments, "Action_Normalizing");
    }

    /// <summary>The file's text exactly as stored (a byte order mark or CR LF line ends make it non-canonical).</summary>
    private static string Current(Request request) => new UTF8Encoding(false).GetString(
        StandardInput.Is(request.File) ? request.Reading.Input.Bytes(request.Reading.Limits.MaxFileBytes) : File.ReadAllBytes(request.File));
}
