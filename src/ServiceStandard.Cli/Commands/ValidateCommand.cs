using System.CommandLine;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd validate PATH... [--format text|json]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Inventory files or folders (walked for *.yaml, *.yml, *.json).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var lang = CliContext.LangOption();
        var command = new Command("validate", "Check inventories against format 1.0; exit 0 when there is no error (warnings allowed), 1 when errors are found, 2 on usage or I/O failure.")
        {
            paths, format, output, lang,
        };
        command.SetAction(parse =>
        {
            var files = InputFiles.Expand(parse.GetValue(paths)!, out var missing);
            foreach (var path in missing)
            {
                context.Error.WriteLine($"svcstd: no such file or folder: {path}");
            }

            if (missing.Count > 0)
            {
                return CliApplication.Failure;
            }

            if (files.Count == 0)
            {
                context.Error.WriteLine("svcstd: no *.yaml, *.yml or *.json files found.");
                return CliApplication.Failure;
            }

            var results = files.Select(f => InventoryValidator.ValidateFile(f)).ToArray();
            var culture = CliContext.Culture(parse.GetValue(lang));
            var target = parse.GetValue(output);
            var report = parse.GetValue(format) == "json"
                ? ValidationReportWriter.Json(results, culture)
                : ValidationReportWriter.Text(results, culture, colour: target is null && ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected);
            var written = OutputFile.WriteOrPrint(context, target, report);
            if (written != CliApplication.Success)
            {
                return written;
            }

            if (results.Any(r => r.Diagnostics.Any(d => d.Code == "SS1009")))
            {
                return CliApplication.Failure;
            }

            return results.All(r => r.IsValid) ? CliApplication.Success : CliApplication.Findings;
        });
        return command;
    }
}
