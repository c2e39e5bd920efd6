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

    /// <summary>True for Chinese: the page's language tag.</summary>
    public bool Zh { get; } = culture.TwoLetterISOLanguageName == "zh";

    public string Title => T("Title");

    /// <summary>A figure as printed: one decimal, half away from zero.</summary>
    public static string Figure(decimal value) => CapabilityIndex.Round(value).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public IReadOnlyList<ScoreFinding> TopFindings(RegionScore region) => region.Findings.Take(top).ToArray();

    public string RegionName(RegionScore region) => region.Name ?? region.Code;

    public string Dimension(ScoreDimension dimension) => ScoreLabels.Name(dimension, Culture);

    /// <summary>A short column heading for a dimension.</summary>
    public string Column(ScoreDimension dimension) => T("Column_" + dimension);

    public string Band(ScoreBand band) => T("Band_" + band);

    public string Reference => T(Report.Reference.Kind == ReferenceKind.Basic ? "ReferenceBasic" : "ReferenceUnion", Report.Reference.Items.Count);

    public string Weights => T("Weights", string.Join(T("ListSeparator"), Dimensions.Select(d => $"{Column(d)} {Number(Report.Weights.Of(d))}")));

    public string Mean => T("Mean", Figure(Report.Mean), Report.AboveMean, Report.Regions.Count);

    public string Rounding => T("Rounding");

    /// <summary>"−4.1 guideAccuracy (−1.0 index)" or "办事指南准确性 −4.1（总指数 −1.0）".</summary>
    public string Cost(ScoreFinding finding) =>
        T("Cost", string.Join(T("ListSeparator"), finding.Points.Select(p => T("CostPart", T("CostDimension_" + p.Dimension), Figure(p.Points)))), Figure(finding.IndexPoints));

    /// <summary>One finding as a line: message, then what it costs.</summary>
    public string FindingLine(ScoreFinding finding) => finding.Message(Culture) + Colon + Cost(finding);

    public string RegionHeading(RegionScore region, int rank) => T("RegionHeading", rank, RegionName(region), region.Code, Figure(region.Index), Band(region.Band));

    public string NoFindings => T("NoFindings");

    public string FindingsHeading => T("FindingsHeading");

    /// <summary>The colon between a label and what follows (": ", or "：" in Chinese).</summary>
    public string Colon => T("Colon");

    public string[] Headings =>
        [T("Heading_Rank"), T("Heading_Code"), T("Heading_Region"), T("Heading_Items"), .. Dimensions.Select(Column), T("Heading_Index"), T("Heading_Band")];

    /// <summary>A text of the capability index's reports (<c>Index_</c> in ReportTexts.resx), its {0}, {1}... filled in.</summary>
    public string T(string name, params object?[] arguments) => ReportText.Get(Culture, "Index_" + name, arguments);
}
