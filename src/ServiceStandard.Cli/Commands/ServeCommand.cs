using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using ServiceStandard.Scoring;
using ServiceStandard.Server;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd serve --db FILE [--urls URL] [--basic FILE]</c>: the catalogue as an HTTP service and web page
/// (docs/format.md section 9), until stopped (Ctrl+C, SIGTERM).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var database = CatalogueCommand.DatabaseOption(context.Help("catalogue_db"));
        var urls = new Option<string>("--urls") { Description = context.Help("serve_urls"), HelpName = "URL[;URL]", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var basic = new Option<string?>("--basic") { Description = context.Help("serve_basic"), HelpName = "FILE" };
        var title = new Option<string?>("--title") { Description = context.Help("catalogue_export_title") };
        var rateLimit = new Option<int>("--rate-limit") { Description = context.Help("serve_rate_limit"), HelpName = "N", DefaultValueFactory = _ => 600 };
        var cacheSeconds = new Option<int>("--cache-seconds") { Description = context.Help("serve_cache_seconds"), HelpName = "N", DefaultValueFactory = _ => 30 };
        var command = new Command("serve", context.Help("serve"))
        {
            database, urls, basic, title, rateLimit, cacheSeconds,
        };
        command.WithExamples(context, "serve");
        command.SetAction(parse =>
        {
            if (parse.GetValue(rateLimit) < 0 || parse.GetValue(cacheSeconds) < 0)
            {
                context.Report("NegativeLimit");
                return CliApplication.Failure;
            }

            BasicCatalogue? reference = null;
            if (parse.GetValue(basic) is { } basicFile && (reference = SideFiles.Read(context, basicFile, BasicCatalogue.Read)) is null)
            {
                return CliApplication.Failure;
            }

            var options = new CatalogueServerOptions
            {
                Database = parse.GetValue(database)!,
                Urls = parse.GetValue(urls)!.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Basic = reference,
                Title = parse.GetValue(title) ?? "政务服务事项目录",
                RateLimit = parse.GetValue(rateLimit),
                CacheDuration = TimeSpan.FromSeconds(parse.GetValue(cacheSeconds)),
            };
            WebApplication app;
            try
            {
                app = CatalogueServer.Build(options);
                app.Start();
            }
            catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException or UriFormatException or FormatException or InvalidOperationException)
            {
                context.Report("ServeFailed", exception.Message);
                return CliApplication.Failure;
            }

            context.Output.WriteLine(CliText.Get(context.Culture, "ServeListening", string.Join(" ", app.Urls), options.Database));
            context.Output.Flush();
            app.WaitForShutdown();
            return CliApplication.Success;
        });
        return command;
    }
}
