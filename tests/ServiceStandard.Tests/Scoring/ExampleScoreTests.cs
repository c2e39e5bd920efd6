using ServiceStandard.Scoring;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Scoring;

/// <summary>
/// The four example inventories, scored against the union of their items (12 basic codes). The exact indices,
/// as fractions, were computed independently from the YAML and JSON files: 嘉兴市 47011/504, 东兴区 238075/2772,
/// 怒江傈僳族自治州 1997777/24948, 太白县 6823/96.
/// </summary>
public sealed class ExampleScoreTests
{
    internal static ScoreReport Score(ScoreOptions? options = null) => CapabilityIndex.Score(Examples(), options);

    internal static ValidationResult[] Examples() =>
        Directory.GetFiles(Repository.PathOf("examples", "inventories"))
            .Order(StringComparer.Ordinal)
            .Select(f => InventoryValidator.ValidateFile(f))
            .ToArray();

    [Fact]
    public void The_examples_rank_jiaxing_dongxing_nujiang_taibai()
    {
        var report = Score();

        Assert.Equal(["330400", "511011", "533300", "610331"], report.Regions.Select(r => r.Code).ToArray());
        Assert.Equal(["嘉兴市", "东兴区", "怒江傈僳族自治州", "太白县"], report.Regions.Select(r => r.Name!).ToArray());
        Assert.Equal([12, 11, 11, 10], report.Regions.Select(r => r.Items).ToArray());
    }

    [Fact]
    public void The_examples_scores_are_pinned_to_one_decimal()
    {
        var rows = Score().Regions.Select(r => string.Join(" ",
            new[] { r.Dimensions.ChannelCompleteness, r.Dimensions.ItemCoverage, r.Dimensions.GuideAccuracy, r.Dimensions.OnlineInteractivity, r.Index }
                .Select(v => CapabilityIndex.Round(v).ToString(System.Globalization.CultureInfo.InvariantCulture))) + " " + r.Band);

        Assert.Equal(
            [
                "90.0 100.0 100.0 83.1 93.3 VeryHigh",
                "89.1 91.7 100.0 62.8 85.9 High",
                "79.1 91.7 100.0 49.6 80.1 High",
                "68.0 83.3 100.0 33.0 71.1 Medium",
            ],
            rows.ToArray());
    }

    [Fact]
    public void The_examples_indices_are_exact_at_full_precision()
    {
        var report = Score();

        Assert.Equal(47011m / 504m, report.Regions[0].Index, 20);
        Assert.Equal(238075m / 2772m, report.Regions[1].Index, 20);
        Assert.Equal(1997777m / 24948m, report.Regions[2].Index, 20);
        Assert.Equal(6823m / 96m, report.Regions[3].Index, 20);
        Assert.Equal(82.5779984869m, report.Mean, 10);
        Assert.Equal(2, report.AboveMean);
        Assert.Equal(ReferenceKind.Union, report.Reference.Kind);
        Assert.Equal(12, report.Reference.Items.Count);
    }

    [Fact]
    public void Taibai_loses_most_on_online_depth_visits_coverage_and_uncut_limits()
    {
        var taibai = Score().Regions.Single(r => r.Code == "610331");

        Assert.Equal(
            [
                "NotFullyOnline 10 O20.0000 I5.0000",
                "NotZeroVisit 10 O20.0000 I5.0000",
                "MissingReferenceItems 2 V16.6667 I4.1667",
                "LimitsNotCut 7 O16.0417 I4.0104",
                "NoMobile 10 C10.0000 I2.5000",
            ],
            taibai.Findings.Take(5).Select(HandComputedScoreTests.Describe).ToArray());
        Assert.Equal(["000117014000", "000118013000"], taibai.Findings[2].ItemCodes);
    }

    [Fact]
    public void Against_a_basic_catalogue_coverage_counts_its_items_only()
    {
        var basic = ServiceStandard.Scoring.BasicCatalogue.Read(Repository.PathOf("tests", "ServiceStandard.Tests", "Scoring", "basic-catalogue.yaml"), out var problems);
        Assert.Empty(problems);

        var report = Score(new ScoreOptions { Basic = basic });

        // 11 catalogue items; 000105002000 is implemented nowhere, 000514003000 not in 东兴区.
        Assert.Equal(ReferenceKind.Basic, report.Reference.Kind);
        Assert.Equal(11, report.Reference.Items.Count);
        Assert.Equal(
            ["330400 90.9", "511011 81.8", "533300 90.9", "610331 90.9"],
            report.Regions.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => $"{r.Code} {CapabilityIndex.Round(r.Dimensions.ItemCoverage)}").ToArray());
    }
}
