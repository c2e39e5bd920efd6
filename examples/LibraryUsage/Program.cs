using System.Globalization;
using System.Text.Json;
using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Schema;
using ServiceStandard.Validation;

var folder = args.Length > 0 ? args[0] : "examples/inventories";
var english = CultureInfo.GetCultureInfo("en");

// Load: never throws on bad input; the result holds the inventory and every diagnostic.
var taibai = InventoryLoader.LoadFile(Path.Combine(folder, "shaanxi-taibai.yaml"));
var inventory = taibai.Inventory!;
Console.WriteLine($"{inventory.Region.Name} ({inventory.Region.Code}): {inventory.Items.Count} items, {taibai.Diagnostics.Count} loading diagnostics");

// Locate: the line and column, as written, of the node at a JSON Pointer of the canonical tree.
var committed = taibai.Locate("/items/0/timeLimits/committed");
Console.WriteLine($"/items/0/timeLimits/committed is written at line {committed?.Line}, column {committed?.Column}");

// Validate: syntax, structure and the business rules, for every inventory of a folder.
foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
{
    var result = InventoryValidator.ValidateFile(file);
    Console.WriteLine($"{Path.GetFileName(file)}: {(result.IsValid ? "valid" : "invalid")}, "
        + $"{result.Count(Severity.Error)} errors, {result.Count(Severity.Warning)} warnings");
}

// Diagnostics: code, severity, position, JSON Pointer, message and fix, in Chinese or English.
var broken = InventoryValidator.Validate(InventoryLoader.LoadText(
    """
    schemaVersion: "1.0"
    region: { code: "33000" }
    items: []
    """,
    DocumentFormat.Yaml,
    "broken.yaml"));
foreach (var d in broken.Diagnostics)
{
    Console.WriteLine($"{d.File}:{d.Position}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message(english)} [{d.Path}]");
    Console.WriteLine($"  fix: {d.Hint(english)}");
}

// Normalize: Chinese keys, labels, time phrases and full-width text become the canonical form.
var messy = InventoryLoader.LoadText(
    """
    schemaVersion: "1.0"
    region: { code: "610331" }
    items:
      - { 基本编码: "000123020000", 事项名称: 公共场所卫生许可, 事项类型: 行政许可, 实施主体: 太白县卫生健康局, 承诺办结时限: 当场办结 }
    """,
    DocumentFormat.Yaml,
    "messy.yaml");
var normalized = InventoryNormalizer.Normalize(messy);
Console.WriteLine($"normalized: {normalized.Changes.Count} changes, committed limit {normalized.Inventory!.Items[0].TimeLimits!.Committed!.Unit}");

// Compare two regions: the same item, side by side, and where they stand out.
var jiaxing = InventoryLoader.LoadFile(Path.Combine(folder, "zhejiang-jiaxing.yaml")).Inventory!;
var comparison = RegionalComparison.Compare([inventory, jiaxing]);
var venue = comparison.Items.Single(i => i.BasicCode == "000123020000");
foreach (var (code, metrics) in venue.ByRegion)
{
    Console.WriteLine($"{code} {venue.Name}: committed {metrics.CommittedWorkingDays} working days, {metrics.Materials} required materials");
}

foreach (var finding in venue.Findings)
{
    Console.WriteLine($"  {finding.Severity.ToString().ToLowerInvariant()} {finding.Kind}: {finding.Message(english)}");
}

// The schema of the format this library reads, exactly as published (also under schemas/ in the package).
using var schema = JsonDocument.Parse(InventorySchema.Published(InventorySchema.FormatVersion));
Console.WriteLine($"schema {InventorySchema.FormatVersion}: {schema.RootElement.GetProperty("$id")}");
