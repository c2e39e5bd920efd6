using System.Text.Json;

namespace ServiceStandard.Cli.Tests;

/// <summary>validate with the business rules: planted faults in a real example, rule sets, --strict, SARIF.</summary>
public sealed class ValidateRulesTests
{
    [Fact]
    public void Each_fault_planted_in_a_real_example_is_found_at_its_line()
    {
        var original = File.ReadAllText(Cli.Repo("examples", "inventories", "zhejiang-jiaxing.yaml"));
        var lines = original.Split('\n');
        var phoneLine = Array.FindIndex(lines, l => l.Contains("\"0573-", StringComparison.Ordinal)) + 1;
        var materialLine = Array.FindIndex(lines, l => l.Contains("- name: ", StringComparison.Ordinal) && l.Contains("申请", StringComparison.Ordinal)) + 1;
        var creditLine = Array.FindIndex(lines, l => l.Contains("creditCode: \"11330400MB879MKF0J\"", StringComparison.Ordinal)) + 1;
        lines[phoneLine - 1] = lines[phoneLine - 1].Replace("\"0573-", "\"", StringComparison.Ordinal);
        lines[materialLine - 1] = lines[materialLine - 1][..lines[materialLine - 1].IndexOf("- name: ", StringComparison.Ordinal)] + "- name: 其他相关材料";
        lines[creditLine - 1] = lines[creditLine - 1].Replace("MKF0J", "MKF0K", StringComparison.Ordinal);
        var file = Cli.TempFile("planted.yaml", string.Join('\n', lines));

        var (exit, output, _) = Cli.Run("validate", file, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:{creditLine}:19: error SS2101:", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:{materialLine}:", output, StringComparison.Ordinal);
        Assert.Contains("warning SS5105: The material '其他相关材料' is vague ('相关材料').", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:{phoneLine}:", output, StringComparison.Ordinal);
        Assert.Contains("warning SS7103:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_set_file_above_the_inventory_turns_rules_off_and_raises_others()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-rules-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "dept"));
        File.WriteAllText(Path.Combine(folder, ".svcstd.yaml"), "rules:\n  SS7102: off\n  SS2201: warning\n");
        File.WriteAllText(Path.Combine(folder, "dept", "i.yaml"), Minimal);

        var (exit, output, _) = Cli.Run("validate", Path.Combine(folder, "dept"), "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("warning SS2201:", output, StringComparison.Ordinal);
        Assert.Contains("error SS4101:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SS7102", output, StringComparison.Ordinal);
        Assert.Contains("warning SS7102:", Cli.Run("validate", Cli.TempFile("control.yaml", Minimal), "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rule_set_is_a_usage_error_naming_its_line()
    {
        var rules = Cli.TempFile("rules.yaml", "rules:\n  SS9999: off\n  SS1001: off\n");
        var inventory = Cli.TempFile("i.yaml", Minimal);

        var (exit, _, error) = Cli.Run("validate", inventory, "--rules", rules, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains($"{rules}:2:3: error SS1301:", error, StringComparison.Ordinal);
        Assert.Contains($"{rules}:3:3: error SS1301:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_turns_warnings_into_errors_and_the_exit_code_follows()
    {
        var inventory = Cli.TempFile("i.yaml", Minimal);
        var rules = Cli.TempFile("rules.yaml", "rules: { SS4101: off, SS2201: off }\n");

        var relaxed = Cli.Run("validate", inventory, "--rules", rules);
        var strict = Cli.Run("validate", inventory, "--rules", rules, "--strict");

        Assert.Equal(0, relaxed.Exit);
        Assert.Equal(1, strict.Exit);
    }

    [Fact]
    public void Sarif_output_lists_every_rule_and_locates_each_result()
    {
        var inventory = Cli.TempFile("i.yaml", Minimal);

        var (_, output, _) = Cli.Run("validate", inventory, "--format", "sarif", "--lang", "en");

        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("svcstd", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.Equal(ServiceStandard.Diagnostics.DiagnosticCatalog.All.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "SS4101");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0];
        Assert.Equal(new Uri(inventory).AbsoluteUri, location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(4, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("000123020000", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    private const string Minimal = """
        schemaVersion: "1.0"
        region: { code: "330400" }
        items:
          - basicCode: "000123020000"
            name: 公共场所卫生许可
            type: administrativeLicensing
            authority: { name: 嘉兴市卫生健康委员会 }
            timeLimits: { committed: { value: 5, unit: workingDays } }
            contacts: { consultation: [ { phone: "0573-82345678" } ] }
        """;
}
