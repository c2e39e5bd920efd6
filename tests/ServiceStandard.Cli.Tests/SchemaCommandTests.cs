namespace ServiceStandard.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_exactly_the_published_schema_of_the_newest_version()
    {
        var (exit, output, _) = Cli.Run("schema");

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Cli.Repo("schemas", "inventory", "1.1", "inventory.schema.json")), output);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    public void Schema_with_a_version_prints_exactly_that_published_schema(string version)
    {
        var (exit, output, _) = Cli.Run("schema", "--version", version);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Cli.Repo("schemas", "inventory", version, "inventory.schema.json")), output);
    }

    [Fact]
    public void Schema_with_an_unknown_version_is_a_usage_error_naming_the_versions()
    {
        var (exit, output, error) = Cli.Run("schema", "--version", "2.0");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("“2.0”", error, StringComparison.Ordinal);
        Assert.Contains("1.0", error, StringComparison.Ordinal);
        Assert.Contains("1.1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_with_output_writes_the_file_and_prints_nothing()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("svcstd-schema-").FullName, "inventory.schema.json");

        var (exit, output, _) = Cli.Run("schema", "-o", target);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Equal(File.ReadAllText(Cli.Repo("schemas", "inventory", "1.1", "inventory.schema.json")), File.ReadAllText(target));
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Schema_into_a_missing_folder_exits_2_with_one_line()
    {
        var (exit, _, error) = Cli.Run("schema", "-o", "/no/such/folder/schema.json", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.StartsWith("svcstd: cannot write /no/such/folder/schema.json:", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
