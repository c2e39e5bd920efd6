using System.Globalization;
using System.Text;
using ServiceStandard.Reporting;
using ServiceStandard.Scoring;
using ServiceStandard.Spreadsheets;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>Renders coverage of items (<c>catalogue coverage</c>, <c>GET /api/coverage</c>): per region, then per basic item.</summary>
public static class CatalogueCoverageWriter
{
    /// <summary>Readable text in <paramref name="culture"/> (Chinese or English), safe for a terminal.</summary>
    /// <param name="report">The coverage to render.</param>
    /// <param name="culture">The reader's language.</param>
    /// <returns>The text, each line ending with a newline.</returns>
    public static string Text(CoverageReport report, CultureInfo culture) => Text(report, CatalogueWords.For(culture));

    /// <summary>
    /// The JSON report (published as <c>schemas/reports/1.0/coverage.schema.json</c>): <c>basic</c>, <c>regions</c>,
    /// <c>items</c> and <c>excluded</c>, messages in <paramref name="culture"/>.
    /// </summary>
    /// <param name="report">The coverage to render.</param>
    /// <param name="culture">The language of the reasons in <c>excluded</c>.</param>
    /// <returns>The indented document with a trailing newline.</returns>
    public static string Json(CoverageReport report, CultureInfo culture) => Json(report, CatalogueWords.For(culture));

    /// <summary>
    /// An .xlsx workbook for officials, headers in <paramref name="culture"/>: 覆盖率 (per region: implemented, basic
    /// items, coverage in percent, items left out at build, all numbers), 缺项 (each basic item a region lacks), 目录外事项
    /// (each item outside the basic catalogue), 事项 (per basic item: how many regions implement it, which do not), and
    /// 未纳入 (what the build left out) when there is any. A frozen header row and columns sized to their content.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The coverage to render.</param>
    /// <param name="culture">The reader's language.</param>
    public static void Xlsx(Stream stream, CoverageReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var words = CatalogueWords.For(culture);
        string W(string name) => words.Get("Xlsx_" + name);
        var workbook = new WorkbookWriter();
        workbook.Table(
            W("Sheet_Coverage"),
            [W("RegionCode"), W("Region"), W("Implemented"), W("BasicItems"), W("Coverage"), W("LeftOut")],
            report.Regions.Select(r => (CellValue?[])
            [
                r.Region.Code, r.Region.Name, ReportWorkbook.Number(r.Implemented.Count), ReportWorkbook.Number(report.Basic.Items.Count),
                ReportWorkbook.Number(r.Coverage), ReportWorkbook.Number(LeftOutOf(report, r)),
            ]));
        foreach (var (sheet, items) in new (string, Func<RegionCoverage, IReadOnlyList<BasicItem>>)[] { ("Sheet_Missing", r => r.Missing), ("Sheet_Outside", r => r.Outside) })
        {
            workbook.Table(
                W(sheet),
                [W("RegionCode"), W("Region"), W("BasicCode"), W("Name")],
                report.Regions.SelectMany(r => items(r).Select(i => (CellValue?[])[r.Region.Code, r.Region.Name, i.BasicCode, ReportWorkbook.Text(i.Name)])));
        }

        workbook.Table(
            W("Sheet_Items"),
            [W("BasicCode"), W("Name"), W("ImplementedBy"), W("Regions"), W("MissingFrom")],
            report.Items.Select(i => (CellValue?[])
            [
                i.Item.BasicCode, ReportWorkbook.Text(i.Item.Name), ReportWorkbook.Number(i.ImplementedBy.Count), ReportWorkbook.Number(report.Regions.Count),
                string.Join(words.Separator, i.MissingFrom),
            ]));
        ReportWorkbook.LeftOutSheet(workbook, [.. report.LeftOut.Select(ReportText.LeftOutOf)], culture);
        workbook.Write(stream);
    }

    internal static string Text(CoverageReport report, CatalogueWords words)
    {
        var text = new StringBuilder(ReportText.LeftOutText(report.LeftOut, words.Culture));
        text.Append(words.Format(words.Basic, TerminalText.Safe(report.Basic.File), report.Basic.Items.Count)).Append("\n\n");
        foreach (var region in report.Regions)
        {
            text.Append(words.Format(words.RegionCoverage, TerminalText.Safe(region.Region.Code), TerminalText.Safe(region.Region.Name), region.Implemented.Count, report.Basic.Items.Count, region.Coverage));
            if (LeftOutOf(report, region) is > 0 and var count)
            {
                text.Append(words.Message("RegionLeftOut", count));
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

    internal static string Json(CoverageReport report, CatalogueWords words) => ReportText.Json(json =>
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
        ReportText.Excluded(json, report.LeftOut, words.Culture);
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
