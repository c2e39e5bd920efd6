using ServiceStandard.Catalogue.Reporting;
using System.CommandLine;
using ServiceStandard.LinkedData;
using ServiceStandard.Model;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd catalogue export --db FILE --format html|json|cpsv-ap -o PATH</c>: a static site, the whole catalogue as JSON, or
/// every item as CPSV-AP 3.2 JSON-LD (docs/format.md section 11).
/// </summary>
internal static class CatalogueExportCommand
{
    public static Command Create(CliContext context)
    {
        var database = CatalogueCommand.DatabaseOption(context.Help("catalogue_db"));
        var format = new Option<string>("--format") { Description = context.Help("catalogue_export_format"), DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "json", "cpsv-ap");
        var output = new Option<string?>("--output", "-o") { Description = context.Help("catalogue_export_output") };
        var title = new Option<string?>("--title") { Description = context.Help("catalogue_export_title") };
        var command = new Command("export", context.Help("catalogue_export"))
        {
            database, format, output, title,
        };
        command.SetAction(parse => CatalogueCommand.Reading(context, parse.GetValue(database)!, () =>
        {
            var target = parse.GetValue(output);
            var html = parse.GetValue(format) == "html";
            if (html && target is null)
            {
                context.Report("HtmlNeedsFolder");
                return CliApplication.Failure;
            }

            using var catalogue = CatalogueCommand.Open(context, parse.GetValue(database)!);
            if (catalogue is null)
            {
                return CliApplication.Failure;
            }

            if (parse.GetValue(format) == "cpsv-ap")
            {
                return OutputFile.WriteOrPrint(context, target, stream => CpsvAp.Write(stream, catalogue.Items().Select(i => new Inventory
                {
                    SchemaVersion = "1.0",
                    Region = new Region { Code = i.Region.Code, Name = i.Region.Name },
                    Items = [i.Item],
                })));
            }

            if (!html)
            {
                return OutputFile.WriteOrPrint(context, target, CatalogueJsonWriter.Write(catalogue));
            }

            try
            {
                Directory.CreateDirectory(target!);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                context.Report("CannotCreate", target, exception.Message);
                return CliApplication.Failure;
            }

            if (catalogue.Count > CatalogueSiteWriter.MaxItems)
            {
                context.Report("SiteTooLarge", catalogue.Count, CatalogueSiteWriter.MaxItems, parse.GetValue(database));
                return CliApplication.Failure;
            }

            var page = CatalogueSiteWriter.Write(CatalogueJsonWriter.Compact(catalogue), parse.GetValue(title) ?? "政务服务事项目录");
            if (System.Text.Encoding.UTF8.GetByteCount(page) > CatalogueSiteWriter.MaxPageBytes)
            {
                context.Report("SitePageTooLarge", System.Text.Encoding.UTF8.GetByteCount(page) / 1_000_000, CatalogueSiteWriter.MaxPageBytes / 1_000_000, parse.GetValue(database));
                return CliApplication.Failure;
            }

            var written = OutputFile.WriteOrPrint(context, Path.Combine(target!, "index.html"), page);
            if (written == CliApplication.Success)
            {
                context.Output.WriteLine($"{Path.Combine(target!, "index.html")}: {catalogue.Count} items, {catalogue.Regions.Count} regions");
            }

            return written;
        }));
        return command;
    }
}
