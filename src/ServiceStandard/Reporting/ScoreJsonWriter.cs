using System.Text.Json;
using ServiceStandard.Scoring;

namespace ServiceStandard.Reporting;

/// <summary>
/// The capability index as docs/format.md section 7 gives it, plus <c>mean</c>, <c>aboveMean</c>, <c>weights</c> and each
/// region's top <c>findings</c>. Figures are rounded to one decimal and always written with one.
/// </summary>
internal static class ScoreJsonWriter
{
    public static string Write(ScoreView view) => JsonText.Write(json =>
    {
        var report = view.Report;
        json.WriteStartObject();
        json.WriteStartArray("regions");
        foreach (var region in report.Regions)
        {
            json.WriteStartObject();
            json.WriteString("code", region.Code);
            json.WriteString("name", region.Name);
            json.WriteNumber("items", region.Items);
            json.WriteStartObject("dimensions");
            foreach (var dimension in ScoreView.Dimensions)
            {
                Figure(json, ScoreLabels.Token(dimension), region.Dimensions.Of(dimension));
            }

            json.WriteEndObject();
            Figure(json, "index", region.Index);
            json.WriteString("band", ScoreLabels.Token(region.Band));
            json.WriteStartArray("findings");
            foreach (var finding in view.TopFindings(region))
            {
                json.WriteStartObject();
                json.WriteString("kind", ScoreLabels.Token(finding.Deficiency));
                json.WriteNumber("items", finding.Count);
                json.WriteString("message", finding.Message(view.Culture));
                json.WriteStartObject("pointsLost");
                foreach (var points in finding.Points)
                {
                    Figure(json, ScoreLabels.Token(points.Dimension), points.Points);
                }

                json.WriteEndObject();
                Figure(json, "indexPointsLost", finding.IndexPoints);
                json.WriteStartArray("itemCodes");
                foreach (var code in finding.ItemCodes)
                {
                    json.WriteStringValue(code);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("reference");
        json.WriteString("kind", report.Reference.Kind == ReferenceKind.Basic ? "basic" : "union");
        json.WriteNumber("items", report.Reference.Items.Count);
        json.WriteEndObject();
        Figure(json, "mean", report.Mean);
        json.WriteNumber("aboveMean", report.AboveMean);
        json.WriteStartObject("weights");
        foreach (var dimension in ScoreView.Dimensions)
        {
            json.WriteNumber(ScoreLabels.Token(dimension), report.Weights.Of(dimension));
        }

        json.WriteEndObject();
        LeftOutWriter.Json(json, view.LeftOut, view.Culture);
        json.WriteEndObject();
    });

    private static void Figure(Utf8JsonWriter json, string name, decimal value) => json.WriteNumber(name, CapabilityIndex.Round(value));
}
