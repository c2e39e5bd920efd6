using System.CommandLine;
using System.Globalization;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Scoring;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd score PATH... [--basic FILE] [--weights FILE] [--format text|json|markdown|html] [-o FILE] [--lang zh|en] [--top N]</c>:
/// the capability index per region, of everything that can be read. Exit 0 (<c>--strict</c>: 1 when a file or an item
/// was left out), or 2 on usage or I/O failure, when no inventory can be read, or for an invalid weights file or basic catalogue.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Inventory files or folders (walked for *.yaml, *.yml, *.json); files of the same region code are scored together.", Arity = ArgumentArity.OneOrMore };
        var basic = new Option<string?>("--basic") { Description = "Basic catalogue to measure item coverage against: YAML/JSON items: [{basicCode, name}] or CSV basicCode,name. Default: the union of all regions' items.", HelpName = "FILE" };
        var weights = new Option<string?>("--weights") { Description = "Weights file (YAML/JSON): {channelCompleteness: 0.25, itemCoverage: 0.25, guideAccuracy: 0.25, onlineInteractivity: 0.25}; all four keys, divided by their sum. Default: 0.25 each.", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "Output format: text, json (FORMAT.md section 7), markdown or html (self-contained).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var top = new Option<int>("--top") { Description = "How many findings to list per region, costliest first.", DefaultValueFactory = _ => 5, HelpName = "N" };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--top must be 0 or more.");
            }
        });
        var lang = CliContext.LangOption();
        var divisions = CliContext.DivisionsOption();
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when a file or an item was left out (it cannot be read)." };
        var command = new Command("score", "Capability index per region: channelCompleteness, itemCoverage, guideAccuracy and onlineInteractivity (0-100), their weighted mean and its band (veryHigh > 90, high 80-90, medium 65-80, low < 65).\nFigures are rounded to one decimal, half away from zero; the band is read from the rounded index.\nTime limits are compared in working days: immediate 0, hours / 8, calendar days x 5/7, months x 21.75. Method: README, section Capability index.\nEverything that can be read is scored, errors and all; a file or an item that cannot be read is left out and listed first.\nExit 0 (--strict: 1 when something was left out), or 2 on usage or I/O failure, when no inventory can be read, or for an invalid weights file or basic catalogue.")
        {
            paths, basic, weights, format, output, top, lang, strict, divisions,
        };
        command.WithExamples(
            "svcstd score examples/inventories                                  # ranking, dimensions, bands, costliest findings",
            "svcstd score examples/inventories --basic basic-catalogue.yaml     # coverage against a basic catalogue",
            "svcstd score examples/inventories --weights examples/weights/equal.yaml --format html -o score.html");
        command.SetAction(parse =>
        {
            var culture = context.Culture;
            if (InputFiles.ExpandOrReport(context, parse.GetValue(paths)!) is not { } files)
            {
                return CliApplication.Failure;
            }

            var options = ScoreOptions.Default;
            if (parse.GetValue(weights) is { } weightsFile)
            {
                if (SideFiles.Read(context, weightsFile, ScoreWeights.Load) is not { } loaded)
                {
                    return CliApplication.Failure;
                }

                options = options with { Weights = loaded };
            }

            if (parse.GetValue(basic) is { } basicFile)
            {
                if (SideFiles.Read(context, basicFile, Catalogue.BasicCatalogue.Read) is not { } catalogue)
                {
                    return CliApplication.Failure;
                }

                options = options with { Basic = catalogue };
            }

            // Every region is measured with the same (default) rules: a local .svcstd.yaml does not apply here. Everything
            // that can be read is scored, errors and all (a rule's error costs points); only a file that cannot be read at
            // all, and the items its inventory does not hold, are left out, and listed.
            var intake = new Intake();
            var results = files
                .Select(f => InventoryValidator.ValidateFile(f))
                .Where(r => intake.Add(FileIntake.Of(r.File!, r.Load, r.Load.Diagnostics)) is not null)
                .ToArray();
            if (results.Length == 0)
            {
                intake.ReportEach(context);
                context.Report("NothingToScore");
                return CliApplication.Failure;
            }

            intake.ReportSummary(context);
            var report = CapabilityIndex.Score(results, options);
            var view = new ScoreView(report, culture, parse.GetValue(top), intake.LeftOut);
            var text = parse.GetValue(format) switch
            {
                "json" => ScoreJsonWriter.Write(view),
                "markdown" => ScoreMarkdownWriter.Write(view),
                "html" => ScoreHtmlWriter.Write(view),
                _ => ScoreTextWriter.Write(view),
            };
            var written = OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
            return written != CliApplication.Success ? written : intake.ExitCode(parse.GetValue(strict));
        });
        return command;
    }
}
