namespace ServiceStandard.Loading;

/// <summary>The syntax a document is written in.</summary>
public enum DocumentFormat
{
    /// <summary>YAML 1.2 (scalars are read as the field they bind to wants; no YAML 1.1 booleans or octals).</summary>
    Yaml,

    /// <summary>JSON (RFC 8259, strict: no comments, no trailing commas).</summary>
    Json,
}

/// <summary>Helpers to tell the format of a file.</summary>
public static class DocumentFormats
{
    /// <summary>The format a file name implies: <c>.json</c> is JSON, <c>.yaml</c> and <c>.yml</c> are YAML.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format, or <see langword="null"/> for any other extension.</returns>
    public static DocumentFormat? FromPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => DocumentFormat.Json,
            ".yaml" or ".yml" => DocumentFormat.Yaml,
            _ => null,
        };
}
