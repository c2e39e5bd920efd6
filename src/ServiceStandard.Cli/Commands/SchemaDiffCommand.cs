using System.CommandLine;
using System.Text.Json;
using ServiceStandard.Reporting;
using ServiceStandard.Schema;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd schema diff OLD NEW [--format text|json]</c>: the classified changes between two schemas.</summary>
internal static class SchemaDiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("OLD") { Description = context.Help("schema_diff_OLD") };
        var after = new Argument<string>("NEW") { Description = context.Help("schema_diff_NEW") };
        var format = new Option<string>("--format") { Description = context.Help("schema_diff_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("output") };
        var command = new Command("diff", context.Help("schema_diff"))
        {
            before, after, format, output,
        };
        command.WithExamples(context, "schema_diff");
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

            var report = parse.GetValue(format) == "json" ? SchemaDiffReportWriter.Json(result) : SchemaDiffReportWriter.Text(result, context.Culture);
            var written = OutputFile.WriteOrPrint(context, parse.GetValue(output), report);
            return written != CliApplication.Success ? written : result.IsBreaking ? CliApplication.Findings : CliApplication.Success;
        });
        return command;
    }

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
