using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ServiceStandard.Cli.Tests;

/// <summary><c>diff</c>, <c>score</c> and <c>catalogue coverage</c> with <c>--format xlsx</c>: a workbook written to -o FILE, never to a terminal.</summary>
public sealed partial class ReportWorkbookCommandTests
{
    private static readonly string Examples = Cli.Repo("examples", "inventories");
    private static readonly string Basic = Cli.Repo("examples", "catalogues", "basic-catalogue.yaml");

    private static string Target(string name) => Path.Combine(Directory.CreateTempSubdirectory("svcstd-xlsx-").FullName, name);

    /// <summary>The workbook's sheet names, in order, from its xl/workbook.xml.</summary>
    private static string[] SheetNames(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        return [.. SheetName().Matches(reader.ReadToEnd()).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<sheet name=\"([^\"]+)\"")]
    private static partial Regex SheetName();

    public static TheoryData<string[]> WithoutFile => new()
    {
        new[] { "diff", Examples, "--format", "xlsx" },
        new[] { "diff", Examples, "--format", "xlsx", "-o", "-" },
        new[] { "score", Examples, "--format", "xlsx" },
        new[] { "catalogue", "coverage", "--db", "none.db", "--basic", Basic, "--format", "xlsx" },
    };

    [Theory]
    [MemberData(nameof(WithoutFile))]
    public void A_workbook_is_not_written_to_standard_output_and_the_message_says_to_name_a_file(string[] args)
    {
        var english = Cli.Run([.. args, "--lang", "en"]);
        var chinese = Cli.Run([.. args, "--lang", "zh"]);

        Assert.Equal((2, string.Empty, "svcstd: --format xlsx writes a binary workbook, not text: name the file with -o FILE.xlsx.\n"), english);
        Assert.Equal((2, string.Empty, "svcstd: --format xlsx 写出的是二进制工作簿而不是文本：请用 -o 文件.xlsx 指定文件。\n"), chinese);
    }

    [Fact]
    public void Diff_score_and_coverage_write_their_workbooks_in_the_language_asked_for()
    {
        var diff = Target("对比.xlsx");
        var versions = Target("versions.xlsx");
        var score = Target("指数.xlsx");
        var coverage = Target("coverage.xlsx");
        var database = Target("catalogue.db");

        Assert.Equal(0, Cli.Run("diff", Examples, "--format", "xlsx", "-o", diff).Exit);
        Assert.Equal(0, Cli.Run("diff", Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), "--format", "xlsx", "-o", versions, "--lang", "en").Exit);
        Assert.Equal(0, Cli.Run("score", Examples, "--basic", Basic, "--format", "xlsx", "-o", score).Exit);
        Assert.Equal(0, Cli.Run("catalogue", "build", Examples, "--db", database).Exit);
        Assert.Equal(0, Cli.Run("catalogue", "coverage", "--db", database, "--basic", Basic, "--format", "xlsx", "-o", coverage, "--lang", "en").Exit);

        Assert.Equal(["地区", "事项对比", "差异", "材料差异", "缺项"], SheetNames(diff));
        Assert.Equal(["Versions", "Changes"], SheetNames(versions));
        Assert.Equal(["能力指数", "主要扣分"], SheetNames(score));
        Assert.Equal(["Coverage", "Missing items", "Outside the basic catalogue", "Items"], SheetNames(coverage));
    }
}
