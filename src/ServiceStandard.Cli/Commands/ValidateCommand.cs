using System.CommandLine;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Diagnostics;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd validate PATH... [--format text|json|sarif|github] [--rules FILE] [--strict]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = context.Help("inventories"), Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = context.Help("validate_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output") };
        var rules = new Option<string?>("--rules") { Description = context.Help("validate_rules", RuleSet.FileName) };
        var strict = new Option<bool>("--strict") { Description = context.Help("validate_strict") };
        var profileOption = new Option<string?>("--profile") { Description = context.Help("validate_profile") };
        var loading = new LoadingOptions(context);
        var divisions = CliContext.DivisionsOption(context);
        var command = new Command("validate", context.Help("validate"))
        {
            paths, format, output, rules, strict, profileOption, divisions,
        };
        command.WithExamples(context, "validate");
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

            var ruleSets = new RuleSets(context, parse.GetValue(rules));
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
            var validation = new ValidationReport(results, profile?.Name);
            var report = parse.GetValue(format) switch
            {
                "json" => ValidationReportWriter.Json(validation, culture),
                "sarif" => SarifWriter.Write(validation, culture, "svcstd", ToolVersion.Value, ToolVersion.InformationUri),
                "github" => GitHubAnnotationWriter.Write(validation, culture, parse.GetValue<bool>(CliContext.VerboseName)),
                _ => ValidationReportWriter.Text(validation, culture, colour: target is null && ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected, parse.GetValue<bool>(CliContext.VerboseName)),
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

            return validation.IsValid ? CliApplication.Success : CliApplication.Findings;
        });
        return command;
    }

    /// <summary>The rule set of each file: the --rules file, or the nearest .svcstd.yaml (read once per file).</summary>
    private sealed class RuleSets(CliContext context, string? explicitPath)
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
                    SideFiles.Print(context, path, problems);
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
