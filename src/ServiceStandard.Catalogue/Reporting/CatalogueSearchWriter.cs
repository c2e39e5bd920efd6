using System.Globalization;
using System.Text;
using System.Text.Json;
using ServiceStandard.CodeLists;

using ServiceStandard.Reporting;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>Renders search results: readable text, or the JSON of docs/format.md section 6.</summary>
public static class CatalogueSearchWriter
{
    /// <summary>Readable text in <paramref name="culture"/> (Chinese or English), safe for a terminal.</summary>
    /// <param name="result">What the search found.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The text, each line ending with a newline.</returns>
    public static string Text(CatalogueSearchResult result, CultureInfo culture) => Text(result, CatalogueWords.For(culture));

    internal static string Text(CatalogueSearchResult result, CatalogueWords words)
    {
        var text = new StringBuilder();
        text.Append(result.Query.Trim().Length == 0
            ? words.Format(words.FoundAll, result.Total)
            : words.Format(words.Found, TerminalText.Safe(result.Query), result.Total)).Append('\n');
        var rank = 0;
        foreach (var hit in result.Results)
        {
            rank++;
            var indent = new string(' ', rank.ToString(CultureInfo.InvariantCulture).Length + 2);
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{rank}. {TerminalText.Safe(hit.Name)} [{TerminalText.Safe(hit.BasicCode)}] {words.Type(hit.Type)}\n");
            text.Append(indent).Append(CultureInfo.InvariantCulture, $"{TerminalText.Safe(hit.Region.Name)} ({hit.Region.Code}) · {TerminalText.Safe(hit.Authority)}\n");
            text.Append(indent).Append(string.Join(" · ",
                hit.CommittedWorkingDays is { } days ? words.Format(words.Committed, days) : words.NoCommitted,
                words.Format(words.Materials, hit.Materials),
                hit.OnsiteVisits is { } visits ? words.Format(words.Visits, visits) : words.NoVisits,
                hit.OnlineDepth is { } depth ? words.Format(words.Depth, depth) : words.NoDepth)).Append('\n');
            text.Append(indent).Append(TerminalText.Safe(hit.Line is { } line ? $"{hit.File}:{line}" : hit.File)).Append('\n');
        }

        if (result.Results.Count < result.Total)
        {
            text.Append('\n').Append(words.Format(words.Shown, result.Results.Count, result.Total)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// docs/format.md section 6: <c>{ query, total, results: [...] }</c>, nothing more (published as
    /// <c>schemas/reports/1.0/search.schema.json</c>).
    /// </summary>
    /// <param name="result">What the search found.</param>
    /// <returns>The indented document with a trailing newline.</returns>
    public static string Json(CatalogueSearchResult result) => ReportText.Json(json => Write(json, result, null));

    /// <summary>
    /// The same document with the page it is, as <c>GET /api/search</c> answers: <c>page</c> (1-based) and <c>size</c>
    /// after <c>total</c>, and each result's <c>id</c> (for <c>GET /api/items/{id}</c>) first.
    /// </summary>
    /// <param name="result">What the search found (one page of it).</param>
    /// <param name="page">The 1-based page number.</param>
    /// <param name="size">The most results per page.</param>
    /// <returns>The indented document with a trailing newline.</returns>
    public static string Json(CatalogueSearchResult result, int page, int size) => ReportText.Json(json => Write(json, result, (page, size)));

    private static void Write(Utf8JsonWriter json, CatalogueSearchResult result, (int Page, int Size)? paging)
    {
        json.WriteStartObject();
        json.WriteString("query", result.Query);
        json.WriteNumber("total", result.Total);
        if (!result.TotalIsExact)
        {
            json.WriteBoolean("totalExact", false);
        }

        if (paging is var (page, size))
        {
            json.WriteNumber("page", page);
            json.WriteNumber("size", size);
        }

        json.WriteStartArray("results");
        foreach (var hit in result.Results)
        {
            json.WriteStartObject();
            if (paging is not null)
            {
                json.WriteNumber("id", hit.Id);
            }

            WriteHitFields(json, hit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One result as docs/format.md section 6 writes it (the export reuses it for every item).</summary>
    internal static void WriteHitFields(Utf8JsonWriter json, CatalogueHit hit)
    {
        json.WriteString("basicCode", hit.BasicCode);
        json.WriteString("name", hit.Name);
        json.WriteStartObject("region");
        json.WriteString("code", hit.Region.Code);
        json.WriteString("name", hit.Region.Name);
        json.WriteEndObject();
        json.WriteString("authority", hit.Authority);
        json.WriteString("type", CodeListCatalog.ItemTypes[hit.Type].Token);
        WriteNumber(json, "committedWorkingDays", hit.CommittedWorkingDays);
        json.WriteNumber("materials", hit.Materials);
        WriteNumber(json, "onsiteVisits", hit.OnsiteVisits);
        WriteNumber(json, "onlineDepth", hit.OnlineDepth);
    }

    internal static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            // 7, not 7.00: the figure as people write it.
            json.WriteNumber(name, (double)number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
