using ServiceStandard.Loading;

namespace ServiceStandard.Cli;

/// <summary>The tool's pattern expansion: the library's <see cref="PathPattern"/> (Windows shells do not expand).</summary>
internal static class Glob
{
    /// <summary>Whether <paramref name="path"/> holds a wildcard.</summary>
    public static bool IsPattern(string path) => PathPattern.IsPattern(path);

    /// <summary>The files and folders <paramref name="pattern"/> matches, sorted ordinally.</summary>
    public static IReadOnlyList<string> Expand(string pattern) => PathPattern.Expand(pattern);
}
