namespace ServiceStandard.Loading;

/// <summary>Limits that keep loading bounded in time and memory on hostile input.</summary>
public sealed record LoadOptions
{
    /// <summary>The defaults: 256 levels of nesting, 5,000,000 nodes after YAML alias expansion.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The deepest nesting of objects and lists accepted.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>The most nodes a document may have, counting each YAML alias as the nodes it stands for.</summary>
    public long MaxNodes { get; init; } = 5_000_000;
}
