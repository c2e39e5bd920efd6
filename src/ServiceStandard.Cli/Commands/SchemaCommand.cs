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
        var profile = new Option<string?>("--profile") { Description = "Write the effective schema of this profile (its base version with its overlay applied) instead." };
        var lang = CliContext.LangOption();
        var command = new Command("schema", "Write the JSON Schema (draft-07) of an inventory format version, as published at " + InventorySchema.IdOf("<version>") + ".")
        {
            version, profile, output, lang, SchemaDiffCommand.Create(context),
        };
        command.WithExamples(
            "svcstd schema -o inventory.schema.json",
            "svcstd schema --version 1.0 | jq '.definitions | keys'",
            "svcstd schema --profile examples/profiles/zhejiang.yaml   # the province's effective schema");
        command.SetAction(parse =>
        {
            string text;
            if (parse.GetValue(profile) is { } profilePath)
            {
                if (ProfileLoading.Load(context, context.Culture, profilePath) is not { } loaded)
                {
                    return CliApplication.Failure;
                }

                text = loaded.EffectiveSchema;
            }
            else
            {
                text = InventorySchema.Generate(parse.GetValue(version)!);
            }

            return OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
        });
        return command;
    }
}
