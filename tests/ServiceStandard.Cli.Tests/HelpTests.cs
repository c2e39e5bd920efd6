using System.Text.RegularExpressions;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// What <c>svcstd --help</c> and each command's help print, pinned in Approved/: run as a process, so the
/// usage lines name svcstd (in-process, System.CommandLine would name the test host).
/// </summary>
public sealed partial class HelpTests
{
    [Theory]
    [InlineData("help.txt", "--help", "--lang", "en")]
    [InlineData("validate-help.txt", "validate", "--help", "--lang", "en")]
    [InlineData("schema-help.txt", "schema", "--help", "--lang", "en")]
    [InlineData("due-help.txt", "due", "--help", "--lang", "en")]
    [InlineData("help.zh.txt", "--help", "--lang", "zh")]
    [InlineData("validate-help.zh.txt", "validate", "--help", "--lang", "zh")]
    [InlineData("due-help.zh.txt", "due", "--help", "--lang", "zh")]
    public void Help_prints_exactly_the_approved_text_with_examples(string approved, params string[] args)
    {
        var (exit, output, error) = Cli.RunProcess(args);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        ApprovedFile.Verify(Cli.Repo("tests", "ServiceStandard.Cli.Tests", "Approved", approved), output);
    }

    [Fact]
    public void Version_prints_the_package_version_of_Directory_Build_props()
    {
        var props = File.ReadAllText(Cli.Repo("Directory.Build.props"));
        var version = VersionElement().Match(props).Groups[1].Value;

        var (exit, output, _) = Cli.Run("--version");

        Assert.Equal(0, exit);
        Assert.Equal(version + "\n", output);
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
