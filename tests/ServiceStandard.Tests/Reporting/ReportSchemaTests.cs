using System.Globalization;
using System.Text;
using NJsonSchema;
using ServiceStandard.Comparison;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;
using ServiceStandard.Reporting;
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

    private static Inventory Normalized(string file) => InventoryNormalizer.Normalize(InventoryLoader.LoadFile(file).Inventory!).Inventory!;

    private static Task<JsonSchema> Schema(string name) =>
        JsonSchema.FromFileAsync(Repository.PathOf("schemas", "reports", "1.0", name + ".schema.json"));
}
