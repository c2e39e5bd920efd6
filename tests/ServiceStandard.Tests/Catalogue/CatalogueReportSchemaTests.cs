using System.Globalization;
using NJsonSchema;
using ServiceStandard.Catalogue;
using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Scoring;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>
/// The published report schemas (schemas/reports/1.0) describe what the writers really write: search results (as the
/// command line and as <c>GET /api/search</c> write them) and coverage, with and without items left out.
/// </summary>
public sealed class CatalogueReportSchemaTests(ExampleCatalogue example) : IClassFixture<ExampleCatalogue>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static Task<JsonSchema> Schema(string name) => JsonSchema.FromFileAsync(Repository.PathOf("schemas", "reports", "1.0", name + ".schema.json"));

    private static string Errors(JsonSchema schema, string json) =>
        string.Join("\n", schema.Validate(json).Select(e => $"{e.Path} {e.Kind}"));

    [Fact]
    public async Task Search_results_of_the_command_line_and_of_the_service_validate()
    {
        var schema = await Schema("search");
        var found = example.Catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 1000 });
        var page = example.Catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 5, Offset = 5 });
        var none = example.Catalogue.Search("没有这样的事项");

        Assert.True(found.Results.Count > 10);
        Assert.Equal(string.Empty, Errors(schema, CatalogueSearchWriter.Json(found)));
        Assert.Equal(string.Empty, Errors(schema, CatalogueSearchWriter.Json(page, 2, 5)));
        Assert.Equal(string.Empty, Errors(schema, CatalogueSearchWriter.Json(none)));
        Assert.Contains("\"id\"", CatalogueSearchWriter.Json(page, 2, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_validates_with_and_without_items_left_out()
    {
        var schema = await Schema("coverage");
        var basic = BasicCatalogue.Load(Repository.PathOf("examples", "catalogues", "basic-catalogue.yaml"));
        using var files = new CatalogueFiles();
        var inventory = files.Inventory("zhejiang-jiaxing.yaml");
        var text = File.ReadAllText(inventory);
        var first = text.IndexOf("type: administrativeLicensing", StringComparison.Ordinal);
        File.WriteAllText(inventory, text[..first] + "type: licence" + text[(first + "type: administrativeLicensing".Length)..]);
        files.Build();
        using var withLeftOut = files.Open();
        var report = withLeftOut.Coverage(basic);

        Assert.NotEmpty(report.LeftOut);
        Assert.Equal(string.Empty, Errors(schema, CatalogueCoverageWriter.Json(example.Catalogue.Coverage(basic), English)));
        Assert.Equal(string.Empty, Errors(schema, CatalogueCoverageWriter.Json(report, English)));
    }

    [Fact]
    public async Task A_build_with_a_rejected_file_and_an_item_left_out_validates()
    {
        var schema = await Schema("catalogue-build");
        using var files = new CatalogueFiles();
        var inventory = files.Inventory("zhejiang-jiaxing.yaml");
        var text = File.ReadAllText(inventory);
        var first = text.IndexOf("type: administrativeLicensing", StringComparison.Ordinal);
        File.WriteAllText(inventory, text[..first] + "type: licence" + text[(first + "type: administrativeLicensing".Length)..]);
        File.WriteAllText(files.Inventory("broken.yaml"), "schemaVersion: \"1.0\"\nregion: [not, a, map\n");
        var report = files.Build();
        var json = CatalogueBuildWriter.Json(files.Database, report, CultureInfo.GetCultureInfo("zh-CN"));

        Assert.NotEmpty(report.LeftOut);
        Assert.Contains(report.Files, f => f.Outcome == CatalogueFileOutcome.Rejected && f.Errors.Count > 0);
        Assert.Equal(string.Empty, Errors(schema, json));
        Assert.Equal(string.Empty, Errors(schema, CatalogueBuildWriter.Json("catalogue.db", example.Report, English)));
        Assert.NotEqual(string.Empty, Errors(schema, json.Replace("\"outcome\": \"rejected\"", "\"outcome\": \"kept\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_catalogue_export_and_the_site_data_validate()
    {
        var schema = await Schema("catalogue-export");
        var json = CatalogueJsonWriter.Write(example.Catalogue);

        Assert.Equal(string.Empty, Errors(schema, json));
        Assert.Equal(string.Empty, Errors(schema, CatalogueJsonWriter.Compact(example.Catalogue)));
        Assert.NotEqual(string.Empty, Errors(schema, json.Replace("\"level\": \"county\"", "\"level\": \"town\"", StringComparison.Ordinal)));
        Assert.NotEqual(string.Empty, Errors(schema, json.Replace("\"svcstd-catalogue\"", "\"catalogue\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_schemas_refuse_what_the_writers_never_write()
    {
        var search = await Schema("search");
        var json = CatalogueSearchWriter.Json(example.Catalogue.Search(new CatalogueQuery { Text = "许可", Limit = 1 }));

        Assert.NotEqual(string.Empty, Errors(search, json.Replace("\"onlineDepth\": ", "\"onlineDepth\": 5, \"x\": ", StringComparison.Ordinal)));
        Assert.NotEqual(string.Empty, Errors(search, json.Replace("\"total\"", "\"count\"", StringComparison.Ordinal)));
        Assert.NotEqual(string.Empty, Errors(search, json.Replace("\"administrativeLicensing\"", "\"licence\"", StringComparison.Ordinal)));
    }
}
