using ServiceStandard.Scoring;
using System.Text;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Cli.Rendering;

/// <summary>Renders coverage of items: per region, then per basic item.</summary>
internal static class CatalogueCoverageWriter
{
    public static string Text(CoverageReport report, CatalogueWords words)
    {
        var text = new StringBuilder(LeftOutWriter.Text(report.LeftOut.Select(CatalogueLeftOuts.Of).ToArray(), words.Culture));
        text.Append(words.Format(words.Basic, TerminalText.Safe(report.Basic.File), report.Basic.Items.Count)).Append("\n\n");
        foreach (var region in report.Regions)
        {
            text.Append(words.Format(words.RegionCoverage, TerminalText.Safe(region.Region.Code), TerminalText.Safe(region.Region.Name), region.Implemented.Count, report.Basic.Items.Count, region.Coverage));
            if (LeftOutOf(report, region) is > 0 and var count)
            {
                text.Append(CliText.Get(words.Culture, "RegionLeftOut", count));
            }

            text.Append('\n');
            if (region.Missing.Count > 0)
            {
                text.Append(words.Missing).Append(string.Join(words.Separator, region.Missing.Select(Label))).Append('\n');
            }

            if (region.Outside.Count > 0)
            {
                text.Append(words.Outside).Append(string.Join(words.Separator, region.Outside.Select(Label))).Append('\n');
            }
        }

        text.Append('\n').Append(words.ItemCoverage).Append('\n');
        foreach (var item in report.Items)
        {
            text.Append(words.Format("{0}: {1}/{2}", Label(item.Item), item.ImplementedBy.Count, report.Regions.Count));
            if (item.MissingFrom.Count > 0)
            {
                text.Append(" (− ").Append(TerminalText.Safe(string.Join(", ", item.MissingFrom))).Append(')');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>How many items of the region the build left out.</summary>
    private static int LeftOutOf(CoverageReport report, RegionCoverage region) =>
        report.LeftOut.Count(l => l.Item is not null && l.RegionCode == region.Region.Code);

    /// <summary>An item's code and name; the code alone when the catalogue lists codes alone.</summary>
    private static string Label(BasicItem item) => TerminalText.Safe(item.Name is null ? item.BasicCode : $"{item.BasicCode} {item.Name}");

    public static string Json(CoverageReport report, CatalogueWords words) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("basic");
        json.WriteString("file", report.Basic.File);
        json.WriteNumber("items", report.Basic.Items.Count);
        json.WriteEndObject();
        json.WriteStartArray("regions");
        foreach (var region in report.Regions)
        {
            json.WriteStartObject();
            json.WriteString("code", region.Region.Code);
            json.WriteString("name", region.Region.Name);
            json.WriteNumber("implemented", region.Implemented.Count);
            json.WriteNumber("coverage", (double)region.Coverage);
            json.WriteNumber("excludedItems", LeftOutOf(report, region));
            WriteItems(json, "missing", region.Missing);
            WriteItems(json, "outside", region.Outside);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var item in report.Items)
        {
            json.WriteStartObject();
            WriteCodeAndName(json, item.Item);
            WriteStrings(json, "implementedBy", item.ImplementedBy);
            WriteStrings(json, "missingFrom", item.MissingFrom);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        LeftOutWriter.Json(json, report.LeftOut.Select(CatalogueLeftOuts.Of).ToArray(), words.Culture);
        json.WriteEndObject();
    });

    private static void WriteItems(System.Text.Json.Utf8JsonWriter json, string name, IReadOnlyList<BasicItem> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            WriteCodeAndName(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCodeAndName(System.Text.Json.Utf8JsonWriter json, BasicItem item)
    {
        json.WriteString("basicCode", item.BasicCode);
        json.WriteString("name", item.Name);
    }

    private static void WriteStrings(System.Text.Json.Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
