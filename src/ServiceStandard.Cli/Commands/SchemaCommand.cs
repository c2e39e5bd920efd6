using System.CommandLine;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd schema [--version V] [-o FILE]</c>: writes the JSON Schema of a format version.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of standard output." };
        var version = new Option<string>("--version")
        {
            Description = "The format version (default: the newest).",
            DefaultValueFactory = _ => InventorySchema.FormatVersion,
        };
        version.AcceptOnlyFromAmong([.. InventorySchema.Versions]);
        var command = new Command("schema", "Write the JSON Schema (draft-07) of an inventory format version, as published at " + InventorySchema.IdOf("<version>") + ".")
        {
            version, output, SchemaDiffCommand.Create(context),
        };
        command.WithExamples(
            "svcstd schema -o inventory.schema.json",
            "svcstd schema --version 1.0 | jq '.definitions | keys'");
        command.SetAction(parse =>
        {
            var text = InventorySchema.Generate(parse.GetValue(version)!);
            return OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
        });
        return command;
    }
}
