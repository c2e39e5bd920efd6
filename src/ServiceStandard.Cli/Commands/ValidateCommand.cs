using System.CommandLine;
using System.Globalization;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd validate PATH... [--format text|json|sarif] [--rules FILE] [--strict]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Inventory files or folders (walked for *.yaml, *.yml, *.json).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text (compiler style), json (FORMAT.md section 4) or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var rules = new Option<string?>("--rules") { Description = $"Rule-set file (severity per rule code, or off). Without it, the nearest {RuleSet.FileName} above each file is used." };
        var strict = new Option<bool>("--strict") { Description = "Report every warning as an error." };
        var profileOption = new Option<string?>("--profile") { Description = "A profile (YAML or JSON) that tightens the format: documents are also checked against its effective schema (SS1401), and its rule settings apply." };
        var lang = CliContext.LangOption();
        var loading = new LoadingOptions();
        var command = new Command(
            "validate",
            "Check inventories against format 1.0 and the business rules (codes SSnnnn, listed in the README).\n"
            + "Time limits are compared in working-day equivalents: immediate 0, hours / 8, calendar days x 5/7, months x 21.75.\n"
            + "Exit 0 when there is no error (warnings allowed), 1 when errors are found, 2 on usage or I/O failure.")
        {
            paths, format, output, rules, strict, profileOption, lang,
        };
        command.WithExamples(
            "svcstd validate examples/inventories                        # compiler-style lines: file:line:column: severity code: message [path]",
            "svcstd validate inventory.yaml --lang en                    # messages in English",
            "svcstd validate inventories/ --format json -o report.json   # the report of FORMAT.md section 4",
            "svcstd validate inventories/ --format sarif -o report.sarif # SARIF 2.1.0 for code-scanning tools",
            "svcstd validate inventories/ --rules ci.svcstd.yaml --strict");
        loading.AddTo(command);
        command.SetAction(parse =>
        {
            var culture = context.Culture;
            if (InputFiles.ExpandOrReport(context, parse.GetValue(paths)!) is not { } files)
            {
                return CliApplication.Failure;
            }

            Profiles.InventoryProfile? profile = null;
            if (parse.GetValue(profileOption) is { } profilePath && (profile = ProfileLoading.Load(context, culture, profilePath)) is null)
            {
                return CliApplication.Failure;
            }

            var ruleSets = new RuleSets(context, culture, parse.GetValue(rules));
            var options = new ValidationOptions[files.Count];
            var load = loading.Read(parse);
            for (var i = 0; i < files.Count; i++)
            {
                if (ruleSets.For(files[i]) is not { } ruleSet)
                {
                    return CliApplication.Failure;
                }

                options[i] = new ValidationOptions { Rules = ruleSet, Strict = parse.GetValue(strict), Load = load, Profile = profile };
            }

            // Files are judged in parallel on every core; each keeps only its verdict, so its tree and model
            // are freed as soon as it is done. The report lists files in the order given.
            var results = new FileVerdict[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                results[i] = FileVerdict.Of(InventoryValidator.ValidateFile(files[i], options[i])));

            var target = parse.GetValue(output);
            var report = parse.GetValue(format) switch
            {
                "json" => ValidationReportWriter.Json(results, culture, profile?.Name),
                "sarif" => SarifWriter.Write(results, culture),
                _ => ValidationReportWriter.Text(results, culture, colour: target is null && ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected, profile?.Name),
            };
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

    /// <summary>The rule set of each file: the --rules file, or the nearest .svcstd.yaml (read once per file).</summary>
    private sealed class RuleSets(CliContext context, CultureInfo culture, string? explicitPath)
    {
        private readonly Dictionary<string, RuleSet?> loaded = new(StringComparer.Ordinal);

        public RuleSet? For(string file)
        {
            var path = explicitPath ?? RuleSet.FindFor(file);
            if (path is null)
            {
                return RuleSet.Default;
            }

            if (!loaded.TryGetValue(path, out var ruleSet))
            {
                if (!File.Exists(path))
                {
                    context.Report("NoSuchRuleSet", path);
                    ruleSet = null;
                }
                else
                {
                    ruleSet = RuleSet.Load(path, out var problems);
                    foreach (var problem in problems)
                    {
                        context.Error.WriteLine(Rendering.ValidationReportWriter.SideLine(problem, path, culture));
                    }

                    if (problems.Any(p => p.Severity == Severity.Error))
                    {
                        ruleSet = null;
                    }
                }

                loaded[path] = ruleSet;
            }

            return ruleSet;
        }
    }
}
