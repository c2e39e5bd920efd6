using System.Globalization;
using System.Text.Json;
using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Reporting;
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

// Reports, written by the library as svcstd writes them (ServiceStandard.Reporting; docs/reports.md). Each JSON report
// follows its published schema (schemas/reports/1.0 in the package).
var reports = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "servicestandard-reports");
Directory.CreateDirectory(reports);

// The validation report: compiler-style text (its closing summary line here) and the JSON of the public contract.
var validation = ValidationReport.Of(Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => InventoryValidator.ValidateFile(f)));
Console.Write(ValidationReportWriter.Text(validation, english).Split('\n')[^2] + "\n");
using (var json = File.Create(Path.Combine(reports, "validation.json")))
{
    ValidationReportWriter.WriteJson(json, validation, english);
}

Console.WriteLine($"validation report: valid {validation.IsValid}, {validation.Files.Count} files, {validation.Items} items -> validation.json");

// The comparison report of all the regions: JSON, and one self-contained HTML page (the heat map, findings, method).
var regions = RegionalComparison.Compare(Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => InventoryLoader.LoadFile(f).Inventory!));
File.WriteAllText(Path.Combine(reports, "comparison.json"), ComparisonReportWriter.Write(regions, ReportFormat.Json, english));
var page = ComparisonReportWriter.Write(regions, ReportFormat.Html, CultureInfo.GetCultureInfo("zh-CN"));
File.WriteAllText(Path.Combine(reports, "comparison.html"), page);
Console.WriteLine($"comparison report: {regions.Regions.Count} regions, {regions.Items.Count} items -> comparison.json, comparison.html ({(page.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) ? "an HTML page" : "not HTML")})");

// The schema of the format this library reads, exactly as published (also under schemas/ in the package).
using var schema = JsonDocument.Parse(InventorySchema.Published(InventorySchema.FormatVersion));
Console.WriteLine($"schema {InventorySchema.FormatVersion}: {schema.RootElement.GetProperty("$id")}");
