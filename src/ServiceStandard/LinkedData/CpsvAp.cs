using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStandard.CodeLists;
using ServiceStandard.Divisions;
using ServiceStandard.Model;

namespace ServiceStandard.LinkedData;

/// <summary>
/// Writes inventories as CPSV-AP 3.2 JSON-LD (docs/format.md section 11): one <c>cpsv:PublicService</c> per item, with
/// what CPSV-AP can hold of it, conforming to the official CPSV-AP 3.2 SHACL shapes. The context is inlined (prefixes
/// only, so no processor fetches anything); every node but the code-list concepts is a blank node. What has no place
/// in CPSV-AP stays only in the inventory format: README, "Linked data".
/// </summary>
public static class CpsvAp
{
    /// <summary>The IRI of the Chinese yuan in the EU currency authority table, the currency of every <c>cv:Cost</c>.</summary>
    public const string Yuan = "http://publications.europa.eu/resource/authority/currency/CNY";

    private static readonly (string Prefix, string Iri)[] Prefixes =
    [
        ("cpsv", "http://purl.org/vocab/cpsv#"),
        ("cv", "http://data.europa.eu/m8g/"),
        ("dct", "http://purl.org/dc/terms/"),
        ("eli", "http://data.europa.eu/eli/ontology#"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("locn", "http://www.w3.org/ns/locn#"),
        ("adms", "http://www.w3.org/ns/adms#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    /// <summary>One inventory as a CPSV-AP JSON-LD document.</summary>
    /// <param name="inventory">The inventory; its region is the spatial coverage of every item.</param>
    /// <returns>The document, indented, UTF-8 characters unescaped, ending with a line break.</returns>
    public static string Write(Inventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return Write([inventory]);
    }

    /// <summary>Several inventories (a catalogue's regions) as one CPSV-AP JSON-LD document.</summary>
    /// <param name="inventories">The inventories, each with its region.</param>
    /// <returns>The document, indented, UTF-8 characters unescaped, ending with a line break.</returns>
    public static string Write(IEnumerable<Inventory> inventories)
    {
        using var buffer = new MemoryStream();
        Write(buffer, inventories);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Streams several inventories as one CPSV-AP JSON-LD document, UTF-8 without a byte order mark.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="inventories">The inventories, each with its region.</param>
    public static void Write(Stream stream, IEnumerable<Inventory> inventories)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(inventories);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            foreach (var (prefix, iri) in Prefixes)
            {
                json.WriteString(prefix, iri);
            }

            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var inventory in inventories)
            {
                foreach (var item in inventory.Items)
                {
                    WriteService(json, item, inventory.Region);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
    }

    /// <summary>
    /// A time limit as an <c>xsd:duration</c>: hours, calendar days and months as they are; working days as the
    /// calendar days that hold them in an ordinary week (x 7/5, rounded up to a whole day: the inverse of the
    /// working-day equivalent of calendar days); 即办 as <c>PT0S</c>. A fraction of an hour or a calendar day is written
    /// in seconds, a fraction of a month in days (30 a month, rounded up).
    /// </summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The duration, such as <c>P10D</c> for 7 working days.</returns>
    /// <remarks>A value set in code that the loader would refuse never throws: a negative one is a negative duration,
    /// and one whose conversion passes <see cref="decimal.MaxValue"/> is that many of the unit it is written in.</remarks>
    public static string Duration(TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var sign = limit.Value < 0 ? "-" : string.Empty;
        var value = Math.Abs(limit.Value);
        return sign + limit.Unit switch
        {
            TimeUnit.Immediate => "PT0S",
            TimeUnit.Hours => IsWhole(value) ? $"PT{Number(value)}H" : $"PT{Number(Times(value, 3600m))}S",
            TimeUnit.CalendarDays => IsWhole(value) ? $"P{Number(value)}D" : $"PT{Number(Times(value, 86400m))}S",
            TimeUnit.Months => IsWhole(value) ? $"P{Number(value)}M" : $"P{Number(Math.Ceiling(Times(value, 30m)))}D",
            _ => $"P{Number(Math.Ceiling(Times(value, 7m) / 5m))}D",
        };
    }

    private static bool IsWhole(decimal value) => value == Math.Truncate(value);

    private static decimal Times(decimal value, decimal factor) => value <= decimal.MaxValue / factor ? value * factor : decimal.MaxValue;

    /// <summary>A number as written in JSON-LD literals: invariant, no exponent, no trailing zeros.</summary>
    internal static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static void WriteService(Utf8JsonWriter json, ServiceItem item, Region region)
    {
        var identifier = item.ImplementationCode ?? item.BasicCode;
        json.WriteStartObject();
        json.WriteString("@type", "cpsv:PublicService");
        json.WriteString("dct:identifier", identifier);
        Text(json, "dct:title", item.Name);
        Text(json, "dct:description", Description(item));
        Concept(json, "dct:type", CodeListCatalog.ItemTypes[item.Type].Label, CodeListCatalog.ItemTypes[item.Type].Token);
        Concept(json, "adms:status", CodeListCatalog.ItemStatuses[item.Status].Label, CodeListCatalog.ItemStatuses[item.Status].Token);
        WriteAuthority(json, item.Authority, region);
        Location(json, region);
        if (item.Authority.LegalBasis.Count > 0)
        {
            json.WriteStartArray("cv:hasLegalResource");
            foreach (var basis in item.Authority.LegalBasis)
            {
                json.WriteStartObject();
                json.WriteString("@type", "eli:LegalResource");
                Text(json, "dct:title", basis.Title);
                if (basis.Article is { Length: > 0 } article)
                {
                    Text(json, "dct:description", article);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (item.ServiceObjects.Count > 0)
        {
            json.WriteStartArray("dct:audience");
            foreach (var audience in item.ServiceObjects)
            {
                ConceptObject(json, CodeListCatalog.ServiceObjects[audience].Label, CodeListCatalog.ServiceObjects[audience].Token);
            }

            json.WriteEndArray();
        }

        if ((item.TimeLimits?.Committed ?? item.TimeLimits?.Legal) is { } limit)
        {
            json.WriteStartObject("cv:processingTime");
            json.WriteString("@value", Duration(limit));
            json.WriteString("@type", "xsd:duration");
            json.WriteEndObject();
        }

        var guide = item.Guide;
        if (guide is not null)
        {
            WriteInputs(json, identifier, guide.Materials);
            WriteCosts(json, identifier, guide.Fees);
            WriteChannels(json, identifier, guide);
            WriteOutput(json, identifier, guide.Result);
        }

        WriteContacts(json, item.Contacts);
        if (item.Themes.Count > 0)
        {
            json.WriteStartArray("cv:thematicArea");
            foreach (var theme in item.Themes)
            {
                ConceptObject(json, theme, null);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>dct:description, which CPSV-AP requires and the format does not have: the item's type, authority and time limits in words.</summary>
    private static string Description(ServiceItem item)
    {
        var text = new StringBuilder();
        text.Append(CodeListCatalog.ItemTypes[item.Type].Label).Append("事项，实施主体：").Append(item.Authority.Name).Append('。');
        if (item.TimeLimits?.Committed is { } committed)
        {
            text.Append("承诺办结时限：").Append(Words(committed)).Append('。');
        }

        if (item.TimeLimits?.Legal is { } legal)
        {
            text.Append("法定办结时限：").Append(Words(legal)).Append('。');
        }

        return text.ToString();
    }

    private static string Words(TimeLimit limit) => limit.Unit switch
    {
        TimeUnit.Immediate => "即办",
        TimeUnit.Hours => $"{Number(limit.Value)} 小时",
        TimeUnit.Months => $"{Number(limit.Value)} 个月",
        _ => $"{Number(limit.Value)} 个{CodeListCatalog.TimeUnits[limit.Unit].Label}",
    };

    private static void WriteAuthority(Utf8JsonWriter json, Authority authority, Region region)
    {
        json.WriteStartObject("cv:hasCompetentAuthority");
        json.WriteString("@type", "cv:PublicOrganisation");
        if (authority.CreditCode is { Length: > 0 } creditCode)
        {
            json.WriteString("dct:identifier", creditCode);
        }

        Text(json, "skos:prefLabel", authority.Name);
        Location(json, region);
        json.WriteEndObject();
    }

    /// <summary>dct:spatial: the region's division, with its code and name.</summary>
    private static void Location(Utf8JsonWriter json, Region region)
    {
        json.WriteStartObject("dct:spatial");
        json.WriteString("@type", "dct:Location");
        json.WriteString("dct:identifier", region.Code);
        if (RegionName(region) is { Length: > 0 } name)
        {
            Text(json, "locn:geographicName", name);
        }

        json.WriteEndObject();
    }

    /// <summary>The region's name as written, else the GB/T 2260 table's.</summary>
    internal static string? RegionName(Region region) => region.Name ?? DivisionTable.Find(region.Code)?.Name;

    private static void WriteInputs(Utf8JsonWriter json, string service, IReadOnlyList<Material> materials)
    {
        if (materials.Count == 0)
        {
            return;
        }

        json.WriteStartArray("cpsv:hasInput");
        for (var i = 0; i < materials.Count; i++)
        {
            var material = materials[i];
            json.WriteStartObject();
            json.WriteString("@type", "cv:Evidence");
            json.WriteString("dct:identifier", $"{service}-material-{i + 1}");
            Text(json, "dct:title", material.Name);
            var notes = new List<string> { material.Required ? "必要" : "非必要" };
            if (material.Form is { } form)
            {
                notes.Add(CodeListCatalog.MaterialForms[form].Label);
            }

            if (material.Medium is { } medium)
            {
                notes.Add(CodeListCatalog.MaterialMedia[medium].Label);
            }

            if (material.Copies is { } copies)
            {
                notes.Add($"{copies} 份");
            }

            if (material.Source is { } source)
            {
                notes.Add(CodeListCatalog.MaterialSources[source].Label);
            }

            Text(json, "dct:description", string.Join("；", notes));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCosts(Utf8JsonWriter json, string service, Fees? fees)
    {
        if (fees is null)
        {
            return;
        }

        json.WriteStartArray("cv:hasCost");
        if (!fees.Charged)
        {
            Cost(json, $"{service}-fee-0", 0m, "不收费");
        }
        else if (fees.Items.Count == 0)
        {
            Cost(json, $"{service}-fee-0", null, "收费（未列出收费项目）");
        }

        for (var i = 0; i < fees.Items.Count; i++)
        {
            var fee = fees.Items[i];
            Cost(json, $"{service}-fee-{i + 1}", fee.Amount, fee.Basis is { Length: > 0 } basis ? $"{fee.Name}；收费依据：{basis}" : fee.Name);
        }

        json.WriteEndArray();
    }

    /// <summary>A cost; without an amount (charged, but no fee item listed) it has no <c>cv:hasValue</c>, so it claims no price.</summary>
    private static void Cost(Utf8JsonWriter json, string identifier, decimal? amount, string description)
    {
        json.WriteStartObject();
        json.WriteString("@type", "cv:Cost");
        json.WriteString("dct:identifier", identifier);
        if (amount is { } value)
        {
            json.WriteStartObject("cv:hasValue");
            json.WriteString("@value", Number(value));
            json.WriteString("@type", "xsd:double");
            json.WriteEndObject();
        }

        json.WriteStartObject("cv:currency");
        json.WriteString("@id", Yuan);
        json.WriteString("@type", "skos:Concept");
        json.WriteEndObject();
        Text(json, "dct:description", description);
        json.WriteEndObject();
    }

    private static void WriteChannels(Utf8JsonWriter json, string service, Guide guide)
    {
        if (guide.Channels.Count == 0)
        {
            return;
        }

        json.WriteStartArray("cv:hasChannel");
        foreach (var channel in guide.Channels)
        {
            var entry = CodeListCatalog.Channels[channel];
            json.WriteStartObject();
            json.WriteString("@type", "cv:Channel");
            json.WriteString("dct:identifier", $"{service}-channel-{entry.Token}");
            Concept(json, "dct:type", entry.Label, entry.Token);
            if (channel == Channel.Window && guide.Locations.Count > 0)
            {
                json.WriteStartArray("dct:description");
                foreach (var location in guide.Locations)
                {
                    var parts = new[] { location.Name, location.Address, location.Hours }.Where(p => p is { Length: > 0 });
                    TextObject(json, string.Join("；", parts));
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOutput(Utf8JsonWriter json, string service, Result? result)
    {
        if (result is null || (result.Name is null && result.Type is null))
        {
            return;
        }

        json.WriteStartObject("cpsv:produces");
        json.WriteString("@type", "cv:Output");
        json.WriteString("dct:identifier", $"{service}-output");
        Text(json, "dct:title", result.Name ?? CodeListCatalog.ResultTypes[result.Type!.Value].Label);
        if (result.Type is { } type)
        {
            Concept(json, "dct:type", CodeListCatalog.ResultTypes[type].Label, CodeListCatalog.ResultTypes[type].Token);
        }

        if (result.Validity is { Length: > 0 } validity)
        {
            Text(json, "dct:description", $"有效期：{validity}");
        }

        json.WriteEndObject();
    }

    private static void WriteContacts(Utf8JsonWriter json, Contacts? contacts)
    {
        if (contacts is null || contacts.Consultation.Count + contacts.Complaint.Count == 0)
        {
            return;
        }

        json.WriteStartArray("cv:contactPoint");
        foreach (var (kind, points) in new[] { ("咨询方式", contacts.Consultation), ("监督投诉方式", contacts.Complaint) })
        {
            foreach (var point in points)
            {
                json.WriteStartObject();
                json.WriteString("@type", "cv:ContactPoint");
                Text(json, "dct:description", point.Address is { Length: > 0 } address ? $"{kind}；通信地址：{address}" : kind);
                if (point.Phone is { Length: > 0 } phone)
                {
                    json.WriteString("cv:telephone", phone);
                }

                if (point.Email is { Length: > 0 } email)
                {
                    json.WriteString("cv:email", email);
                }

                if (point.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var page) && page.Scheme is "http" or "https")
                {
                    json.WriteStartObject("cv:contactPage");
                    json.WriteString("@id", page.AbsoluteUri);
                    json.WriteString("@type", "foaf:Document");
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string property, string text)
    {
        json.WritePropertyName(property);
        TextObject(json, text);
    }

    private static void TextObject(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject();
        json.WriteString("@value", text);
        json.WriteString("@language", "zh");
        json.WriteEndObject();
    }

    private static void Concept(Utf8JsonWriter json, string property, string label, string? notation)
    {
        json.WritePropertyName(property);
        ConceptObject(json, label, notation);
    }

    /// <summary>A code-list value or a theme as a <c>skos:Concept</c>: its Chinese label and, for a code, the format's token.</summary>
    private static void ConceptObject(Utf8JsonWriter json, string label, string? notation)
    {
        json.WriteStartObject();
        json.WriteString("@type", "skos:Concept");
        Text(json, "skos:prefLabel", label);
        if (notation is not null)
        {
            json.WriteString("skos:notation", notation);
        }

        json.WriteEndObject();
    }
}
