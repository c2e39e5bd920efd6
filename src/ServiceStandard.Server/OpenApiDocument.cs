using System.Text.Json;
using Microsoft.AspNetCore.Routing;

namespace ServiceStandard.Server;

/// <summary>
/// <c>/openapi.json</c>: an OpenAPI 3.1 document made from the endpoints mapped and their <see cref="ApiDoc"/>
/// (path, method, path parameters from the route, query parameters and answer from the metadata); every answer can
/// also be a problem document.
/// </summary>
internal static class OpenApiDocument
{
    public static string Write(EndpointDataSource source) => ServiceStandard.Catalogue.Reporting.ReportText.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("openapi", "3.1.0");
        json.WriteStartObject("info");
        json.WriteString("title", "ServiceStandard catalogue service (svcstd serve)");
        json.WriteString("version", "1.0");
        json.WriteString("description", "docs/format.md section 9. Read-only; errors are RFC 7807 problem documents.");
        json.WriteEndObject();
        json.WriteStartObject("paths");
        var documented = source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Doc: e.Metadata.GetMetadata<ApiDoc>()))
            .Where(e => e.Doc is not null)
            .GroupBy(e => "/" + e.Endpoint.RoutePattern.RawText!.TrimStart('/'))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var path in documented)
        {
            json.WriteStartObject(path.Key);
            foreach (var (endpoint, doc) in path)
            {
                var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
                json.WriteStartObject(method.ToLowerInvariant());
                json.WriteString("summary", doc!.Summary);
                json.WriteStartArray("parameters");
                foreach (var parameter in endpoint.RoutePattern.Parameters)
                {
                    WriteParameter(json, parameter.Name, "path", "string", "From the route", required: true);
                }

                foreach (var (name, type, description) in doc.Parameters)
                {
                    WriteParameter(json, name, "query", type, description, required: false);
                }

                json.WriteEndArray();
                if (method == "POST")
                {
                    json.WriteStartObject("requestBody");
                    json.WriteBoolean("required", true);
                    json.WriteStartObject("content");
                    foreach (var type in new[] { "application/yaml", "text/yaml", "application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv" })
                    {
                        json.WriteStartObject(type);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteStartObject("responses");
                json.WriteStartObject("200");
                json.WriteString("description", "OK");
                json.WriteStartObject("content");
                json.WriteStartObject(doc.Answer);
                json.WritePropertyName("schema");
                json.WriteRawValue(doc.Schema);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("default");
                json.WriteString("description", "A problem (RFC 7807): 400 bad parameter, 404, 405, 408, 413, 415, 429, 500, 503");
                json.WriteStartObject("content");
                json.WriteStartObject("application/problem+json");
                json.WriteStartObject("schema");
                json.WriteString("type", "object");
                json.WriteStartArray("required");
                json.WriteStringValue("status");
                json.WriteStringValue("title");
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteParameter(Utf8JsonWriter json, string name, string where, string type, string description, bool required)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("in", where);
        json.WriteBoolean("required", required);
        json.WriteString("description", description);
        json.WriteStartObject("schema");
        json.WriteString("type", type);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
