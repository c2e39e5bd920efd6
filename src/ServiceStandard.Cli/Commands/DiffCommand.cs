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
            var culture = CliContext.Culture(parse.GetValue(lang));
            var inventories = Load(context, parse.GetValue(paths)!, culture);
            if (inventories is null)
            {
                return CliApplication.Failure;
            }

            var regions = inventories.Select(i => i.Inventory.Region.Code).Distinct(StringComparer.Ordinal).Count();
            string report;
            if (inventories.Count == 2 && regions == 1)
            {
                report = RenderVersions(VersionComparison.Compare(inventories[0].Inventory, inventories[1].Inventory), parse.GetValue(format)!, culture);
            }
            else if (regions >= 2)
            {
                var options = ComparisonOptions.Default with { Threshold = parse.GetValue(threshold) };
                report = RenderRegions(RegionalComparison.Compare(inventories.Select(i => i.Inventory), options), parse.GetValue(format)!, culture);
            }
            else
            {
                context.Error.WriteLine("svcstd: diff needs inventories of at least two regions, or exactly two files (OLD NEW) of one region.");
                return CliApplication.Failure;
            }

            return OutputFile.WriteOrPrint(context, parse.GetValue(output), report);
        });
        return command;
    }

    /// <summary>
    /// Loads and normalizes every file; a file the loader reports errors for (syntax, structure, codes) is not compared: its
    /// diagnostics go to standard error and the command fails (null). Warnings do not stop the comparison.
    /// </summary>
    private static List<(string File, Inventory Inventory)>? Load(CliContext context, IEnumerable<string> paths, CultureInfo culture)
    {
        if (InputFiles.ExpandOrReport(context, paths) is not { } files)
        {
            return null;
        }

        // Loaded and normalized in parallel (so that phrases, aliases, labels and full-width text compare equal);
        // only the normalized inventory is kept, each file's tree is freed as soon as it is done.
        var loaded = new (Inventory? Inventory, FileVerdict? Failure)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var load = InventoryLoader.LoadFile(files[i]);
            loaded[i] = load.IsValid
                ? (InventoryNormalizer.Normalize(load).Inventory ?? load.Inventory, null)
                : (null, FileVerdict.Of(InventoryValidator.Validate(load)));
        });

        var failed = loaded.Where(l => l.Failure is not null).Select(l => l.Failure!).ToArray();
        if (failed.Length > 0)
        {
            context.Error.Write(ValidationReportWriter.Text(failed, culture, colour: false));
            context.Error.WriteLine("svcstd: diff compares only inventories that load without errors; fix the errors above (svcstd validate shows them too).");
            return null;
        }

        return files.Select((file, i) => (file, loaded[i].Inventory!)).ToList();
    }

    private static string RenderRegions(ComparisonReport report, string format, CultureInfo culture) => format switch
    {
        "json" => DiffJsonWriter.Regional(report, culture),
        "markdown" => DiffMarkdownWriter.Regional(new DiffView(report, culture)),
        "csv" => DiffCsvWriter.Regional(new DiffView(report, culture)),
        "html" => DiffHtmlWriter.Regional(new DiffView(report, culture)),
        _ => DiffTextWriter.Regional(new DiffView(report, culture)),
    };

    private static string RenderVersions(VersionReport report, string format, CultureInfo culture) => format switch
    {
        "json" => DiffJsonWriter.Versions(report, culture),
        "markdown" => DiffMarkdownWriter.Versions(report, DiffWords.For(culture)),
        "csv" => DiffCsvWriter.Versions(report, DiffWords.For(culture)),
        "html" => DiffHtmlWriter.Versions(report, DiffWords.For(culture)),
        _ => DiffTextWriter.Versions(report, DiffWords.For(culture)),
    };
}
