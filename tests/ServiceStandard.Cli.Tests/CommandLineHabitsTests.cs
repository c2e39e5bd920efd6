using ServiceStandard.Catalogue;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// The habits of a command line (docs/command-line.md): <c>-</c> reads standard input, quoted patterns are expanded by
/// the tool, colour only on a terminal (NO_COLOR, --no-color, --color, FORCE_COLOR), progress only on a terminal, the
/// same input options on every verb that reads inventories, help in the chosen language, completion by <c>[suggest]</c>.
/// </summary>
public sealed class CommandLineHabitsTests
{
    private static readonly string Taibai = Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml");
    private static readonly string Dongxing = Cli.Repo("examples", "inventories", "sichuan-dongxing.json");

    private const string Truncated = "{\"schemaVersion\": ";

    // ---- standard input -------------------------------------------------------------------------------------------

    [Fact]
    public void Validate_dash_reads_standard_input_named_stdin_and_tells_JSON_by_its_first_byte()
    {
        var result = Cli.RunWithInput(Truncated, "validate", "-", "--lang", "en");

        Assert.Equal(1, result.Exit);
        Assert.Equal(
            "<stdin>:1:19: error SS1001: The document cannot be read as JSON: the text ends before the document does: a quote, } or ] is missing [/]\n"
            + "1 file(s), 0 item(s): 1 error(s), 0 warning(s), 0 info(s).\n",
            result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Standard_input_reads_as_the_file_does_yaml_and_json()
    {
        var yaml = Cli.RunWithInput(File.ReadAllText(Taibai), "validate", "-", "--lang", "en");
        var json = Cli.RunWithInput(File.ReadAllText(Dongxing), "validate", "-", "--lang", "en");

        Assert.Equal((0, "1 file(s), 10 item(s): 0 error(s), 0 warning(s), 0 info(s).\n"), (yaml.Exit, yaml.Output));
        Assert.Equal((0, "1 file(s), 11 item(s): 0 error(s), 0 warning(s), 0 info(s).\n"), (json.Exit, json.Output));
    }

    [Fact]
    public void Input_format_overrides_the_guess()
    {
        var result = Cli.RunWithInput(File.ReadAllText(Taibai), "validate", "-", "--input-format", "json", "--lang", "en");

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("<stdin>:1:1: error SS1001: The document cannot be read as JSON", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_no_further_than_the_size_limit()
    {
        var result = Cli.RunWithInput(File.ReadAllText(Taibai), "validate", "-", "--max-file-size", "100", "--lang", "en");

        Assert.Equal(1, result.Exit);
        Assert.Equal(
            "<stdin>: error SS1006: The document exceeds the limit on file size in bytes (101+ > 100). [/]\n"
            + "1 file(s), 0 item(s): 1 error(s), 0 warning(s), 0 info(s).\n",
            result.Output);
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("migrate", "--to", "1.1")]
    [InlineData("export")]
    [InlineData("score")]
    public void Every_verb_that_reads_one_inventory_reads_standard_input_as_it_reads_the_file(string verb, params string[] more)
    {
        var fromFile = Cli.Run([verb, Taibai, .. more, "--lang", "en"]);
        var fromInput = Cli.RunWithInput(File.ReadAllText(Taibai), [verb, "-", .. more, "--lang", "en"]);

        Assert.Equal(0, fromFile.Exit);
        Assert.Equal((fromFile.Exit, fromFile.Output, fromFile.Error), (fromInput.Exit, fromInput.Output, fromInput.Error));
    }

    [Fact]
    public void Diff_and_event_take_standard_input_beside_files()
    {
        var diffFiles = Cli.Run("diff", Taibai, Dongxing, "--format", "json", "--lang", "en");
        var diffInput = Cli.RunWithInput(File.ReadAllText(Taibai), "diff", "-", Dongxing, "--format", "json", "--lang", "en");
        var eventFile = Cli.Repo("examples", "events", "restaurant-opening.yaml");
        var eventInput = Cli.RunWithInput(File.ReadAllText(Dongxing), "event", eventFile, "-", "--format", "json", "--lang", "en");
        var eventFiles = Cli.Run("event", eventFile, Dongxing, "--format", "json", "--lang", "en");

        Assert.Equal(0, diffInput.Exit);
        Assert.Equal(diffFiles.Output, diffInput.Output);
        Assert.Equal((eventFiles.Exit, eventFiles.Output), (eventInput.Exit, eventInput.Output));
    }

    [Fact]
    public void Diff_names_standard_input_stdin_in_what_it_left_out()
    {
        var result = Cli.RunWithInput("x: [\n", "diff", "-", Taibai, Dongxing, "--lang", "en");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("left out: <stdin> (line 2, column 1: SS1001 The document cannot be read as YAML", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_check_of_standard_input_names_it_stdin()
    {
        var result = Cli.RunWithInput(File.ReadAllText(Taibai).ReplaceLineEndings("\r\n"), "normalize", "-", "--check", "--lang", "en");

        Assert.StartsWith("--- <stdin>\n+++ <stdin> (canonical)\n@@ ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_cannot_be_rewritten_in_place_nor_stored_in_a_catalogue()
    {
        var normalize = Cli.RunWithInput("x: 1\n", "normalize", "-", "--in-place", "--lang", "en");
        var migrate = Cli.RunWithInput("x: 1\n", "migrate", "-", "--to", "1.1", "--in-place", "--lang", "en");
        var build = Cli.RunWithInput("x: 1\n", "catalogue", "build", "-", "--db", Path.Combine(Path.GetTempPath(), "never.db"), "--lang", "en");

        Assert.Equal((2, "svcstd: --in-place rewrites a file: standard input (-) cannot be rewritten; use --output.\n"), (normalize.Exit, normalize.Error));
        Assert.Equal((2, "svcstd: --in-place rewrites a file: standard input (-) cannot be rewritten; use --output.\n"), (migrate.Exit, migrate.Error));
        Assert.Equal(
            (2, "svcstd: catalogue build stores each file by its path and content: it cannot read standard input (-); give files or folders.\n"),
            (build.Exit, build.Error));
    }

    // ---- patterns ---------------------------------------------------------------------------------------------------

    private static string Tree()
    {
        var root = Directory.CreateTempSubdirectory("svcstd-glob-").FullName;
        foreach (var file in new[] { "a/x.yaml", "a/y.yml", "a/.hidden.yaml", "a/b/z.yaml", "a/b/c/w.yaml", "a/b/notes.txt", "d/v.json" })
        {
            var path = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(file.EndsWith(".json", StringComparison.Ordinal) ? Dongxing : Taibai, path);
        }

        return root;
    }

    [Fact]
    public void A_pattern_matches_names_as_a_shell_does_sorted_ordinally()
    {
        var root = Tree();
        string[] Matches(string pattern) => [.. ServiceStandard.Loading.PathPattern.Expand(Path.Combine(root, pattern)).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))];

        Assert.Equal(["a/x.yaml"], Matches("a/*.yaml"));
        Assert.Equal(["a/.hidden.yaml"], Matches("a/.*.yaml"));
        Assert.Equal(["a/b/c/w.yaml", "a/b/z.yaml", "a/x.yaml"], Matches("**/*.yaml"));
        Assert.Equal(["a/b/c/w.yaml", "a/b/z.yaml"], Matches("a/b/**/*.yaml"));
        Assert.Equal(["a/x.yaml", "a/y.yml"], Matches("a/[xy].y*"));
        Assert.Equal(["a/y.yml"], Matches("a/[!x].y?l"));
        Assert.Equal(["a", "d"], Matches("?"));
        Assert.Equal(["a/b"], Matches("a/*/"));
        Assert.Empty(Matches("a/*.json"));
    }

    [Fact]
    public void Validate_expands_a_quoted_pattern_and_walks_the_folders_it_matches()
    {
        var root = Tree();

        var files = Cli.Run("validate", Path.Combine(root, "a", "**", "*.yaml"), "--lang", "en");
        var folders = Cli.Run("validate", Path.Combine(root, "?"), "--lang", "en");

        Assert.Equal((0, "3 file(s), 30 item(s): 0 error(s), 0 warning(s), 0 info(s).\n"), (files.Exit, files.Output));
        Assert.Equal((0, "5 file(s), 51 item(s): 0 error(s), 0 warning(s), 0 info(s).\n"), (folders.Exit, folders.Output));
    }

    [Fact]
    public void A_special_file_a_pattern_meets_is_skipped_and_named_not_read()
    {
        var root = Tree();
        var fifo = Path.Combine(root, "a", "pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var result = Cli.Run("validate", Path.Combine(root, "a", "*.yaml"), "--lang", "en");

        Assert.Equal(0, result.Exit);
        Assert.Equal("1 file(s), 10 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", result.Output);
        Assert.StartsWith($"svcstd: skipped {fifo}: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_a_usage_error_naming_it()
    {
        var root = Tree();
        var pattern = Path.Combine(root, "a", "*.xlsx");

        var result = Cli.Run("validate", pattern, "--lang", "en");

        Assert.Equal((2, string.Empty, $"svcstd: no file or folder matches the pattern {pattern}\n"), result);
    }

    // ---- colour ---------------------------------------------------------------------------------------------------

    private static readonly string Broken = Cli.TempFile("broken.yaml", "x: [\n");

    private const string Red = "\u001b[31merror\u001b[0m";

    private static readonly Dictionary<string, string?> Plain = new() { ["NO_COLOR"] = null, ["FORCE_COLOR"] = null, ["TERM"] = "xterm" };

    [Fact]
    public void Color_colours_the_severities_of_text_output_and_nothing_else_does_off_a_terminal()
    {
        var coloured = Cli.Run("validate", Broken, "--color", "--lang", "en");
        var plain = Cli.Run("validate", Broken, "--lang", "en");

        Assert.StartsWith($"{Broken}:2:1: {Red} SS1001: ", coloured.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain.Output);
    }

    [Theory]
    [InlineData(null, null, new string[0], false)]
    [InlineData("1", null, new string[0], false)]
    [InlineData(null, "1", new string[0], true)]
    [InlineData("1", "1", new string[0], false)]
    [InlineData(null, "0", new string[0], false)]
    [InlineData("1", null, new[] { "--color" }, true)]
    [InlineData(null, "1", new[] { "--no-color" }, false)]
    public void A_redirected_output_is_coloured_only_when_asked(string? noColor, string? forceColor, string[] options, bool coloured)
    {
        var environment = new Dictionary<string, string?>(Plain) { ["NO_COLOR"] = noColor, ["FORCE_COLOR"] = forceColor };

        var result = Cli.RunProcessWith(null, environment, ["validate", Broken, "--lang", "en", .. options]);

        Assert.Equal(1, result.Exit);
        Assert.Equal(coloured, result.Output.Contains(Red, StringComparison.Ordinal));
        Assert.Equal(coloured, result.Output.Contains('\u001b'));
    }

    /// <summary>Runs svcstd with a terminal for its standard output and error (util-linux script gives it one).</summary>
    private static (int Exit, string Output) OnTerminal(Dictionary<string, string?> environment, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "svcstd.dll") }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        // Standard input is a pipe held open until the end: with none at all (CI runs without one) script writes nothing.
        var start = new System.Diagnostics.ProcessStartInfo("script") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.StandardInput.Close();
        return (process.ExitCode, output);
    }

    [Fact]
    public void A_terminal_gets_colour_unless_NO_COLOR_or_no_color_says_otherwise()
    {
        var terminal = OnTerminal(Plain, "validate", Broken, "--lang", "en");
        var noColor = OnTerminal(new Dictionary<string, string?>(Plain) { ["NO_COLOR"] = "1" }, "validate", Broken, "--lang", "en");
        var option = OnTerminal(Plain, "validate", Broken, "--lang", "en", "--no-color");
        var toFile = OnTerminal(Plain, "validate", Broken, "--lang", "en", "-o", Path.Combine(Path.GetDirectoryName(Broken)!, "report.txt"));

        Assert.Equal(1, terminal.Exit);
        Assert.Contains($"{Broken}:2:1: {Red} SS1001:", terminal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Red, noColor.Output, StringComparison.Ordinal);
        Assert.Contains($"{Broken}:2:1: error SS1001:", noColor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Red, option.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', File.ReadAllText(Path.Combine(Path.GetDirectoryName(Broken)!, "report.txt")));
        Assert.Equal(1, toFile.Exit);
    }

    // ---- progress ---------------------------------------------------------------------------------------------------

    [Fact]
    public void The_progress_line_is_drawn_over_and_erased_at_the_end()
    {
        var error = new StringWriter();
        using (var line = new ProgressLine(error, TimeSpan.Zero, TimeSpan.Zero, 80))
        {
            line.Show("1/2 files");
            line.Show("2/2 files");
        }

        Assert.Equal("\r1/2 files\u001b[K\r2/2 files\u001b[K\r\u001b[K", error.ToString());
    }

    [Fact]
    public void The_progress_line_is_quiet_at_first_and_when_nothing_was_drawn_erases_nothing()
    {
        var error = new StringWriter();
        using (var line = new ProgressLine(error, TimeSpan.FromHours(1), TimeSpan.Zero, 80))
        {
            line.Show("1/2 files");
        }

        Assert.Empty(error.ToString());
    }

    [Theory]
    [InlineData("validating: 3/40 files, a.yaml", 40, "validating: 3/40 files, a.yaml")]
    [InlineData("validating: 3/40 files, inventories/a.yaml", 20, "… inventories/a.yaml")]
    [InlineData("校验中：3/40 个文件，太白县.yaml", 20, "…个文件，太白县.yaml")]
    public void A_line_wider_than_the_terminal_is_cut_at_its_start(string text, int columns, string expected)
    {
        Assert.Equal(expected, ProgressLine.Fit(text, columns));
    }

    [Fact]
    public void Redirected_standard_error_shows_no_progress()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-progress-").FullName;
        for (var i = 0; i < 60; i++)
        {
            File.Copy(Taibai, Path.Combine(folder, $"r{i:D2}.yaml"));
        }

        var validate = Cli.RunProcessWith(null, Plain, "validate", folder, "--lang", "en");
        var build = Cli.RunProcessWith(null, Plain, "catalogue", "build", folder, "--db", Path.Combine(folder, "c.db"), "--lang", "en");

        Assert.Equal((0, string.Empty), (validate.Exit, validate.Error));
        Assert.Equal((0, string.Empty), (build.Exit, build.Error));
    }

    [Fact]
    public void The_catalogue_build_reports_its_progress_after_each_file()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-progress-").FullName;
        var files = new[] { Taibai, Dongxing };
        var seen = new List<CatalogueBuildProgress>();

        using (var builder = CatalogueBuilder.Open(Path.Combine(folder, "c.db")))
        {
            builder.Build(files, new CatalogueBuildOptions { Progress = new Reported<CatalogueBuildProgress>(seen.Add) });
        }

        Assert.Equal([new CatalogueBuildProgress(1, 2, 10, Taibai), new CatalogueBuildProgress(2, 2, 21, Dongxing)], seen);
    }

    // ---- the same input options on every verb ------------------------------------------------------------------------

    public static TheoryData<string[]> Readers() => new()
    {
        { new[] { "validate", Taibai } },
        { new[] { "normalize", Taibai } },
        { new[] { "migrate", Taibai, "--to", "1.1" } },
        { new[] { "export", Taibai } },
        { new[] { "diff", Taibai, Dongxing } },
        { new[] { "score", Taibai } },
        { new[] { "event", Cli.Repo("examples", "events", "restaurant-opening.yaml"), Taibai } },
        { new[] { "catalogue", "build", Taibai, "--db", Path.Combine(Directory.CreateTempSubdirectory("svcstd-db-").FullName, "c.db") } },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_verb_that_reads_inventories_takes_the_shared_input_options(string[] command)
    {
        var verb = command[0] == "catalogue" ? command[..2] : command[..1];

        var help = Cli.Run([.. verb, "--help", "--lang", "en"]);

        foreach (var option in new[] { "--max-file-size", "--max-depth", "--max-nodes", "--max-alias-text", "--max-scalar-length", "--max-items", "--encoding", "--input-format", "--divisions" })
        {
            Assert.Contains("\n  " + option + " ", help.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_verb_that_reads_inventories_enforces_the_size_limit(string[] command)
    {
        var result = Cli.Run([.. command, "--max-file-size", "100", "--encoding", "utf-8", "--lang", "en"]);

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("SS1006", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("file size in bytes", result.Output + result.Error, StringComparison.Ordinal);
    }

    // ---- help in the chosen language, completion ---------------------------------------------------------------------

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("catalogue", "build", "--help")]
    public void Help_follows_LANG_to_Chinese_in_every_line(params string[] args)
    {
        var environment = new Dictionary<string, string?> { ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = null, ["LC_MESSAGES"] = null };

        var result = Cli.RunProcessWith(null, environment, args);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("说明：\n", result.Output, StringComparison.Ordinal);
        foreach (var english in new[] { "Description:", "Usage:", "Arguments:", "Options:", "Commands:", "Examples:", "Show help", "Show version", "[default:", "[options]", "[command]", "(REQUIRED)" })
        {
            Assert.DoesNotContain(english, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("  -?, -h, --help", result.Output, StringComparison.Ordinal);
        Assert.Contains("显示帮助和用法。", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_options_and_values()
    {
        const string Option = "svcstd validate --input-f", Value = "svcstd validate --input-format ";
        var option = Cli.RunProcess($"[suggest:{Option.Length}]", Option);
        var value = Cli.RunProcess($"[suggest:{Value.Length}]", Value);

        Assert.Equal((0, "--input-format\n"), (option.Exit, option.Output));
        Assert.Equal((0, "json\nyaml\n"), (value.Exit, value.Output));
    }
}
