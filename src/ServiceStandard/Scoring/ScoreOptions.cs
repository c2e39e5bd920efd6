namespace ServiceStandard.Scoring;

/// <summary>What to score against: the reference of item coverage and the weights of the index.</summary>
public sealed record ScoreOptions
{
    /// <summary>The union of the regions' items as reference, equal weights.</summary>
    public static ScoreOptions Default { get; } = new();

    /// <summary>
    /// The basic catalogue coverage is measured against (<see cref="BasicCatalogue.Read"/>);
    /// <see langword="null"/> measures against the union of the active items of every region scored together.
    /// </summary>
    public BasicCatalogue? Basic { get; init; }

    /// <summary>The weights of the dimensions in the index; 0.25 each by default.</summary>
    public ScoreWeights Weights { get; init; } = ScoreWeights.Default;
}
