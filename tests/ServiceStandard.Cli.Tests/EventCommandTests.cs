using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceStandard.Cli.Tests;

/// <summary><c>svcstd event</c>: an event measured region by region, in every format and both languages.</summary>
public sealed partial class EventCommandTests
{
    private static readonly string Examples = Cli.Repo("examples", "inventories");

    private static readonly string Restaurant = Cli.Repo("examples", "events", "restaurant-opening.yaml");

    private static readonly string BusinessStart = Cli.Repo("examples", "events", "business-start.yaml");

    [Theory]
    [InlineData("text", "en", "event-restaurant.en.txt")]
    [InlineData("text", "zh", "event-restaurant.zh.txt")]
    [InlineData("json", "en", "event-restaurant.json")]
    [InlineData("markdown", "zh", "event-restaurant.md")]
    [InlineData("html", "zh", "event-restaurant.html")]
    public void The_restaurant_report_over_the_examples_is_the_approved_one(string format, string lang, string approved)
    {
        var (exit, output, error) = Cli.Run("event", Restaurant, Examples, "--format", format, "--lang", lang);

        Assert.Equal((0, string.Empty), (exit, error));
        Approvals.Verify(approved, output);
    }

    [Fact]
    public void The_text_report_ranks_the_example_regions_with_the_figures_checked_by_hand()
    {
        // The arithmetic is in ServiceStandard.Tests' EventComparisonTests: committed 3, 6, 7, 13; legal 23 everywhere.
        var (_, output, _) = Cli.Run("event", Restaurant, Examples, "--lang", "en");

        Assert.Equal(
            [
                "rank  code    region            complete  committed  legal  visits  fees (CNY)  materials  online  target",
                "   1  511011  东兴区            yes               3     23       2           0         12       3  -",
                "   2  533300  怒江傈僳族自治州  yes               6     23       3           0         12       3  -",
                "   3  330400  嘉兴市            yes               7     23       0           0         14       4  -",
                "   4  610331  太白县            yes              13     23       4           0         14       2  -",
            ],
            output.Split('\n').SkipWhile(l => !l.StartsWith("rank", StringComparison.Ordinal)).Take(5).ToArray());
    }

    [Fact]
    public void The_json_report_has_exactly_the_fields_of_format_section_12()
    {
        var (_, output, _) = Cli.Run("event", Restaurant, Examples, "--format", "json");
        var root = JsonDocument.Parse(output).RootElement;

        Assert.Equal("""{"code":"restaurant-opening","name":"开办餐饮店","kind":"businessEvent"}""", JsonSerializer.Serialize(root.GetProperty("event"), Unescaped));
        Assert.Equal(
            """{"code":"511011","name":"东兴区","complete":true,"missing":[],"committedWorkingDays":3,"legalWorkingDays":23,"onsiteVisits":2,"feeTotal":0,"materials":12,"onlineDepth":3,"meetsTarget":null,"missedTargets":[]}""",
            JsonSerializer.Serialize(root.GetProperty("regions")[0], Unescaped));
        Assert.Equal(["511011", "533300", "330400", "610331"], root.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").ValueKind);
        Assert.Equal(0, root.GetProperty("excluded").GetArrayLength());
    }

    [Fact]
    public void An_incomplete_region_has_no_figure_and_the_event_file_is_told_which_codes_no_inventory_carries()
    {
        var (exit, output, error) = Cli.Run("event", BusinessStart, Examples, "--format", "json", "--lang", "en");
        var region = JsonDocument.Parse(output).RootElement.GetProperty("regions")[0];

        Assert.Equal(0, exit);
        Assert.Equal(
            """{"code":"330400","name":"嘉兴市","complete":false,"missing":["000771001000","001077003000","000791002000"],"committedWorkingDays":null,"legalWorkingDays":null,"onsiteVisits":null,"feeTotal":null,"materials":null,"onlineDepth":null,"meetsTarget":null,"missedTargets":[]}""",
            JsonSerializer.Serialize(region, Unescaped));
        Assert.Equal(
            $"{BusinessStart}:21:13: warning SS1308: No inventory read carries 000771001000 (/steps/0/items/0): every region is incomplete for it.\n"
            + $"{BusinessStart}:23:13: warning SS1308: No inventory read carries 001077003000 (/steps/1/items/0): every region is incomplete for it.\n"
            + $"{BusinessStart}:25:13: warning SS1308: No inventory read carries 000791002000 (/steps/2/items/0): every region is incomplete for it.\n",
            error);
    }

    [Theory]
    [InlineData("en", "太白县 (610331) lacks 000123020000 公共场所卫生许可: no end-to-end figure.", "嘉兴市 (330400) misses the target: committed limits at most 6 working days end to end (is 7).")]
    [InlineData("zh", "太白县（610331）缺少 000123020000 公共场所卫生许可，不计算全程数值。", "嘉兴市（330400）未达到目标：承诺时限合计不超过 6 个工作日（实为 7）。")]
    public void The_text_names_what_an_incomplete_region_lacks_and_who_misses_the_target(string lang, string lacks, string misses)
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-event-").FullName;
        foreach (var file in Directory.GetFiles(Examples))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), Path.GetFileName(file) == "shaanxi-taibai.yaml" ? text.Replace("basicCode: \"000123020000\"", "basicCode: \"000123020009\"", StringComparison.Ordinal) : text);
        }

        var target = Cli.TempFile("event.yaml", File.ReadAllText(Restaurant).Replace("source:", "target: { committedWorkingDays: 6 }\nsource:", StringComparison.Ordinal));

        var (exit, output, error) = Cli.Run("event", target, folder, "--lang", lang);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("\n" + lacks + "\n", output, StringComparison.Ordinal);
        Assert.Contains("\n" + misses + "\n", output, StringComparison.Ordinal);
        Assert.Contains(lang == "en" ? "\n   4  610331  太白县            no " : "\n   4  610331  太白县            否 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_draws_one_chain_per_region_and_fetches_nothing()
    {
        var (exit, output, _) = Cli.Run("event", Restaurant, Examples, "--format", "html", "--lang", "en");
        var (_, incomplete, _) = Cli.Run("event", BusinessStart, Examples, "--format", "html", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal(4, Chain().Matches(output).Count);
        Assert.Equal(8, Regex.Matches(output, "<rect class=\"step\"").Count);
        Assert.DoesNotContain("http://", output.Replace("http://www.beijing.gov.cn/", string.Empty, StringComparison.Ordinal).Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.Ordinal);
        Assert.Equal(4, Chain().Matches(incomplete).Count);
        Assert.Equal(4, Regex.Matches(incomplete, "fill=\"url\\(#hatch\\)\"").Count);
        Assert.Contains("target 8.5", incomplete, StringComparison.Ordinal);
    }

    [Fact]
    public void What_cannot_be_read_of_the_inventories_is_left_out_and_listed_first_as_diff_does()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-event-").FullName;
        foreach (var file in Directory.GetFiles(Examples))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "schemaVersion: \"1.0\"\nregion: { code: [ }\n");

        var (exit, output, error) = Cli.Run("event", Restaurant, folder, "--lang", "en");
        var (_, json, _) = Cli.Run("event", Restaurant, folder, "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith($"left out: {Path.Combine(folder, "broken.yaml")} (line 2, column ", output, StringComparison.Ordinal);
        Assert.Equal("svcstd: 1 file(s) and 0 item(s) left out; 0 other error(s) did not stop the report; 1 file(s) have errors, which 'svcstd validate' lists.\n", error);
        Assert.Equal(Path.Combine(folder, "broken.yaml"), JsonDocument.Parse(json).RootElement.GetProperty("excluded")[0].GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("en", ":3:7: error SS1307: Event file, /kind = business: the kind is 'businessEvent' or 'lifeEvent'.\n")]
    [InlineData("zh", ":3:7: 错误 SS1307: 一件事文件 /kind = business：类别为“businessEvent”或“lifeEvent”。\n")]
    public void An_invalid_event_file_is_reported_where_it_is_wrong_and_exits_2(string lang, string expected)
    {
        var path = Cli.TempFile("event.yaml", "event: x\ncode: x\nkind: business\nsteps: [{ items: [\"000771004000\"] }]\n");

        var (exit, output, error) = Cli.Run("event", path, Examples, "--lang", lang);

        Assert.Equal((2, string.Empty, path + expected), (exit, output, error));
    }

    [Fact]
    public void A_missing_event_file_or_inventory_exits_2()
    {
        Assert.Equal((2, "svcstd: no such file: /no/event.yaml\n"), Pick(Cli.Run("event", "/no/event.yaml", Examples, "--lang", "en")));
        Assert.Equal((2, "svcstd: no such file or folder: /no/inventories\n"), Pick(Cli.Run("event", Restaurant, "/no/inventories", "--lang", "en")));

        var empty = Directory.CreateTempSubdirectory("svcstd-event-").FullName;
        File.WriteAllText(Path.Combine(empty, "broken.yaml"), "region: [\n");
        var (exit, _, error) = Cli.Run("event", Restaurant, empty, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.EndsWith("svcstd: no inventory can be read: no region to measure the event in.\n", error, StringComparison.Ordinal);

        static (int, string) Pick((int Exit, string Output, string Error) run) => (run.Exit, run.Error);
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex("<g class=\"chain\" data-region=\"[0-9]{6}\">")]
    private static partial Regex Chain();
}
