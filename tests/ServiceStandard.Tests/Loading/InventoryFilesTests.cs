using System.Globalization;
using System.Text;
using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

/// <summary>Expanding the paths a user gives into inventory files, as svcstd does, from the library alone.</summary>
public sealed class InventoryFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("svcstd-files-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "schemaVersion: \"1.0\"\n");
        return path;
    }

    private string[] Relative(IEnumerable<string> paths) => [.. paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))];

    [Fact]
    public void A_folder_is_walked_sorted_for_inventories_and_an_old_workbook_is_named_not_dropped()
    {
        Write("b/two.json");
        Write("a.yaml");
        Write("b/one.yml");
        Write("c.csv");
        Write("d.xlsx");
        Write("~$d.xlsx");
        Write("notes.txt");
        Write(".hidden/x.yaml");
        Write("old.xls");

        var set = InventoryFiles.Expand([root]);

        Assert.Equal(["a.yaml", "b/one.yml", "b/two.json", "c.csv", "d.xlsx"], Relative(set.Files));
        Assert.Equal([("old.xls", SkipReason.OldSpreadsheet)], set.Skipped.Select(s => (Relative([s.Path])[0], s.Reason)));
        Assert.Empty(set.Missing);
    }

    [Fact]
    public void Standard_input_and_files_are_kept_as_given_and_a_missing_path_or_empty_pattern_is_missing()
    {
        var file = Write("one.yaml");
        var nothing = Path.Combine(root, "none", "*.yaml");
        var absent = Path.Combine(root, "absent.yaml");

        var set = InventoryFiles.Expand(["-", file, nothing, absent]);

        Assert.Equal(["-", file], set.Files);
        Assert.Equal([nothing, absent], set.Missing);
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void A_pattern_is_expanded_as_a_shell_would_with_globstar_and_sets()
    {
        Write("x/a1.yaml");
        Write("x/b2.yaml");
        Write("x/deep/er/c3.yaml");
        Write("x/.d4.yaml");

        Assert.Equal(["x/a1.yaml", "x/b2.yaml", "x/deep/er/c3.yaml"], Relative(InventoryFiles.Expand([Path.Combine(root, "x", "**", "*.yaml")]).Files));
        Assert.Equal(["x/a1.yaml"], Relative(PathPattern.Expand(Path.Combine(root, "x", "[!b]?.yaml"))));
        Assert.True(PathPattern.IsPattern("a/*.yaml"));
        Assert.False(PathPattern.IsPattern("a/b.yaml"));
    }

    [Fact]
    public void A_link_to_a_folder_and_a_link_to_nothing_are_skipped_with_the_reason_in_either_language()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // links need privileges there; the CLI tests cover the walk on every system
        }

        var target = Path.Combine(root, "elsewhere");
        Directory.CreateDirectory(target);
        Directory.CreateDirectory(Path.Combine(root, "in"));
        Directory.CreateSymbolicLink(Path.Combine(root, "in", "folder"), target);
        File.CreateSymbolicLink(Path.Combine(root, "in", "gone.yaml"), Path.Combine(root, "no-such.yaml"));

        var skipped = InventoryFiles.Expand([Path.Combine(root, "in")]).Skipped;

        Assert.Equal([("in/folder", SkipReason.FolderLink), ("in/gone.yaml", SkipReason.DanglingLink)], skipped.Select(s => (Relative([s.Path])[0], s.Reason)));
        Assert.Equal("a link to nothing", skipped[1].Describe(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("链接指向的文件不存在", skipped[1].Describe(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void An_unreadable_folder_carries_the_systems_words_into_its_reason()
    {
        var skip = new SkippedPath("/x", SkipReason.UnreadableFolder, "Permission denied");

        Assert.Equal("the folder cannot be read (Permission denied); a catalogue keeps the items it had from it", skip.Describe(CultureInfo.GetCultureInfo("en")));
        Assert.All(Enum.GetValues<SkipReason>(), r => Assert.NotEmpty(new SkippedPath("/x", r).Describe(CultureInfo.GetCultureInfo("zh-CN"))));
    }

    [Fact]
    public void Standard_input_is_read_once_bounded_and_its_syntax_told_by_its_first_byte()
    {
        var opened = 0;
        var input = new StandardInput(() =>
        {
            opened++;
            return new MemoryStream(Encoding.UTF8.GetBytes("  {\"schemaVersion\": \"1.0\"}"));
        });

        Assert.Equal(6, input.Bytes(5).Length); // one past the limit, so that the loader can say it is too large
        Assert.Equal(6, input.Bytes(100).Length); // kept: read once
        Assert.Equal(1, opened);
        Assert.Equal(DocumentFormat.Json, StandardInput.Sniff("\uFEFF [1]"u8));
        Assert.Equal(DocumentFormat.Yaml, StandardInput.Sniff("schemaVersion: 1"u8));
        Assert.True(StandardInput.Is("-"));
    }
}
