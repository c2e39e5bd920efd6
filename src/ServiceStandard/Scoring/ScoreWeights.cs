using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Scoring;

/// <summary>
/// The weights of the four dimensions in the index. The index is Σ weight × dimension / Σ weight, so weights
/// need not add up to 1 (1, 1, 2, 1 works); each must be 0 or more and they must not all be 0.
/// The default is 0.25 each: the national evaluation publishes four dimensions and no weights, and equal
/// weights are the choice a reader can check by hand.
/// </summary>
public sealed record ScoreWeights
{
    /// <summary>The dimension keys of a weights file, as docs/format.md section 7 spells them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["channelCompleteness", "itemCoverage", "guideAccuracy", "onlineInteractivity"];

    /// <summary>0.25 for each dimension.</summary>
    public static ScoreWeights Default { get; } = new();

    /// <summary>Weight of 服务方式完备性.</summary>
    public decimal ChannelCompleteness { get; init; } = 0.25m;

    /// <summary>Weight of 服务事项覆盖性.</summary>
    public decimal ItemCoverage { get; init; } = 0.25m;

    /// <summary>Weight of 办事指南准确性.</summary>
    public decimal GuideAccuracy { get; init; } = 0.25m;

    /// <summary>Weight of 在线服务交互性.</summary>
    public decimal OnlineInteractivity { get; init; } = 0.25m;

    /// <summary>The sum of the four weights.</summary>
    public decimal Total => ChannelCompleteness + ItemCoverage + GuideAccuracy + OnlineInteractivity;

    /// <summary>The weight of one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    public decimal Of(ScoreDimension dimension) => dimension switch
    {
        ScoreDimension.ChannelCompleteness => ChannelCompleteness,
        ScoreDimension.ItemCoverage => ItemCoverage,
        ScoreDimension.GuideAccuracy => GuideAccuracy,
        _ => OnlineInteractivity,
    };

    /// <summary>
    /// Reads a weights file, YAML or JSON: <c>{ channelCompleteness: 0.25, itemCoverage: 0.25, guideAccuracy: 0.25,
    /// onlineInteractivity: 0.25 }</c>. Every key is required (a forgotten key would silently change the index);
    /// unknown keys, values that are not numbers of 0 or more, and all-zero weights are errors (SS1302).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="diagnostics">The problems found; empty when the file is sound.</param>
    /// <returns>The weights, or <see langword="null"/> when the file has errors.</returns>
    public static ScoreWeights? Load(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var root = DocumentTree.ReadFile(path, bag);
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (root is MappingNode mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                var pointer = JsonPointer.Append(string.Empty, entry.Key);
                if (!Keys.Contains(entry.Key, StringComparer.Ordinal))
                {
                    Report(bag, pointer, entry.KeyPosition, entry.Key, ScoreInputFile.Describe(entry.Value), "§Score_WeightUnknownKey");
                }
                else if (ScoreInputFile.Number(entry.Value) is { } value && value >= 0)
                {
                    values[entry.Key] = value;
                }
                else
                {
                    Report(bag, pointer, entry.Value.Position, entry.Key, ScoreInputFile.Describe(entry.Value), "§Score_WeightNotNumber");
                }
            }

            foreach (var key in Keys.Where(k => mapping.Entries.All(e => e.Key != k)))
            {
                Report(bag, string.Empty, mapping.Position, key, string.Empty, "§Score_WeightMissing");
            }

            if (bag.ErrorCount == 0 && values.Values.Sum() == 0)
            {
                Report(bag, string.Empty, mapping.Position, "*", "0", "§Score_WeightsAllZero");
            }
        }
        else if (root is not null)
        {
            Report(bag, string.Empty, root.Position, "*", ScoreInputFile.Describe(root), "§Score_WeightsShape");
        }

        diagnostics = bag.Items;
        if (bag.ErrorCount > 0 || root is null)
        {
            return null;
        }

        return new ScoreWeights
        {
            ChannelCompleteness = values[Keys[0]],
            ItemCoverage = values[Keys[1]],
            GuideAccuracy = values[Keys[2]],
            OnlineInteractivity = values[Keys[3]],
        };
    }

    /// <summary>Throws for weights a program should never pass (negative, or all 0).</summary>
    internal void Check()
    {
        if (ChannelCompleteness < 0 || ItemCoverage < 0 || GuideAccuracy < 0 || OnlineInteractivity < 0 || Total <= 0)
        {
            throw new ArgumentException("Weights must be 0 or more and not all 0.", nameof(ScoreOptions.Weights));
        }
    }

    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, string key, string value, string reason) =>
        bag.Add(ScoringDiagnostics.InvalidWeight, pointer, position, null, ("key", key), ("value", value), ("reason", reason));
}
