using System.Text.Json;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Tests;

public sealed class InitCommandTests
{
    private static readonly string SchemaId = JsonDocument.Parse(File.ReadAllText(Cli.Repo("schemas", "inventory", "1.1", "inventory.schema.json")))
        .RootElement.GetProperty("$id").GetString()!;

    [Fact]
    public void Init_writes_a_starter_inventory_with_the_schema_line_and_a_rule_set_and_the_inventory_validates_with_no_finding()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("svcstd-init-").FullName, "新建");

        var (exit, output, error) = Cli.Run("init", folder, "--lang", "en");
        var inventory = Path.Combine(folder, "事项清单.yaml");
        var validated = Cli.Run("validate", folder, "--lang", "en", "--verbose");

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal($"wrote {inventory}\nwrote {Path.Combine(folder, RuleSet.FileName)}\nReplace the example values with your region's items, then run: svcstd validate {folder}\n", output);
        Assert.Equal($"# yaml-language-server: $schema={SchemaId}", File.ReadLines(inventory).First());
        Assert.Equal((0, "1 file(s), 1 item(s): 0 error(s), 0 warning(s), 0 info(s).\n", ""), validated);
        Assert.Empty(RuleSetProblems(Path.Combine(folder, RuleSet.FileName)));
    }

    [Fact]
    public void Init_overwrites_nothing_and_exits_2_naming_each_file_that_exists()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-init-").FullName;
        var rules = Path.Combine(folder, RuleSet.FileName);
        File.WriteAllText(rules, "rules: { SS5105: off }\n");

        var (exit, output, error) = Cli.Run("init", folder, "--lang", "zh");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"svcstd: {rules} 已存在；init 不覆盖任何文件。\n", error);
        Assert.Equal("rules: { SS5105: off }\n", File.ReadAllText(rules));
        Assert.False(File.Exists(Path.Combine(folder, "事项清单.yaml")));
    }

    [Fact]
    public void Init_without_a_folder_writes_to_the_current_folder()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-init-").FullName;
        var before = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder;
            Assert.Equal(0, Cli.Run("init", "--lang", "en").Exit);
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }

        Assert.True(File.Exists(Path.Combine(folder, "事项清单.yaml")));
        Assert.True(File.Exists(Path.Combine(folder, RuleSet.FileName)));
    }

    private static IReadOnlyList<ServiceStandard.Diagnostics.Diagnostic> RuleSetProblems(string path)
    {
        RuleSet.Load(path, out var problems);
        return problems;
    }
}
