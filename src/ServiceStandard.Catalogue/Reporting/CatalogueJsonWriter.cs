using System.Text.Json;
using ServiceStandard.LinkedData;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// The whole catalogue as one JSON document, for other systems (and embedded in the exported site):
/// its regions, and every item with the figures of FORMAT.md section 6, its file and line, and the item itself.
/// </summary>
public static class CatalogueJsonWriter
{
    /// <summary>Indented, for people and other systems.</summary>
    /// <param name="catalogue">The catalogue to write whole.</param>
    /// <returns>The document with a trailing newline.</returns>
    public static string Write(ServiceCatalogue catalogue) => ReportText.Json(json => Write(json, catalogue, indented: true));

    /// <summary>Compact, to embed in a page: each item also carries its schema.org <c>GovernmentService</c> JSON-LD.</summary>
    /// <param name="catalogue">The catalogue to write whole.</param>
    /// <returns>The document on one line.</returns>
    public static string Compact(ServiceCatalogue catalogue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, catalogue, indented: false);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, ServiceCatalogue catalogue, bool indented)
    {
        json.WriteStartObject();
        json.WriteString("format", "svcstd-catalogue");
        json.WriteNumber("version", 1);
        json.WriteStartArray("regions");
        foreach (var region in catalogue.Regions)
        {
            json.WriteStartObject();
            json.WriteString("code", region.Code);
            json.WriteString("name", region.Name);
            json.WriteString("fullName", region.FullName);
            json.WriteString("level", region.Level.ToString().ToLowerInvariant());
            WriteRegion(json, "province", region.Province);
            WriteRegion(json, "city", region.City);
            json.WriteNumber("items", region.Items);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var item in catalogue.Items())
        {
            WriteItem(json, item, indented);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// One item as <c>GET /api/items/{id}</c> answers: its <c>id</c>, the figures of FORMAT.md section 6, its <c>file</c>
    /// and <c>line</c>, the whole <c>item</c> (format 1.x JSON) and its schema.org <c>governmentService</c>, the same
    /// element as in the export's <c>items</c>.
    /// </summary>
    /// <param name="item">The item, as <see cref="ServiceCatalogue.Item(long)"/> reads it.</param>
    /// <returns>The document on one line, Chinese unescaped.</returns>
    public static string Item(CatalogueItem item)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteItem(json, item, indented: false);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter json, CatalogueItem item, bool indented)
    {
        json.WriteStartObject();
        json.WriteNumber("id", item.Summary.Id);
        CatalogueSearchWriter.WriteHitFields(json, item.Summary);
        json.WriteString("file", item.Summary.File);
        if (item.Summary.Line is { } line)
        {
            json.WriteNumber("line", line);
        }
        else
        {
            json.WriteNull("line");
        }

        json.WritePropertyName("item");
        if (indented)
        {
            using var document = JsonDocument.Parse(item.Document);
            document.RootElement.WriteTo(json);
        }
        else
        {
            json.WriteRawValue(item.Document, skipInputValidation: true);

            // The page puts it in the item view's <script type="application/ld+json"> (FORMAT.md section 11).
            json.WritePropertyName("governmentService");
            json.WriteRawValue(SchemaOrg.GovernmentService(item.Item, new Region { Code = item.Region.Code, Name = item.Region.Name }), skipInputValidation: true);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Region? region)
    {
        if (region is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("code", region.Code);
        json.WriteString("name", region.Name);
        json.WriteEndObject();
    }
}
