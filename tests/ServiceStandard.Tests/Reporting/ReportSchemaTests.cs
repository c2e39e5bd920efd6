using System.Globalization;
using System.Text;
using NJsonSchema;
using ServiceStandard.Calendar;
using ServiceStandard.CodeLists;
using ServiceStandard.Comparison;
using ServiceStandard.Events;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;
using ServiceStandard.Reporting;
using ServiceStandard.Schema;
using ServiceStandard.Scoring;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Reporting;

/// <summary>
/// The published schemas of the JSON reports (schemas/reports/1.0) accept what the library writes for the examples and
/// for documents with faults, and reject a report that breaks them. CI checks the tool's output with ajv as well
/// (tests/schema-conformance/check.sh).
/// </summary>
public sealed class ReportSchemaTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static string[] Examples => Directory.GetFiles(Repository.PathOf("examples", "inventories")).Order(StringComparer.Ordinal).ToArray();

    /// <summary>An example with a committed limit raised (a stricter change) and a document that cannot be read.</summary>
    private static (string Changed, string Broken) Faults()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-reports-").FullName;
        var changed = Path.Combine(folder, "changed.yaml");
        File.WriteAllText(changed, File.ReadAllText(Repository.PathOf("examples", "inventories", "zhejiang-jiaxing.yaml"))
            .Replace("committed: { value: 1,", "committed: { value: 9,", StringComparison.Ordinal));
        var broken = Path.Combine(folder, "broken.yaml");
        File.WriteAllText(broken, "schemaVersion: \"1.0\"\nregion: [not, a, map\n");
        return (changed, broken);
    }

    [Fact]
    public async Task The_validation_report_of_the_examples_and_of_faults_matches_its_schema()
    {
        var schema = await Schema("validation");
        var (changed, broken) = Faults();
        var clean = ValidationReport.Of(Examples.Select(f => InventoryValidator.ValidateFile(f)));
        var faulty = ValidationReport.Of([InventoryValidator.ValidateFile(changed), InventoryValidator.ValidateFile(broken)], "some profile");

        Assert.Empty(schema.Validate(ValidationReportWriter.Json(clean, English)));
        Assert.Empty(schema.Validate(ValidationReportWriter.Json(faulty, Chinese)));
        Assert.Contains("\"code\": \"SS1001\"", ValidationReportWriter.Json(faulty, Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_comparisons_match_the_comparison_schema()
    {
        var schema = await Schema("comparison");
        var (changed, broken) = Faults();
        var inventories = Examples.Select(f => InventoryLoader.LoadFile(f).Inventory!).ToArray();
        LeftOut[] leftOut = [new(broken, null, InventoryLoader.LoadFile(broken).Diagnostics[0])];
        var versions = VersionComparison.Compare(Normalized(Examples.Single(f => f.EndsWith("zhejiang-jiaxing.yaml", StringComparison.Ordinal))), Normalized(changed));

        var regional = ComparisonReportWriter.Write(RegionalComparison.Compare(inventories), ReportFormat.Json, English, leftOut);
        var streamed = new MemoryStream();
        ComparisonReportWriter.Write(streamed, RegionalComparison.Compare(inventories), ReportFormat.Json, English, leftOut);

        Assert.Empty(schema.Validate(regional));
        Assert.Equal(regional, Encoding.UTF8.GetString(streamed.ToArray()));
        Assert.Equal(2, versions.Changed.Count);
        Assert.Empty(schema.Validate(ComparisonReportWriter.Write(versions, ReportFormat.Json, Chinese, leftOut)));
    }

    [Fact]
    public async Task The_capability_index_matches_its_schema()
    {
        var schema = await Schema("score");
        var results = Examples.Select(f => InventoryValidator.ValidateFile(f)).ToArray();
        var basic = BasicCatalogue.Read(Repository.PathOf("examples", "catalogues", "basic-catalogue.yaml"), out _)!;

        Assert.Empty(schema.Validate(ScoreReportWriter.Write(CapabilityIndex.Score(results), ReportFormat.Json, English)));
        Assert.Empty(schema.Validate(ScoreReportWriter.Write(CapabilityIndex.Score(results, ScoreOptions.Default with { Basic = basic }), ReportFormat.Json, Chinese, top: 1)));
    }

    [Fact]
    public async Task A_report_that_breaks_its_schema_is_rejected()
    {
        var schema = await Schema("validation");
        var json = ValidationReportWriter.Json(ValidationReport.Of(Examples.Take(1).Select(f => InventoryValidator.ValidateFile(f))), English);

        var errors = schema.Validate(json.Replace("\"valid\": true", "\"valid\": \"yes\"", StringComparison.Ordinal));

        Assert.Equal("valid", Assert.Single(errors).Property);
    }

    [Fact]
    public async Task Due_dates_of_a_limit_and_of_an_item_in_every_region_match_the_due_schema()
    {
        var schema = await Schema("due");
        var calendar = WorkingDayCalendar.Official;
        var from = new DateOnly(2026, 9, 28);
        var moved = calendar.DueDate(from, new TimeLimit { Value = 3, Unit = TimeUnit.CalendarDays });
        var lines = Examples.Select(f => InventoryLoader.LoadFile(f).Inventory!)
            .SelectMany(i => i.Items.Where(x => x.BasicCode == "000123020000").Select(x => (i.Region, x.TimeLimits)))
            .SelectMany(r => new[]
            {
                new DueLine((r.Region.Code, r.Region.Name ?? r.Region.Code), "legal", r.TimeLimits?.Legal is { } legal ? calendar.DueDate(from, legal) : null),
                new DueLine((r.Region.Code, r.Region.Name ?? r.Region.Code), "committed", r.TimeLimits?.Committed is { } committed ? calendar.DueDate(from, committed) : null),
            })
            .Append(new DueLine(("000000", "no limit"), "committed", null))
            .ToArray();
        var item = DueWriter.Json(from, "000123020000", "公共场所卫生许可", lines);

        Assert.Equal("2026-10-01", moved.MovedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Empty(schema.Validate(DueWriter.Json(moved)));
        Assert.Empty(schema.Validate(DueWriter.Json(calendar.DueDate(from, new TimeLimit { Value = 0, Unit = TimeUnit.Immediate }))));
        Assert.True(lines.Length > 4);
        Assert.Contains("\"limit\": null", item, StringComparison.Ordinal);
        Assert.Empty(schema.Validate(item));
        Assert.NotEmpty(schema.Validate(DueWriter.Json(moved).Replace("\"calendarDays\"", "\"weeks\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(item.Replace("\"kind\": \"legal\"", "\"kind\": \"statutory\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_event_with_a_missed_target_and_one_with_missing_items_match_the_event_schema()
    {
        var schema = await Schema("event");
        var (_, broken) = Faults();
        var targeted = Path.Combine(Path.GetDirectoryName(broken)!, "targeted.yaml");
        File.WriteAllText(targeted, File.ReadAllText(Repository.PathOf("examples", "events", "restaurant-opening.yaml")) + "target: { committedWorkingDays: 5, onsiteVisits: 2 }\n");
        var inventories = Examples.Select(f => InventoryLoader.LoadFile(f).Inventory!).ToArray();
        LeftOut[] leftOut = [new(broken, null, InventoryLoader.LoadFile(broken).Diagnostics[0])];
        var missed = EventComparison.Compare(ServiceEvent.Read(targeted, out _)!, inventories);
        var incomplete = EventComparison.Compare(ServiceEvent.Read(Repository.PathOf("examples", "events", "business-start.yaml"), out _)!, inventories);
        var json = EventReportWriter.Write(missed, ReportFormat.Json, English, leftOut);

        Assert.Contains(missed.Regions, r => r.Missed.Count > 0);
        Assert.Contains(incomplete.Regions, r => r.Missing.Count > 0);
        Assert.Empty(schema.Validate(json));
        Assert.Empty(schema.Validate(EventReportWriter.Write(incomplete, ReportFormat.Json, Chinese)));
        Assert.Equal("kind", Assert.Single(schema.Validate(json.Replace("\"businessEvent\"", "\"companyEvent\"", StringComparison.Ordinal))).Property);
    }

    [Fact]
    public async Task Schema_diffs_with_and_without_a_breaking_change_match_the_schema_diff_schema()
    {
        var schema = await Schema("schema-diff");
        var older = File.ReadAllText(Repository.PathOf("schemas", "inventory", "1.0", "inventory.schema.json"));
        var newer = File.ReadAllText(Repository.PathOf("schemas", "inventory", "1.1", "inventory.schema.json"));
        var forward = SchemaDiff.Compare(older, newer);
        var narrowed = SchemaDiff.Compare(newer, newer.Replace("\"^[0-9]{6}$\"", "\"^[0-9]{12}$\"", StringComparison.Ordinal));
        var json = SchemaDiffReportWriter.Json(narrowed);

        Assert.False(forward.IsBreaking);
        Assert.Equal("SD012", Assert.Single(narrowed.Changes, c => c.IsBreaking).Rule);
        Assert.Empty(schema.Validate(SchemaDiffReportWriter.Json(forward)));
        Assert.Empty(schema.Validate(json));
        Assert.NotEmpty(schema.Validate(json.Replace("\"rule\": \"SD", "\"rule\": \"XX", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(json.Replace("\"breaking\": true,", string.Empty, StringComparison.Ordinal)));
    }

    private static Inventory Normalized(string file) => InventoryNormalizer.Normalize(InventoryLoader.LoadFile(file).Inventory!).Inventory!;

    private static Task<JsonSchema> Schema(string name) =>
        JsonSchema.FromFileAsync(Repository.PathOf("schemas", "reports", "1.0", name + ".schema.json"));
}
