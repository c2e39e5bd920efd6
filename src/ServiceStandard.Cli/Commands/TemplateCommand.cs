using System.CommandLine;
using ServiceStandard.Spreadsheets;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd template [-o 清单模板.xlsx]</c>: writes the empty workbook of the spreadsheet layout (docs/format.md section 8),
/// every header with its description as a comment and every code-list column with a drop-down of its Chinese labels.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o") { Description = context.Help("template_output"), HelpName = "FILE", DefaultValueFactory = _ => "清单模板.xlsx" };
        var command = new Command("template", context.Help("template")) { output };
        command.WithExamples(context, "template");
        command.SetAction(parse => OutputFile.WriteOrPrint(context, parse.GetValue(output), InventoryTemplate.Write));
        return command;
    }
}
