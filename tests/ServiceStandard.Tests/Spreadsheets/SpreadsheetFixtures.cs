using System.Globalization;
using ServiceStandard.Loading.Spreadsheets;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Spreadsheets;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Spreadsheets;

/// <summary>How a fixture workbook carries an item's lists.</summary>
public enum ListLayout
{
    /// <summary>Every list in a child sheet, rows linked by 基本编码 (and 事项名称 where items share a code).</summary>
    ChildSheets,

    /// <summary>Lists of plain names in the item's cell, one per line (1. 申请表); other lists in child sheets.</summary>
    Inline,
}

/// <summary>
/// Writes the workbook a county would export from an inventory as written (Fixtures/AsWritten): one row per item with
/// the YAML's Chinese keys as headers, a title row above them, a 清单 sheet with the inventory's own keys, plain
/// YAML numbers as numeric cells, quoted codes as text; lists in child sheets or inline. The YAML twin gives the
/// expected inventory.
/// </summary>
internal static class SpreadsheetFixtures
{
    public static byte[] FromAsWritten(string name, ListLayout layout)
    {
        var bag = new DiagnosticBag(null);
        var root = (MappingNode)DocumentTree.ReadFile(Repository.Fixtures("AsWritten", name + ".as-written.yaml"), bag)!;
        var workbook = new WorkbookWriter();
        var items = workbook.Sheet(SpreadsheetTree.ItemSheet);
        var inventory = workbook.Sheet(SpreadsheetTree.InventorySheet);
        var children = new Dictionary<string, SheetWriter>();
        var elements = new List<MappingNode>();
        foreach (var entry in root.Entries)
        {
            if (entry.Key is "事项" or "items")
            {
                elements.AddRange(((SequenceNode)entry.Value).Items.Cast<MappingNode>());
            }
            else
            {
                foreach (var (key, value) in Flatten(entry.Key, entry.Value))
                {
                    inventory.Add(key, value);
                }
            }
        }

        var headers = new List<string>();
        var rows = new List<Dictionary<string, CellValue>>();
        var codes = elements.Select(e => Text(e, "基本编码")).ToList();
        foreach (var element in elements)
        {
            var row = new Dictionary<string, CellValue>();
            var code = Text(element, "基本编码");
            var shared = codes.Count(c => c == code) > 1;
            foreach (var entry in element.Entries)
            {
                switch (entry.Value)
                {
                    case ScalarNode scalar:
                        row[entry.Key] = Cell(scalar);
                        break;
                    case SequenceNode list when layout == ListLayout.Inline && list.Items.All(i => i is MappingNode { Entries.Count: 1 } or ScalarNode):
                        row[entry.Key] = string.Join("\n", list.Items.Select((item, i) =>
                            $"{i + 1}. {(item is MappingNode m ? ((ScalarNode)m.Entries[0].Value).Text : ((ScalarNode)item).Text)}"));
                        break;
                    case SequenceNode list:
                        if (!children.TryGetValue(entry.Key, out var sheet))
                        {
                            children[entry.Key] = sheet = new SheetWriter(entry.Key);
                            sheet.Add(); // the header row, filled below
                        }

                        foreach (var item in list.Items)
                        {
                            var cells = new Dictionary<string, CellValue> { ["基本编码"] = code };
                            if (shared)
                            {
                                cells["事项名称"] = Text(element, "事项名称");
                            }

                            if (item is ScalarNode text)
                            {
                                cells[entry.Key] = Cell(text); // a list of texts (受理条件): one column
                            }
                            else
                            {
                                foreach (var field in ((MappingNode)item).Entries)
                                {
                                    cells[field.Key] = Cell((ScalarNode)field.Value);
                                }
                            }

                            sheet.Rows.Add([.. ChildRow(sheet, cells)]);
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"{name}: {entry.Key} is neither a value nor a list");
                }
            }

            headers.AddRange(row.Keys.Where(k => !headers.Contains(k)));
            rows.Add(row);
        }

        items.Add($"{Text(root, "行政区划代码")}政务服务事项清单（导出）");
        items.Add([.. headers.Select(h => (CellValue?)h)]);
        items.Merges.Add($"A1:{SourcePosition.ColumnName(headers.Count)}1");
        foreach (var row in rows)
        {
            items.Add([.. headers.Select(h => row.TryGetValue(h, out var v) ? v : (CellValue?)null)]);
        }

        foreach (var sheet in children.Values.OrderBy(s => SpreadsheetTree.ChildSheets.ToList().IndexOf(s.Name)))
        {
            Adopt(workbook, sheet);
        }

        return workbook.ToArray();
    }

    private static void Adopt(WorkbookWriter workbook, SheetWriter sheet)
    {
        var copy = workbook.Sheet(sheet.Name);
        copy.Rows.AddRange(sheet.Rows);
    }

    /// <summary>The header row holds the keys in order of first use; each row its values under them.</summary>
    private static CellValue?[] ChildRow(SheetWriter sheet, Dictionary<string, CellValue> cells)
    {
        var header = sheet.Rows[0].Select(h => h!.Value.Text).ToList();
        header.AddRange(cells.Keys.Where(k => !header.Contains(k)));
        sheet.Rows[0] = [.. header.Select(h => (CellValue?)h)];
        return [.. header.Select(h => cells.TryGetValue(h, out var v) ? v : (CellValue?)null)];
    }

    private static IEnumerable<(string Key, string Value)> Flatten(string key, SourceNode value) => value switch
    {
        ScalarNode scalar => [(key, scalar.Text)],
        MappingNode mapping => mapping.Entries.SelectMany(e => Flatten(key + "." + e.Key, e.Value)),
        _ => throw new InvalidOperationException(key),
    };

    private static string Text(MappingNode node, string key) =>
        node.Entries.Where(e => e.Key == key).Select(e => ((ScalarNode)e.Value).Text).FirstOrDefault() ?? string.Empty;

    /// <summary>A plain YAML number is a numeric cell (a department types numbers); anything quoted stays text.</summary>
    private static CellValue Cell(ScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && decimal.TryParse(scalar.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? CellValue.Of(number)
            : CellValue.Of(scalar.Text);
}
