using System.Text;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// Hostile input: every failure class gets a diagnostic and an exit code, never an exception or a hang.
/// Small cases are files under Fixtures/Hostile (with expected.txt); large ones are made here.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Hostile");

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            data.Add(fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_gets_its_diagnostics_and_exit_code(string file, int exit, string codes)
    {
        var result = Cli.Run("validate", Path.Combine(Folder, file), "--format", "json", "--rules", NoBusinessRules());

        Assert.Equal(exit, result.Exit);
        Assert.Empty(result.Error);
        Assert.Equal(codes, Codes(result.Output));
    }

    [Fact]
    public void Every_file_in_the_hostile_folder_has_an_expectation()
    {
        var listed = Cases().Select(row => (string)row[0]).ToHashSet();
        var files = Directory.EnumerateFiles(Folder).Select(f => Path.GetFileName(f)).Where(f => f != "expected.txt");

        Assert.All(files, f => Assert.Contains(f, listed));
    }

    [Fact]
    public void Twenty_thousand_levels_of_json_nesting_are_refused_at_the_depth_limit()
    {
        var file = Cli.TempFile("deep.json", new string('[', 20_000) + new string(']', 20_000));

        var result = Cli.Run("validate", file, "--format", "json");

        Assert.Equal(1, result.Exit);
        Assert.Equal("SS1006", Codes(result.Output));
    }

    [Fact]
    public void Twenty_thousand_levels_of_yaml_nesting_are_refused_at_the_depth_limit()
    {
        var file = Cli.TempFile("deep.yaml", "a: " + new string('[', 20_000) + new string(']', 20_000));

        var result = Cli.Run("validate", file, "--format", "json");

        Assert.Equal(1, result.Exit);
        Assert.Equal("SS1006", Codes(result.Output));
    }

    [Fact]
    public void A_16_megabyte_scalar_is_refused_and_can_be_allowed_with_an_option()
    {
        var file = Cli.TempFile("big.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\", name: \"" + new string('嘉', 16 * 1024 * 1024 / 3) + "\" }\nitems: []\n");

        var refused = Cli.Run("validate", file, "--format", "json");
        var allowed = Cli.Run("validate", file, "--format", "json", "--max-scalar-length", "20000000");

        Assert.Equal(1, refused.Exit);
        Assert.Equal("SS1006", Codes(refused.Output));
        Assert.Equal(0, allowed.Exit);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var file = Cli.TempFile("i.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: []\n");

        var result = Cli.Run("validate", file, "--format", "json", "--max-file-size", "10");

        Assert.Equal(1, result.Exit);
        Assert.Equal("SS1006", Codes(result.Output));
    }

    [Fact]
    public void Twenty_thousand_items_on_one_line_are_read_with_positions_on_that_line()
    {
        var items = string.Join(',', Enumerable.Range(0, 20_000).Select(i => FormattableString.Invariant(
            $"{{\"basicCode\":\"00012302{i % 10_000:D4}\",\"name\":\"公共场所卫生许可\",\"type\":\"administrativeLicensing\",\"authority\":{{\"name\":\"局{i}\"}}}}")));
        var file = Cli.TempFile("wide.json", "{\"schemaVersion\":\"1.0\",\"region\":{\"code\":\"330400\"},\"items\":[" + items + "],\"x\":1}");

        var result = Cli.Run("validate", file, "--rules", NoBusinessRules(), "--lang", "en");

        Assert.Equal(0, result.Exit);
        Assert.Contains(":1:", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 file(s), 20000 item(s): 0 error(s), 1 warning(s), 0 info(s).\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void More_items_than_the_limit_are_refused()
    {
        var file = Cli.TempFile("many.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: [1, 2, 3]\n");

        var result = Cli.Run("validate", file, "--format", "json", "--max-items", "2");

        Assert.Equal("SS1006", Codes(result.Output));
    }

    [Fact]
    public void A_gb18030_file_is_decoded_when_asked_and_refused_when_utf8_is_required()
    {
        var file = Path.Combine(Folder, "gb18030.yaml");

        var asked = Cli.Run("validate", file, "--format", "json", "--encoding", "gb18030");
        var strict = Cli.Run("validate", file, "--format", "json", "--encoding", "utf-8");

        Assert.Equal((0, "-"), (asked.Exit, Codes(asked.Output)));
        Assert.Equal((1, "SS1003"), (strict.Exit, Codes(strict.Output)));
        Assert.Contains("GB18030", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_and_a_folder_with_a_symlink_loop_end_with_a_clear_answer()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-links-").FullName;
        File.WriteAllText(Path.Combine(folder, "i.yaml"), "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: []\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        File.CreateSymbolicLink(Path.Combine(folder, "gone.yaml"), Path.Combine(folder, "missing.yaml"));

        var walked = Cli.Run("validate", folder, "--lang", "en");
        var dangling = Cli.Run("validate", Path.Combine(folder, "gone.yaml"));

        Assert.Equal(0, walked.Exit);
        Assert.EndsWith("1 file(s), 0 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", walked.Output, StringComparison.Ordinal);
        Assert.Equal(
            [$"svcstd: skipped {Path.Combine(folder, "gone.yaml")}: a link to nothing", $"svcstd: skipped {Path.Combine(folder, "loop")}: a link to a folder is not followed (it may loop); give the folder itself"],
            walked.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(2, dangling.Exit);
        Assert.Single(dangling.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Writing_a_report_to_a_full_disk_is_one_line_and_exit_2_and_the_device_is_untouched()
    {
        var result = Cli.Run("schema", "-o", "/dev/full", "--lang", "en");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("svcstd: cannot write /dev/full:", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.True(File.Exists("/dev/full"));
    }

    [Fact]
    public void A_failed_write_leaves_the_target_untouched_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-atomic-").FullName;
        var target = Path.Combine(folder, "report.json");
        File.WriteAllText(target, "previous");
        Directory.CreateDirectory(Path.Combine(folder, "report.json.d"));

        var result = Cli.Run("schema", "-o", Path.Combine(folder, "report.json.d"));

        Assert.Equal(2, result.Exit);
        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal(["report.json", "report.json.d"], Directory.EnumerateFileSystemEntries(folder).Select(f => Path.GetFileName(f)).Order().ToArray());
    }

    [Fact]
    public void A_report_that_fails_while_it_streams_leaves_the_target_untouched_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-atomic-").FullName;
        var target = Path.Combine(folder, "report.json");
        File.WriteAllText(target, "previous");

        var failure = Assert.Throws<IOException>(() => OutputFile.WriteAtomically(target, stream =>
        {
            stream.Write(new byte[200_000]); // past the file buffer: part of it reached the temporary file
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal(["report.json"], Directory.EnumerateFileSystemEntries(folder).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void A_streamed_report_to_a_full_disk_is_one_line_and_exit_2()
    {
        var result = Cli.Run("diff", Cli.Repo("examples", "inventories"), "--format", "json", "-o", "/dev/full", "--lang", "en");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("svcstd: cannot write /dev/full:", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Values_beyond_their_bounds_leave_diff_score_and_the_catalogue_working()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-bounds-").FullName;
        foreach (var file in new[] { "overflow-time-limits.yaml", "overflow-fees.yaml" })
        {
            File.Copy(Path.Combine(Folder, file), Path.Combine(folder, file));
        }

        File.Copy(Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), Path.Combine(folder, "shaanxi-taibai.yaml"));

        var diff = Cli.Run("diff", folder, "--format", "json");
        var score = Cli.Run("score", folder, "--format", "json");
        var build = Cli.Run("catalogue", "build", folder, "--db", Path.Combine(folder, "c.db"), "--lang", "en");

        Assert.Equal((0, 0, 1), (diff.Exit, score.Exit, build.Exit));
        Assert.DoesNotContain("unexpected", diff.Error + score.Error + build.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_without_end_is_refused_at_the_size_limit_while_it_is_read(string device)
    {
        var result = Cli.Run("validate", device, "--format", "json", "--max-file-size", "1000000");

        Assert.Equal((1, "SS1006"), (result.Exit, Codes(result.Output)));
    }

    [Theory]
    [InlineData("validate", "--rules")]
    [InlineData("validate", "--profile")]
    [InlineData("score", "--weights")]
    [InlineData("validate", "--divisions")]
    [InlineData("score", "--basic")]
    public void A_side_file_that_is_a_device_is_refused_at_its_size_limit(string verb, string option)
    {
        var inventory = Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml");

        var result = Cli.Run(verb, inventory, option, "/dev/zero", "--lang", "en");

        Assert.Equal(2, result.Exit);
        Assert.Contains("SS1006", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_given_to_the_catalogue_or_schema_diff_is_refused_not_read_to_its_end()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-device-").FullName;

        var build = Cli.Run("catalogue", "build", "/dev/zero", "--db", Path.Combine(folder, "c.db"), "--lang", "en");
        var diff = Cli.Run("schema", "diff", "/dev/zero", Cli.Repo("schemas", "inventory", "1.1", "inventory.schema.json"), "--lang", "en");

        Assert.Equal(1, build.Exit);
        Assert.Contains("SS1006", build.Output + build.Error, StringComparison.Ordinal);
        Assert.Equal(2, diff.Exit);
        Assert.DoesNotContain("unexpected", diff.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_names_keys_and_codes_never_reach_the_terminal_raw()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-escapes-").FullName;
        var file = Path.Combine(folder, "terminal-escapes.yaml");
        File.Copy(Path.Combine(Folder, "terminal-escapes.yaml"), file);
        File.Copy(Cli.Repo("examples", "inventories", "zhejiang-jiaxing.yaml"), Path.Combine(folder, "zhejiang-jiaxing.yaml"));
        var basic = Cli.TempFile("basic.yaml", "items:\n  - { basicCode: \"000123020000\", name: \"卫生\\e[2J许可\\n000000000000: forged\" }\n");
        var db = Path.Combine(folder, "c.db");

        var validate = Cli.Run("validate", file, "--lang", "en");
        var outputs = new[]
        {
            validate,
            Cli.Run("diff", folder, "--lang", "en"),
            Cli.Run("score", folder, "--basic", basic, "--lang", "en"),
            Cli.Run("catalogue", "build", folder, "--db", db, "--lang", "en"),
            Cli.Run("catalogue", "search", "卫生", "--db", db, "--lang", "en"),
            Cli.Run("catalogue", "search", "x\u001b[2Jy", "--db", db, "--lang", "en"),
            Cli.Run("catalogue", "coverage", "--db", db, "--basic", basic, "--lang", "en"),
            Cli.Run("validate", file, "--rules", Cli.TempFile("r.yaml", "rules:\n  \"SS\\e[2J\\nforged: error SS2101\": off\n"), "--lang", "en"),
        };

        Assert.All(outputs, o => Assert.DoesNotContain(o.Output + o.Error, c => c is < ' ' and not '\n' and not '\t' or >= '\u007f' and <= '\u009f' or '\u202e'));
        Assert.All(validate.Output.TrimEnd('\n').Split('\n')[..^1], line => Assert.StartsWith(file + ":", line, StringComparison.Ordinal));
        Assert.Contains("'x\\nterminal-escapes.yaml:1:1: error SS2101: forged'", validate.Output, StringComparison.Ordinal);
        Assert.Contains("\\x1b[2J", outputs[5].Output, StringComparison.Ordinal);
        Assert.Contains("\\x9b2K", outputs[3].Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("block")]
    [InlineData("flow")]
    public void The_node_limit_counts_what_aliases_add_so_a_plain_yaml_passes_as_its_json_does(string style)
    {
        var items = Enumerable.Range(0, 2_000).Select(i => style == "block"
            ? $"  - basicCode: \"000123020000\"\n    name: 公共场所卫生许可\n    type: administrativeLicensing\n    authority:\n      name: 局{i}\n"
            : $"  - {{ basicCode: \"000123020000\", name: 公共场所卫生许可, type: administrativeLicensing, authority: {{ name: 局{i} }} }}\n");
        var yaml = Cli.TempFile("plain.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems:\n" + string.Concat(items));
        var json = Cli.TempFile("plain.json", "{\"schemaVersion\":\"1.0\",\"region\":{\"code\":\"330400\"},\"items\":[" + string.Join(',', Enumerable.Range(0, 2_000).Select(i =>
            $"{{\"basicCode\":\"000123020000\",\"name\":\"公共场所卫生许可\",\"type\":\"administrativeLicensing\",\"authority\":{{\"name\":\"局{i}\"}}}}")) + "]}");
        var aliases = Cli.TempFile("aliases.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nx: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\ny: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nitems: []\n");

        var plainYaml = Cli.Run("validate", yaml, "--format", "json", "--max-nodes", "1000", "--rules", NoBusinessRules());
        var plainJson = Cli.Run("validate", json, "--format", "json", "--max-nodes", "1000", "--rules", NoBusinessRules());
        var aliased = Cli.Run("validate", aliases, "--format", "json", "--max-nodes", "50");

        Assert.Equal((0, "-"), (plainYaml.Exit, Codes(plainYaml.Output)));
        Assert.Equal((0, "-"), (plainJson.Exit, Codes(plainJson.Output)));
        Assert.Equal((1, "SS1006"), (aliased.Exit, Codes(aliased.Output)));
    }

    [Fact]
    public void An_argument_starting_with_at_is_taken_as_written_not_as_a_response_file()
    {
        var secret = Cli.TempFile("args.rsp", "--help\n");

        var result = Cli.Run("validate", "@" + secret, "--lang", "en");

        Assert.Equal(2, result.Exit);
        Assert.Contains("@" + secret, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_alias_document_cannot_expand_to_a_huge_one_and_the_limit_can_be_raised()
    {
        var levels = string.Concat(Enumerable.Range(1, 5).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"));
        var bomb = Cli.TempFile("amplify.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: []\nextensions:\n  l0: &l0 \"" + new string('x', 300) + "\"\n"
            + levels.Replace("l", "  l", StringComparison.Ordinal).Replace("*  l", "*l", StringComparison.Ordinal).Replace("&  l", "&l", StringComparison.Ordinal));
        var small = Cli.TempFile("amplify-small.yaml", "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: []\nextensions:\n  a: &a \"" + new string('x', 300) + "\"\n  b: [*a, *a, *a, *a]\n");

        var refused = Cli.Run("normalize", bomb, "--lang", "en");
        var raised = Cli.Run("normalize", small, "--max-alias-text", "2000");
        var tooLow = Cli.Run("normalize", small, "--max-alias-text", "1000", "--lang", "en");

        Assert.True(new FileInfo(bomb).Length < 1024);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("SS1006", refused.Error, StringComparison.Ordinal);
        Assert.Contains("characters added by aliases", refused.Error, StringComparison.Ordinal);
        Assert.True(refused.Output.Length < 4096, refused.Output.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, raised.Exit);
        Assert.Contains("characters added by aliases (1200 > 1000)", tooLow.Error, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_rewritten_file_keeps_its_mode_and_a_read_only_one_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-mode-").FullName;
        var secret = Path.Combine(folder, "secret.json");
        var readOnly = Path.Combine(folder, "published.json");
        var inventory = Path.Combine(folder, "i.yaml");
        File.WriteAllText(secret, "old");
        File.WriteAllText(readOnly, "old");
        File.WriteAllText(inventory, "region: { code: \"330400\" }\nschemaVersion: \"1.0\"\nitems: []\n");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(inventory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var written = Cli.Run("schema", "-o", secret);
        var refused = Cli.Run("schema", "-o", readOnly, "--lang", "en");
        var inPlace = Cli.Run("normalize", inventory, "--in-place");

        Assert.Equal((0, 2, 0), (written.Exit, refused.Exit, inPlace.Exit));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
        Assert.NotEqual("old", File.ReadAllText(secret));
        Assert.Equal("old", File.ReadAllText(readOnly));
        Assert.Contains("read-only", refused.Error, StringComparison.Ordinal);
        Assert.StartsWith("schemaVersion", File.ReadAllText(inventory), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(inventory));
    }

    [Fact]
    public void Writing_through_a_symbolic_link_replaces_its_target_beside_the_target_and_keeps_the_link()
    {
        var links = Directory.CreateTempSubdirectory("svcstd-links-").FullName;
        var targets = Directory.CreateTempSubdirectory("svcstd-targets-").FullName;
        var target = Path.Combine(targets, "report.json");
        File.WriteAllText(target, "old");
        var link = Path.Combine(links, "report.json");
        File.CreateSymbolicLink(link, target);

        var result = Cli.Run("schema", "-o", link);

        Assert.Equal(0, result.Exit);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["report.json"], Directory.EnumerateFileSystemEntries(links).Select(f => Path.GetFileName(f)).ToArray());
        Assert.Equal(["report.json"], Directory.EnumerateFileSystemEntries(targets).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public async Task A_fifo_named_yaml_in_a_folder_is_skipped_with_its_reason_not_read_forever()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-fifo-").FullName;
        File.Copy(Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), Path.Combine(folder, "a.yaml"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "pipe.yaml")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var result = await Task.Run(() => Cli.Run("validate", folder, "--lang", "en")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.Exit);
        Assert.EndsWith("1 file(s), 10 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", result.Output, StringComparison.Ordinal);
        Assert.Equal($"svcstd: skipped {Path.Combine(folder, "pipe.yaml")}: not a regular file (a FIFO, a socket or a device, which may never end)\n", result.Error);
    }

    [Fact]
    public void A_link_to_an_inventory_inside_a_folder_is_read_as_the_file_is()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-filelink-").FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "taibai.yaml"), Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"));

        var result = Cli.Run("validate", folder, "--lang", "en");

        Assert.Equal((0, string.Empty), (result.Exit, result.Error));
        Assert.EndsWith("1 file(s), 10 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_sub_folder_the_build_cannot_read_is_reported_and_keeps_its_catalogue_items()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-unreadable-").FullName;
        var sub = Path.Combine(folder, "sub");
        Directory.CreateDirectory(sub);
        File.Copy(Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), Path.Combine(folder, "a.yaml"));
        File.Copy(Cli.Repo("examples", "inventories", "zhejiang-jiaxing.yaml"), Path.Combine(sub, "b.yaml"));
        var db = Path.Combine(folder, "c.db");
        Assert.Equal(0, Cli.Run("catalogue", "build", folder, "--db", db).Exit);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(db, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(sub, UnixFileMode.None);

        // Root reads any folder: the second build runs as nobody, for whom the sub-folder is unreadable.
        var again = Environment.UserName == "root"
            ? Cli.RunProcessAs(65534, "catalogue", "build", folder, "--db", db, "--lang", "en")
            : Cli.Run("catalogue", "build", folder, "--db", db, "--lang", "en");
        File.SetUnixFileMode(sub, (UnixFileMode)0b111_101_101);

        Assert.Equal(0, again.Exit);
        Assert.StartsWith($"svcstd: skipped {sub}: the folder cannot be read (", again.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("removed", again.Output.Split('\n')[^2].Replace("removed 0", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        using var catalogue = ServiceStandard.Catalogue.ServiceCatalogue.Open(db);
        Assert.Equal(22, catalogue.Items().Count());
    }

    [Fact]
    public void Json_with_cr_only_line_ends_gives_each_finding_its_own_line()
    {
        var file = Path.Combine(Folder, "cr-only.json");
        var broken = Cli.TempFile("cr-broken.json", "{\"schemaVersion\":\"1.0\",\r\"region\":{\"code\":\"330400\"},\r\"items\":[,]\r}");

        var result = Cli.Run("validate", file, "--rules", NoBusinessRules(), "--lang", "en");
        var syntax = Cli.Run("validate", broken, "--lang", "en");

        Assert.StartsWith(file + ":2:18: error SS1104", result.Output, StringComparison.Ordinal);
        Assert.StartsWith(broken + ":3:10: error SS1001", syntax.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_build_on_a_database_another_build_holds_is_refused_with_one_line()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("svcstd-hold-").FullName, "c.db");
        using var first = ServiceStandard.Catalogue.CatalogueBuilder.Open(db);

        var second = Cli.Run("catalogue", "build", Cli.Repo("examples", "inventories"), "--db", db, "--lang", "en");

        Assert.Equal(2, second.Exit);
        Assert.StartsWith($"svcstd: another catalogue build is using {db}; run this one when it is done", second.Error, StringComparison.Ordinal);
        Assert.Single(second.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_search_of_a_thousand_short_words_is_refused_with_one_line()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("svcstd-words-").FullName, "c.db");
        Cli.Run("catalogue", "build", Cli.Repo("examples", "inventories"), "--db", db);
        var words = string.Join(' ', Enumerable.Range(0, 1000).Select(i => ((char)(0x4E00 + i)).ToString()));

        var result = Cli.Run("catalogue", "search", words, "--db", db, "--lang", "en");
        var sixtyFour = Cli.Run("catalogue", "search", string.Join(' ', words.Split(' ')[..64]), "--db", db, "--lang", "en");

        Assert.Equal((2, "svcstd: a search takes at most 64 distinct words.\n"), (result.Exit, result.Error));
        Assert.Equal((0, string.Empty), (sixtyFour.Exit, sixtyFour.Error));
    }

    [Fact]
    public void A_depth_limit_above_what_the_json_reader_allows_is_a_usage_error()
    {
        var file = Cli.TempFile("deep.yaml", "a: " + new string('[', 2_000) + new string(']', 2_000));

        var refused = Cli.Run("validate", file, "--max-depth", "5000", "--lang", "en");
        var ceiling = Cli.Run("validate", file, "--max-depth", "1000", "--format", "json");

        Assert.Equal(2, refused.Exit);
        Assert.Contains("--max-depth can be at most 1000", refused.Error, StringComparison.Ordinal);
        Assert.Equal((1, "SS1006"), (ceiling.Exit, Codes(ceiling.Output)));
        Assert.Equal(1000, new ServiceStandard.Loading.LoadOptions { MaxDepth = 5000 }.MaxDepth);
    }

    [Theory]
    [InlineData("export", "--format", "json")]
    [InlineData("export", "--format", "html")]
    [InlineData("search", "许可", "")]
    public void A_damaged_catalogue_is_one_line_and_exit_2(string verb, string first, string second)
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-damaged-").FullName;
        var db = Path.Combine(folder, "c.db");
        Cli.Run("catalogue", "build", Cli.Repo("examples", "inventories"), "--db", db);
        using (var file = new FileStream(db, FileMode.Open, FileAccess.Write))
        {
            file.Position = 8192;
            file.Write(Enumerable.Repeat((byte)0xDE, 40_000).ToArray());
        }

        string[] args = verb == "export"
            ? ["catalogue", "export", "--db", db, first, second, "-o", Path.Combine(folder, "out"), "--lang", "en"]
            : ["catalogue", "search", first, "--db", db, "--lang", "en"];
        var result = Cli.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"svcstd: the catalogue {db} is damaged and cannot be read (", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>A rule set that turns the business rules off, so each case shows its loading diagnostics alone.</summary>
    private static string NoBusinessRules() =>
        Cli.TempFile("loading-only.yaml", "rules:\n" + string.Concat(ServiceStandard.Diagnostics.DiagnosticCatalog.All
            .Where(d => d.Code.CompareTo("SS2000") > 0).Select(d => $"  {d.Code}: off\n")));

    private static string Codes(string jsonReport)
    {
        using var report = System.Text.Json.JsonDocument.Parse(jsonReport);
        var codes = report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToArray();
        return codes.Length == 0 ? "-" : string.Join(',', codes);
    }
}
