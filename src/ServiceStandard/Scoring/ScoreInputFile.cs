using System.Text;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Scoring;

/// <summary>Helpers for reading the scoring inputs (weights, basic catalogue); the files themselves are read by <see cref="DocumentTree"/>.</summary>
internal static class ScoreInputFile
{
    /// <summary>The text of a scalar that is a number, or <see langword="null"/>.</summary>
    public static decimal? Number(SourceNode node) =>
        node is ScalarNode { Style: ScalarStyle.Number or ScalarStyle.Plain } scalar
        && decimal.TryParse(scalar.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>A scalar's text for messages.</summary>
    public static string Describe(SourceNode node) => node is ScalarNode scalar ? scalar.Text : node.KindName;
}
