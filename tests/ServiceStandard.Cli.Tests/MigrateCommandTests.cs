namespace ServiceStandard.Cli.Tests;

public sealed class MigrateCommandTests
{
    private const string Document = "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\nitems: []\nlocal: kept\n";

    [Fact]
    public void Migrate_prints_the_canonical_document_in_1_1_with_unknown_keys_kept()
    {
        var file = Cli.TempFile("old.yaml", Document);

        var (exit, output, _) = Cli.Run("migrate", file, "--to", "1.1");

        Assert.Equal(0, exit);
        Assert.Equal("schemaVersion: \"1.1\"\nregion:\n  code: \"330400\"\n  name: 嘉兴市\nitems: []\nlocal: kept\n", output);
    }

    [Fact]
    public void Migrate_in_place_rewrites_the_file_and_a_second_run_changes_nothing()
    {
        var file = Cli.TempFile("old.json", "{\"schemaVersion\":\"1.0\",\"region\":{\"code\":\"330400\"},\"items\":[]}");

        var first = Cli.Run("migrate", file, "--to", "1.1", "--in-place");
        var once = File.ReadAllText(file);
        var second = Cli.Run("migrate", file, "--to", "1.1", "--in-place");

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Equal("{\n  \"schemaVersion\": \"1.1\",\n  \"region\": {\n    \"code\": \"330400\",\n    \"name\": \"嘉兴市\"\n  },\n  \"items\": []\n}\n", once);
        Assert.Equal(once, File.ReadAllText(file));
    }

    [Fact]
    public void Migrate_in_place_refuses_yaml_with_comments_and_leaves_it_untouched()
    {
        var file = Cli.TempFile("commented.yaml", "# 注释\n" + Document);

        var (exit, _, error) = Cli.Run("migrate", file, "--to", "1.1", "--in-place", "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("has comments", error, StringComparison.Ordinal);
        Assert.Equal("# 注释\n" + Document, File.ReadAllText(file));
    }

    [Fact]
    public void Migrate_down_is_a_usage_error()
    {
        var file = Cli.TempFile("new.yaml", Document.Replace("1.0", "1.1", StringComparison.Ordinal));

        var (exit, output, error) = Cli.Run("migrate", file, "--to", "1.0", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.EndsWith("is in format 1.1; it cannot be migrated down to 1.0.\n", error, StringComparison.Ordinal);
    }
}
