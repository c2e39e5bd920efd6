using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.LinkedData;

/// <summary>
/// Writes an item as schema.org <c>GovernmentService</c> JSON-LD (docs/format.md section 11), as search engines read it in
/// a page: name, identifier, service type, provider, area served, audience, output, fees as offers and channels with
/// their places. Opening hours are not written as <c>hoursAvailable</c>: the format holds them as free text (周一至周五
/// 9:00-17:00), which schema.org's structured hours cannot take without guessing; they are the place's description.
/// </summary>
public static class SchemaOrg
{
    /// <summary>One item as a schema.org <c>GovernmentService</c>, compact JSON-LD.</summary>
    /// <param name="item">The item.</param>
    /// <param name="region">The region whose inventory holds it: the area served.</param>
    /// <returns>The JSON-LD object, on one line, UTF-8 characters unescaped (escape it for the place it goes into).</returns>
    public static string GovernmentService(ServiceItem item, Region region)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(region);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, item, region);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, ServiceItem item, Region region)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "GovernmentService");
        json.WriteString("identifier", item.ImplementationCode ?? item.BasicCode);
        json.WriteString("name", item.Name);
        json.WriteString("serviceType", CodeListCatalog.ItemTypes[item.Type].Label);
        json.WriteStartObject("provider");
        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", item.Authority.Name);
        if (item.Authority.CreditCode is { Length: > 0 } creditCode)
        {
            json.WriteString("identifier", creditCode);
        }

        json.WriteEndObject();
        json.WriteStartObject("areaServed");
        json.WriteString("@type", "AdministrativeArea");
        json.WriteString("identifier", region.Code);
        if (CpsvAp.RegionName(region) is { Length: > 0 } name)
        {
            json.WriteString("name", name);
        }

        json.WriteEndObject();
        if (item.ServiceObjects.Count > 0)
        {
            json.WriteStartArray("audience");
            foreach (var audience in item.ServiceObjects)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Audience");
                json.WriteString("audienceType", CodeListCatalog.ServiceObjects[audience].Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (item.Guide is { } guide)
        {
            WriteOutput(json, guide.Result);
            WriteOffers(json, guide.Fees);
            WriteChannels(json, guide);
        }

        json.WriteEndObject();
    }

    /// <summary>serviceOutput: a certificate or an approval document is a <c>Permit</c> (with its validity), anything else a <c>Thing</c>.</summary>
    private static void WriteOutput(Utf8JsonWriter json, Result? result)
    {
        if (result?.Name is not { Length: > 0 } name)
        {
            return;
        }

        var permit = result.Type is ResultType.Certificate or ResultType.ApprovalDocument;
        json.WriteStartObject("serviceOutput");
        json.WriteString("@type", permit ? "Permit" : "Thing");
        json.WriteString("name", name);
        if (permit && result.Validity is { Length: > 0 } validity)
        {
            json.WriteString("validFor", validity);
        }

        json.WriteEndObject();
    }

    private static void WriteOffers(Utf8JsonWriter json, Fees? fees)
    {
        if (fees is null || (fees.Charged && fees.Items.Count == 0))
        {
            return;
        }

        json.WriteStartArray("offers");
        if (!fees.Charged)
        {
            Offer(json, "不收费", 0m);
        }

        foreach (var fee in fees.Items)
        {
            Offer(json, fee.Name, fee.Amount);
        }

        json.WriteEndArray();
    }

    private static void Offer(Utf8JsonWriter json, string name, decimal price)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Offer");
        json.WriteString("name", name);
        json.WriteString("price", CpsvAp.Number(price));
        json.WriteString("priceCurrency", "CNY");
        json.WriteEndObject();
    }

    private static void WriteChannels(Utf8JsonWriter json, Guide guide)
    {
        if (guide.Channels.Count == 0)
        {
            return;
        }

        json.WriteStartArray("availableChannel");
        foreach (var channel in guide.Channels)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ServiceChannel");
            json.WriteString("name", CodeListCatalog.Channels[channel].Label);
            if (channel == Channel.Window && guide.Locations.Count > 0)
            {
                json.WriteStartArray("serviceLocation");
                foreach (var location in guide.Locations)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Place");
                    json.WriteString("name", location.Name);
                    if (location.Address is { Length: > 0 } address)
                    {
                        json.WriteString("address", address);
                    }

                    if (location.Hours is { Length: > 0 } hours)
                    {
                        json.WriteString("description", hours);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
