using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceStandard.Cli.Tests;

/// <summary>The tool's own messages come in both languages, chosen by --lang like the diagnostics they follow.</summary>
public sealed class CliMessagesTests
{
    [Fact]
    public void Every_message_of_the_tool_is_written_in_english_and_chinese_with_the_same_placeholders()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        var names = CliText.Names().Order(StringComparer.Ordinal).ToArray();

        Assert.All(names, name =>
        {
            Assert.True(CliText.ExistsIn(name, CultureInfo.GetCultureInfo("zh")), $"{name} has no Chinese text");
            Assert.NotEqual(CliText.Template(en, name), CliText.Template(zh, name));
            Assert.Equal(Placeholders(CliText.Template(en, name)), Placeholders(CliText.Template(zh, name)));
        });

        static string[] Placeholders(string text) =>
            Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Every_message_the_sources_name_exists_and_every_message_is_named_somewhere()
    {
        // Messages are named by strings: a misspelt name would fail only when that line is printed.
        var sources = string.Join("\n", Directory.EnumerateFiles(Cli.Repo("src", "ServiceStandard.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var messages = CliText.Names().ToHashSet(StringComparer.Ordinal);
        (string Pattern, string Prefix)[] patterns =
        [
            (@"Report\(""(?<name>\w+)""", ""),                 // context.Report("NoSuchFile", ...)
            (@"CliText\.Get\([^,()]+, ""(?<name>\w+)""", ""),  // CliText.Get(culture, "ValidationSummary", ...)
            (@"\(""(?<name>\w+)"", \[", ""),                   // ("InPlaceWithOutput", []): a usage problem named for Report
            (@"""(?<name>Action_\w+)""", ""),                   // the rewrite named in CommentsWouldBeLost
            (@"""(?<name>Usage_\w+)""", ""),                    // UsageErrors: System.CommandLine's errors in the tool's words
            (@"\.Help\(""(?<name>\w+)""", "Help_"),            // context.Help("validate_format")
            (@"WithExamples\(context, ""(?<name>\w+)""", "Examples_"),
            (@"""HelpHeading_"" \+ line\.TrimEnd\(':'\)(?<name>)", "HelpHeading_"),
            (@"""(?<name>Skip_\w+)""", ""),                     // why a walk skipped a path (InputFiles.Skipped)
        ];
        var named = patterns.SelectMany(p => Regex.Matches(sources, p.Pattern).Select(m => p.Prefix + m.Groups["name"].Value))
            .Where(n => n is not "Help_" and not "Examples_") // "Help_" + name: the lookups behind context.Help and WithExamples
            .ToHashSet(StringComparer.Ordinal);
        if (named.Remove("HelpHeading_"))
        {
            // The headings System.CommandLine prints, each said again in the language of messages.
            named.UnionWith(new[] { "Description", "Usage", "Arguments", "Options", "Commands" }.Select(h => "HelpHeading_" + h));
        }

        Assert.Empty(named.Where(n => !messages.Contains(n)).Order(StringComparer.Ordinal));
        Assert.Empty(messages.Where(m => !named.Contains(m)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zh", "svcstd: 没有这个文件或文件夹：/no/such/inventory.yaml\n")]
    [InlineData("en", "svcstd: no such file or folder: /no/such/inventory.yaml\n")]
    public void A_missing_path_is_reported_in_the_language_asked_for(string lang, string expected)
    {
        var (exit, output, error) = Cli.Run("validate", "/no/such/inventory.yaml", "--lang", lang);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Theory]
    [InlineData("zh", "svcstd: 用法见 'svcstd --help'。\n")]
    [InlineData("en", "svcstd: see 'svcstd --help'.\n")]
    public void A_usage_error_ends_with_the_pointer_to_help_in_the_language_asked_for(string lang, string expected)
    {
        var (exit, output, error) = Cli.Run("validate", "inventory.yaml", "--format", "nope", "--lang", lang);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.EndsWith(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", new[] { "schema", "--bogus" }, "svcstd: 无法识别的选项、命令或参数“--bogus”。\n")]
    [InlineData("en", new[] { "schema", "--bogus" }, "svcstd: unknown option, command or argument '--bogus'.\n")]
    [InlineData("zh", new[] { "validate" }, "svcstd: “validate”缺少参数（路径、文件或文本；见其 --help）。\n")]
    [InlineData("zh", new[] { "validate", "x.yaml", "--format", "nope" }, "svcstd: “nope”不是 --format 可取的值；请使用以下之一：text、json、sarif、github。\n")]
    [InlineData("en", new[] { "validate", "x.yaml", "--format", "nope" }, "svcstd: 'nope' is not a value of --format; use one of: text, json, sarif, github.\n")]
    [InlineData("zh", new[] { "diff", "a", "b", "--threshold", "-1" }, "svcstd: --threshold 必须大于或等于 0。\n")]
    [InlineData("zh", new[] { "score", "a", "--top", "many" }, "svcstd: “many”不是 --top 的有效值。\n")]
    [InlineData("zh", new[] { "catalogue", "search", "x" }, "svcstd: 必须给出 --db。\n")]
    [InlineData("zh", new string[0], "svcstd: 没有给出命令：init、validate、normalize、schema、diff、score、event、migrate、export、catalogue 或 due。\n")]
    public void Usage_errors_are_said_in_the_language_asked_for(string lang, string[] args, string expected)
    {
        var (exit, output, error) = Cli.Run([.. args, "--lang", lang]);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_cannot_be_read_is_not_normalized_and_says_so_in_chinese()
    {
        var file = Cli.TempFile("broken.yaml", "schemaVersion: \"1.0\"\nregion:\n  code: \"33000\"\nitems: []\n");

        var (exit, _, error) = Cli.Run("normalize", file, "--lang", "zh");

        Assert.Equal(1, exit);
        Assert.EndsWith($"svcstd: {file} 无法读取，未规范化。\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewrite_that_would_drop_comments_is_refused_in_chinese_naming_the_rewrite()
    {
        var file = Cli.TempFile("commented.yaml", "# 本地说明\nschemaVersion: \"1.0\"\nregion: { code: \"610331\", name: 太白县 }\nitems: []\n");

        var (exit, _, error) = Cli.Run("migrate", file, "--to", "1.1", "--in-place", "--lang", "zh");

        Assert.Equal(1, exit);
        Assert.Equal($"svcstd: {file} 含有注释，迁移会丢失注释；文件未改动。请用 -o 写到另一个文件，或先删除注释。\n", error);
    }
}
