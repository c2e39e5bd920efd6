using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// diff, score and catalogue build take in what they can read (issue #17, "verbs degrade, they do not stop"): the
/// example regions plus a file with a syntax error, an item without a basic code and an item with a rule error. diff
/// and score leave out only the unreadable file and the item without a basic code (the rule error costs points);
/// the catalogue also leaves out the item with the rule error. Each report says so first.
/// </summary>
public sealed class LeftOutTests
{
    private static readonly Lazy<string> Regions = new(MakeRegions);

    private static string Folder => Regions.Value;

    private static string FileOf(string name) => Path.Combine(Folder, name);

    private static string BrokenEn => $"left out: {FileOf("broken.yaml")} (line 2, column 14: SS1001 The document cannot be read as YAML: the text after this point is not valid YAML (an unclosed or misplaced {{ or [ ?))";

    private static string NoCodeEn => $"left out: {FileOf("yunnan-nujiang.yaml")} item 2 (line 222, column 5: SS1101 'basicCode' is required here.)";

    private static string RuleErrorEn => $"left out: {FileOf("zhejiang-jiaxing.yaml")} item 0 000123020000 (line 32, column 7: SS3101 The committed limit (25 working days) is longer than the legal limit (20 working days).)";

    private const string SummaryEn = "svcstd: 1 file(s) and 1 item(s) left out; 0 other error(s) did not stop the report; 2 file(s) have errors, which 'svcstd validate' lists.\n";

    private static string ExcludedJson => $$"""
        [
            {
              "file": "{{FileOf("broken.yaml")}}",
              "reason": "The document cannot be read as YAML: the text after this point is not valid YAML (an unclosed or misplaced { or [ ?)",
              "code": "SS1001",
              "line": 2,
              "column": 14
            },
            {
              "file": "{{FileOf("yunnan-nujiang.yaml")}}",
              "item": 2,
              "reason": "'basicCode' is required here.",
              "code": "SS1101",
              "line": 222,
              "column": 5
            }
          ]
        """;

    [Fact]
    public void Diff_names_the_unreadable_file_and_the_item_without_a_basic_code_first_and_compares_all_four_regions()
    {
        var (exit, output, error) = Cli.Run("diff", Folder, "--lang", "en");

        Assert.Equal((0, SummaryEn), (exit, error));
        Assert.StartsWith(
            $"{BrokenEn}\n{NoCodeEn}\n\nRegional comparison of government service items\n4 regions, 12 items ",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Score_names_the_unreadable_file_and_the_item_without_a_basic_code_first_and_scores_all_four_regions()
    {
        var (exit, output, error) = Cli.Run("score", Folder, "--lang", "en");

        Assert.Equal((0, SummaryEn), (exit, error));
        Assert.StartsWith($"{BrokenEn}\n{NoCodeEn}\n\nCapability index: 4 regions; ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("score")]
    public void What_was_left_out_is_said_in_chinese_when_asked(string verb)
    {
        var (exit, output, error) = Cli.Run(verb, Folder, "--lang", "zh");

        Assert.Equal(0, exit);
        Assert.StartsWith(
            $"未纳入：{FileOf("broken.yaml")}（第 2 行第 14 列：SS1001 ",
            output,
            StringComparison.Ordinal);
        Assert.Contains($"\n未纳入：{FileOf("yunnan-nujiang.yaml")} 事项 2（第 222 行第 5 列：SS1101 ", output, StringComparison.Ordinal);
        Assert.Equal("svcstd: 未纳入 1 个文件、1 个事项；另有 0 个错误未影响报告；共 2 个文件有错误，svcstd validate 会列出。\n", error);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("score")]
    public void The_json_report_lists_each_file_and_item_left_out_with_its_reason_and_position(string verb)
    {
        var (exit, output, _) = Cli.Run(verb, Folder, "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Reindent(ExcludedJson), Reindent(json.RootElement.GetProperty("excluded").GetRawText()));
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("score")]
    public void Items_with_errors_that_are_read_still_count_and_only_the_left_out_item_is_missing(string verb)
    {
        var (_, output, _) = Cli.Run(verb, Folder, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("regions").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("items").GetInt32());
        // 嘉兴市's item whose committed limit exceeds its legal one (a rule error) still counts; 怒江州 lacks one item.
        Assert.Equal(new Dictionary<string, int> { ["330400"] = 12, ["511011"] = 11, ["533300"] = 10, ["610331"] = 10 }, items);
    }

    [Theory]
    [InlineData("diff", "text")]
    [InlineData("score", "text")]
    [InlineData("diff", "json")]
    [InlineData("score", "markdown")]
    public void Strict_exits_1_when_something_was_left_out_and_still_writes_the_report(string verb, string format)
    {
        var (exit, output, _) = Cli.Run(verb, Folder, "--format", format, "--strict");
        var (cleanExit, _, cleanError) = Cli.Run(verb, Cli.Repo("examples", "inventories"), "--strict");

        Assert.Equal(1, exit);
        Assert.NotEmpty(output);
        Assert.Equal((0, string.Empty), (cleanExit, cleanError));
    }

    [Theory]
    [InlineData("diff", "markdown", "# Regional comparison of government service items\n\n- left out: ")]
    [InlineData("score", "markdown", "# Capability index\n\n- left out: ")]
    [InlineData("diff", "html", "<main class=\"wrap\">\n<section class=\"panel leftout\"><ul class=\"findings\"><li>left out: ")]
    [InlineData("score", "html", "<main class=\"wrap\">\n<section class=\"panel leftout\"><ul class=\"findings\"><li>left out: ")]
    public void Markdown_and_html_reports_list_what_was_left_out_before_anything_else(string verb, string format, string start)
    {
        var (exit, output, _) = Cli.Run(verb, Folder, "--format", format, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains(start, output, StringComparison.Ordinal);
        Assert.Equal(format == "markdown", output.StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_versions_of_one_region_are_compared_and_an_item_left_out_of_one_is_named_first()
    {
        var versions = Cli.Repo("tests", "ServiceStandard.Tests", "Fixtures", "Comparison", "versions");
        var newer = File.ReadAllText(Path.Combine(versions, "taibai-2026-07.yaml"));
        var at = newer.IndexOf("  - basicCode:", StringComparison.Ordinal);
        var line = newer[..at].Count(c => c == '\n') + 1;
        var faulty = Cli.TempFile("taibai-2026-07.yaml", newer[..at] + "  - notAnItem: true\n" + newer[at..]);

        var (exit, output, error) = Cli.Run("diff", Path.Combine(versions, "taibai-2026-01.yaml"), faulty, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith(
            $"left out: {faulty} item 0 (line {line}, column 5: SS1101 'basicCode' is required here.)\n\nInventory version comparison\n",
            output,
            StringComparison.Ordinal);
        Assert.Equal("svcstd: 0 file(s) and 1 item(s) left out; 0 other error(s) did not stop the report; 1 file(s) have errors, which 'svcstd validate' lists.\n", error);
    }

    [Fact]
    public void With_fewer_than_two_readable_regions_diff_still_needs_two_and_lists_what_was_left_out()
    {
        var (exit, output, error) = Cli.Run("diff", FileOf("broken.yaml"), FileOf("shaanxi-taibai.yaml"), "--lang", "en");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal(
            $"svcstd: {BrokenEn}\nsvcstd: diff needs inventories of at least two regions, or exactly two files (OLD NEW) of one region.\n",
            error);
    }

    [Fact]
    public void Catalogue_build_imports_item_by_item_lists_what_it_left_out_and_exits_1()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-left-out-db-").FullName, "catalogue.db");

        var (exit, output, error) = Cli.Run("catalogue", "build", Folder, "--db", target, "--lang", "en");

        Assert.Equal((1, string.Empty), (exit, error));
        Assert.Equal(
            $"rejected  {FileOf("broken.yaml")} (1 error(s), nothing imported)\n" +
            $"  {FileOf("broken.yaml")}:2:14: error SS1001: The document cannot be read as YAML: the text after this point is not valid YAML (an unclosed or misplaced {{ or [ ?) [/]\n" +
            $"added     {FileOf("shaanxi-taibai.yaml")} (10 item(s))\n" +
            $"added     {FileOf("sichuan-dongxing.json")} (11 item(s))\n" +
            $"added     {FileOf("yunnan-nujiang.yaml")} (10 item(s), 1 left out)\n" +
            $"  {NoCodeEn}\n" +
            $"added     {FileOf("zhejiang-jiaxing.yaml")} (11 item(s), 1 left out)\n" +
            $"  {RuleErrorEn}\n" +
            $"{target}: 4 file(s), 4 region(s), 42 item(s) (added 4, updated 0, unchanged 0, rejected 1, removed 0)\n",
            output);
    }

    [Fact]
    public void Catalogue_build_as_json_lists_what_it_left_out_with_basic_code_region_and_position()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-left-out-db-").FullName, "catalogue.db");

        var (exit, output, _) = Cli.Run("catalogue", "build", Folder, "--db", target, "--format", "json", "--lang", "en");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var excluded = ExcludedJson
            .Replace("\"item\": 2,", "\"item\": 2,\n\"region\": \"533300\",", StringComparison.Ordinal)
            .Replace("\n  ]", $$"""
                ,
                { "file": "{{FileOf("zhejiang-jiaxing.yaml")}}", "item": 0, "basicCode": "000123020000", "region": "330400",
                  "reason": "The committed limit (25 working days) is longer than the legal limit (20 working days).", "code": "SS3101", "line": 32, "column": 7 }
                ]
                """, StringComparison.Ordinal);
        Assert.Equal(Reindent(excluded), Reindent(json.RootElement.GetProperty("excluded").GetRawText()));
    }

    [Fact]
    public void Catalogue_coverage_says_first_what_the_build_left_out_and_which_regions_lack_items_because_of_it()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-left-out-db-").FullName, "catalogue.db");
        Cli.Run("catalogue", "build", Folder, "--db", target);

        var (exit, output, _) = Cli.Run("catalogue", "coverage", "--db", target, "--basic", Cli.Repo("examples", "catalogues", "basic-catalogue.yaml"), "--lang", "en");
        var (_, json, _) = Cli.Run("catalogue", "coverage", "--db", target, "--basic", Cli.Repo("examples", "catalogues", "basic-catalogue.yaml"), "--format", "json");

        Assert.Equal(0, exit);
        Assert.StartsWith($"{BrokenEn}\n{NoCodeEn}\n{RuleErrorEn}\n\nBasic catalogue ", output, StringComparison.Ordinal);
        Assert.Contains("\n330400 嘉兴市: 11 of 15 (73.3%) (1 item(s) left out at build)\n", output, StringComparison.Ordinal);
        Assert.Contains("\n533300 怒江傈僳族自治州: 10 of 15 (66.7%) (1 item(s) left out at build)\n", output, StringComparison.Ordinal);
        Assert.Contains("\n511011 东兴区: 11 of 15 (73.3%)\n", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json);
        Assert.Equal(
            [("330400", 1), ("511011", 0), ("533300", 1), ("610331", 0)],
            report.RootElement.GetProperty("regions").EnumerateArray().Select(r => (r.GetProperty("code").GetString(), r.GetProperty("excludedItems").GetInt32())));
        Assert.Equal(3, report.RootElement.GetProperty("excluded").GetArrayLength());
    }

    /// <summary>
    /// Junk in any one value inside an item of one example file costs diff and score at most that item: every region is
    /// still there, the file's own region has at least one item fewer than before, and the others are untouched.
    /// </summary>
    [Fact]
    public void Junk_in_any_one_value_of_an_item_never_costs_diff_or_score_more_than_that_item()
    {
        var examples = Cli.Repo("examples", "inventories");
        var names = Directory.GetFiles(examples).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var regionOf = new Dictionary<string, string>
        {
            ["shaanxi-taibai.yaml"] = "610331", ["sichuan-dongxing.json"] = "511011", ["yunnan-nujiang.yaml"] = "533300", ["zhejiang-jiaxing.yaml"] = "330400",
        };
        var before = new Dictionary<string, Dictionary<string, int>> { ["diff"] = Counts("diff", examples), ["score"] = Counts("score", examples) };
        var values = names.ToDictionary(n => n!, n => ItemValues(File.ReadAllText(Path.Combine(examples, n!)), n!.EndsWith(".json", StringComparison.Ordinal)));
        Assert.All(values, v => Assert.True(v.Value.Count > 100, $"{v.Key}: only {v.Value.Count} values found"));
        // JSON junk must still be JSON (a syntax error leaves the whole file out, as it should); YAML junk is also ~.
        string[] junk = ["\"垃圾 ✗ \\\" : # {\"", "-1", "3.5e400", "true", "null", "[]", "{}", "\"\"", "\"2026-13-45\"", "99999999999999999999999"];

        Gen.Select(Gen.Int[0, names.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, junk.Length]).Sample((file, pick, bad) =>
        {
            var name = names[file]!;
            var value = bad == junk.Length ? (name.EndsWith(".json", StringComparison.Ordinal) ? "\"~\"" : "~") : junk[bad];
            var spots = values[name];
            var (start, length) = spots[pick % spots.Count];
            var folder = Directory.CreateTempSubdirectory("svcstd-junk-").FullName;
            try
            {
                foreach (var other in names)
                {
                    File.Copy(Path.Combine(examples, other!), Path.Combine(folder, other!));
                }

                var text = File.ReadAllText(Path.Combine(examples, name));
                File.WriteAllText(Path.Combine(folder, name), text[..start] + value + text[(start + length)..]);
                foreach (var verb in new[] { "diff", "score" })
                {
                    var after = Counts(verb, folder);
                    foreach (var (region, items) in before[verb])
                    {
                        var floor = region == regionOf[name] ? items - 1 : items;
                        Assert.True(
                            after.TryGetValue(region, out var now) && now >= floor && (region == regionOf[name] || now == items),
                            $"{verb}: {name} with {text.Substring(start, length)} -> {value}: region {region} had {items} item(s), now {(after.TryGetValue(region, out var n) ? n : -1)}");
                    }
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, iter: 100, threads: 1);
    }

    /// <summary>The items per region that a verb reports (JSON), after asserting it exits 0.</summary>
    private static Dictionary<string, int> Counts(string verb, string folder)
    {
        var (exit, output, error) = Cli.Run(verb, folder, "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("items").GetInt32());
    }

    /// <summary>
    /// Where each scalar value inside the items list is written (start and length in the text): in YAML a value after
    /// <c>key: </c> on an item's line (block and flow mappings), in JSON every string, number or literal under <c>items</c>.
    /// </summary>
    private static List<(int Start, int Length)> ItemValues(string text, bool json)
    {
        var from = text.IndexOf(json ? "\"items\"" : "\nitems:", StringComparison.Ordinal);
        var pattern = json
            ? new Regex(@"(?<=""[^""]+""\s*:\s*)(""(?:[^""\\]|\\.)*""|-?\d[\d.eE+-]*|true|false|null)(?=\s*[,}\]\n])")
            : new Regex(@"(?<=[\w\u4e00-\u9fff]: )(""(?:[^""\\]|\\.)*""|[^\s{\[""#,}][^,}\n#]*?)(?=\s*(?:[,}]|\n|$))");
        return pattern.Matches(text, from).Select(m => (m.Index, m.Length)).ToList();
    }

    private static string Reindent(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string MakeRegions()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-left-out-").FullName;
        foreach (var file in Directory.GetFiles(Cli.Repo("examples", "inventories")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // A syntax error: the whole file cannot be read.
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "schemaVersion: \"1.0\"\nregion: {code: \"330400\"\nitems: []\n");
        // 怒江州's third item loses its basic code: that item is left out.
        Replace(Path.Combine(folder, "yunnan-nujiang.yaml"), "  - basicCode: \"000117006000\"\n    implementationCode:", "  - implementationCode:");
        // 嘉兴市's first item promises more than its legal limit (SS3xxx, a rule error): it is still compared and scored.
        Replace(Path.Combine(folder, "zhejiang-jiaxing.yaml"), "committed: { value: 7, unit: workingDays }", "committed: { value: 25, unit: workingDays }");
        return folder;
    }

    private static void Replace(string path, string text, string replacement)
    {
        var content = File.ReadAllText(path);
        Assert.Contains(text, content, StringComparison.Ordinal);
        File.WriteAllText(path, content.Replace(text, replacement, StringComparison.Ordinal));
    }
}
