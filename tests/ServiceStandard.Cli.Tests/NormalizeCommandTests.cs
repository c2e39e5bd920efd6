namespace ServiceStandard.Cli.Tests;

public sealed class NormalizeCommandTests
{
    private const string Messy =
        "schemaVersion: \"1.0\"\n" +
        "region: { code: \"610331\" }\n" +
        "items:\n" +
        "  - { 基本编码: \"000123020000\", 事项名称: 公共场所卫生许可, 事项类型: 行政许可, 实施主体: 太白县卫生健康局, 法定办结时限: 20个工作日, 咨询电话: \"0917—4821234\" }\n";

    private const string Canonical =
        "schemaVersion: \"1.0\"\n" +
        "region:\n" +
        "  code: \"610331\"\n" +
        "  name: 太白县\n" +
        "items:\n" +
        "  - basicCode: \"000123020000\"\n" +
        "    name: 公共场所卫生许可\n" +
        "    type: administrativeLicensing\n" +
        "    status: active\n" +
        "    authority:\n" +
        "      name: 太白县卫生健康局\n" +
        "    timeLimits:\n" +
        "      legal:\n" +
        "        value: 20\n" +
        "        unit: workingDays\n" +
        "        note: \"20个工作日\"\n" +
        "    contacts:\n" +
        "      consultation:\n" +
        "        - phone: \"0917-4821234\"\n";

    /// <summary><see cref="Messy"/> with a value that cannot be read (visits as text) and a second item without a basic code.</summary>
    private const string Faulty =
        "schemaVersion: \"1.0\"\n" +
        "region: { code: \"610331\" }\n" +
        "items:\n" +
        "  - { 基本编码: \"000123020000\", 事项名称: 公共场所卫生许可, 事项类型: 行政许可, 实施主体: 太白县卫生健康局, 法定办结时限: 20个工作日, 咨询电话: \"0917—4821234\", guide: { onsiteVisits: lots } }\n" +
        "  - { 事项名称: 无编码事项 }\n";

    [Fact]
    public void Normalize_prints_the_canonical_yaml_on_standard_output_and_exits_0()
    {
        var file = Cli.TempFile("taibai.yaml", Messy);

        var (exit, output, error) = Cli.Run("normalize", file);

        Assert.Equal(0, exit);
        Assert.Equal(Canonical, output);
        Assert.Empty(error);
        Assert.Equal(Messy, File.ReadAllText(file));
    }

    [Fact]
    public void Explain_lists_every_change_on_standard_error()
    {
        var file = Cli.TempFile("taibai.yaml", Messy);

        var (exit, output, error) = Cli.Run("normalize", file, "--explain", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal(Canonical, output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.Contains($"{file}:2:1: info SS8202: The region name is filled from GB/T 2260: 太白县. [/region/name]", lines);
        Assert.Contains($"{file}:4:7: info SS8001: '基本编码' is read as /items/0/basicCode. [/items/0/basicCode]", lines);
        Assert.Contains($"{file}:4:51: info SS8003: '行政许可' is written as 'administrativeLicensing'. [/items/0/type]", lines);
        Assert.Contains(lines, l => l.EndsWith("info SS8101: The time limit '20个工作日' is read as 20 working days. [/items/0/timeLimits/legal]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("info SS8201: '0917—4821234' is written as '0917-4821234'. [/items/0/contacts/consultation/0/phone]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("out.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"region\": {\n    \"code\": \"610331\",\n    \"name\": \"太白县\"\n  },\n")]
    [InlineData("out.yaml", "schemaVersion: \"1.0\"\nregion:\n  code: \"610331\"\n  name: 太白县\n")]
    [InlineData("out.yml", "schemaVersion: \"1.0\"\nregion:\n  code: \"610331\"\n  name: 太白县\n")]
    public void Output_writes_json_or_yaml_by_the_extension_of_the_output_file(string name, string start)
    {
        var file = Cli.TempFile("taibai.yaml", Messy);
        var target = Path.Combine(Path.GetDirectoryName(file)!, name);

        var (exit, output, _) = Cli.Run("normalize", file, "-o", target);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        var written = File.ReadAllBytes(target);
        Assert.NotEqual(0xEF, written[0]);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run("normalize", target, "--check").Exit);
    }

    [Fact]
    public void Check_exits_0_and_prints_nothing_for_a_canonical_file()
    {
        var file = Cli.TempFile("taibai.yaml", Canonical);

        var (exit, output, error) = Cli.Run("normalize", file, "--check");

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Empty(error);
    }

    [Fact]
    public void Check_exits_1_with_a_short_unified_diff_when_the_file_is_not_canonical()
    {
        var file = Cli.TempFile("taibai.yaml", Canonical.Replace("  name: 太白县\n", string.Empty, StringComparison.Ordinal).Replace("\"0917-4821234\"", "\"0917—4821234\"", StringComparison.Ordinal));

        var (exit, output, _) = Cli.Run("normalize", file, "--check");

        Assert.Equal(1, exit);
        Assert.Equal(
            $"--- {file}\n+++ {file}（规范形式）\n" +
            "@@ -1,6 +1,7 @@\n schemaVersion: \"1.0\"\n region:\n   code: \"610331\"\n+  name: 太白县\n items:\n   - basicCode: \"000123020000\"\n     name: 公共场所卫生许可\n" +
            "@@ -15,4 +16,4 @@\n         note: \"20个工作日\"\n     contacts:\n       consultation:\n-        - phone: \"0917—4821234\"\n+        - phone: \"0917-4821234\"\n",
            output);
        Assert.DoesNotContain("太白县\n", File.ReadAllText(file).Split("region:")[1][..20], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_sees_a_byte_order_mark_and_crlf_line_ends()
    {
        var file = Cli.TempFile("taibai.yaml", "\uFEFF" + Canonical.Replace("\n", "\r\n", StringComparison.Ordinal));

        var (exit, output, _) = Cli.Run("normalize", file, "--check");

        Assert.Equal(1, exit);
        Assert.StartsWith($"--- {file}\n+++ {file}（规范形式）\n@@ -1,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void In_place_rewrites_the_file_atomically_and_leaves_no_temporary_file()
    {
        var file = Cli.TempFile("taibai.yaml", Messy);

        var (exit, output, error) = Cli.Run("normalize", file, "--in-place");

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Empty(error);
        Assert.Equal(Canonical, File.ReadAllText(file));
        Assert.Single(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void In_place_refuses_a_yaml_file_with_comments_and_leaves_it_untouched()
    {
        var commented = "# 本地说明：请勿删除\n" + Messy;
        var file = Cli.TempFile("taibai.yaml", commented);
        var before = File.GetLastWriteTimeUtc(file);

        var (exit, output, error) = Cli.Run("normalize", file, "--in-place", "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"svcstd: {file} has comments, which normalizing would drop; the file is left untouched. Write the result elsewhere with -o, or remove the comments first.\n", error);
        Assert.Equal(commented, File.ReadAllText(file));
        Assert.Equal(before, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void A_document_that_cannot_be_read_is_not_normalized_and_exits_1_with_its_diagnostics()
    {
        var file = Cli.TempFile("broken.yaml", "schemaVersion: \"1.0\"\nregion:\n  code: \"33000\"\nitems: []\n");

        var (exit, output, error) = Cli.Run("normalize", file, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal(
            $"{file}:3:9: error SS1104: '33000' is not a valid code (行政区划代码): expected 6 digits (GB/T 2260). [/region/code]\n" +
            $"svcstd: {file} cannot be read and was not normalized.\n",
            error);
    }

    [Fact]
    public void A_document_with_errors_is_written_canonical_as_far_as_it_can_be_read_and_each_item_left_out_is_named_with_exit_1()
    {
        var file = Cli.TempFile("taibai.yaml", Faulty);

        var (exit, output, error) = Cli.Run("normalize", file, "--lang", "en");

        Assert.Equal(1, exit);
        // The value that could not be read is written back as it was.
        Assert.Equal(Canonical.Replace("    contacts:", "    guide:\n      onsiteVisits: lots\n    contacts:", StringComparison.Ordinal), output);
        Assert.Equal(
            $"{file}:4:134: error SS1109: 'lots' cannot be read as a number for 'onsiteVisits'; it is kept as written. [/items/0/guide/onsiteVisits]\n" +
            $"{file}:5:5: error SS1101: 'basicCode' is required here. [/items/1/basicCode]\n" +
            $"{file}:5:5: error SS1101: 'type' is required here. [/items/1/type]\n" +
            $"{file}:5:5: error SS1101: 'authority' is required here. [/items/1/authority]\n" +
            $"svcstd: {file} item 1 is not in the canonical form: line 5, column 5: SS1101 'basicCode' is required here.\n" +
            $"svcstd: {file} has errors: its canonical form holds what could be read (svcstd validate lists every finding).\n",
            error);
    }

    [Fact]
    public void In_place_refuses_a_file_with_errors_and_leaves_it_untouched_because_it_would_lose_what_could_not_be_read()
    {
        var file = Cli.TempFile("taibai.yaml", Faulty);

        var (exit, output, error) = Cli.Run("normalize", file, "--in-place", "--lang", "en");

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.EndsWith(
            $"svcstd: {file} has errors, and --in-place would write over what could not be read; the file is left untouched. Write the canonical form elsewhere with -o, or fix the errors first.\n",
            error,
            StringComparison.Ordinal);
        Assert.Equal(Faulty, File.ReadAllText(file));
    }

    [Fact]
    public void Check_of_a_canonical_document_with_errors_shows_no_diff_and_exits_1()
    {
        // The unreadable value is kept as written, so the document is already in its canonical form; its error remains.
        var canonicalWithError = Canonical.Replace("    contacts:", "    guide:\n      onsiteVisits: lots\n    contacts:", StringComparison.Ordinal);
        var file = Cli.TempFile("taibai.yaml", canonicalWithError);

        var (exit, output, error) = Cli.Run("normalize", file, "--check", "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.EndsWith($"svcstd: {file} has errors: its canonical form holds what could be read (svcstd validate lists every finding).\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_time_limit_is_a_warning_on_standard_error_and_is_kept_as_written()
    {
        var file = Cli.TempFile("taibai.yaml", Messy.Replace("20个工作日", "视情况而定", StringComparison.Ordinal));

        var (exit, output, error) = Cli.Run("normalize", file, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("    timeLimits:\n      legal: 视情况而定\n", output, StringComparison.Ordinal);
        Assert.Equal($"{file}:4:81: warning SS8103: The time limit '视情况而定' cannot be read as a value and a unit; it is kept as written. [/items/0/timeLimits/legal]\n", error);
    }

    [Theory]
    [InlineData("--in-place", "-o", "out.yaml")]
    [InlineData("--check", "-o", "out.yaml")]
    [InlineData("--check", "--in-place", null)]
    [InlineData("-o", "out.txt", null)]
    public void Conflicting_options_or_an_unknown_output_extension_exit_2(string first, string second, string? third)
    {
        var file = Cli.TempFile("taibai.yaml", Messy);
        string[] args = third is null ? ["normalize", file, first, second] : ["normalize", file, first, second, third];

        var (exit, output, error) = Cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("svcstd: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line()
    {
        var (exit, _, error) = Cli.Run("normalize", "/no/such/inventory.yaml", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal("svcstd: no such file: /no/such/inventory.yaml\n", error);
    }
}
