using System.Globalization;
using System.Text.Json;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Scoring;

/// <summary>The report tokens (docs/format.md section 7) and the zh or en names of dimensions and bands.</summary>
public static class ScoreLabels
{
    /// <summary>The JSON key of a dimension, such as <c>channelCompleteness</c>.</summary>
    /// <param name="dimension">The dimension.</param>
    public static string Token(ScoreDimension dimension) => JsonNamingPolicy.CamelCase.ConvertName(dimension.ToString());

    /// <summary>The JSON token of a band, such as <c>veryHigh</c>.</summary>
    /// <param name="band">The band.</param>
    public static string Token(ScoreBand band) => JsonNamingPolicy.CamelCase.ConvertName(band.ToString());

    /// <summary>The JSON token of a deficiency, such as <c>noComplaintPhone</c>.</summary>
    /// <param name="deficiency">The deficiency.</param>
    public static string Token(ScoreDeficiency deficiency) => JsonNamingPolicy.CamelCase.ConvertName(deficiency.ToString());

    /// <summary>The name of a dimension, such as 服务方式完备性 or "channel completeness".</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="culture">zh or en; <see langword="null"/> for the current UI culture.</param>
    public static string Name(ScoreDimension dimension, CultureInfo? culture = null) => MessageTexts.Get("Score_Dimension_" + dimension, culture);

    /// <summary>The name of a band, such as 非常高 or "very high".</summary>
    /// <param name="band">The band.</param>
    /// <param name="culture">zh or en; <see langword="null"/> for the current UI culture.</param>
    public static string Name(ScoreBand band, CultureInfo? culture = null) => MessageTexts.Get("Score_Band_" + band, culture);
}
