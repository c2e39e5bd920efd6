namespace ServiceStandard.Loading;

/// <summary>
/// Limits that keep loading bounded in time and memory on hostile input, and the text encoding.
/// Each limit, when exceeded, is one <c>SS1006</c> diagnostic naming the limit; raise it for trusted input.
/// </summary>
public sealed record LoadOptions
{
    /// <summary>The defaults: 256 MiB files, 256 levels of nesting, 1,000,000 nodes and 16,777,216 characters added by YAML aliases, 1,048,576-character scalars, 1,000,000 items.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The largest file, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The deepest nesting a limit may allow: System.Text.Json reads and writes no deeper.</summary>
    public const int DepthCeiling = 1000;

    /// <summary>The deepest nesting of objects and lists accepted, at most <see cref="DepthCeiling"/> (a larger value counts as that).</summary>
    public int MaxDepth { get; init => field = Math.Min(value, DepthCeiling); } = 256;

    /// <summary>
    /// The most nodes YAML aliases may add to a document, each alias counting as the nodes it stands for (a billion
    /// laughs is refused at the alias that crosses it, never expanded). Written nodes are bounded by the file size, as
    /// in JSON: a plain document of many items is not refused here.
    /// </summary>
    public long MaxNodes { get; init; } = 1_000_000;

    /// <summary>
    /// The most characters of text (keys and values) YAML aliases may add to a document: a long value aliased many
    /// times is few nodes but a huge document once written (a 419-byte document normalized to 116 MB).
    /// </summary>
    public long MaxAliasText { get; init; } = 16L * 1024 * 1024;

    /// <summary>The longest scalar (text, number), in characters.</summary>
    public int MaxScalarLength { get; init; } = 1024 * 1024;

    /// <summary>The most items an inventory may list.</summary>
    public int MaxItems { get; init; } = 1_000_000;

    /// <summary>
    /// The encoding of documents without a byte-order mark: <see cref="TextEncoding.Auto"/> reads UTF-8 and,
    /// when the bytes are not UTF-8 but are valid GB18030 (common in Chinese offices), decodes them with a warning.
    /// </summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Auto;

    /// <summary>
    /// The region code (GB/T 2260) of a spreadsheet that does not name its region (a CSV file, or a workbook without a
    /// <c>清单</c> sheet); <see langword="null"/>: such a spreadsheet is an error (SS1516). A region the workbook names wins.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>
    /// Whether the load keeps its rewrites (<see cref="LoadResult.Rewrites"/>: each aliased key and each value read from
    /// another form, SS8001/SS8003/SS8201/SS8204), which only normalization lists. Validation and the verbs that never
    /// list them load without: a 20,000-item inventory written with Chinese keys and labels makes about two million.
    /// </summary>
    internal bool KeepRewrites { get; init; } = true;
}

/// <summary>How to decode documents that have no byte-order mark.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8; GB18030 detected and decoded (with warning SS1011) when the bytes are not UTF-8.</summary>
    Auto,

    /// <summary>UTF-8 only: other bytes are refused (SS1003).</summary>
    Utf8,

    /// <summary>GB18030 (a superset of GBK and GB2312).</summary>
    Gb18030,
}
