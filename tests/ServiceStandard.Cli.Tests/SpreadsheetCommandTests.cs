using System.Text.Json;
using ServiceStandard.Loading;
using ServiceStandard.Spreadsheets;

namespace ServiceStandard.Cli.Tests;

/// <summary>Spreadsheets in the verbs that read inventories, template, and workbooks written by normalize and migrate.</summary>
public sealed class SpreadsheetCommandTests
{
    private const string Inventory = """
        schemaVersion: "1.0"
        region: { code: "610331" }
        items:
          - basicCode: "000123020000"
            name: 公共场所卫生许可
            type: administrativeLicensing
            authority: { name: 太白县卫生健康局, creditCode: "11610331MBE7CYH25B", legalBasis: [ { title: 《公共场所卫生管理条例》, article: 第八条 } ] }
            timeLimits: { legal: 20个工作日, committed: 7个工作日 }
            process: { steps: [ { name: 受理 } ] }
            guide: { materials: [ { name: 申请表, copies: 1 } ], fees: { charged: false } }
            contacts: { consultation: [ { phone: "0917-4821234" } ], complaint: [ { phone: "12345" } ] }
        """;

    /// <summary>The inventory above as a workbook, its credit code's check character wrong (a planted fault).</summary>
    private static string Workbook(string name = "清单.xlsx")
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-test-").FullName;
        var path = Path.Combine(folder, name);
        using var file = File.Create(path);
        InventoryWorkbook.Write(InventoryLoader.LoadText(Inventory, DocumentFormat.Yaml).Inventory!, file);
        return path;
    }

    [Fact]
    public void Validate_names_the_sheet_and_cell_of_a_planted_fault_in_text_json_and_sarif()
    {
        var path = Workbook();

        var text = Cli.Run("validate", path, "--lang", "en");
        var json = Cli.Run("validate", path, "--format", "json");
        var sarif = Cli.Run("validate", path, "--format", "sarif");

        Assert.Equal(1, text.Exit);
        Assert.Contains($"{path}:事项!F2: error SS2101", text.Output, StringComparison.Ordinal);
        var diagnostic = JsonDocument.Parse(json.Output).RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "SS2101");
        Assert.Equal("事项!F2", diagnostic.GetProperty("cell").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(6, diagnostic.GetProperty("column").GetInt32());
        var result = JsonDocument.Parse(sarif.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "SS2101");
        Assert.EndsWith("(事项!F2)", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("事项!F2", result.GetProperty("properties").GetProperty("cell").GetString());
    }

    [Fact]
    public void Normalize_converts_a_workbook_to_yaml_and_back_to_a_workbook_that_reads_the_same()
    {
        var path = Workbook();
        var back = Path.Combine(Path.GetDirectoryName(path)!, "back.xlsx");

        var yaml = Cli.Run("normalize", path);
        var written = Cli.Run("normalize", path, "-o", back);
        var again = Cli.Run("normalize", back);

        Assert.Equal(0, yaml.Exit); // the credit code's fault is a rule of validation, not of reading
        Assert.StartsWith("schemaVersion: \"1.0\"\nregion:\n  code: \"610331\"", yaml.Output, StringComparison.Ordinal);
        Assert.Equal(0, written.Exit);
        Assert.Equal(yaml.Output, again.Output);
    }

    [Fact]
    public void Check_and_in_place_refuse_a_spreadsheet_and_csv_is_no_output_format()
    {
        var path = Workbook();

        var check = Cli.Run("normalize", path, "--check", "--lang", "en");
        var csv = Cli.Run("normalize", path, "-o", "out.csv", "--lang", "en");

        Assert.Equal(2, check.Exit);
        Assert.Contains("is a spreadsheet: --check and --in-place rewrite YAML and JSON files only", check.Error, StringComparison.Ordinal);
        Assert.Equal(2, csv.Exit);
        Assert.Contains("*.xlsx", csv.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_file_needs_a_region_and_the_region_option_gives_it()
    {
        var path = Cli.TempFile("清单.csv", "基本编码,事项名称,事项类型,实施主体\n000123020000,公共场所卫生许可,行政许可,太白县卫生健康局\n");

        var without = Cli.Run("validate", path, "--format", "json");
        var with = Cli.Run("validate", path, "--region", "610331", "--format", "json");

        Assert.Contains("\"SS1516\"", without.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"SS1516\"", with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_writes_the_empty_workbook_of_the_layout()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-test-").FullName;
        var path = Path.Combine(folder, "清单模板.xlsx");

        var result = Cli.Run("template", "-o", path);
        var load = InventoryLoader.LoadFile(path, new LoadOptions { Region = "610331" });

        Assert.Equal(0, result.Exit);
        Assert.True(load.IsValid);
        Assert.Empty(load.Inventory!.Items);
    }

    [Fact]
    public void A_folder_walk_reads_workbooks_and_names_old_ones_as_not_read()
    {
        var path = Workbook();
        var folder = Path.GetDirectoryName(path)!;
        File.WriteAllBytes(Path.Combine(folder, "旧清单.xls"), [0xD0, 0xCF, 0x11, 0xE0]);
        File.WriteAllBytes(Path.Combine(folder, "~$清单.xlsx"), [1, 2, 3]);

        var result = Cli.Run("validate", folder, "--format", "json", "--lang", "en");

        Assert.Equal(1, JsonDocument.Parse(result.Output).RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Contains("旧清单.xls", result.Error, StringComparison.Ordinal);
        Assert.Contains("save it as .xlsx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_workbook_given_by_name_is_refused_with_the_advice_to_save_it_as_xlsx()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-test-").FullName;
        var path = Path.Combine(folder, "清单.et");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0]);

        var result = Cli.Run("validate", path, "--lang", "zh");

        Assert.Equal(1, result.Exit);
        Assert.Contains("SS1502", result.Output, StringComparison.Ordinal);
    }
}
