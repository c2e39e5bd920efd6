using System.CommandLine;
using System.Globalization;
using ServiceStandard.Comparison;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Model;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd diff PATH... [--format text|json|markdown|csv|html|xlsx] [-o FILE] [--lang zh|en] [--threshold T]</c>:
/// compares the inventories of several regions, or two versions (OLD NEW) of one region's inventory.
/// </summary>
internal static class DiffCommand
{
    private static readonly string[] Formats = ["text", "json", "markdown", "csv", "html", "xlsx"];

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = context.Help("diff_PATH"),
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = context.Help("diff_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output"), HelpName = "FILE" };
        var threshold = new Option<decimal>("--threshold")
        {
            Description = context.Help("diff_threshold"),
            DefaultValueFactory = _ => ComparisonOptions.Default.Threshold,
        };
        UsageErrors.RequireAtLeast(threshold, 0, "Usage_NotNegative", context);
        var strict = new Option<bool>("--strict") { Description = context.Help("strict_left_out") };
        var loading = new LoadingOptions(context);
        var command = new Command("diff", context.Help("diff"))
        {
            paths, format, output, threshold, strict,
        };
        loading.AddTo(command);
        command.WithExamples(context, "diff");
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

            var intake = new Intake();
            // Two files may be two versions of one region, which are compared in full and so normalized; a regional
            // comparison tidies what it compares itself.
            var inventories = LoadInOrder(files, loading.Reading(parse, context), normalize: files.Count == 2, intake);
            Action<Stream>? report = null;
            if (files.Count == 2)
            {
                var both = inventories.ToArray();
                if (both.Length == 2 && both[0].Region.Code == both[1].Region.Code)
                {
                    report = RenderVersions(VersionComparison.Compare(both[0], both[1]), parse.GetValue(format)!, culture, intake.LeftOut);
                }

                inventories = both;
            }

            if (report is null)
            {
                // The comparison reads each inventory as it is loaded, so the inventories are never all in memory at once.
                var options = ComparisonOptions.Default with { Threshold = parse.GetValue(threshold) };
                var comparison = RegionalComparison.Compare(inventories, options);
                if (comparison.Regions.Count >= 2)
                {
                    report = RenderRegions(comparison, parse.GetValue(format)!, culture, intake.LeftOut);
                }
            }

            if (report is null)
            {
                intake.ReportEach(context);
                context.Report("DiffNeedsTwo");
                return CliApplication.Failure;
            }

            intake.ReportSummary(context);
            var written = OutputFile.WriteOrPrint(context, parse.GetValue(output), report);
            return written != CliApplication.Success ? written : intake.ExitCode(parse.GetValue(strict));
        });
        return command;
    }

    /// <summary>
    /// Loads (and when asked normalizes) the files on every core and yields the inventories in file order, each as
    /// soon as it and the files before it are done; the loader reads labels, aliases and phrases, so they compare
    /// equal. Everything that can be read is compared, errors and all: only a file that cannot be read at all, and the
    /// elements of an items list that are not in the inventory, are left out, and <paramref name="intake"/> lists them
    /// in file order. An inventory is normalized without its load result: diff reports no normalization change, and
    /// locating one inside a streamed item would read the whole document again.
    /// </summary>
    internal static IEnumerable<Inventory> LoadInOrder(IReadOnlyList<string> files, InventoryReading reading, bool normalize, Intake intake)
    {
        var done = files.Select(_ => new TaskCompletionSource<FileIntake>()).ToArray();
        var next = -1;
        for (var worker = 0; worker < Math.Min(Environment.ProcessorCount, files.Count); worker++)
        {
            Task.Factory.StartNew(
                () =>
                {
                    for (int i; (i = Interlocked.Increment(ref next)) < files.Count;)
                    {
                        try
                        {
                            var load = reading.LoadWithoutRewrites(files[i]); // the inventory is normalized, not the load
                            var taken = FileIntake.Of(load.File ?? files[i], load); // standard input as <stdin>
                            done[i].SetResult(normalize && taken.Inventory is { } inventory
                                ? taken with { Inventory = InventoryNormalizer.Normalize(inventory).Inventory }
                                : taken);
                        }
                        catch (Exception exception)
                        {
                            done[i].SetException(exception);
                        }
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        for (var i = 0; i < done.Length; i++)
        {
            var taken = done[i].Task.GetAwaiter().GetResult();
            done[i] = null!;
            if (intake.Add(taken) is { } inventory)
            {
                yield return inventory;
            }
        }
    }

    /// <summary>The regional report, written as the output asks for it: JSON streams item by item. CSV has no place for what was left out (standard error says it).</summary>
    private static Action<Stream> RenderRegions(ComparisonReport report, string format, CultureInfo culture, IReadOnlyList<LeftOut> leftOut) =>
        stream => ComparisonReportWriter.Write(stream, report, Enum.Parse<ReportFormat>(format, ignoreCase: true), culture, leftOut);

    private static Action<Stream> RenderVersions(VersionReport report, string format, CultureInfo culture, IReadOnlyList<LeftOut> leftOut) =>
        stream => ComparisonReportWriter.Write(stream, report, Enum.Parse<ReportFormat>(format, ignoreCase: true), culture, leftOut);
}
