using System.Globalization;
using Microsoft.AspNetCore.Http;
using ServiceStandard.Catalogue;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Server;

/// <summary>
/// The filters of <c>GET /api/search</c> and <c>GET /api/facets</c> read from a query string, every value checked: a
/// wrong one is a 400 naming the parameter and what it takes, never a guess and never a database error.
/// </summary>
internal static class SearchParameters
{
    /// <summary>The query, or the problem with the parameter that is wrong.</summary>
    public static (CatalogueQuery? Query, ParameterProblem? Problem) Read(IQueryCollection parameters, CatalogueServerOptions options, bool paged)
    {
        var query = new CatalogueQuery();
        foreach (var (name, values) in parameters)
        {
            if (values.Count > 1)
            {
                return (null, new(name, "is given more than once; give it once"));
            }
        }

        var text = parameters["q"].ToString();
        if (text.Length > options.MaxSearchText)
        {
            return (null, new("q", $"is {text.Length} characters long; at most {options.MaxSearchText}"));
        }

        if (Unreadable(text))
        {
            return (null, new("q", "holds a control character, an unpaired surrogate or bytes that are not UTF-8"));
        }

        query = query with { Text = text };
        if (parameters["region"].ToString() is { Length: > 0 } region)
        {
            if (region.Length != 6 || !region.All(char.IsAsciiDigit))
            {
                return (null, new("region", "is not a division code (6 ASCII digits, such as 330000)"));
            }

            query = query with { Region = region };
        }

        if (parameters["type"].ToString() is { Length: > 0 } type)
        {
            if (!CodeListCatalog.ItemTypes.TryParse(type, out var itemType, out _))
            {
                return (null, new("type", "is not an item type; one of " + string.Join(", ", CodeListCatalog.ItemTypes.Tokens)));
            }

            query = query with { Type = itemType };
        }

        if (parameters["object"].ToString() is { Length: > 0 } serviceObject)
        {
            if (!CodeListCatalog.ServiceObjects.TryParse(serviceObject, out var kind, out _))
            {
                return (null, new("object", "is not a service object; one of " + string.Join(", ", CodeListCatalog.ServiceObjects.Tokens)));
            }

            query = query with { ServiceObject = kind };
        }

        if (parameters["theme"].ToString() is { Length: > 0 } theme)
        {
            if (theme.Length > options.MaxSearchText || Unreadable(theme))
            {
                return (null, new("theme", $"is a theme as /api/facets counts it: at most {options.MaxSearchText} characters, none of them a control character"));
            }

            if (string.IsNullOrWhiteSpace(theme))
            {
                return (null, new("theme", "is blank; leave it out to search every theme"));
            }

            query = query with { Theme = theme };
        }

        if (parameters["onlineOnly"].ToString() is { Length: > 0 } onlineOnly)
        {
            if (onlineOnly is not ("true" or "false"))
            {
                return (null, new("onlineOnly", "is true or false"));
            }

            query = query with { OnlineOnly = onlineOnly == "true" };
        }

        if (parameters["maxVisits"].ToString() is { Length: > 0 } maxVisits)
        {
            if (Whole(maxVisits, 0, 100) is not { } visits)
            {
                return (null, new("maxVisits", "is a whole number from 0 to 100"));
            }

            query = query with { MaxVisits = visits };
        }

        if (!paged)
        {
            return (query, null);
        }

        var page = 1;
        if (parameters["page"].ToString() is { Length: > 0 } pageText && (page = Whole(pageText, 1, int.MaxValue) ?? 0) == 0)
        {
            return (null, new("page", "is a whole number from 1"));
        }

        var size = 20;
        if (parameters["size"].ToString() is { Length: > 0 } sizeText && (size = Whole(sizeText, 1, options.MaxPageSize) ?? 0) == 0)
        {
            return (null, new("size", $"is a whole number from 1 to {options.MaxPageSize}"));
        }

        if ((long)page * size > options.MaxResultWindow)
        {
            return (null, new("page", $"goes past result {options.MaxResultWindow} (page × size); narrow the search instead"));
        }

        return (query with { Limit = size, Offset = (page - 1) * size, TotalLimit = options.MaxTotal }, null);
    }

    /// <summary>True when a text holds a control character, an unpaired surrogate or the replacement of bytes that are not UTF-8.</summary>
    private static bool Unreadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || text[i] == '\uFFFD')
            {
                return true;
            }

            if (char.IsSurrogate(text[i]))
            {
                // A pair is one character beyond the BMP (CJK Extension B and on: rare characters of names and places).
                if (!char.IsSurrogatePair(text, i))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>A whole number in [min, max] written in ASCII digits alone (no sign, no spaces, no full-width digits).</summary>
    private static int? Whole(string text, int min, int max) =>
        text.Length is > 0 and <= 10 && text.All(char.IsAsciiDigit)
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (int)value
            : null;
}

/// <summary>A query parameter that is wrong, and what it takes.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Rule">What is wrong with it, as a sentence after its name.</param>
internal sealed record ParameterProblem(string Name, string Rule);
