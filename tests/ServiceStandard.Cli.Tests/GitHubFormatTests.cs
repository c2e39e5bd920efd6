namespace ServiceStandard.Cli.Tests;

/// <summary><c>validate --format github</c>: GitHub Actions workflow annotations, then the summary line.</summary>
public sealed class GitHubFormatTests
{
    private const string Info = "schemaVersion: \"1.0\"\nregion: { code: \"610331\" }\nitems:\n  - { basicCode: \"000123020000\", name: 公共场所卫生许可, type: publicService, authority: { name: 某局 }, timeLimits: { committed: 5个工作日 }, contacts: { consultation: [ { phone: \"12345\" } ], complaint: [ { phone: \"12345\" } ] } }\n";

    [Fact]
    public void An_error_is_one_error_annotation_with_file_line_column_and_code_then_the_summary()
    {
        var file = Cli.TempFile("broken.yaml", "schemaVersion: \"1.0\"\nregion:\n  code: \"33000\"\nitems: []\n");

        var (exit, output, error) = Cli.Run("validate", file, "--format", "github", "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Equal(
            $"::error file={file},line=3,col=9,title=SS1104::'33000' is not a valid code (行政区划代码): expected 6 digits (GB/T 2260).\n" +
            "1 file(s), 0 item(s): 1 error(s), 0 warning(s), 0 info(s).\n",
            output);
        Assert.Empty(error);
    }

    [Fact]
    public void Warnings_are_warning_annotations_and_infos_are_notices_only_with_verbose()
    {
        var file = Cli.TempFile("info.yaml", Info);

        var quiet = Cli.Run("validate", file, "--format", "github", "--lang", "en");
        var verbose = Cli.Run("validate", file, "--format", "github", "--lang", "en", "--verbose");

        Assert.Equal(0, quiet.Exit);
        Assert.Equal(
            $"::warning file={file},line=4,col=18,title=SS2106::The basic code '000123020000' should start with 00 or a province prefix followed by the type code 20 of 公共服务.\n" +
            "1 file(s), 1 item(s): 0 error(s), 1 warning(s), 1 info(s).\n" +
            "1 info(s) not listed: --verbose lists them.\n",
            quiet.Output);
        Assert.Equal(
            $"::warning file={file},line=4,col=18,title=SS2106::The basic code '000123020000' should start with 00 or a province prefix followed by the type code 20 of 公共服务.\n" +
            $"::notice file={file},line=4,col=121,title=SS8101::The time limit '5个工作日' is read as 5 working days.\n" +
            "1 file(s), 1 item(s): 0 error(s), 1 warning(s), 1 info(s).\n",
            verbose.Output);
    }

    [Fact]
    public void Messages_are_in_the_language_asked_for()
    {
        var file = Cli.TempFile("broken.yaml", "schemaVersion: \"1.0\"\nregion:\n  code: \"33000\"\nitems: []\n");

        var (_, output, _) = Cli.Run("validate", file, "--format", "github", "--lang", "zh");

        Assert.Equal(
            $"::error file={file},line=3,col=9,title=SS1104::“33000”不是有效的行政区划代码：应为6 位数字（GB/T 2260）。\n" +
            "1 个文件，0 个事项：1 个错误，0 个警告，0 条提示。\n",
            output);
    }

    [Fact]
    public void Percent_signs_colons_and_commas_are_escaped_by_GitHub_rules_and_other_controls_made_visible()
    {
        var file = Cli.TempFile("a,b:c%d.yaml", "schemaVersion: \"1.0\"\nregion:\n  code: \"3%30:0,\\u001b\"\nitems: []\n");

        var (exit, output, _) = Cli.Run("validate", file, "--format", "github", "--lang", "en");

        Assert.Equal(1, exit);
        var folder = Path.GetDirectoryName(file)!;
        Assert.Equal(
            $"::error file={folder}/a%2Cb%3Ac%25d.yaml,line=3,col=9,title=SS1104::'3%2530:0,\\x1b' is not a valid code (行政区划代码): expected 6 digits (GB/T 2260).\n" +
            "1 file(s), 0 item(s): 1 error(s), 0 warning(s), 0 info(s).\n",
            output);
    }
}
