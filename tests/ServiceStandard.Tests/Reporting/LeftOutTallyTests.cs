using System.Text;
using ServiceStandard.Loading;
using ServiceStandard.Reporting;

namespace ServiceStandard.Tests.Reporting;

/// <summary>What a report over many files takes in from each, and what it left out, from the library alone.</summary>
public sealed class LeftOutTallyTests
{
    private static LoadResult Load(string yaml, string file) =>
        InventoryLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(yaml)), DocumentFormat.Yaml, file, LoadOptions.Default);

    [Fact]
    public void A_file_that_cannot_be_read_is_left_out_whole_and_counted_apart_from_a_good_one()
    {
        var tally = new LeftOutTally();
        var good = Load(ServiceStandard.Schema.StarterInventory.Text(), "good.yaml");

        Assert.NotNull(tally.Add(FileIntake.Of("good.yaml", good)));
        Assert.Null(tally.Add(FileIntake.Of("bad.yaml", Load("items: [unclosed", "bad.yaml"))));

        var left = Assert.Single(tally.LeftOut);
        Assert.Equal(("bad.yaml", (int?)null), (left.File, left.Item));
        Assert.Equal((1, 0, 0, 1), (tally.WholeFiles, tally.Items, tally.OtherErrors, tally.FilesWithErrors));
    }
}
