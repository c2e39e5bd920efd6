using ServiceStandard.Catalogue.Reporting;
using System.CommandLine;
using ServiceStandard.Catalogue;
using ServiceStandard.CodeLists;
using ServiceStandard.Divisions;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>svcstd catalogue search TEXT --db FILE [filters]</c>: finds items across regions.</summary>
internal static class CatalogueSearchCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("TEXT") { Description = context.Help("catalogue_search_TEXT") };
        var database = CatalogueCommand.DatabaseOption(context.Help("catalogue_db"));
        var region = new Option<string?>("--region") { Description = context.Help("catalogue_search_region"), HelpName = "CODE" };
        var type = new Option<string?>("--type") { Description = context.Help("catalogue_search_type"), HelpName = "T" };
        var serviceObject = new Option<string?>("--object") { Description = context.Help("catalogue_search_object"), HelpName = "O" };
        var theme = new Option<string?>("--theme") { Description = context.Help("catalogue_search_theme"), HelpName = "THEME" };
        var onlineOnly = new Option<bool>("--online-only") { Description = context.Help("catalogue_search_online_only") };
        var maxVisits = new Option<int?>("--max-visits") { Description = context.Help("catalogue_search_max_visits"), HelpName = "N" };
        var limit = new Option<int>("--limit") { Description = context.Help("catalogue_search_limit"), HelpName = "N", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = context.Help("catalogue_search_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("search", context.Help("catalogue_search"))
        {
            text, database, region, type, serviceObject, theme, onlineOnly, maxVisits, limit, format,
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

            if (parse.GetValue(theme) is { } themeText)
            {
                if (themeText.Trim().Length == 0)
                {
                    context.Report("EmptyTheme");
                    return CliApplication.Failure;
                }

                query = query with { Theme = themeText };
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
            if (result.Total == 0 && query.Theme is { } asked && UnknownTheme(catalogue, asked) is { } themes)
            {
                context.Report("UnknownTheme", asked, themes);
                return CliApplication.Failure;
            }

            context.Output.Write(parse.GetValue(format) == "json"
                ? CatalogueSearchWriter.Json(result)
                : CatalogueSearchWriter.Text(result, words));
            return CliApplication.Success;
        }));
        return command;
    }

    /// <summary>
    /// The catalogue's themes (most items first, at most 20), when none of its items has the theme <paramref name="asked"/>; null when
    /// one has (the search's other conditions found nothing). Looked up only after a search with a theme found nothing.
    /// </summary>
    private static string? UnknownTheme(ServiceCatalogue catalogue, string asked)
    {
        var themes = catalogue.Facets(new CatalogueQuery()).Themes;
        if (themes.Any(t => t.Value == asked))
        {
            return null;
        }

        var listed = string.Join(", ", themes.Take(20).Select(t => $"{t.Value} ({t.Count})"));
        return themes.Count > 20 ? listed + ", …" : themes.Count == 0 ? "-" : listed;
    }
}
