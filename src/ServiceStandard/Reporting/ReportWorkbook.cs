using System.Globalization;
using ServiceStandard.Comparison;
using ServiceStandard.Scoring;
using ServiceStandard.Spreadsheets;

namespace ServiceStandard.Reporting;

/// <summary>
/// The reports as .xlsx workbooks for officials (<see cref="ReportFormat.Xlsx"/>): one sheet per table, headers in the
/// reader's language (the words of the other forms, <c>Xlsx_</c> in ReportTexts.resx for the sheet names and the few
/// headers only a table needs), a frozen header row, columns sized to their content, numbers as numbers and dates as
/// dates. A value a region does not state is an empty cell. What was left out has a sheet of its own when there is any.
/// </summary>
internal static class ReportWorkbook
{
    /// <summary>Excel's day 0 (1900 date system, as it counts).</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    /// <summary>
    /// The regional comparison: 地区 (regions and their counts), 事项对比 (one row per item × region, the metrics as
    /// numbers), 差异 (findings), 材料差异 (material differences), 缺项 (items only some regions carry).
    /// </summary>
    public static void Regional(Stream stream, DiffView view)
    {
        var words = view.Words;
        var workbook = new WorkbookWriter();
        workbook.Table(T(view.Culture, "Sheet_Regions"), [words.Code, words.Name, words.ItemCount, words.StrictestCount, words.LoosestCount],
            view.Report.Regions.Select(r => new CellValue?[] { r.Code, r.Name, Number(r.Items), Number(r.Strictest), Number(r.Loosest) }));
        workbook.Table(
            T(view.Culture, "Sheet_Items"),
            [words.BasicCode, words.Item, T(view.Culture, "RegionCode"), T(view.Culture, "Region"), .. ComparisonMetrics.All.Select(view.Label), words.Uniformity],
            view.WorstFirst.SelectMany(item => item.ByRegion.Select(pair => (CellValue?[])
            [
                DiffView.Code(item), view.ItemTitle(item), pair.Key, view.RegionName(pair.Key),
                .. ComparisonMetrics.All.Select(m => Number(pair.Value.Get(m))), Number(item.Uniformity),
            ])));
        workbook.Table(
            T(view.Culture, "Sheet_Findings"),
            [words.BasicCode, words.Item, T(view.Culture, "Severity"), T(view.Culture, "Kind"), T(view.Culture, "Regions"), T(view.Culture, "Message")],
            view.WorstFirst.SelectMany(item => item.Findings.Select(f => (CellValue?[])
            [
                DiffView.Code(item), view.ItemTitle(item), words.Severity(f.Severity), f.Kind, view.RegionNames(f.Regions), f.Message(view.Culture),
            ])));
        workbook.Table(
            T(view.Culture, "Sheet_Materials"),
            [words.BasicCode, words.Item, T(view.Culture, "Material"), T(view.Culture, "DemandedBy"), T(view.Culture, "NotDemandedBy")],
            view.WorstFirst.SelectMany(item => item.MaterialDifferences.Select(d => (CellValue?[])
            [
                DiffView.Code(item), view.ItemTitle(item), d.Name, view.RegionNames(d.DemandedBy), view.RegionNames(d.NotDemandedBy),
            ])));
        workbook.Table(
            T(view.Culture, "Sheet_Missing"),
            [words.BasicCode, words.Item, words.PresentIn, words.AbsentFrom],
            view.Report.Missing.Select(m => new CellValue?[] { m.BasicCode ?? string.Empty, m.Name, view.RegionNames(m.PresentIn), view.RegionNames(m.AbsentFrom) }));
        LeftOutSheet(workbook, view.LeftOut, view.Culture);
        workbook.Write(stream);
    }

    /// <summary>Two versions of one region's inventory: 版本 (the two versions, their dates as dates), 变更 (one row per change).</summary>
    public static void Versions(Stream stream, VersionReport report, DiffWords words, IReadOnlyList<LeftOut> leftOut)
    {
        var culture = words.Culture;
        var workbook = new WorkbookWriter();
        workbook.Table(
            T(culture, "Sheet_Versions"),
            [T(culture, "Version"), T(culture, "RegionCode"), T(culture, "Region"), T(culture, "PublishedOn"), words.ItemCount],
            [
                [T(culture, "OldVersion"), report.RegionCode, report.RegionName, Date(report.OldPublishedOn), Number(report.OldItems)],
                [T(culture, "NewVersion"), report.RegionCode, report.RegionName, Date(report.NewPublishedOn), Number(report.NewItems)],
            ]);
        var rows = report.Added.Select(i => new CellValue?[] { i.BasicCode, i.Name, words.Added })
            .Concat(report.Removed.Select(i => new CellValue?[] { i.BasicCode, i.Name, words.Removed }))
            .Concat(report.Changed.SelectMany(i => i.Changes.Select(c => (CellValue?[])
            [
                i.BasicCode, i.Name, words.Changed, c.Kind, Text(c.Old), Text(c.New), words.DirectionWord(c.Direction), c.Message(culture),
            ])));
        workbook.Table(
            T(culture, "Sheet_Changes"),
            [words.BasicCode, words.Item, T(culture, "Status"), T(culture, "Kind"), T(culture, "Old"), T(culture, "New"), words.Direction, T(culture, "Message")],
            rows);
        LeftOutSheet(workbook, leftOut, culture);
        workbook.Write(stream);
    }

    /// <summary>The capability index: 能力指数 (the ranking, each dimension and the index as numbers), 扣分 (each region's costliest findings).</summary>
    public static void Score(Stream stream, ScoreView view)
    {
        var report = view.Report;
        var workbook = new WorkbookWriter();
        workbook.Table(
            T(view.Culture, "Sheet_Index"),
            view.Headings,
            report.Regions.Select((r, i) => (CellValue?[])
            [
                Number(i + 1), r.Code, view.RegionName(r), Number(r.Items),
                .. ScoreView.Dimensions.Select(d => Number(CapabilityIndex.Round(r.Dimensions.Of(d)))), Number(CapabilityIndex.Round(r.Index)), view.Band(r.Band),
            ]));
        workbook.Table(
            T(view.Culture, "Sheet_Costs"),
            [view.T("Heading_Rank"), view.T("Heading_Code"), view.T("Heading_Region"), T(view.Culture, "Finding"), .. ScoreView.Dimensions.Select(view.Column), T(view.Culture, "IndexPoints")],
            report.Regions.SelectMany((r, i) => view.TopFindings(r).Select(f => (CellValue?[])
            [
                Number(i + 1), r.Code, view.RegionName(r), f.Message(view.Culture),
                .. ScoreView.Dimensions.Select(d => f.Points.FirstOrDefault(p => p.Dimension == d) is { } p ? Number(-CapabilityIndex.Round(p.Points)) : default(CellValue?)),
                Number(-CapabilityIndex.Round(f.IndexPoints)),
            ])));
        LeftOutSheet(workbook, view.LeftOut, view.Culture);
        workbook.Write(stream);
    }

    /// <summary>未纳入: what the report could not read, one row per file or item, when there is any.</summary>
    internal static void LeftOutSheet(WorkbookWriter workbook, IReadOnlyList<LeftOut> leftOut, CultureInfo culture)
    {
        if (leftOut.Count == 0)
        {
            return;
        }

        workbook.Table(
            T(culture, "Sheet_LeftOut"),
            [T(culture, "File"), T(culture, "ItemIndex"), ReportText.Get(culture, "Diff_BasicCode"), T(culture, "Reason")],
            leftOut.Select(l => new CellValue?[] { l.File, l.Item is { } index ? Number(index) : default(CellValue?), Text(l.BasicCode), LeftOutWriter.Reason(l, culture) }));
    }

    /// <summary>A number cell, or an empty cell for a value not stated.</summary>
    internal static CellValue? Number(decimal? value) => value is { } number ? CellValue.Of(number) : default(CellValue?);

    /// <summary>A text cell, or an empty cell for a text not stated.</summary>
    internal static CellValue? Text(string? value) => value is null ? default(CellValue?) : CellValue.Of(value);

    /// <summary>A date cell (a serial day number in the date style), or an empty cell for a date not stated.</summary>
    internal static CellValue? Date(DateOnly? value) => value is { } date
        ? CellValue.Of((decimal)(date.DayNumber - Epoch.DayNumber)) with { IsDate = true }
        : default(CellValue?);

    /// <summary>A word of the workbooks (<c>Xlsx_</c> in ReportTexts.resx).</summary>
    private static string T(CultureInfo culture, string name) => ReportText.Get(culture, "Xlsx_" + name);
}
