using System.Globalization;
using ServiceStandard.Scoring;

namespace ServiceStandard.Reporting;

/// <summary>What every score renderer shows, in one language: figures rounded to one decimal, words, top findings.</summary>
internal sealed class ScoreView(ScoreReport report, CultureInfo culture, int top, IReadOnlyList<LeftOut>? leftOut = null)
{
    public static readonly ScoreDimension[] Dimensions = Enum.GetValues<ScoreDimension>();

    public ScoreReport Report { get; } = report;

    /// <summary>What the index could not read: whole files and items (<see cref="LeftOutWriter"/>).</summary>
    public IReadOnlyList<LeftOut> LeftOut { get; } = leftOut ?? [];

    public CultureInfo Culture { get; } = culture;

    public bool Zh { get; } = culture.TwoLetterISOLanguageName == "zh";

    public string Title => Zh ? "政务服务能力指数" : "Capability index";

    /// <summary>A figure as printed: one decimal, half away from zero.</summary>
    public static string Figure(decimal value) => CapabilityIndex.Round(value).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public IReadOnlyList<ScoreFinding> TopFindings(RegionScore region) => region.Findings.Take(top).ToArray();

    public string RegionName(RegionScore region) => region.Name ?? region.Code;

    public string Dimension(ScoreDimension dimension) => ScoreLabels.Name(dimension, Culture);

    /// <summary>A short column heading for a dimension.</summary>
    public string Column(ScoreDimension dimension) => Zh
        ? ScoreLabels.Name(dimension, Culture)
        : dimension switch
        {
            ScoreDimension.ChannelCompleteness => "channels",
            ScoreDimension.ItemCoverage => "coverage",
            ScoreDimension.GuideAccuracy => "guides",
            _ => "online",
        };

    public string Band(ScoreBand band) => Zh ? ScoreLabels.Name(band, Culture) : ScoreLabels.Token(band);

    public string Reference => Report.Reference.Kind == ReferenceKind.Basic
        ? (Zh ? $"覆盖性参照基本目录（{Report.Reference.Items.Count} 个事项）" : $"coverage against the basic catalogue ({Report.Reference.Items.Count} items)")
        : (Zh ? $"覆盖性参照各地区事项并集（{Report.Reference.Items.Count} 个事项）" : $"coverage against the union of all regions' items ({Report.Reference.Items.Count} items)");

    public string Weights
    {
        get
        {
            var weights = string.Join(Zh ? "，" : ", ", Dimensions.Select(d => $"{Column(d)} {Number(Report.Weights.Of(d))}"));
            return Zh ? $"权重：{weights}" : $"weights: {weights}";
        }
    }

    public string Mean => Zh
        ? $"平均指数 {Figure(Report.Mean)}；{Report.Regions.Count} 个地区中有 {Report.AboveMean} 个高于平均值。"
        : $"Mean index {Figure(Report.Mean)}; {Report.AboveMean} of {Report.Regions.Count} regions above the mean.";

    public string Rounding => Zh
        ? "数值保留一位小数（四舍五入）；等级按保留一位小数后的指数判定：大于 90 为非常高，80–90 为高，65–80（不含 80）为中，低于 65 为低。"
        : "Figures are rounded to one decimal, half away from zero; the band is read from the rounded index: veryHigh above 90, high 80 to 90, medium 65 to below 80, low below 65.";

    /// <summary>"−4.1 guideAccuracy (−1.0 index)" or "办事指南准确性 −4.1（总指数 −1.0）".</summary>
    public string Cost(ScoreFinding finding)
    {
        if (Zh)
        {
            var parts = string.Join("，", finding.Points.Select(p => $"{ScoreLabels.Name(p.Dimension, Culture)} −{Figure(p.Points)}"));
            return $"{parts}（总指数 −{Figure(finding.IndexPoints)}）";
        }

        return string.Join(", ", finding.Points.Select(p => $"−{Figure(p.Points)} {ScoreLabels.Token(p.Dimension)}")) + $" (−{Figure(finding.IndexPoints)} index)";
    }

    /// <summary>One finding as a line: message, then what it costs.</summary>
    public string FindingLine(ScoreFinding finding) => finding.Message(Culture) + (Zh ? "：" : ": ") + Cost(finding);

    public string RegionHeading(RegionScore region, int rank) => Zh
        ? $"{rank}. {RegionName(region)}（{region.Code}）：指数 {Figure(region.Index)}，{Band(region.Band)}"
        : $"{rank}. {RegionName(region)} ({region.Code}): index {Figure(region.Index)}, {Band(region.Band)}";

    public string NoFindings => Zh ? "没有失分项。" : "Nothing costs points.";

    public string FindingsHeading => Zh ? "失分最多的问题" : "What costs the most points";

    public string[] Headings =>
        [Zh ? "排名" : "rank", Zh ? "代码" : "code", Zh ? "地区" : "region", Zh ? "事项" : "items",
         .. Dimensions.Select(Column), Zh ? "指数" : "index", Zh ? "等级" : "band"];
}
