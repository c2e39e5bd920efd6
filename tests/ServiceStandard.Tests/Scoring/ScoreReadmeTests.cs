using System.Globalization;
using System.Text;
using ServiceStandard.Scoring;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Scoring;

public sealed class ScoreReadmeTests
{
    /// <summary>The ranking table of docs/scoring.md, from the example inventories.</summary>
    public static string RankingTable()
    {
        var table = new StringBuilder("| rank | region | items | channelCompleteness | itemCoverage | guideAccuracy | onlineInteractivity | index | band |\n")
            .Append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        var regions = ExampleScoreTests.Score().Regions;
        for (var i = 0; i < regions.Count; i++)
        {
            var r = regions[i];
            string Figure(decimal value) => CapabilityIndex.Round(value).ToString("0.0", CultureInfo.InvariantCulture);
            table.Append(CultureInfo.InvariantCulture, $"| {i + 1} | {r.Name} ({r.Code}) | {r.Items} | {Figure(r.Dimensions.ChannelCompleteness)} | {Figure(r.Dimensions.ItemCoverage)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Figure(r.Dimensions.GuideAccuracy)} | {Figure(r.Dimensions.OnlineInteractivity)} | {Figure(r.Index)} | {ScoreLabels.Token(r.Band)} |\n");
        }

        return table.ToString();
    }

    [Fact]
    public void The_scoring_page_s_ranking_table_is_what_the_examples_score()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "scoring.md")).ReplaceLineEndings("\n");
        var table = RankingTable();

        Assert.True(page.Contains(table, StringComparison.Ordinal), "docs/scoring.md's capability index table is out of date. Replace it with:\n\n" + table);
    }
}
