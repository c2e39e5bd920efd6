namespace ServiceStandard.Diagnostics;

/// <summary>A 1-based line and column in a source document (columns count UTF-16 code units).</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
