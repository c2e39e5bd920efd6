using System.CommandLine;
using ServiceStandard.Catalogue;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.CodeLists;
using ServiceStandard.Divisions;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue search TEXT --db FILE [filters]</c>: finds items across regions.</summary>
internal static class CatalogueSearchCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("TEXT") { Description = "Words to find (each as a substring of names, materials, conditions, authorities, themes); \"\" lists everything the filters let through." };
        var database = CatalogueCommand.DatabaseOption("The catalogue database written by 'svcstd catalogue build'.");
        var region = new Option<string?>("--region") { Description = "A GB/T 2260 division code: items of that division and every division under it (a province finds its counties' items).", HelpName = "CODE" };
        var type = new Option<string?>("--type") { Description = "Item type (事项类型) as token, national code or Chinese label: administrativeLicensing, 01, 行政许可 ...", HelpName = "T" };
        var serviceObject = new Option<string?>("--object") { Description = "Service object (服务对象) as token, national code or Chinese label: naturalPerson, 1, 自然人 ...", HelpName = "O" };
        var onlineOnly = new Option<bool>("--online-only") { Description = "Only items that can be done entirely online (全程网办, online depth 4)." };
        var maxVisits = new Option<int?>("--max-visits") { Description = "Only items that need at most N trips to an office.", HelpName = "N" };
        var limit = new Option<int>("--limit") { Description = "Show at most N results (the total is counted regardless).", HelpName = "N", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "Output format: text or json (FORMAT.md section 6).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var lang = CliContext.LangOption();
        var command = new Command("search", """
            Find items across regions, best matches first. Every word must occur as a substring (Chinese has no spaces:
            卫生许可 finds 公共场所卫生许可). The text is data, never query syntax.
            Exit 0 (also when nothing matches), 2 on usage or I/O failure.
            """)
        {
            text, database, region, type, serviceObject, onlineOnly, maxVisits, limit, format, lang,
        };
        command.SetAction(parse => CatalogueCommand.Reading(context, parse.GetValue(database)!, () =>
        {
            var words = CatalogueWords.For(context.Culture);
            var query = new CatalogueQuery
            {
                Text = parse.GetValue(text) ?? string.Empty,
                OnlineOnly = parse.GetValue(onlineOnly),
                MaxVisits = parse.GetValue(maxVisits),
                Limit = parse.GetValue(limit),
            };
            if (query.Limit < 0 || query.MaxVisits < 0)
            {
                context.Report("NegativeLimit");
                return CliApplication.Failure;
            }

            if (parse.GetValue(type) is { } typeText)
            {
                if (!CodeListCatalog.ItemTypes.TryParse(typeText.Trim(), out var itemType, out _))
                {
                    context.Report("NotAnItemType", typeText, string.Join(", ", CodeListCatalog.ItemTypes.Tokens));
                    return CliApplication.Failure;
                }

                query = query with { Type = itemType };
            }

            if (parse.GetValue(serviceObject) is { } objectText)
            {
                if (!CodeListCatalog.ServiceObjects.TryParse(objectText.Trim(), out var kind, out _))
                {
                    context.Report("NotAServiceObject", objectText, string.Join(", ", CodeListCatalog.ServiceObjects.Tokens));
                    return CliApplication.Failure;
                }

                query = query with { ServiceObject = kind };
            }

            using var catalogue = CatalogueCommand.Open(context, parse.GetValue(database)!);
            if (catalogue is null)
            {
                return CliApplication.Failure;
            }

            if (parse.GetValue(region) is { } code)
            {
                code = code.Trim();
                if (code.Length != 6 || !code.All(char.IsAsciiDigit) || (DivisionTable.Find(code) is null && catalogue.Regions.All(r => r.Code != code)))
                {
                    context.Report("NotADivisionCode", code);
                    return CliApplication.Failure;
                }

                query = query with { Region = code };
            }

            CatalogueSearchResult result;
            try
            {
                result = catalogue.Search(query);
            }
            catch (ArgumentException)
            {
                context.Report("TooManyWords", CatalogueQuery.MaxWords); // the one argument Search refuses that is not checked above
                return CliApplication.Failure;
            }
            context.Output.Write(parse.GetValue(format) == "json"
                ? CatalogueSearchWriter.Json(result)
                : CatalogueSearchWriter.Text(result, words));
            return CliApplication.Success;
        }));
        return command;
    }
}
