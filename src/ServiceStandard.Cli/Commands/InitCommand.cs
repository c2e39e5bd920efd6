using System.CommandLine;
using System.Text;
using ServiceStandard.Schema;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd init [FOLDER]</c>: writes a starter inventory (<see cref="StarterInventory.FileName"/>, one valid item, its first line
/// attaching the published schema for editors) and a rule-set file (<see cref="RuleSet.FileName"/>). Overwrites nothing:
/// exit 2 when either file exists.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("FOLDER") { Description = context.Help("init_folder"), DefaultValueFactory = _ => "." };
        var command = new Command("init", context.Help("init", StarterInventory.FileName, RuleSet.FileName)) { folder };
        command.WithExamples(context, "init");
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            var files = new[] { (Path.Combine(target, StarterInventory.FileName), StarterInventory.Text()), (Path.Combine(target, RuleSet.FileName), RuleSet.StarterText) };
            var existing = files.Where(f => File.Exists(f.Item1) || Directory.Exists(f.Item1)).ToArray();
            foreach (var (path, _) in existing)
            {
                context.Report("InitWouldOverwrite", path);
            }

            if (existing.Length > 0)
            {
                return CliApplication.Failure;
            }

            try
            {
                Directory.CreateDirectory(target);
                foreach (var (path, text) in files)
                {
                    using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                    stream.Write(new UTF8Encoding(false).GetBytes(text));
                    context.Output.WriteLine(CliText.Get(context.Culture, "InitWrote", TerminalText.Safe(path)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Report("CannotWrite", target, exception.Message);
                return CliApplication.Failure;
            }

            context.Output.WriteLine(CliText.Get(context.Culture, "InitNext", TerminalText.Safe(target)));
            return CliApplication.Success;
        });
        return command;
    }
}
