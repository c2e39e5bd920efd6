using System.Globalization;
using ServiceStandard.Catalogue;
using ServiceStandard.Scoring;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Scoring;

/// <summary>The weights file and the basic catalogue: what they change, and how their mistakes are reported.</summary>
public sealed class ScoreInputTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    [Fact]
    public void Weights_change_the_index_and_are_divided_by_their_sum()
    {
        var weights = Load("weights.yaml", "channelCompleteness: 1\nitemCoverage: 2\nguideAccuracy: 0\nonlineInteractivity: 1\n");

        var junshan = HandComputedScoreTests.Score(new ScoreOptions { Weights = weights }).Regions.Single(r => r.Code == "430611");

        // (1 × 60 + 2 × 66.666… + 0 × 77.5 + 1 × 52.5) / 4 = 246.0416… / 4 = 61.4583…
        Assert.Equal(61.4583333333m, junshan.Index, 10);
        Assert.Equal(ScoreBand.Low, junshan.Band);

        // A finding costs its dimension points times weight / sum of weights: 33.333… × 2 / 4.
        var missing = junshan.Findings.Single(f => f.Deficiency == ScoreDeficiency.MissingReferenceItems);
        Assert.Equal(16.6666666667m, missing.IndexPoints, 10);
        Assert.Equal(100m - junshan.Index, junshan.Findings.Sum(f => f.IndexPoints), 20);
    }

    [Fact]
    public void Weighting_one_dimension_alone_ranks_the_examples_by_it()
    {
        var weights = Load("coverage.json", """{ "channelCompleteness": 0, "itemCoverage": 1, "guideAccuracy": 0, "onlineInteractivity": 0 }""");

        var report = ExampleScoreTests.Score(new ScoreOptions { Weights = weights });

        // Coverage 100, 91.7, 91.7, 83.3: 东兴区 and 怒江州 tie and stay in code order.
        Assert.Equal(["330400 100.0", "511011 91.7", "533300 91.7", "610331 83.3"], report.Regions.Select(r => $"{r.Code} {CapabilityIndex.Round(r.Index)}").ToArray());
    }

    [Fact]
    public void The_example_weights_file_is_the_default()
    {
        var weights = ScoreWeights.Load(Repository.PathOf("examples", "weights", "equal.yaml"), out var problems);

        Assert.Empty(problems);
        Assert.Equal(ScoreWeights.Default, weights);
    }

    [Fact]
    public void Weight_mistakes_are_reported_with_their_position()
    {
        var path = Write("bad.yaml", "channelCompleteness: 0.25\nitemCoverge: 0.25\nguideAccuracy: -1\nonlineInteractivity: lots\n");

        var weights = ScoreWeights.Load(path, out var problems);

        Assert.Null(weights);
        Assert.Equal(
            [
                "2:1 SS1302 'itemCoverge: 0.25' is not a valid weight: the keys are channelCompleteness, itemCoverage, guideAccuracy and onlineInteractivity.",
                "3:16 SS1302 'guideAccuracy: -1' is not a valid weight: a weight is a number of 0 or more.",
                "4:22 SS1302 'onlineInteractivity: lots' is not a valid weight: a weight is a number of 0 or more.",
                "1:1 SS1302 'itemCoverage: ' is not a valid weight: every dimension needs a weight.",
            ],
            problems.Select(p => $"{p.Position} {p.Code} {p.Message(English)}").ToArray());
        Assert.Equal("“guideAccuracy: -1”不是有效的权重：权重应为不小于 0 的数。", problems[1].Message(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void All_zero_weights_and_a_list_are_not_weights()
    {
        ScoreWeights.Load(Write("zero.yaml", "channelCompleteness: 0\nitemCoverage: 0\nguideAccuracy: 0\nonlineInteractivity: 0\n"), out var zero);
        ScoreWeights.Load(Write("list.yaml", "- 0.25\n"), out var list);
        ScoreWeights.Load(Write("broken.json", "{ \"itemCoverage\": "), out var broken);

        Assert.Equal("SS1302 '*: 0' is not a valid weight: the weights must not all be 0.", $"{zero.Single().Code} {zero.Single().Message(English)}");
        Assert.Equal("SS1302 '*: a list' is not a valid weight: the file must be an object of four weights.", $"{list.Single().Code} {list.Single().Message(English)}");
        Assert.Equal("SS1001", broken.Single().Code);
    }

    [Fact]
    public void Weights_a_program_passes_must_not_be_negative()
    {
        var options = new ScoreOptions { Weights = new ScoreWeights { GuideAccuracy = -0.25m } };

        Assert.Throws<ArgumentException>(() => HandComputedScoreTests.Score(options));
    }

    [Theory]
    [InlineData("basic-catalogue.yaml")]
    [InlineData("basic-catalogue.json")]
    [InlineData("basic-catalogue.csv")]
    public void A_basic_catalogue_is_read_from_yaml_json_or_csv(string file)
    {
        var items = BasicCatalogue.Read(Repository.PathOf("tests", "ServiceStandard.Tests", "Scoring", file), out var problems)!.Items;

        Assert.Empty(problems);
        Assert.Equal(11, items.Count);
        Assert.Equal(new BasicItem("000123020000", "公共场所卫生许可"), items[0]); // in the order written
        Assert.Equal(new BasicItem("000172005000", "药品零售企业许可"), items[1]);
    }

    [Fact]
    public void A_bare_list_of_codes_is_a_catalogue_and_a_code_listed_twice_counts_once()
    {
        var catalogue = BasicCatalogue.Read(Write("codes.yaml", "- \"000123020000\"\n- 000123020000\n- { basicCode: \"000172005000\" }\n"), out var problems);

        Assert.Empty(problems);
        Assert.Equal([new BasicItem("000123020000", null), new BasicItem("000172005000", null)], catalogue!.Items);
    }

    [Fact]
    public void Catalogue_mistakes_are_reported_with_their_position()
    {
        var yaml = BasicCatalogue.Read(Write("bad.yaml", "items:\n  - { basicCode: \"12345\", name: 短 }\n  - { name: 无编码 }\n"), out var yamlProblems);
        var csv = BasicCatalogue.Read(Write("bad.csv", "basicCode,name\n000123020000,公共场所卫生许可\n0001230200,短\n"), out var csvProblems);
        var empty = BasicCatalogue.Read(Write("empty.json", "{ \"items\": [] }"), out var emptyProblems);
        var shape = BasicCatalogue.Read(Write("shape.yaml", "codes: []\n"), out var shapeProblems);

        Assert.Null(yaml);
        Assert.Equal(
            ["2:18 /items/0 Basic catalogue entry '12345': not a 12-character basic code.",
             "3:5 /items/1 Basic catalogue entry 'an object': expected items: [{ basicCode, name }] (YAML or JSON) or CSV lines basicCode,name."],
            yamlProblems.Select(p => $"{p.Position} {p.Path} {p.Message(English)}").ToArray());
        Assert.Null(csv);
        Assert.Equal(["3:1 Basic catalogue entry '0001230200': not a 12-character basic code."], csvProblems.Select(p => $"{p.Position} {p.Message(English)}").ToArray());
        Assert.Null(empty);
        Assert.Equal("基本目录条目“”：目录中没有任何事项。", emptyProblems.Single().Message(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Null(shape);
        Assert.Equal("SS1303", shapeProblems.Single().Code);
    }

    [Fact]
    public void A_missing_catalogue_file_is_a_loading_problem_not_an_exception()
    {
        var catalogue = BasicCatalogue.Read(Path.Combine(Path.GetTempPath(), "no-such-folder-svcstd", "basic.yaml"), out var problems);

        Assert.Null(catalogue);
        Assert.Equal("SS1009", problems.Single().Code);
    }

    private static ScoreWeights Load(string name, string text)
    {
        var weights = ScoreWeights.Load(Write(name, text), out var problems);
        Assert.Empty(problems);
        return weights!;
    }

    private static string Write(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("svcstd-score-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
