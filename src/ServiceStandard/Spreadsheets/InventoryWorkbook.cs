using ServiceStandard.Loading.Spreadsheets;
using ServiceStandard.CodeLists;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;

namespace ServiceStandard.Spreadsheets;

/// <summary>
/// Writes an inventory as a workbook in the spreadsheet layout of docs/format.md section 8, the way officials read it:
/// Chinese headers, code-list values as their Chinese labels, numbers as numbers, one row per item on the sheet
/// <c>事项</c>, the inventory's own keys on <c>清单</c>, each list of objects on its child sheet linked by 基本编码 and
/// 事项名称 (and 实施编码 when the item has one). An object that one cell cannot hold (a time limit) takes one column
/// per key, headed with dots (<c>法定办结时限.时限数值</c>). Reading the workbook back gives the same inventory.
/// </summary>
public static class InventoryWorkbook
{
    /// <summary>Writes the inventory as written (call <see cref="InventoryNormalizer"/> first for the canonical form).</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="output">The stream the .xlsx package is written to.</param>
    /// <returns>
    /// The JSON Pointers of what a workbook cannot hold and was not written: extensions and unknown keys (content
    /// kept verbatim in YAML and JSON); empty when everything was written.
    /// </returns>
    public static IReadOnlyList<string> Write(Inventory inventory, Stream output)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new Writer();
        writer.Inventory((CanonicalObject)CanonicalTree.Of(inventory));
        writer.Workbook.Write(output);
        return writer.LeftOut;
    }

    private sealed class Writer
    {
        private readonly Dictionary<string, SheetWriter> children = [];
        private readonly Dictionary<string, List<string>> childHeaders = [];
        private readonly List<string> itemHeaders = [];
        private readonly List<Dictionary<string, CellValue>> itemRows = [];

        public WorkbookWriter Workbook { get; } = new();

        public List<string> LeftOut { get; } = [];

        public void Inventory(CanonicalObject root)
        {
            var items = Workbook.Sheet(SpreadsheetTree.ItemSheet);
            var inventory = Workbook.Sheet(SpreadsheetTree.InventorySheet);
            foreach (var (key, value) in root.Entries)
            {
                switch (key, value)
                {
                    case ("items", CanonicalList list):
                        var links = list.Items.Cast<CanonicalObject>().Select(Link).ToList();
                        var shared = links.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
                        for (var i = 0; i < list.Items.Count; i++)
                        {
                            Item((CanonicalObject)list.Items[i], i, shared.Contains(links[i]));
                        }

                        break;
                    case ("schemaVersion", CanonicalText version):
                        inventory.Add("格式版本", version.Value);
                        break;
                    case ("publishedOn", CanonicalText date):
                        inventory.Add("发布日期", date.Value);
                        break;
                    case ("region" or "department", CanonicalObject obj):
                        foreach (var (field, fieldValue) in obj.Entries)
                        {
                            var label = (key, field) switch
                            {
                                ("region", "code") => "行政区划代码",
                                ("region", "name") => "行政区划名称",
                                ("department", "name") => "发布部门",
                                ("department", "creditCode") => "统一社会信用代码",
                                _ => null,
                            };
                            if (label is not null && fieldValue is CanonicalText text)
                            {
                                inventory.Add(label, text.Value);
                            }
                            else
                            {
                                LeftOut.Add($"/{key}/{field}");
                            }
                        }

                        break;
                    default:
                        LeftOut.Add("/" + key);
                        break;
                }
            }

            inventory.Widths.AddRange([20, 40]);
            items.Add([.. itemHeaders.Select(h => (CellValue?)h)]);
            foreach (var row in itemRows)
            {
                items.Add([.. itemHeaders.Select(h => row.TryGetValue(h, out var v) ? v : (CellValue?)null)]);
            }

            Dress(items);
            foreach (var name in SpreadsheetTree.ChildSheets.Where(children.ContainsKey))
            {
                var sheet = Workbook.Sheet(name);
                var headers = childHeaders[name];
                var rows = children[name].Rows;
                sheet.Add([.. headers.Select(h => (CellValue?)h)]);
                foreach (var row in rows)
                {
                    sheet.Rows.Add(row);
                }

                Dress(sheet);
            }
        }

        private static void Dress(SheetWriter sheet)
        {
            sheet.FrozenRows = 1;
            sheet.FitWidths();
        }

        /// <summary>What links an item's child rows to it: its 实施编码, else its 基本编码 and 事项名称.</summary>
        private static string Link(CanonicalObject item) =>
            string.Join("\n", item.Entries.Where(e => e.Key is "implementationCode" or "basicCode" or "name").Select(e => e.Key + "=" + (e.Value as CanonicalText)?.Value));

        private void Item(CanonicalObject item, int index, bool shared)
        {
            var row = new Dictionary<string, CellValue>();
            var link = new Dictionary<string, CellValue>();
            if (shared)
            {
                // Another item has the same codes and name: its child rows link by its row on the item sheet.
                link[SpreadsheetTree.ItemRow] = CellValue.Of(index + 2m);
            }

            foreach (var (key, value) in item.Entries)
            {
                if (key is "basicCode" or "name" or "implementationCode" && value is CanonicalText text)
                {
                    link[Header(typeof(ServiceItem), [key])] = text.Value;
                }
            }

            Flatten(item, typeof(ServiceItem), typeof(ServiceItem), [], row, $"/items/{index}", link);
            itemHeaders.AddRange(row.Keys.Where(h => !itemHeaders.Contains(h)));
            itemRows.Add(row);
        }

        /// <summary>Writes the scalars of an object into <paramref name="row"/> under their headers, and its lists of objects on child sheets.</summary>
        private void Flatten(CanonicalObject obj, Type root, Type owner, string[] path, Dictionary<string, CellValue> row, string pointer, Dictionary<string, CellValue>? link)
        {
            foreach (var (key, value) in obj.Entries)
            {
                var here = pointer + "/" + key;
                var keys = (string[])[.. path, key];
                var property = KeyAliases.Property(owner, key);
                if (property is null || key == "extensions")
                {
                    LeftOut.Add(here);
                    continue;
                }

                switch (value)
                {
                    case CanonicalObject child when KeyAliases.Child(owner, key) is { IsList: false } type:
                        Flatten(child, root, type.Type, keys, row, here, link);
                        break;
                    case CanonicalList list when list.Items.All(i => i is CanonicalObject) && list.Items.Count > 0 && link is not null && ChildSheet(keys) is { } sheet:
                        var element = KeyAliases.Child(owner, key)!.Type;
                        for (var i = 0; i < list.Items.Count; i++)
                        {
                            var cells = new Dictionary<string, CellValue>(link);
                            Flatten((CanonicalObject)list.Items[i], element, element, [], cells, $"{here}/{i}", null);
                            ChildRow(sheet, cells);
                        }

                        break;
                    case CanonicalList list when list.Items.All(i => i is CanonicalText) && link is not null && ChildSheet(keys) is { } sheet:
                        foreach (var text in list.Items.Cast<CanonicalText>())
                        {
                            ChildRow(sheet, new Dictionary<string, CellValue>(link) { [sheet] = text.Value });
                        }

                        break;
                    case CanonicalList list when list.Items.All(i => i is CanonicalText):
                        var enumType = ElementEnum(property.PropertyType);
                        row[Header(root, keys)] = string.Join(enumType is null ? "\n" : "、", list.Items.Cast<CanonicalText>().Select(t => Label(enumType, t.Value)));
                        break;
                    case CanonicalText text:
                        row[Header(root, keys)] = Label(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, text.Value);
                        break;
                    case CanonicalNumber number:
                        row[Header(root, keys)] = new CellValue { Text = number.Text, Kind = CellKind.Number };
                        break;
                    case CanonicalBoolean boolean:
                        row[Header(root, keys)] = CellValue.Of(boolean.Value);
                        break;
                    default:
                        LeftOut.Add(here);
                        break;
                }
            }
        }

        private void ChildRow(string sheet, Dictionary<string, CellValue> cells)
        {
            if (!children.TryGetValue(sheet, out var writer))
            {
                children[sheet] = writer = new SheetWriter(sheet);
                childHeaders[sheet] = [];
            }

            var headers = childHeaders[sheet];
            headers.AddRange(cells.Keys.Where(k => !headers.Contains(k)));
            writer.Rows.Add([.. headers.Select(h => cells.TryGetValue(h, out var v) ? v : (CellValue?)null)]);
        }

        /// <summary>The child sheet of a list at a path of item keys, when the layout has one.</summary>
        private static string? ChildSheet(string[] keys)
        {
            var target = string.Join('/', keys);
            return SpreadsheetTree.ChildSheets.FirstOrDefault(s => KeyAliases.Resolve(typeof(ServiceItem), s) is { } t && string.Join('/', t) == target);
        }
    }

    /// <summary>
    /// The header of a value at <paramref name="keys"/> (canonical keys from an item or a list element of
    /// <paramref name="owner"/>): the longest flat key the loader knows for a prefix (法定办结时限 for timeLimits/legal),
    /// then each further key's Chinese element name, joined by dots.
    /// </summary>
    internal static string Header(Type owner, string[] keys)
    {
        var parts = new List<string>();
        var start = 0;
        for (var length = keys.Length; length >= 2; length--)
        {
            var target = string.Join('/', keys[..length]);
            if (KeyAliases.All.FirstOrDefault(a => a.Owner == owner && a.IsFlat && a.Target == target) is { } flat)
            {
                parts.Add(flat.Alias);
                start = length;
                owner = TypeAt(owner, keys[..length]);
                break;
            }
        }

        for (var i = start; i < keys.Length; i++)
        {
            parts.Add(KeyAliases.All.FirstOrDefault(a => a.Owner == owner && !a.IsFlat && a.Target == keys[i])?.Alias ?? keys[i]);
            owner = KeyAliases.Child(owner, keys[i])?.Type ?? owner;
        }

        return string.Join('.', parts);
    }

    private static Type TypeAt(Type owner, string[] keys)
    {
        foreach (var key in keys)
        {
            owner = KeyAliases.Child(owner, key)?.Type ?? owner;
        }

        return owner;
    }

    private static Type? ElementEnum(Type type) =>
        type.IsGenericType && type.GetGenericArguments()[0] is { IsEnum: true } element ? element : null;

    /// <summary>A code-list token as its Chinese label (what the drop-downs offer); any other text as it is.</summary>
    internal static string Label(Type? type, string token) =>
        type is { IsEnum: true } && CodeListCatalog.All.FirstOrDefault(l => l.EnumType == type) is { } list
            ? list.Faces.FirstOrDefault(f => f.Token == token).Label ?? token
            : token;

    /// <summary>The Chinese labels of the code list of an enum, for drop-downs.</summary>
    internal static IReadOnlyList<string> Labels(Type type) =>
        CodeListCatalog.All.FirstOrDefault(l => l.EnumType == type)?.Faces.Select(f => f.Label).ToArray() ?? [];
}
