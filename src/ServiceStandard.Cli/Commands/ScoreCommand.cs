using System.CommandLine;
using System.Globalization;
using ServiceStandard.Scoring;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd score PATH... [--basic FILE] [--weights FILE] [--format text|json|markdown|html|xlsx] [-o FILE] [--lang zh|en] [--top N]</c>:
/// the capability index per region, of everything that can be read. Exit 0 (<c>--strict</c>: 1 when a file or an item
/// was left out), or 2 on usage or I/O failure, when no inventory can be read, or for an invalid weights file or basic catalogue.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = context.Help("score_PATH"), Arity = ArgumentArity.OneOrMore };
        var basic = new Option<string?>("--basic") { Description = context.Help("score_basic"), HelpName = "FILE" };
        var weights = new Option<string?>("--weights") { Description = context.Help("score_weights"), HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = context.Help("score_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output"), HelpName = "FILE" };
        var top = new Option<int>("--top") { Description = context.Help("score_top"), DefaultValueFactory = _ => ScoreReportWriter.DefaultTop, HelpName = "N" };
        UsageErrors.RequireAtLeast(top, 0, "Usage_NotNegative", context);
        var strict = new Option<bool>("--strict") { Description = context.Help("strict_left_out") };
        var loading = new LoadingOptions(context);
        var command = new Command("score", context.Help("score"))
        {
            paths, basic, weights, format, output, top, strict,
        };
        loading.AddTo(command);
        command.WithExamples(context, "score");
        command.SetAction(parse =>
        {
            var culture = context.Culture;
            if (!OutputFile.WorkbookHasFile(context, parse.GetValue(format)!, parse.GetValue(output)))
            {
                return CliApplication.Failure;
            }

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
                if (SideFiles.Read(context, basicFile, BasicCatalogue.Read) is not { } catalogue)
                {
                    return CliApplication.Failure;
                }

                options = options with { Basic = catalogue };
            }

            // Every region is measured with the same (default) rules: a local .svcstd.yaml does not apply here. Everything
            // that can be read is scored, errors and all (a rule's error costs points); only a file that cannot be read at
            // all, and the items its inventory does not hold, are left out, and listed.
            var intake = new Intake();
            var reading = loading.Reading(parse, context);
            var results = files
                .Select(f => reading.Validate(f, ValidationOptions.Default))
                .Where(r => intake.Add(FileIntake.Of(r.File!, r.Load)) is not null)
                .ToArray();
            if (results.Length == 0)
            {
                intake.ReportEach(context);
                context.Report("NothingToScore");
                return CliApplication.Failure;
            }

            intake.ReportSummary(context);
            var report = CapabilityIndex.Score(results, options);
            var chosen = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
            var written = OutputFile.WriteOrPrint(context, parse.GetValue(output), stream => ScoreReportWriter.Write(stream, report, chosen, culture, parse.GetValue(top), intake.LeftOut));
            return written != CliApplication.Success ? written : intake.ExitCode(parse.GetValue(strict));
        });
        return command;
    }
}
