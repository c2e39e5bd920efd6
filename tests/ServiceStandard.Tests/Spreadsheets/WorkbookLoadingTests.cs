using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Spreadsheets;

/// <summary>
/// Workbooks made from real department data (Fixtures/AsWritten, exported the way counties keep their 事项要素表)
/// load with no structure error and give the same inventory as their YAML versions; diagnostics name sheet and cell.
/// </summary>
public sealed class WorkbookLoadingTests
{
    public static TheoryData<string, ListLayout> Exports() => new()
    {
        { "county-export", ListLayout.ChildSheets },
        { "county-export", ListLayout.Inline },
        { "nujiang-public-venue-hygiene", ListLayout.ChildSheets },
        { "loudi-prepackaged-food-filing", ListLayout.ChildSheets },
        { "chenggong-individual-business", ListLayout.ChildSheets },
        { "chenggong-individual-business", ListLayout.Inline },
        { "zhangdian-disability-card", ListLayout.ChildSheets },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void A_workbook_gives_the_inventory_of_its_yaml_version(string name, ListLayout layout)
    {
        var yaml = InventoryLoader.LoadFile(Repository.Fixtures("AsWritten", name + ".as-written.yaml"));

        var workbook = InventoryLoader.Load(SpreadsheetFixtures.FromAsWritten(name, layout), DocumentFormat.Xlsx, "清单.xlsx");

        Assert.Equal(CanonicalWriter.Write(yaml.Inventory!, DocumentFormat.Yaml), CanonicalWriter.Write(workbook.Inventory!, DocumentFormat.Yaml));
        Assert.Equal(Findings(yaml), Findings(workbook));
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void A_workbook_has_no_fault_of_structure_but_those_of_its_yaml_version(string name, ListLayout layout)
    {
        var workbook = InventoryValidator.Validate(InventoryLoader.Load(SpreadsheetFixtures.FromAsWritten(name, layout), DocumentFormat.Xlsx, "清单.xlsx"));
        var yaml = InventoryValidator.ValidateFile(Repository.Fixtures("AsWritten", name + ".as-written.yaml"));

        Assert.Equal(Faults(yaml.Diagnostics), Faults(workbook.Diagnostics));
    }

    [Fact]
    public void The_county_export_faults_are_named_by_sheet_and_cell()
    {
        var load = InventoryLoader.Load(SpreadsheetFixtures.FromAsWritten("county-export", ListLayout.ChildSheets), DocumentFormat.Xlsx, "清单.xlsx");

        Assert.Equal(
            ["SS1103 error 事项!N5 /items/2/handlingType", "SS1103 error 事项!P10 /items/7/serviceObjects/0"],
            DiagnosticLines.Of(load.Diagnostics.Where(d => d.Severity == Severity.Error)));
        Assert.Equal("事项!N5", load.Diagnostics.First(d => d.Severity == Severity.Error).Cell);
    }

    [Fact]
    public void What_an_item_lacks_is_named_at_the_items_row_even_when_a_child_sheet_made_its_object()
    {
        // 咨询方式 rows make the item's contacts and 特别程序 rows its process: a missing complaint contact or missing steps
        // is the item's fault, found on its row of 事项, not on the first row of the child sheet.
        var validation = InventoryValidator.Validate(InventoryLoader.Load(SpreadsheetFixtures.FromAsWritten("county-export", ListLayout.ChildSheets), DocumentFormat.Xlsx, "清单.xlsx"));

        var lacking = validation.Diagnostics.Where(d => d.Code is "SS4101" or "SS7102").ToList();
        Assert.NotEmpty(lacking);
        Assert.All(lacking, d => Assert.Matches(@"^事项![A-Z]+\d+$", d.Cell));
    }

    private static IReadOnlyList<string> Findings(LoadResult load) =>
        load.Diagnostics.Where(d => d.Severity != Severity.Info && !d.Code.StartsWith("SS15", StringComparison.Ordinal)).Select(d => $"{d.Code} {d.Path}").Order().ToArray();

    private static IReadOnlyList<string> Faults(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Path}").Order().ToArray();
}
