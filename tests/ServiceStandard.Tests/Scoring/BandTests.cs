using ServiceStandard.Scoring;

namespace ServiceStandard.Tests.Scoring;

public sealed class BandTests
{
    [Theory]
    [InlineData("100", ScoreBand.VeryHigh)]
    [InlineData("90.05", ScoreBand.VeryHigh)]   // printed 90.1
    [InlineData("90.1", ScoreBand.VeryHigh)]
    [InlineData("90.04", ScoreBand.High)]       // printed 90.0: 90 is high
    [InlineData("90", ScoreBand.High)]
    [InlineData("80", ScoreBand.High)]          // 80 is high
    [InlineData("79.95", ScoreBand.High)]       // printed 80.0
    [InlineData("79.94", ScoreBand.Medium)]     // printed 79.9
    [InlineData("65", ScoreBand.Medium)]        // 65 is medium
    [InlineData("64.95", ScoreBand.Medium)]     // printed 65.0
    [InlineData("64.94", ScoreBand.Low)]
    [InlineData("0", ScoreBand.Low)]
    public void The_band_follows_the_national_evaluation_read_from_the_printed_index(string index, ScoreBand band)
    {
        Assert.Equal(band, CapabilityIndex.BandOf(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Figures_are_rounded_half_away_from_zero_and_keep_one_decimal()
    {
        Assert.Equal("66.7", CapabilityIndex.Round(200m / 3m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("82.5", CapabilityIndex.Round(82.45m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("100.0", CapabilityIndex.Round(100m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(ScoreBand.VeryHigh, "veryHigh", "非常高")]
    [InlineData(ScoreBand.High, "high", "高")]
    [InlineData(ScoreBand.Medium, "medium", "中")]
    [InlineData(ScoreBand.Low, "low", "低")]
    public void Bands_have_the_report_token_and_a_chinese_name(ScoreBand band, string token, string chinese)
    {
        Assert.Equal(token, ScoreLabels.Token(band));
        Assert.Equal(chinese, ScoreLabels.Name(band, System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }
}
