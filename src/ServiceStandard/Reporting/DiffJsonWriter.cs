using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>The JSON of a comparison: docs/format.md section 5 for regions; a report of added, removed and changed items for two versions.</summary>
internal static class DiffJsonWriter
{
    /// <summary>The metric names, encoded once: a report writes them for every item and region.</summary>
    private static readonly JsonEncodedText Uniformity = JsonEncodedText.Encode("uniformity");

    private static readonly JsonEncodedText[] MetricNames =
        [.. ComparisonMetrics.All.Select(m => JsonEncodedText.Encode(ComparisonMetrics.Name(m), JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];

    /// <summary>The regional report, item by item (the writer is flushed to its stream as it fills).</summary>
    public static void Regional(Utf8JsonWriter json, ComparisonReport report, CultureInfo culture, IReadOnlyList<LeftOut> leftOut)
    {
        // Region codes, encoded once: they are written for every item (as JsonText writes them).
        var codes = report.Regions.ToDictionary(r => r.Code, r => JsonEncodedText.Encode(r.Code, JavaScriptEncoder.UnsafeRelaxedJsonEscaping), StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteStartArray("regions");
        foreach (var region in report.Regions)
        {
            json.WriteStartObject();
            json.WriteString("code", region.Code);
            json.WriteString("name", region.Name);
            json.WriteNumber("items", region.Items);
            json.WriteNumber("strictest", region.Strictest);
            json.WriteNumber("loosest", region.Loosest);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var item in report.Items)
        {
            Item(json, item, codes, culture);
            JsonText.FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("missing");
        foreach (var missing in report.Missing)
        {
            json.WriteStartObject();
            json.WriteString("basicCode", missing.BasicCode);
            json.WriteString("name", missing.Name);
            Regions(json, "presentIn", missing.PresentIn, codes);
            Regions(json, "absentFrom", missing.AbsentFrom, codes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Number(json, "threshold", report.Threshold);
        LeftOutWriter.Json(json, leftOut, culture);
        json.WriteEndObject();
    }

    public static string Versions(VersionReport report, CultureInfo culture, IReadOnlyList<LeftOut> leftOut) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("region");
        json.WriteString("code", report.RegionCode);
        json.WriteString("name", report.RegionName);
        json.WriteEndObject();
        Version(json, "old", report.OldPublishedOn, report.OldItems);
        Version(json, "new", report.NewPublishedOn, report.NewItems);
        json.WriteStartObject("summary");
        json.WriteNumber("added", report.Added.Count);
        json.WriteNumber("removed", report.Removed.Count);
        json.WriteNumber("changed", report.Changed.Count);
        foreach (var direction in new[] { ChangeDirection.Stricter, ChangeDirection.Looser, ChangeDirection.Mixed, ChangeDirection.Neutral })
        {
            json.WriteNumber(Token(direction), report.Changed.Count(c => c.Direction == direction));
        }

        json.WriteEndObject();
        Items(json, "added", report.Added);
        Items(json, "removed", report.Removed);
        json.WriteStartArray("changed");
        foreach (var item in report.Changed)
        {
            json.WriteStartObject();
            json.WriteString("basicCode", item.BasicCode);
            json.WriteString("name", item.Name);
            json.WriteString("direction", Token(item.Direction));
            json.WriteStartArray("changes");
            foreach (var change in item.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", change.Kind);
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteString("direction", Token(change.Direction));
                json.WriteString("message", change.Message(culture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        LeftOutWriter.Json(json, leftOut, culture);
        json.WriteEndObject();
    });

    /// <summary>The token a report writes for a direction: <c>stricter</c>, <c>looser</c>, <c>mixed</c>, <c>neutral</c>.</summary>
    public static string Token(ChangeDirection direction) => direction.ToString().ToLowerInvariant();

    private static void Item(Utf8JsonWriter json, ItemComparison item, Dictionary<string, JsonEncodedText> codes, CultureInfo culture)
    {
        json.WriteStartObject();
        json.WriteString("basicCode", item.BasicCode);
        json.WriteString("name", item.Name);
        json.WriteString("alignedBy", item.AlignedBy == ItemAlignment.Name ? "name" : "basicCode");
        json.WriteStartObject("byRegion");
        foreach (var (code, metrics) in item.ByRegion)
        {
            json.WriteStartObject(Code(code, codes));
            for (var m = 0; m < MetricNames.Length; m++)
            {
                Number(json, MetricNames[m], metrics.Get(ComparisonMetrics.All[m]));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in item.Findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", finding.Kind);
            json.WriteString("severity", finding.Severity == FindingSeverity.Warning ? "warning" : "info");
            Regions(json, "regions", finding.Regions, codes);
            json.WriteString("message", finding.Message(culture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Number(json, Uniformity, item.Uniformity);
        json.WriteStartArray("materialDifferences");
        foreach (var difference in item.MaterialDifferences)
        {
            json.WriteStartObject();
            json.WriteString("name", difference.Name);
            Regions(json, "demandedBy", difference.DemandedBy, codes);
            Regions(json, "notDemandedBy", difference.NotDemandedBy, codes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Regions(json, "strictest", item.Strictest, codes);
        Regions(json, "loosest", item.Loosest, codes);
        json.WriteEndObject();
    }

    private static JsonEncodedText Code(string code, Dictionary<string, JsonEncodedText> codes) =>
        codes.TryGetValue(code, out var encoded) ? encoded : JsonEncodedText.Encode(code, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>An array of region codes, each encoded once per report.</summary>
    private static void Regions(Utf8JsonWriter json, string name, IEnumerable<string> regions, Dictionary<string, JsonEncodedText> codes)
    {
        json.WriteStartArray(name);
        foreach (var region in regions)
        {
            json.WriteStringValue(Code(region, codes));
        }

        json.WriteEndArray();
    }

    private static void Version(Utf8JsonWriter json, string name, DateOnly? publishedOn, int items)
    {
        json.WriteStartObject(name);
        json.WriteString("publishedOn", publishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("items", items);
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, string name, IReadOnlyList<VersionedItem> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("basicCode", item.BasicCode);
            json.WriteString("name", item.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a number without trailing zeros (7, not 7.00), or null.</summary>
    private static void Number(Utf8JsonWriter json, string name, decimal? value) => Number(json, JsonEncodedText.Encode(name), value);

    /// <summary>Writes a number without trailing zeros (7, not 7.00), or null.</summary>
    private static void Number(Utf8JsonWriter json, JsonEncodedText name, decimal? value)
    {
        if (value is { Scale: 0 } whole && whole != 0m)
        {
            // A whole number without decimals is written as it is (most figures are): no formatting and parsing back.
            json.WriteNumber(name, whole);
        }
        else if (value is { } v)
        {
            json.WriteNumber(name, decimal.Parse(ComparisonMetrics.Format(v), NumberStyles.Number, CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
