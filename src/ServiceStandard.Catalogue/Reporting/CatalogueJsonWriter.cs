using System.Text.Json;
using ServiceStandard.LinkedData;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// The whole catalogue as one JSON document, for other systems (and embedded in the exported site):
/// its regions, and every item with the figures of docs/format.md section 6, its file and line, and the item itself.
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
            WriteRegion(json, region);
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
    /// One item as <c>GET /api/items/{id}</c> answers: its <c>id</c>, the figures of docs/format.md section 6, its <c>file</c>
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

            // The page puts it in the item view's <script type="application/ld+json"> (docs/format.md section 11).
            json.WritePropertyName("governmentService");
            json.WriteRawValue(SchemaOrg.GovernmentService(item.Item, new Region { Code = item.Region.Code, Name = item.Region.Name }), skipInputValidation: true);
        }

        json.WriteEndObject();
    }

    /// <summary>One region of the catalogue: code, names, level, province and city, number of items.</summary>
    internal static void WriteRegion(Utf8JsonWriter json, CatalogueRegion region)
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

    /// <summary>
    /// The same item in every region, as <c>GET /api/items/{basicCode}/regions</c> answers: <c>basicCode</c>, <c>name</c>,
    /// and per region (by code) its <c>id</c>, <c>code</c>, <c>name</c>, <c>fullName</c>, <c>authority</c>, the
    /// <c>metrics</c> of docs/format.md section 5, its <c>channels</c> and the names of its <c>requiredMaterials</c>.
    /// </summary>
    /// <param name="basicCode">The basic code asked for.</param>
    /// <param name="implementations">Every region's item, as <see cref="ServiceCatalogue.Implementations"/> reads them.</param>
    /// <returns>The indented document with a trailing newline.</returns>
    public static string Regions(string basicCode, IReadOnlyList<CatalogueItem> implementations) => ReportText.Json(json =>
    {
        ArgumentNullException.ThrowIfNull(implementations);
        json.WriteStartObject();
        json.WriteString("basicCode", basicCode);
        json.WriteString("name", implementations.Count > 0 ? implementations[0].Summary.Name : null);
        json.WriteStartArray("regions");
        foreach (var item in implementations)
        {
            json.WriteStartObject();
            json.WriteNumber("id", item.Summary.Id);
            json.WriteString("code", item.Region.Code);
            json.WriteString("name", item.Region.Name);
            json.WriteString("fullName", item.Region.FullName);
            json.WriteString("authority", item.Summary.Authority);
            json.WriteStartObject("metrics");
            var metrics = ServiceStandard.Comparison.ItemMetrics.Of(item.Item);
            foreach (var metric in ServiceStandard.Comparison.ComparisonMetrics.All)
            {
                CatalogueSearchWriter.WriteNumber(json, ServiceStandard.Comparison.ComparisonMetrics.Name(metric), metrics.Get(metric));
            }

            json.WriteEndObject();
            json.WriteStartArray("channels");
            foreach (var channel in item.Item.Guide?.Channels ?? [])
            {
                json.WriteStringValue(ServiceStandard.CodeLists.CodeListCatalog.Channels[channel].Token);
            }

            json.WriteEndArray();
            json.WriteStartArray("requiredMaterials");
            foreach (var material in (item.Item.Guide?.Materials ?? []).Where(m => m.Required))
            {
                json.WriteStringValue(material.Name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

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
