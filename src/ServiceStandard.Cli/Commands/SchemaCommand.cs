using System.CommandLine;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd schema [--version V] [-o FILE]</c>: writes the JSON Schema of a format version.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = context.Help("schema_output") };
        var version = new Option<string>("--version")
        {
            Description = context.Help("schema_version"),
            DefaultValueFactory = _ => InventorySchema.FormatVersion,
        };
        version.AcceptOnlyFromAmong([.. InventorySchema.Versions]);
        var profile = new Option<string?>("--profile") { Description = context.Help("schema_profile") };
        var command = new Command("schema", context.Help("schema", InventorySchema.IdOf("<version>")))
        {
            version, profile, output, SchemaDiffCommand.Create(context),
        };
        command.WithExamples(context, "schema");
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
                // The schema as published (embedded in the library), equal to what Generate makes of the model
                // (InventorySchemaTests): the tool does not generate at run time, so it carries no reflection-based
                // schema generator (Native AOT, docs/performance.md).
                text = InventorySchema.Published(parse.GetValue(version)!);
            }

            return OutputFile.WriteOrPrint(context, parse.GetValue(output), text);
        });
        return command;
    }
}
