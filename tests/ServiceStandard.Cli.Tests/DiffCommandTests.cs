using System.Text.Json;

namespace ServiceStandard.Cli.Tests;

public sealed class DiffCommandTests
{
    private static readonly string Examples = Cli.Repo("examples", "inventories");

    private static readonly string OldVersion = Cli.Repo("tests", "ServiceStandard.Tests", "Fixtures", "Comparison", "versions", "taibai-2026-01.yaml");

    private static readonly string NewVersion = Cli.Repo("tests", "ServiceStandard.Tests", "Fixtures", "Comparison", "versions", "taibai-2026-07.yaml");

    [Theory]
    [InlineData("json", "zh", "diff-regions.json")]
    [InlineData("text", "zh", "diff-regions.zh.txt")]
    [InlineData("text", "en", "diff-regions.en.txt")]
    [InlineData("markdown", "zh", "diff-regions.md")]
    [InlineData("csv", "zh", "diff-regions.csv")]
    [InlineData("html", "zh", "diff-regions.html")]
    public void The_example_regions_render_as_approved(string format, string lang, string approved)
    {
        var (exit, output, error) = Cli.Run("diff", Examples, "--format", format, "--lang", lang);

        Assert.Equal((0, string.Empty), (exit, error));
        Approvals.Verify(approved, output);
    }

    [Theory]
    [InlineData("json", "diff-versions.json")]
    [InlineData("text", "diff-versions.zh.txt")]
    [InlineData("markdown", "diff-versions.md")]
    [InlineData("csv", "diff-versions.csv")]
    [InlineData("html", "diff-versions.html")]
    public void Two_versions_of_one_region_render_as_approved(string format, string approved)
    {
        var (exit, output, error) = Cli.Run("diff", OldVersion, NewVersion, "--format", format, "--lang", "zh");

        Assert.Equal((0, string.Empty), (exit, error));
        Approvals.Verify(approved, output);
    }

    [Fact]
    public void The_json_report_has_the_fields_of_format_section_5()
    {
        var (_, output, _) = Cli.Run("diff", Examples, "--format", "json", "--lang", "en");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["regions", "items", "missing", "threshold", "excluded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("""{"code":"330400","name":"嘉兴市","items":12,"strictest":0,"loosest":11}""", root.GetProperty("regions")[0].GetRawText().Replace(" ", "").Replace("\n", ""));
        var item = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("basicCode").GetString() == "000123020000");
        Assert.Equal(
            """{"committedWorkingDays":7,"legalWorkingDays":20,"materials":9,"feeTotal":0,"onsiteVisits":0,"processSteps":4,"intermediaryServices":0,"onlineDepth":4}""",
            item.GetProperty("byRegion").GetProperty("330400").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal(0.73m, item.GetProperty("uniformity").GetDecimal());
        var finding = item.GetProperty("findings")[0];
        Assert.Equal(["kind", "severity", "regions", "message"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("committed time limit (working days): 嘉兴市 7, against a median of 2 across 4 regions.", finding.GetProperty("message").GetString());
        Assert.Equal(["basicCode", "name", "presentIn", "absentFrom"], root.GetProperty("missing")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_higher_threshold_leaves_fewer_findings()
    {
        static int Findings(params string[] extra)
        {
            var (exit, output, _) = Cli.Run(["diff", Examples, "--format", "json", .. extra]);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("findings").GetArrayLength());
        }

        Assert.Equal(49, Findings());
        Assert.True(Findings("--threshold", "2") < 49);
        Assert.True(Findings("--threshold", "0") > 49);
    }

    [Fact]
    public void The_json_report_streamed_to_a_file_or_to_standard_output_is_the_approved_document()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-diff-").FullName, "report.json");

        var toFile = Cli.Run("diff", Examples, "--format", "json", "--lang", "zh", "-o", target);
        var toStdout = Cli.RunProcess("diff", Examples, "--format", "json", "--lang", "zh");

        Assert.Equal((0, string.Empty, string.Empty), (toFile.Exit, toFile.Output, toFile.Error));
        Approvals.Verify("diff-regions.json", File.ReadAllText(target));
        Assert.Equal((0, string.Empty), (toStdout.Exit, toStdout.Error));
        Approvals.Verify("diff-regions.json", toStdout.Output);
    }

    [Fact]
    public void The_report_can_be_written_to_a_file()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-diff-").FullName, "report.html");

        var (exit, output, _) = Cli.Run("diff", Examples, "--format", "html", "-o", target);

        Assert.Equal((0, string.Empty), (exit, output));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_is_self_contained()
    {
        var (exit, html, _) = Cli.Run("diff", Examples, "--format", "html");

        Assert.Equal(0, exit);
        Assert.Equal(1, CountOf(html, "<script>"));
        foreach (var remote in new[] { "http:", "https:", "src=", "@import", "url(", "<link", "@font-face" })
        {
            Assert.DoesNotContain(remote, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_html_report_escapes_every_value()
    {
        var (exit, html, _) = Cli.Run("diff", Hostile(), "--format", "html");

        Assert.Equal(0, exit);
        Assert.Contains("<td class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;<small>000172005000</small></td>", html, StringComparison.Ordinal);
        Assert.Contains("a|b &lt;img src=x&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<script>"));
    }

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralized()
    {
        var (exit, csv, _) = Cli.Run("diff", Hostile(), "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("\uFEFFbasicCode,name,alignedBy,regionCode,regionName,metric,value,median,finding,uniformity\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\n000123020000,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",basicCode,330400,嘉兴市,committedWorkingDays,1,5,,0.65\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\n000171028000,'+1 @x,basicCode,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cells_escape_pipes_and_html()
    {
        var (exit, markdown, _) = Cli.Run("diff", Hostile(), "--format", "markdown");

        Assert.Equal(0, exit);
        Assert.Contains("| &lt;script&gt;alert(1)&lt;/script&gt; | 000172005000 |", markdown, StringComparison.Ordinal);
        Assert.Contains("a\\|b &lt;img src=x&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void One_region_alone_is_a_usage_error()
    {
        var (exit, output, error) = Cli.Run("diff", Path.Combine(Examples, "shaanxi-taibai.yaml"), "--lang", "en");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal("svcstd: diff needs inventories of at least two regions, or exactly two files (OLD NEW) of one region.\n", error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--threshold", "-1")]
    [InlineData("--threshold", "many")]
    [InlineData("--no-such-option", "x")]
    public void Bad_options_are_usage_errors_with_exit_code_2(string option, string value)
    {
        var (exit, output, error) = Cli.Run("diff", Examples, option, value);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith("svcstd: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_or_an_unwritable_output_exits_2()
    {
        Assert.Equal(2, Cli.Run("diff", Examples, "/no/such/inventory.yaml").Exit);
        Assert.Equal(2, Cli.Run("diff", Examples, "-o", "/no/such/folder/report.html").Exit);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Two regions whose item and material names try HTML, formula and Markdown injection.</summary>
    private static string Hostile()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-hostile-").FullName;
        foreach (var (code, file, committed, material) in new[] { ("330400", "a.yaml", 1, "a|b <img src=x>"), ("610331", "b.yaml", 9, "申请表") })
        {
            File.WriteAllText(Path.Combine(folder, file), $$"""
                schemaVersion: "1.0"
                region: { code: "{{code}}" }
                items:
                  - basicCode: "000123020000"
                    name: '=HYPERLINK("http://x","y")'
                    type: administrativeLicensing
                    authority: { name: "a|b" }
                    timeLimits: { committed: { value: {{committed}}, unit: workingDays } }
                    guide: { materials: [ { name: "{{material}}" } ] }
                  - basicCode: "000172005000"
                    name: "<script>alert(1)</script>"
                    type: administrativeLicensing
                    authority: { name: "-1" }
                  - basicCode: "000171028000"
                    name: "+1 @x"
                    type: administrativeLicensing
                    authority: { name: "@x" }
                """);
        }

        return folder;
    }
}
