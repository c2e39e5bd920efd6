using System.Text.Json;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Server;

/// <summary>
/// <c>GET /api/facets</c>: <c>{ regions: [{code, name, count}], types, objects, themes: [{value, label, count}] }</c>,
/// largest first.
/// </summary>
internal static class FacetsJson
{
    public static string Write(CatalogueFacets facets)
    {
        return ServiceStandard.Catalogue.Reporting.ReportText.Json(json =>
        {
            json.WriteStartObject();
            Write(json, "regions", facets.Regions, "code", "name");
            Write(json, "types", facets.Types, "value", "label");
            Write(json, "objects", facets.ServiceObjects, "value", "label");
            Write(json, "themes", facets.Themes, "value", "label");
            json.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter json, string name, IReadOnlyList<FacetCount> counts, string value, string label)
    {
        json.WriteStartArray(name);
        foreach (var count in counts)
        {
            json.WriteStartObject();
            json.WriteString(value, count.Value);
            json.WriteString(label, count.Label);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
