using System.Text.Json;

namespace ServiceStandard.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static readonly string Examples = Cli.Repo("examples", "inventories");

    [Theory]
    [InlineData("text", "en", "score-examples.en.txt")]
    [InlineData("text", "zh", "score-examples.zh.txt")]
    [InlineData("json", "en", "score-examples.json")]
    [InlineData("markdown", "zh", "score-examples.md")]
    [InlineData("html", "zh", "score-examples.html")]
    public void The_examples_report_is_the_approved_one(string format, string lang, string approved)
    {
        var (exit, output, error) = Cli.Run("score", Examples, "--format", format, "--lang", lang);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Approvals.Verify(approved, output);
    }

    [Fact]
    public void The_json_report_has_the_fields_of_format_section_7_and_the_ranking()
    {
        var (_, output, _) = Cli.Run("score", Examples, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;

        var first = root.GetProperty("regions")[0];
        Assert.Equal(["code", "name", "items", "dimensions", "index", "band", "findings"], first.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["channelCompleteness", "itemCoverage", "guideAccuracy", "onlineInteractivity"], first.GetProperty("dimensions").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(
            ["330400 93.3 veryHigh", "511011 85.9 high", "533300 80.1 high", "610331 71.1 medium"],
            root.GetProperty("regions").EnumerateArray().Select(r => $"{r.GetProperty("code").GetString()} {r.GetProperty("index").GetRawText()} {r.GetProperty("band").GetString()}").ToArray());
        Assert.Equal("""{"kind":"union","items":12}""", JsonSerializer.Serialize(root.GetProperty("reference")));
        Assert.Equal("82.6", root.GetProperty("mean").GetRawText());
        Assert.Equal(2, root.GetProperty("aboveMean").GetInt32());
        Assert.Equal("100.0", first.GetProperty("dimensions").GetProperty("itemCoverage").GetRawText());
    }

    [Fact]
    public void A_basic_catalogue_becomes_the_reference()
    {
        var basic = Cli.Repo("tests", "ServiceStandard.Tests", "Scoring", "basic-catalogue.csv");

        var (exit, output, _) = Cli.Run("score", Examples, "--basic", basic, "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("""{"kind":"basic","items":11}""", JsonSerializer.Serialize(root.GetProperty("reference")));
        Assert.Equal("90.9", root.GetProperty("regions")[0].GetProperty("dimensions").GetProperty("itemCoverage").GetRawText());
    }

    [Fact]
    public void A_weights_file_changes_the_index_and_is_echoed_in_the_report()
    {
        var weights = Cli.TempFile("weights.yaml", "channelCompleteness: 0\nitemCoverage: 0\nguideAccuracy: 0\nonlineInteractivity: 1\n");

        var (exit, output, _) = Cli.Run("score", Examples, "--weights", weights, "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["330400 83.1 high", "511011 62.8 low", "533300 49.6 low", "610331 33.0 low"],
            root.GetProperty("regions").EnumerateArray().Select(r => $"{r.GetProperty("code").GetString()} {r.GetProperty("index").GetRawText()} {r.GetProperty("band").GetString()}").ToArray());
        Assert.Equal("""{"channelCompleteness":0,"itemCoverage":0,"guideAccuracy":0,"onlineInteractivity":1}""", JsonSerializer.Serialize(root.GetProperty("weights")));
    }

    [Fact]
    public void Top_sets_how_many_findings_each_region_lists()
    {
        var (_, one, _) = Cli.Run("score", Examples, "--format", "json", "--top", "1");
        var (_, none, _) = Cli.Run("score", Examples, "--format", "json", "--top", "0");

        Assert.All(JsonDocument.Parse(one).RootElement.GetProperty("regions").EnumerateArray(), r => Assert.Equal(1, r.GetProperty("findings").GetArrayLength()));
        Assert.All(JsonDocument.Parse(none).RootElement.GetProperty("regions").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("findings").GetArrayLength()));
    }

    [Fact]
    public void Nothing_readable_is_nothing_to_score_and_exits_2_naming_what_was_left_out()
    {
        var broken = Cli.TempFile("broken.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"33000\" }\nitems: []\n");

        var (exit, output, error) = Cli.Run("score", broken, "--lang", "en");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal(
            $"svcstd: left out: {broken} (line 2, column 17: SS1104 '33000' is not a valid code (行政区划代码): expected 6 digits (GB/T 2260).)\n"
            + "svcstd: no inventory can be read: nothing to score.\n",
            error);
    }

    [Fact]
    public void Business_rule_errors_do_not_stop_scoring_they_cost_points()
    {
        var file = TaibaiWith("committed: { value: 15, unit: workingDays }", "committed: { value: 25, unit: workingDays }");

        var (exit, output, _) = Cli.Run("score", file, "--format", "json", "--top", "10");

        Assert.Equal(0, exit);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("regions")[0].GetProperty("findings");
        var limits = findings.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "inconsistentTimeLimits");
        // One item of ten: 10 points / 10 items.
        Assert.Equal("""{"guideAccuracy":1.0}""", JsonSerializer.Serialize(limits.GetProperty("pointsLost")));
        Assert.Equal(["000172005000"], limits.GetProperty("itemCodes").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [Fact]
    public void An_invalid_weights_file_prints_its_problems_and_exits_2()
    {
        var weights = Cli.TempFile("weights.yaml", "channelCompleteness: 0.25\nitemCoverage: 0.25\nguideAccuracy: 0.25\n");

        var (exit, output, error) = Cli.Run("score", Examples, "--weights", weights, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{weights}:1:1: error SS1302: 'onlineInteractivity: ' is not a valid weight: every dimension needs a weight.\n", error);
    }

    [Fact]
    public void An_invalid_or_missing_basic_catalogue_exits_2()
    {
        var basic = Cli.TempFile("basic.csv", "000123020000,公共场所卫生许可\n12345,短\n");

        var invalid = Cli.Run("score", Examples, "--basic", basic, "--lang", "zh");
        var missing = Cli.Run("score", Examples, "--basic", basic + ".nothing", "--lang", "en");

        Assert.Equal(2, invalid.Exit);
        Assert.Equal($"{basic}:2:1: 错误 SS1303: 基本目录条目“12345”：不是 12 位基本编码。\n", invalid.Error);
        Assert.Equal(2, missing.Exit);
        Assert.Equal($"svcstd: no such file: {basic}.nothing\n", missing.Error);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var (exit, _, error) = Cli.Run("score", "no/such/folder", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal("svcstd: no such file or folder: no/such/folder\n", error);
    }

    [Fact]
    public void The_html_report_escapes_values_and_loads_nothing_from_elsewhere()
    {
        var file = TaibaiWith("  name: 太白县\n", "  name: \"<script>alert('太白')</script> & Co\"\n");

        var (exit, output, _) = Cli.Run("score", file, Path.Combine(Examples, "zhejiang-jiaxing.yaml"), "--format", "html");

        Assert.Equal(0, exit);
        Assert.Contains("&lt;script&gt;alert(&#39;太白&#39;)&lt;/script&gt; &amp; Co", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.Ordinal);
        Assert.DoesNotContain("http", output, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_escapes_table_characters_in_names()
    {
        var file = TaibaiWith("  name: 太白县\n", "  name: \"太白|县*\"\n");

        var (_, output, _) = Cli.Run("score", file, "--format", "markdown", "--lang", "en");

        Assert.Contains("| 1 | 610331 | 太白\\|县\\* | 10 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_written_to_a_file_with_o()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-score-").FullName, "score.json");

        var (exit, output, _) = Cli.Run("score", Examples, "--format", "json", "-o", target);

        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Equal(Cli.Run("score", Examples, "--format", "json").Output, File.ReadAllText(target));
    }

    /// <summary>太白县's example inventory with one text replaced, in a temporary file.</summary>
    private static string TaibaiWith(string text, string replacement) =>
        Cli.TempFile("taibai.yaml", File.ReadAllText(Path.Combine(Examples, "shaanxi-taibai.yaml")).Replace(text, replacement, StringComparison.Ordinal));
}
