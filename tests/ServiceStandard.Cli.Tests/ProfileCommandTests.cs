namespace ServiceStandard.Cli.Tests;

public sealed class ProfileCommandTests
{
    private static readonly string Profile = Cli.Repo("examples", "profiles", "zhejiang.yaml");
    private static readonly string Inventory = Cli.Repo("examples", "profiles", "zhejiang-inventory.yaml");

    [Fact]
    public void Validate_with_the_zhejiang_profile_exits_1_and_says_what_it_judged_against()
    {
        var (exit, output, error) = Cli.Run("validate", "--profile", Profile, Inventory, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Count(l => l.Contains(": error SS1401: Profile zhejiang-2026", StringComparison.Ordinal)));
        Assert.EndsWith("zhejiang-inventory.yaml:31:20: error SS1401: Profile zhejiang-2026 (minimum): /items/0/guide/onlineDepth is below the minimum 3. [/items/0/guide/onlineDepth]", lines[0], StringComparison.Ordinal);
        Assert.Equal(["Judged against format 1.1 and profile zhejiang-2026.", "1 file(s), 2 item(s): 4 error(s), 1 warning(s), 0 info(s)."], lines[^2..]);
    }

    [Fact]
    public void Validate_without_the_profile_passes_and_the_json_report_names_the_version()
    {
        var (exit, output, _) = Cli.Run("validate", Inventory, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"format\": {\n    \"version\": \"1.1\",\n    \"profile\": null\n  },", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_with_a_profile_prints_its_effective_schema()
    {
        var (exit, output, _) = Cli.Run("schema", "--profile", Profile);

        Assert.Equal(0, exit);
        Assert.Equal(ServiceStandard.Profiles.InventoryProfile.Load(Profile, out _)!.EffectiveSchema, output);
        Assert.Contains("\"zjItemCode\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_profile_is_reported_with_its_line_and_exits_2()
    {
        var broken = Cli.TempFile("broken.yaml", "profile: p\nbase: \"3.0\"\n");

        var (exit, output, error) = Cli.Run("validate", "--profile", broken, Inventory, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"{broken}:2:7: error SS1402: The profile is invalid: 'base' must be a published format version (1.0, 1.1), not '3.0'. [/base]\n", error);
    }
}
