using System.Text.Json;
using ServiceStandard.Loading.Spreadsheets;
using ServiceStandard.CodeLists;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Schema;

namespace ServiceStandard.Spreadsheets;

/// <summary>
/// The empty workbook of the spreadsheet layout (docs/format.md section 8), for a department to fill: the sheets 事项, 清单
/// and the child sheets, each header with its description (from the published JSON Schema) as a cell comment, each
/// code-list column with a drop-down of its Chinese labels, header rows frozen and columns wide enough to read.
/// </summary>
public static class InventoryTemplate
{
    /// <summary>The item sheet's columns, in the order a 事项要素表 lists them.</summary>
    public static IReadOnlyList<string> ItemColumns { get; } =
    [
        "基本编码", "实施编码", "事项名称", "事项类型", "事项状态", "实施主体名称", "实施主体编码", "实施主体性质", "行使层级", "权力来源",
        "服务对象", "办件类型", "法定办结时限", "承诺办结时限", "办理形式", "网上办理深度", "到办事现场次数", "必须现场办理原因说明",
        "是否收费", "审批结果类型", "审批结果名称", "数量限制", "咨询电话", "监督投诉电话",
    ];

    private static readonly Dictionary<string, string[]> ChildColumns = new(StringComparer.Ordinal)
    {
        ["设定依据"] = ["依据名称", "条款"],
        ["受理条件"] = ["受理条件"],
        ["申请材料"] = ["材料名称", "必要性", "材料类型", "材料形式", "份数", "来源渠道"],
        ["办理环节"] = ["环节名称", "办理人员", "环节时限"],
        ["特别程序"] = ["特别程序种类", "特别程序说明", "特别程序时限"],
        ["收费项目"] = ["收费项目名称", "收费标准", "收费依据"],
        ["办理地点"] = ["地点名称", "地址", "办理时间"],
        ["中介服务"] = ["中介服务名称", "中介服务依据"],
        ["咨询方式"] = ["电话", "电子邮箱", "网址", "通信地址"],
        ["监督投诉方式"] = ["电话", "电子邮箱", "网址", "通信地址"],
    };

    private static readonly string[] InventoryKeys = ["格式版本", "行政区划代码", "行政区划名称", "发布部门", "统一社会信用代码", "发布日期"];

    /// <summary>Writes the empty workbook.</summary>
    /// <param name="output">The stream the .xlsx package is written to.</param>
    public static void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var schema = JsonDocument.Parse(InventorySchema.Published("1.0"));
        var definitions = schema.RootElement.GetProperty("definitions");
        var workbook = new WorkbookWriter();
        Sheet(workbook.Sheet(SpreadsheetTree.ItemSheet), typeof(ServiceItem), ItemColumns, definitions);
        var inventory = workbook.Sheet(SpreadsheetTree.InventorySheet);
        for (var i = 0; i < InventoryKeys.Length; i++)
        {
            inventory.Add(InventoryKeys[i], i == 0 ? CellValue.Of("1.0") : (CellValue?)null);
            inventory.Comments.Add((i + 1, 1, Describe(typeof(Inventory), InventoryKeys[i], definitions)));
        }

        inventory.Widths.AddRange([20, 40]);
        foreach (var name in SpreadsheetTree.ChildSheets)
        {
            var owner = TypeAt(typeof(ServiceItem), KeyAliases.Resolve(typeof(ServiceItem), name)!);
            var columns = (string[])["基本编码", "事项名称", .. ChildColumns[name]];
            Sheet(workbook.Sheet(name), owner == typeof(ServiceItem) ? typeof(Guide) : owner, columns, definitions, link: 2);
        }

        workbook.Write(output);
    }

    private static void Sheet(SheetWriter sheet, Type owner, IReadOnlyList<string> columns, JsonElement definitions, int link = 0)
    {
        sheet.Add([.. columns.Select(c => (CellValue?)c)]);
        sheet.FrozenRows = 1;
        for (var i = 0; i < columns.Count; i++)
        {
            var type = i < link ? typeof(ServiceItem) : owner;
            sheet.Comments.Add((1, i + 1, Describe(type, columns[i], definitions)));
            var column = Diagnostics.SourcePosition.ColumnName(i + 1);
            if (DropDown(type, columns[i]) is { Count: > 0 } labels)
            {
                sheet.DropDowns.Add(($"{column}2:{column}1048576", labels));
            }

            sheet.Widths.Add(Math.Max(12, (columns[i].Length * 2) + 4));
        }
    }

    /// <summary>The model type and key a header stands for on an object of <paramref name="owner"/>.</summary>
    private static (Type Type, string Key)? Target(Type owner, string header)
    {
        var target = header switch
        {
            "发布部门" => ["department", "name"],
            "统一社会信用代码" when owner == typeof(Inventory) => ["department", "creditCode"],
            _ => KeyAliases.Resolve(owner, header),
        };
        if (target is null)
        {
            return null;
        }

        var keys = target.Where(k => k != "0").ToArray();
        return (TypeAt(owner, keys[..^1]), keys[^1]);
    }

    private static Type TypeAt(Type owner, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            owner = KeyAliases.Child(owner, key)?.Type ?? owner;
        }

        return owner;
    }

    /// <summary>The header's description from the published schema, and the values its code list allows.</summary>
    private static string Describe(Type owner, string header, JsonElement definitions)
    {
        var description = Target(owner, header) is var (type, key)
            && definitions.TryGetProperty(type.Name, out var definition)
            && definition.TryGetProperty("properties", out var properties)
            && properties.TryGetProperty(key, out var property)
            && property.TryGetProperty("description", out var text)
            ? text.GetString() ?? header
            : header;
        return DropDown(owner, header) is { Count: > 0 } labels ? $"{description}\n可选：{string.Join("、", labels)}" : description;
    }

    private static IReadOnlyList<string> DropDown(Type owner, string header)
    {
        if (header == "网上办理深度")
        {
            return CodeListCatalog.OnlineDepthLabels;
        }

        if (Target(owner, header) is not var (type, key) || ModelProperties.Of(type).FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)) is not { } property)
        {
            return [];
        }

        var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var element = propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
        return element.IsEnum ? InventoryWorkbook.Labels(element) : element == typeof(bool) ? ["是", "否"] : [];
    }
}
