namespace ServiceStandard.Cli.Tests;

public sealed class DiffNormalizationTests
{
    [Fact]
    public void Diff_normalizes_its_inputs_so_labels_phrases_and_full_width_text_compare_equal()
    {
        var source = Cli.Repo("examples", "inventories");
        var messy = Directory.CreateTempSubdirectory("svcstd-diff-messy-").FullName;
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith("zhejiang-jiaxing.yaml", StringComparison.Ordinal))
            {
                text = text
                    .Replace("type: administrativeLicensing", "type: 行政许可", StringComparison.Ordinal)
                    .Replace("committed: { value: 7, unit: workingDays }", "committed: 承诺时限７个工作日", StringComparison.Ordinal)
                    .Replace("handlingType: promised", "办件类型: 承诺件", StringComparison.Ordinal);
                Assert.NotEqual(File.ReadAllText(file), text);
            }

            File.WriteAllText(Path.Combine(messy, Path.GetFileName(file)), text);
        }

        var canonical = Cli.Run("diff", source, "--format", "json");
        var normalized = Cli.Run("diff", messy, "--format", "json");

        Assert.Equal(0, canonical.Exit);
        Assert.Equal(0, normalized.Exit);
        Assert.Equal(canonical.Output, normalized.Output);
    }
}
