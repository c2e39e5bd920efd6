using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Loading.Spreadsheets;

/// <summary>
/// Builds the document tree of a spreadsheet in the layout of docs/format.md section 8, the same tree YAML and JSON give,
/// so that aliases, binding, rules and normalization are shared: the item sheet's rows become the items (headers are
/// keys, cells are values as written), the <c>清单</c> sheet the inventory's own keys, and each child sheet's rows the
/// entries of a list of the item their 实施编码 (else 基本编码) names. Every node's position is its cell. Items are
/// bound as their rows are read (<see cref="ItemStream"/>): child sheets are read first, then the item sheet one row
/// at a time, so a 20,000-item workbook never exists as one tree.
/// </summary>
internal sealed class SpreadsheetTree
{
    /// <summary>The name of the item sheet.</summary>
    public const string ItemSheet = "事项";

    /// <summary>The name of the inventory sheet (key and value per row).</summary>
    public const string InventorySheet = "清单";

    /// <summary>The child sheets, one per list of an item, in the order the template writes them.</summary>
    public static readonly IReadOnlyList<string> ChildSheets = ["设定依据", "受理条件", "申请材料", "办理环节", "特别程序", "收费项目", "办理地点", "中介服务", "咨询方式", "监督投诉方式"];

    /// <summary>The column of row numbers departments keep: not a key, not read.</summary>
    public const string RowNumberColumn = "序号";

    private const string ImplementationCode = "实施编码";
    private const string BasicCode = "基本编码";
    private const string ItemName = "事项名称";

    /// <summary>
    /// A child sheet's optional link by the row of the item on the item sheet, for items that share both codes and
    /// name (and so cannot be told apart otherwise): it wins over the codes.
    /// </summary>
    public const string ItemRow = "事项行号";

    /// <summary>How many rows at the top of a sheet may hold titles before the header row.</summary>
    private const int HeaderSearchRows = 10;

    private readonly DiagnosticBag diagnostics;
    private readonly LoadOptions options;
    private readonly Dictionary<string, List<ChildRow>> byImplementation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ChildRow>> byBasic = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<ChildRow>> byRow = [];
    private readonly List<ChildRow> children = [];

    private SpreadsheetTree(DiagnosticBag diagnostics, LoadOptions options) => (this.diagnostics, this.options) = (diagnostics, options);

    /// <summary>One row of a child sheet: the entry it gives, and what links it to an item.</summary>
    private sealed class ChildRow(string sheet, SourceNode entry, string? implementation, string? basic, string? name, SourcePosition link)
    {
        public int? ItemRow { get; init; }

        public string Sheet { get; } = sheet;
        public SourceNode Entry { get; } = entry;
        public string? Implementation { get; } = implementation;
        public string? Basic { get; } = basic;
        public string? Name { get; } = name;
        public SourcePosition Link { get; } = link;

        /// <summary>The row of the item sheet the entry went to; 0 while it went nowhere.</summary>
        public int TakenBy { get; set; }

        public bool Reported { get; set; }
    }

    /// <summary>The tree of a workbook's or a CSV file's sheets; <see langword="null"/> when there is no item sheet.</summary>
    public static SourceNode? Read(IReadOnlyList<SheetSource> sheets, LoadOptions options, DiagnosticBag diagnostics, ItemStream? stream) =>
        new SpreadsheetTree(diagnostics, options).Build(sheets, stream);

    private SourceNode? Build(IReadOnlyList<SheetSource> sheets, ItemStream? stream)
    {
        var inventory = sheets.FirstOrDefault(s => s.Name == InventorySheet);
        var items = sheets.FirstOrDefault(s => s.Name == ItemSheet)
            ?? sheets.FirstOrDefault(s => s.Name != InventorySheet && !ChildSheets.Contains(s.Name));
        if (items is null)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyDocument, string.Empty, null);
            return null;
        }

        var layout = string.Join("、", new[] { ItemSheet, InventorySheet }.Concat(ChildSheets));
        foreach (var sheet in sheets)
        {
            var inLayout = sheet == items || sheet == inventory || ChildSheets.Contains(sheet.Name);
            if (!inLayout)
            {
                diagnostics.Add(SpreadsheetDiagnostics.SheetNotRead, string.Empty, sheet.At(1, 1), null, ("sheet", sheet.Name), ("sheets", layout));
            }
            else if (sheet.Hidden)
            {
                diagnostics.Add(SpreadsheetDiagnostics.HiddenSheet, string.Empty, sheet.At(1, 1), null, ("sheet", sheet.Name));
            }
        }

        var root = new MappingNode(items.At(1, 1));
        var written = inventory is null ? [] : InventoryEntries(inventory);
        var keys = written.Select(e => KeyAliases.Resolve(typeof(Inventory), e.Key) ?? [e.Key]).ToList();
        if (!keys.Any(k => k is ["schemaVersion"]))
        {
            // A spreadsheet does not say which version of the format it follows: the one this layout is (1.0).
            root.Entries.Add(new MappingEntry("schemaVersion", items.At(1, 1), new ScalarNode(items.At(1, 1), "1.0", ScalarStyle.Text)));
        }

        // The version under its canonical key, first: items are then bound as their rows are read (ItemStream).
        root.Entries.AddRange(written.Select(e => KeyAliases.Resolve(typeof(Inventory), e.Key) is ["schemaVersion"] ? e with { Key = "schemaVersion" } : e)
            .OrderBy(e => e.Key == "schemaVersion" ? 0 : 1));
        if (!keys.Any(k => k is ["region", ..]))
        {
            if (options.Region is { } region)
            {
                var mapping = new MappingNode(items.At(1, 1)) { KeysDistinct = true };
                mapping.Entries.Add(new MappingEntry("code", items.At(1, 1), new ScalarNode(items.At(1, 1), region, ScalarStyle.Text)));
                root.Entries.Add(new MappingEntry("region", items.At(1, 1), mapping));
            }
            else
            {
                diagnostics.Add(SpreadsheetDiagnostics.NoRegion, "/region", items.At(1, 1));
            }
        }

        foreach (var sheet in sheets.Where(s => s != items && ChildSheets.Contains(s.Name)))
        {
            ReadChildSheet(sheet);
        }

        var list = new SequenceNode(items.At(1, 1));
        root.Entries.Add(new MappingEntry("items", items.At(1, 1), list));
        stream?.RootKey("items");
        var streamed = stream?.TakesListUnder("items") == true;
        ReadItems(items, root, list, streamed ? stream : null);
        foreach (var child in children.Where(c => c.TakenBy == 0 && !c.Reported))
        {
            var (key, code) = child.ItemRow is { } r ? (ItemRow, r.ToString(CultureInfo.InvariantCulture))
                : child.Implementation is { } i ? (ImplementationCode, i) : (BasicCode, child.Basic ?? string.Empty);
            diagnostics.Add(SpreadsheetDiagnostics.ChildUnlinked, string.Empty, child.Link, null, ("sheet", child.Sheet), ("key", key), ("code", code), ("items", items.Name.Length == 0 ? ItemSheet : items.Name));
        }

        return root;
    }

    /// <summary>The inventory sheet's rows: a key in the first cell, its value in the next; dotted keys (<c>region.code</c>) nest.</summary>
    private static List<MappingEntry> InventoryEntries(SheetSource sheet)
    {
        var root = new MappingNode(sheet.At(1, 1));
        var discarded = new DiagnosticBag(null);
        foreach (var row in sheet.Rows(discarded))
        {
            if (row.Cells is not [var keyCell, var valueCell, ..])
            {
                continue;
            }

            var key = keyCell.Text.Trim();
            var path = key switch
            {
                "发布部门" or "部门名称" => ["department", "name"],
                "统一社会信用代码" => ["department", "creditCode"],
                _ => key.Split('.'),
            };
            Place(root, path, sheet.At(row.Number, keyCell.Column), Scalar(sheet, row.Number, valueCell));
        }

        return root.Entries;
    }

    /// <summary>A cell's value under its header: a header with dots (法定办结时限.时限数值) names a key of a nested object.</summary>
    private static void Place(MappingNode node, string header, ScalarNode value)
    {
        if (header.Contains('.', StringComparison.Ordinal) && !header.StartsWith('.') && !header.EndsWith('.'))
        {
            Place(node, header.Split('.'), value.Position, value);
        }
        else
        {
            node.Entries.Add(new MappingEntry(header, value.Position, value));
        }
    }

    /// <summary>Puts a value at a path of keys, into the objects already made for its leading keys (发布部门.部门名称 and 发布部门.统一社会信用代码 make one object).</summary>
    private static void Place(MappingNode node, string[] path, SourcePosition position, SourceNode value)
    {
        for (var i = 0; i < path.Length - 1; i++)
        {
            var existing = node.Entries.FirstOrDefault(e => e.Key == path[i] && e.Value is MappingNode).Value as MappingNode;
            if (existing is null)
            {
                existing = new MappingNode(position);
                node.Entries.Add(new MappingEntry(path[i], position, existing));
            }

            node = existing;
        }

        node.Entries.Add(new MappingEntry(path[^1], position, value));
    }

    private static ScalarNode Scalar(SheetSource sheet, int row, SheetCell cell) =>
        new(sheet.At(row, cell.Column), cell.Kind == CellKind.Text ? cell.Text.Trim() : cell.Text, ScalarStyle.Plain);

    /// <summary>The header row: the first of the top rows with two cells (or one, when it has only one) that name keys of <paramref name="owner"/>.</summary>
    private static Dictionary<int, string>? Headers(SheetRow row, Type owner, params string[] extra)
    {
        var headers = new Dictionary<int, string>();
        var known = 0;
        foreach (var cell in row.Cells)
        {
            var text = cell.Text.Trim();
            headers[cell.Column] = text;
            known += KeyAliases.Resolve(owner, text) is not null || extra.Contains(text) ? 1 : 0;
        }

        return known >= Math.Min(2, row.Cells.Count) && known > 0 ? headers : null;
    }

    private void ReadChildSheet(SheetSource sheet)
    {
        var target = KeyAliases.Resolve(typeof(ServiceItem), sheet.Name)!;
        var owner = ElementType(target);
        Dictionary<int, string>? headers = null;
        var seen = 0;
        foreach (var row in sheet.Rows(diagnostics))
        {
            if (headers is null)
            {
                headers = ++seen <= HeaderSearchRows ? Headers(row, owner ?? typeof(ServiceItem), ImplementationCode, BasicCode, ItemName, ItemRow) : null;
                if (headers is null && seen >= HeaderSearchRows)
                {
                    diagnostics.Add(SpreadsheetDiagnostics.NoHeaderRow, string.Empty, sheet.At(row.Number, 1), null, ("sheet", sheet.Name), ("rows", HeaderSearchRows.ToString(CultureInfo.InvariantCulture)));
                    return;
                }

                if (headers is not null)
                {
                    sheet.MergesFromRow = row.Number + 1;
                }

                continue;
            }

            string? implementation = null, basic = null, name = null;
            int? itemRow = null;
            var link = sheet.At(row.Number, row.Cells[0].Column);
            SourceNode? entry = null;
            MappingNode? mapping = owner is null ? null : new MappingNode(link);
            foreach (var cell in row.Cells)
            {
                var header = headers.GetValueOrDefault(cell.Column, SourcePosition.ColumnName(cell.Column));
                switch (header)
                {
                    case ImplementationCode:
                        (implementation, link) = (cell.Text.Trim(), sheet.At(row.Number, cell.Column));
                        continue;
                    case BasicCode:
                        basic = cell.Text.Trim();
                        link = implementation is null ? sheet.At(row.Number, cell.Column) : link;
                        continue;
                    case ItemName:
                        name = cell.Text.Trim();
                        continue;
                    case ItemRow when int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                        (itemRow, link) = (number, sheet.At(row.Number, cell.Column));
                        continue;
                    case RowNumberColumn:
                        continue;
                }

                if (mapping is not null)
                {
                    Place(mapping, header, Scalar(sheet, row.Number, cell));
                }
                else
                {
                    entry ??= Scalar(sheet, row.Number, cell); // a list of texts (受理条件): the row's one value
                }
            }

            entry = mapping is null ? entry : mapping.Entries.Count > 0 ? mapping : null;
            if (entry is null)
            {
                continue;
            }

            if (string.IsNullOrEmpty(implementation) && string.IsNullOrEmpty(basic) && itemRow is null)
            {
                diagnostics.Add(SpreadsheetDiagnostics.ChildWithoutLink, string.Empty, link, null, ("sheet", sheet.Name));
                continue;
            }

            var child = new ChildRow(sheet.Name, entry, NullIfEmpty(implementation), NullIfEmpty(basic), NullIfEmpty(name), link) { ItemRow = itemRow };
            children.Add(child);
            if (itemRow is { } r)
            {
                if (!byRow.TryGetValue(r, out var rows))
                {
                    byRow[r] = rows = [];
                }

                rows.Add(child);
            }
            else if (child.Implementation is { } i)
            {
                Add(byImplementation, i, child);
            }
            else
            {
                Add(byBasic, child.Basic!, child);
            }
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static void Add(Dictionary<string, List<ChildRow>> table, string code, ChildRow child)
    {
        if (!table.TryGetValue(code, out var list))
        {
            table[code] = list = [];
        }

        list.Add(child);
    }

    /// <summary>The model type of an element of the list a child sheet stands for; <see langword="null"/> for a list of texts.</summary>
    private static Type? ElementType(string[] target)
    {
        var type = typeof(ServiceItem);
        ModelChild? child = null;
        foreach (var segment in target)
        {
            child = KeyAliases.Child(type, segment);
            if (child is null)
            {
                return null;
            }

            type = child.Type;
        }

        return child is { IsList: true } ? type : null;
    }

    private void ReadItems(SheetSource sheet, MappingNode root, SequenceNode list, ItemStream? stream)
    {
        Dictionary<int, string>? headers = null;
        var seen = 0;
        var itemRowsByBasic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows(diagnostics))
        {
            if (headers is null)
            {
                headers = ++seen <= HeaderSearchRows ? Headers(row, typeof(ServiceItem)) : null;
                if (headers is null && seen >= HeaderSearchRows)
                {
                    break;
                }

                if (headers is not null)
                {
                    sheet.MergesFromRow = row.Number + 1;
                }

                continue;
            }

            var item = Item(sheet, row, headers, itemRowsByBasic);
            list.Items.Add(item);
            if (stream is not null)
            {
                list.Items[^1] = stream.Take(root, item, list.Items.Count - 1);
            }
        }

        if (headers is null)
        {
            diagnostics.Add(SpreadsheetDiagnostics.NoHeaderRow, string.Empty, sheet.At(1, 1), null,
                ("sheet", sheet.Name.Length == 0 ? ItemSheet : sheet.Name), ("rows", HeaderSearchRows.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private MappingNode Item(SheetSource sheet, SheetRow row, Dictionary<int, string> headers, Dictionary<string, List<int>> itemRowsByBasic)
    {
        var item = new MappingNode(sheet.At(row.Number, row.Cells[0].Column));
        string? implementation = null, basic = null, name = null;
        foreach (var cell in row.Cells)
        {
            var header = headers.GetValueOrDefault(cell.Column, SourcePosition.ColumnName(cell.Column));
            if (header == RowNumberColumn)
            {
                continue;
            }

            var value = Scalar(sheet, row.Number, cell);
            switch (KeyAliases.Resolve(typeof(ServiceItem), header))
            {
                case ["implementationCode"]:
                    implementation = value.Text;
                    break;
                case ["basicCode"]:
                    basic = value.Text;
                    break;
                case ["name"]:
                    name = value.Text;
                    break;
            }

            Place(item, header, value);
        }

        if (children.Count > 0)
        {
            Attach(item, row.Number, implementation, basic, name, itemRowsByBasic);
        }

        return item;
    }

    /// <summary>Adds the entries of the child rows that name this item, one list per child sheet, in sheet order.</summary>
    private void Attach(MappingNode item, int row, string? implementation, string? basic, string? name, Dictionary<string, List<int>> itemRowsByBasic)
    {
        var taken = new List<ChildRow>();
        if (byRow.TryGetValue(row, out var byItemRow))
        {
            taken.AddRange(byItemRow);
        }

        if (implementation is not null && byImplementation.TryGetValue(implementation, out var byCode))
        {
            taken.AddRange(byCode.Where(c => c.TakenBy == 0));
        }

        if (basic is not null)
        {
            if (!itemRowsByBasic.TryGetValue(basic, out var rows))
            {
                itemRowsByBasic[basic] = rows = [];
            }

            rows.Add(row);
            if (byBasic.TryGetValue(basic, out var byBasicCode))
            {
                foreach (var child in byBasicCode)
                {
                    if (child.Name is not null && name is not null && child.Name != name)
                    {
                        continue;
                    }

                    if (child.TakenBy != 0)
                    {
                        // A second item with this basic code (and name): the rows the first took may be this one's (SS1515).
                        if (!child.Reported)
                        {
                            child.Reported = true;
                            diagnostics.Add(SpreadsheetDiagnostics.ChildAmbiguous, string.Empty, child.Link, null,
                                ("sheet", child.Sheet), ("key", BasicCode), ("code", basic), ("rows", string.Join("、", rows.Select(r => r.ToString(CultureInfo.InvariantCulture)))));
                        }

                        continue;
                    }

                    if (child.TakenBy == 0)
                    {
                        taken.Add(child);
                    }
                }
            }
        }

        foreach (var group in taken.GroupBy(c => c.Sheet))
        {
            var first = group.First();
            var list = new SequenceNode(first.Link);
            foreach (var child in group)
            {
                child.TakenBy = row;
                list.Items.Add(child.Entry);
            }

            // The key stands on the item's row: an object the key creates (process for 特别程序, contacts for 咨询方式) is the
            // item's, so a finding about what it lacks names the item's row; the list itself stands at its first row.
            item.Entries.Add(new MappingEntry(group.Key, item.Position, list));
        }
    }
}
