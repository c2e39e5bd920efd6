using System.CommandLine;
using System.Globalization;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Comparison;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Model;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd diff PATH... [--format text|json|markdown|csv|html] [-o FILE] [--lang zh|en] [--threshold T]</c>:
/// compares the inventories of several regions, or two versions (OLD NEW) of one region's inventory.
/// </summary>
internal static class DiffCommand
{
    private static readonly string[] Formats = ["text", "json", "markdown", "csv", "html"];

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Inventory files or folders of two or more regions; or exactly two files of one region (OLD NEW) to compare versions.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var lang = CliContext.LangOption();
        var threshold = new Option<decimal>("--threshold")
        {
            Description = "How much worse than the median a region must be to stand out, as a share of the median (0.5 = more than 50% worse).",
            DefaultValueFactory = _ => ComparisonOptions.Default.Threshold,
        };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<decimal>() < 0m)
            {
                result.AddError("--threshold must be 0 or more.");
            }
        });
        var command = new Command(
            "diff",
            "Compare the inventories of several regions: line up each item, show where regions differ on time limits (in working-day equivalents: "
            + "immediate 0, hours / 8, calendar days x 5/7, months x 21.75), materials, fees, visits, steps, intermediaries and online depth. "
            + "Given exactly two files of the same region, compare the OLD and NEW versions. Exit 0 when the report is written, "
            + "2 on usage or I/O failure or when an input cannot be loaded.")
        {
            paths, format, output, lang, threshold,
        };
        command.WithExamples(
            "svcstd diff examples/inventories                              # least uniform items first, in the terminal",
            "svcstd diff examples/inventories --format html -o report.html # heat map of every metric, one self-contained file",
            "svcstd diff examples/inventories --format csv -o metrics.csv  # one row per item x region x metric",
            "svcstd diff taibai-2026-01.yaml taibai-2026-07.yaml           # two versions of one region: stricter or looser",
            "svcstd diff examples/inventories --threshold 1                # only regions at least twice the median stand out");
        command.SetAction(parse =>
        {
            var culture = context.Culture;
            if (InputFiles.ExpandOrReport(context, parse.GetValue(paths)!) is not { } files)
            {
                return CliApplication.Failure;
            }

            var failures = new List<FileVerdict>();
            // Two files may be two versions of one region, which are compared in full and so normalized; a regional
            // comparison tidies what it compares itself.
            var inventories = LoadInOrder(files, normalize: files.Count == 2, failures);
            Action<Stream>? report = null;
            if (files.Count == 2)
            {
                var both = inventories.ToArray();
                if (both.Length == 2 && both[0].Region.Code == both[1].Region.Code)
                {
                    report = RenderVersions(VersionComparison.Compare(both[0], both[1]), parse.GetValue(format)!, culture);
                }

                inventories = both;
            }

            if (report is null)
            {
                // The comparison reads each inventory as it is loaded, so the inventories are never all in memory at once.
                var options = ComparisonOptions.Default with { Threshold = parse.GetValue(threshold) };
                var comparison = RegionalComparison.Compare(inventories, options);
                if (failures.Count == 0 && comparison.Regions.Count >= 2)
                {
                    report = RenderRegions(comparison, parse.GetValue(format)!, culture);
                }
            }

            if (failures.Count > 0)
            {
                context.Error.Write(ValidationReportWriter.Text(failures, culture, colour: false));
                context.Report("DiffNeedsLoadedInventories");
                return CliApplication.Failure;
            }

            if (report is null)
            {
                context.Report("DiffNeedsTwo");
                return CliApplication.Failure;
            }

            return OutputFile.WriteOrPrint(context, parse.GetValue(output), report);
        });
        return command;
    }

    /// <summary>
    /// Loads (and when asked normalizes) the files on every core and yields the inventories in file order, each as
    /// soon as it and the files before it are done; the loader reads labels, aliases and phrases, so they compare
    /// equal. A file the loader reports errors for (syntax, structure, codes) yields nothing and its verdict is added
    /// to <paramref name="failures"/>, in file order. Warnings do not stop the comparison. An inventory is normalized
    /// without its load result: diff reports no normalization change, and locating one inside a streamed item would
    /// read the whole document again.
    /// </summary>
    private static IEnumerable<Inventory> LoadInOrder(IReadOnlyList<string> files, bool normalize, List<FileVerdict> failures)
    {
        var done = files.Select(_ => new TaskCompletionSource<(Inventory? Inventory, FileVerdict? Failure)>()).ToArray();
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
                            var load = InventoryLoader.LoadFile(files[i]);
                            done[i].SetResult(load.IsValid
                                ? (normalize ? InventoryNormalizer.Normalize(load.Inventory!).Inventory : load.Inventory, null)
                                : (null, FileVerdict.Of(InventoryValidator.Validate(load))));
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
            var (inventory, failure) = done[i].Task.GetAwaiter().GetResult();
            done[i] = null!;
            if (failure is not null)
            {
                failures.Add(failure);
            }
            else
            {
                yield return inventory!;
            }
        }
    }

    /// <summary>The regional report, written as the output asks for it: JSON streams item by item.</summary>
    private static Action<Stream> RenderRegions(ComparisonReport report, string format, CultureInfo culture) => format switch
    {
        "json" => stream => DiffJsonWriter.Regional(stream, report, culture),
        "markdown" => OutputFile.Utf8Text(DiffMarkdownWriter.Regional(new DiffView(report, culture))),
        "csv" => OutputFile.Utf8Text(DiffCsvWriter.Regional(new DiffView(report, culture))),
        "html" => OutputFile.Utf8Text(DiffHtmlWriter.Regional(new DiffView(report, culture))),
        _ => OutputFile.Utf8Text(DiffTextWriter.Regional(new DiffView(report, culture))),
    };

    private static Action<Stream> RenderVersions(VersionReport report, string format, CultureInfo culture) => OutputFile.Utf8Text(format switch
    {
        "json" => DiffJsonWriter.Versions(report, culture),
        "markdown" => DiffMarkdownWriter.Versions(report, DiffWords.For(culture)),
        "csv" => DiffCsvWriter.Versions(report, DiffWords.For(culture)),
        "html" => DiffHtmlWriter.Versions(report, DiffWords.For(culture)),
        _ => DiffTextWriter.Versions(report, DiffWords.For(culture)),
    });
}
