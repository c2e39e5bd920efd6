using System.Net;
using System.Security.Cryptography;
using System.Text;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// The exported catalogue site: one self-contained <c>index.html</c> (style, script and data inline; no request
/// leaves the page, which a Content-Security-Policy enforces). The data is the JSON export, embedded in a
/// <c>&lt;script type="application/json"&gt;</c> with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped, so no
/// value can close the element; the script renders every value as text (never as markup).
/// </summary>
public static class CatalogueSiteWriter
{
    /// <summary>The exported site's page with the whole catalogue inlined.</summary>
    /// <param name="catalogueJson">The catalogue as <see cref="CatalogueJsonWriter.Compact"/> writes it.</param>
    /// <param name="title">The page's title (HTML-encoded here).</param>
    /// <returns>The page, self-contained.</returns>
    public static string Write(string catalogueJson, string title)
    {
        var style = CatalogueSiteTemplate.Style;
        var script = CatalogueSiteTemplate.Script;
        var policy = $"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; img-src data:; base-uri 'none'; form-action 'none'";
        return new StringBuilder(CatalogueSiteTemplate.Page)
            .Replace("{{POLICY}}", policy)
            .Replace("{{TITLE}}", WebUtility.HtmlEncode(title))
            .Replace("{{STYLE}}", style)
            .Replace("{{LABELS}}", ScriptJson(Labels()))
            .Replace("{{DATA}}", ScriptJson(catalogueJson))
            .Replace("{{CALENDAR}}", ScriptJson(Calendar()))
            .Replace("{{SCRIPT}}", script)
            .ToString();
    }

    /// <summary>JSON made safe inside a script element: no <c>&lt;/script&gt;</c>, no <c>&lt;!--</c>, whatever the values hold.</summary>
    internal static string ScriptJson(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    /// <summary>The working-day calendar the page counts due dates on: the shipped notices' years, rest days and make-up days.</summary>
    private static string Calendar() => ReportText.Json(json =>
    {
        var calendar = ServiceStandard.Calendar.WorkingDayCalendar.Official;
        json.WriteStartObject();
        json.WriteStartArray("years");
        foreach (var year in calendar.Years)
        {
            json.WriteNumberValue(year.Year);
        }

        json.WriteEndArray();
        json.WriteStartArray("holidays");
        foreach (var holiday in calendar.Years.SelectMany(y => y.Holidays).SelectMany(h => h.Days()))
        {
            json.WriteStringValue(holiday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteEndArray();
        json.WriteStartArray("makeUpDays");
        foreach (var makeUp in calendar.Years.SelectMany(y => y.MakeUpDays))
        {
            json.WriteStringValue(makeUp.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The Chinese labels of every code list the page shows, from the library's code lists.</summary>
    private static string Labels() => ReportText.Json(json =>
    {
        json.WriteStartObject();
        Write(json, "type", CodeListCatalog.ItemTypes);
        Write(json, "status", CodeListCatalog.ItemStatuses);
        Write(json, "level", CodeListCatalog.ExerciseLevels);
        Write(json, "nature", CodeListCatalog.AuthorityNatures);
        Write(json, "powerSource", CodeListCatalog.PowerSources);
        Write(json, "serviceObject", CodeListCatalog.ServiceObjects);
        Write(json, "handlingType", CodeListCatalog.HandlingTypes);
        Write(json, "channel", CodeListCatalog.Channels);
        Write(json, "form", CodeListCatalog.MaterialForms);
        Write(json, "medium", CodeListCatalog.MaterialMedia);
        Write(json, "materialSource", CodeListCatalog.MaterialSources);
        Write(json, "resultType", CodeListCatalog.ResultTypes);
        Write(json, "unit", CodeListCatalog.TimeUnits);
        Write(json, "procedure", CodeListCatalog.SpecialProcedureKinds);
        json.WriteStartArray("depth");
        foreach (var label in CodeListCatalog.OnlineDepthLabels)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Write<T>(System.Text.Json.Utf8JsonWriter json, string name, CodeList<T> list)
        where T : struct, Enum
    {
        json.WriteStartObject(name);
        foreach (var entry in list.Entries)
        {
            json.WriteString(entry.Token, entry.Label);
        }

        json.WriteEndObject();
    }
}
