namespace ServiceStandard.Loading;

/// <summary>RFC 6901 JSON Pointer helpers.</summary>
internal static class JsonPointer
{
    public static string Append(string pointer, string key) =>
        key.AsSpan().IndexOfAny('~', '/') < 0
            ? string.Concat(pointer, "/", key)
            : string.Concat(pointer, "/", key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    public static string Append(string pointer, int index) =>
        string.Concat(pointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A segment kept unjoined until something is reported: a key, or (key null) a list index.</summary>
    public static string Append(string pointer, (string? Key, int Index) segment) =>
        segment.Key is null ? Append(pointer, segment.Index) : Append(pointer, segment.Key);

    public static IEnumerable<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}

/// <summary>
/// Where a value sits: the object it was read from (its pointer is built only on demand), plus a key and/or a
/// list index. Kept unmaterialised because the binder reads millions of values and needs their pointer only
/// when it reports one; a document without findings builds no pointer at all.
/// </summary>
internal readonly record struct NodePath(ObjectReader? Owner, string? Key, int Index = -1)
{
    public override string ToString()
    {
        var pointer = Owner?.Pointer ?? string.Empty;
        pointer = Key is null ? pointer : JsonPointer.Append(pointer, Key);
        return Index < 0 ? pointer : JsonPointer.Append(pointer, Index);
    }
}
