using System.Text.Json;

namespace ServiceStandard.Cli.Tests;

public sealed class ValidateCommandTests
{
    private const string Broken = "schemaVersion: \"1.0\"\nregion:\n  code: \"33000\"\nitems: []\n";

    [Fact]
    public void The_example_inventories_validate_with_exit_code_0()
    {
        var (exit, output, error) = Cli.Run("validate", Cli.Repo("examples", "inventories"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal("4 file(s), 44 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", output);
        Assert.Empty(error);
    }

    [Fact]
    public void A_wrong_shape_exits_1_with_a_compiler_style_line_carrying_line_and_column()
    {
        var file = Cli.TempFile("broken.yaml", Broken);

        var (exit, output, _) = Cli.Run("validate", file, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{file}:3:9: error SS1104: '33000' is not a valid code (行政区划代码): expected 6 digits (GB/T 2260). [/region/code]\n" +
            "1 file(s), 0 item(s): 1 error(s), 0 warning(s), 0 info(s).\n",
            output);
    }

    [Fact]
    public void Every_item_written_is_counted_even_one_that_no_verb_can_use()
    {
        var file = Cli.TempFile("one.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"610331\" }\nitems:\n  - { name: 无编码事项, type: publicService, authority: 某局 }\n");

        var (exit, output, _) = Cli.Run("validate", file, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{file}:4:5: error SS1101: 'basicCode' is required here. [/items/0/basicCode]\n" +
            "1 file(s), 1 item(s): 1 error(s), 0 warning(s), 0 info(s).\n",
            output);
    }

    [Fact]
    public void A_divisions_file_adds_a_county_created_after_the_built_in_table_and_a_faulty_one_stops_with_exit_2()
    {
        var inventory = Cli.TempFile("new.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330499\" }\nitems: []\n");
        var divisions = Cli.TempFile("divisions.csv", "code,name\n330499,新设区\n");
        var faulty = Cli.TempFile("faulty.csv", "330499\n");

        var without = Cli.Run("validate", inventory, "--lang", "en");
        var with = Cli.Run("validate", inventory, "--divisions", divisions, "--lang", "en");
        var broken = Cli.Run("validate", inventory, "--divisions", faulty, "--lang", "en");

        Assert.Equal(1, without.Exit);
        Assert.Contains("error SS2104", without.Output, StringComparison.Ordinal);
        Assert.Equal((0, "1 file(s), 0 item(s): 0 error(s), 0 warning(s), 0 info(s).\n"), (with.Exit, with.Output));
        Assert.Equal(2, broken.Exit);
        Assert.Equal($"{faulty}:1:1: error SS1306: '330499' is not a division: expected a 6-digit GB/T 2260 code and a name, e.g. 330401,某某区.\n", broken.Error);
    }

    [Fact]
    public void Messages_are_chinese_with_lang_zh()
    {
        var file = Cli.TempFile("broken.yaml", Broken);

        var (_, output, _) = Cli.Run("validate", file, "--lang", "zh");

        Assert.Contains("错误 SS1104: “33000”不是有效的行政区划代码：应为6 位数字（GB/T 2260）。", output, StringComparison.Ordinal);
        Assert.EndsWith("1 个文件，0 个事项：1 个错误，0 个警告，0 条提示。\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Infos_are_counted_and_listed_only_with_verbose_while_json_carries_every_finding()
    {
        var file = Cli.TempFile("phrase.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"33000\" }\nitems: []\n");
        var phrase = Cli.TempFile("info.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"610331\" }\nitems:\n  - { basicCode: \"000123020000\", name: 公共场所卫生许可, type: publicService, authority: { name: 某局 }, timeLimits: { committed: 5个工作日 }, contacts: { consultation: [ { phone: \"12345\" } ], complaint: [ { phone: \"12345\" } ] } }\n");

        var quiet = Cli.Run("validate", phrase, file, "--lang", "en");
        var verbose = Cli.Run("validate", phrase, file, "--lang", "en", "--verbose");
        var json = Cli.Run("validate", phrase, "--format", "json");

        Assert.DoesNotContain("info SS8101", quiet.Output, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:2:17: error SS1104:", quiet.Output, StringComparison.Ordinal); // the file that cannot be read comes first
        Assert.EndsWith("2 file(s), 1 item(s): 1 error(s), 1 warning(s), 1 info(s).\n1 info(s) not listed: --verbose lists them.\n", quiet.Output, StringComparison.Ordinal);
        Assert.Contains($"{phrase}:4:121: info SS8101: The time limit '5个工作日' is read as 5 working days.", verbose.Output, StringComparison.Ordinal);
        Assert.EndsWith("2 file(s), 1 item(s): 1 error(s), 1 warning(s), 1 info(s).\n", verbose.Output, StringComparison.Ordinal);
        Assert.Contains("\"SS8101\"", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_has_the_fields_of_format_section_4()
    {
        var file = Cli.TempFile("broken.yaml", Broken);

        var (exit, output, _) = Cli.Run("validate", file, "--format", "json", "--lang", "en");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal("""{"files":1,"items":0,"errors":1,"warnings":0,"infos":0}""", root.GetProperty("summary").GetRawText().Replace(" ", "").Replace("\n", ""));
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray().ToArray());
        Assert.Equal("SS1104", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(file, diagnostic.GetProperty("file").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(9, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("/region/code", diagnostic.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("itemCode").ValueKind);
    }

    [Fact]
    public void A_folder_is_walked_for_yaml_yml_and_json_files_only()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-walk-").FullName;
        var valid = "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: []\n";
        File.WriteAllText(Path.Combine(folder, "a.yaml"), valid);
        File.WriteAllText(Path.Combine(folder, "b.yml"), valid);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "c.json"), """{"schemaVersion":"1.0","region":{"code":"330400"},"items":[]}""");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not an inventory");

        var (exit, output, _) = Cli.Run("validate", folder, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal("3 file(s), 0 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", output);
    }

    [Fact]
    public void A_missing_path_exits_2_with_one_line_and_no_stack_trace()
    {
        var (exit, output, error) = Cli.Run("validate", "/no/such/inventory.yaml", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("svcstd: no such file or folder: /no/such/inventory.yaml\n", error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_2_or_more()
    {
        var (exit, _, error) = Cli.Run("validate", "--no-such-option", "x.yaml");

        Assert.NotEqual(0, exit);
        Assert.NotEqual(1, exit);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }
}
