namespace ServiceStandard.Cli.Tests;

public sealed class SchemaDiffCommandTests
{
    private static readonly string Old = Cli.Repo("schemas", "inventory", "1.0", "inventory.schema.json");
    private static readonly string New = Cli.Repo("schemas", "inventory", "1.1", "inventory.schema.json");

    [Fact]
    public void Schema_diff_from_1_0_to_1_1_lists_six_non_breaking_changes_and_exits_0()
    {
        var (exit, output, error) = Cli.Run("schema", "diff", Old, New, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(
            """
            schema 1.0 -> 1.1: 6 changes, 0 breaking
            SD001 non-breaking property-added /items/*/guide/materials/*/electronicLicense
            SD001 non-breaking property-added /items/*/guide/materials/*/exemptible
            SD001 non-breaking property-added /items/*/crossRegionScope
            SD001 non-breaking property-added /items/*/notificationCommitment
            SD019 non-breaking definition-added #/definitions/CrossRegionScope
            SD019 non-breaking definition-added #/definitions/NotificationCommitment

            """,
            output);
    }

    [Fact]
    public void Schema_diff_to_a_schema_that_requires_a_new_key_is_breaking_exits_1_and_says_so_in_json()
    {
        var stricter = Cli.TempFile("stricter.json", File.ReadAllText(New).Replace(
            "\"basicCode\",\n        \"name\",\n        \"type\",\n        \"authority\"\n",
            "\"basicCode\",\n        \"name\",\n        \"type\",\n        \"authority\",\n        \"crossRegionScope\"\n",
            StringComparison.Ordinal));

        var (exit, output, _) = Cli.Run("schema", "diff", New, stricter, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal(
            """
            {
              "old": "1.1",
              "new": "1.1",
              "breaking": true,
              "changes": [
                {
                  "rule": "SD004",
                  "kind": "required-added",
                  "breaking": true,
                  "path": "/items/*/crossRegionScope",
                  "before": null,
                  "after": null
                }
              ]
            }

            """,
            output);
    }

    [Fact]
    public void Schema_diff_of_a_missing_file_exits_2_with_one_line()
    {
        var (exit, output, error) = Cli.Run("schema", "diff", Old, "/no/such/schema.json", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("svcstd: cannot read /no/such/schema.json:", error, StringComparison.Ordinal);
    }
}
