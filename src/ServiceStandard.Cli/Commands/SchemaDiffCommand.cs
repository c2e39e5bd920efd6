using System.CommandLine;
using System.Text.Json;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd schema diff OLD NEW [--format text|json]</c>: the classified changes between two schemas.</summary>
internal static class SchemaDiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("OLD") { Description = "The schema published before (a JSON Schema file)." };
        var after = new Argument<string>("NEW") { Description = "The schema to publish." };
        var format = new Option<string>("--format") { Description = "Output format: text (one change a line) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var lang = CliContext.LangOption();
        var command = new Command(
            "diff",
            "Classify every change between two schema files (rules SD001-SD020, listed in the README) as breaking (a document valid before may now fail) or non-breaking.\n"
            + "Exit 0 when no change is breaking, 1 when one is, 2 on usage or I/O failure.")
        {
            before, after, format, output, lang,
        };
        command.WithExamples(
            "svcstd schema diff schemas/inventory/1.0/inventory.schema.json schemas/inventory/1.1/inventory.schema.json",
            "svcstd schema diff published.json candidate.json --format json   # gate a release in CI: exit 1 on a breaking change");
        command.SetAction(parse =>
        {
            var texts = new List<string>();
            foreach (var path in new[] { parse.GetValue(before)!, parse.GetValue(after)! })
            {
                try
                {
                    texts.Add(SchemaText(path));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    context.Report("CannotRead", path, exception.Message);
                    return CliApplication.Failure;
                }
            }

            SchemaDiffResult result;
            try
            {
                result = SchemaDiff.Compare(texts[0], texts[1]);
            }
            catch (JsonException exception)
            {
                context.Report("NotAJsonSchema", exception.Message.ReplaceLineEndings(" "));
                return CliApplication.Failure;
            }

            var report = parse.GetValue(format) == "json" ? Json(result) : Text(result);
            var written = OutputFile.WriteOrPrint(context, parse.GetValue(output), report);
            return written != CliApplication.Success ? written : result.IsBreaking ? CliApplication.Findings : CliApplication.Success;
        });
        return command;
    }

    private static string Text(SchemaDiffResult result)
    {
        var breaking = result.Changes.Count(c => c.IsBreaking);
        var lines = new List<string>
        {
            $"schema {result.OldVersion ?? "?"} -> {result.NewVersion ?? "?"}: {result.Changes.Count} changes, {breaking} breaking",
        };
        lines.AddRange(result.Changes.Select(c => c.ToString()));
        return string.Join("\n", lines) + "\n";
    }

    private static string Json(SchemaDiffResult result) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("old", result.OldVersion);
        writer.WriteString("new", result.NewVersion);
        writer.WriteBoolean("breaking", result.IsBreaking);
        writer.WriteStartArray("changes");
        foreach (var change in result.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", change.Rule);
            writer.WriteString("kind", change.Kind);
            writer.WriteBoolean("breaking", change.IsBreaking);
            writer.WriteString("path", change.Path);
            writer.WriteString("before", change.Before);
            writer.WriteString("after", change.After);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>A schema file's text, read to a limit (a device such as /dev/zero has no end): a schema is far smaller.</summary>
    private static string SchemaText(string path)
    {
        const int Limit = 16 * 1024 * 1024;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var bounded = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            bounded.Write(buffer, 0, read);
            if (bounded.Length > Limit)
            {
                throw new IOException($"larger than {Limit} bytes: not a schema");
            }
        }

        bounded.Position = 0;
        using var text = new StreamReader(bounded);
        return text.ReadToEnd();
    }
}
