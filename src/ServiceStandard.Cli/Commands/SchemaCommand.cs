using System.CommandLine;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd schema [-o FILE]</c>: writes the JSON Schema of the current format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of standard output." };
        var command = new Command("schema", "Write the JSON Schema (draft-07) of inventory format " + InventorySchema.FormatVersion + ", as published at " + InventorySchema.Id + ".") { output };
        command.WithExamples(
            "svcstd schema -o inventory.schema.json",
            "svcstd schema | jq '.definitions | keys'");
        command.SetAction(parse =>
        {
            var text = InventorySchema.Generate();
            return OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
        });
        return command;
    }
}
