using System.Text;
using ServiceStandard.Comparison;

namespace ServiceStandard.Reporting;

/// <summary>
/// CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read Chinese correctly): one row per item ×
/// region × metric for regions, one row per change for versions. A cell that starts with = + - @ (or a tab or carriage
/// return) is prefixed with ' so that no spreadsheet runs it as a formula.
/// </summary>
internal static class DiffCsvWriter
{
    private const string ByteOrderMark = "\uFEFF";

    public static string Regional(DiffView view)
    {
        var csv = new StringBuilder(ByteOrderMark);
        Row(csv, "basicCode", "name", "alignedBy", "regionCode", "regionName", "metric", "value", "median", "finding", "uniformity");
        foreach (var item in view.Report.Items)
        {
            foreach (var (region, metrics) in item.ByRegion)
            {
                foreach (var metric in ComparisonMetrics.All)
                {
                    var kind = ComparisonMetrics.Name(metric);
                    Row(
                        csv,
                        DiffView.Code(item),
                        item.Name,
                        item.AlignedBy == ItemAlignment.Name ? "name" : "basicCode",
                        region,
                        view.RegionName(region),
                        kind,
                        DiffView.Number(metrics.Get(metric)),
                        DiffView.Number(view.Median(item, metric)),
                        view.Mark(item, region, kind) switch { FindingSeverity.Warning => "warning", FindingSeverity.Info => "info", _ => string.Empty },
                        DiffView.Number(item.Uniformity));
                }
            }
        }

        return csv.ToString();
    }

    public static string Versions(VersionReport report, DiffWords words)
    {
        var csv = new StringBuilder(ByteOrderMark);
        Row(csv, "basicCode", "name", "status", "kind", "old", "new", "direction", "message");
        foreach (var item in report.Added)
        {
            Row(csv, item.BasicCode, item.Name, "added", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        foreach (var item in report.Removed)
        {
            Row(csv, item.BasicCode, item.Name, "removed", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        foreach (var item in report.Changed)
        {
            foreach (var change in item.Changes)
            {
                Row(csv, item.BasicCode, item.Name, "changed", change.Kind, change.Old ?? string.Empty, change.New ?? string.Empty,
                    DiffJsonWriter.Token(change.Direction), change.Message(words.Culture));
            }
        }

        return csv.ToString();
    }

    /// <summary>One cell: neutralized against formula injection, quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(StringBuilder csv, params string[] cells) => csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
