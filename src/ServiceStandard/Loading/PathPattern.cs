using System.Text;
using System.Text.RegularExpressions;

namespace ServiceStandard.Loading;

/// <summary>
/// Expands a pattern the shell left as it is (Windows shells never expand; a quoted pattern is not expanded by any
/// shell) the way a POSIX shell would: <c>*</c> any run of characters and <c>?</c> one, within one name;
/// <c>[abc]</c>, <c>[a-z]</c>, <c>[!abc]</c> one of a set; <c>**</c> as a whole name any number of folders, none
/// included (bash's <c>globstar</c>). As in a shell, a wildcard does not match a name starting with <c>.</c> unless
/// the pattern's name starts with one too, and <c>**</c> does not follow a link to a folder (it may loop). Both
/// <c>/</c> and, on Windows, <c>\</c> separate names; names are compared ordinally, ignoring case on Windows and
/// macOS, whose file systems do. What a pattern matches is sorted ordinally, so output is the same on every machine.
/// </summary>
public static class PathPattern
{
    private static readonly bool IgnoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    /// <summary>Whether <paramref name="path"/> holds a wildcard (<c>*</c>, <c>?</c> or <c>[</c>).</summary>
    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>The files and folders <paramref name="pattern"/> matches, each once, sorted ordinally; none when it matches nothing.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var root = Path.GetPathRoot(pattern) ?? string.Empty;
        var names = pattern[root.Length..].Split(OperatingSystem.IsWindows() ? ['/', '\\'] : ['/'], StringSplitOptions.RemoveEmptyEntries);
        var foldersOnly = pattern.Length > root.Length && pattern[^1] is '/' || (OperatingSystem.IsWindows() && pattern.EndsWith('\\'));
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Match(root, names, 0, foldersOnly, found);
        return [.. found];
    }

    private static void Match(string folder, string[] names, int index, bool foldersOnly, SortedSet<string> found)
    {
        if (index == names.Length)
        {
            if (folder.Length > 0 && (Directory.Exists(folder) || (!foldersOnly && File.Exists(folder))))
            {
                found.Add(folder);
            }

            return;
        }

        var name = names[index];
        if (name == "**")
        {
            Match(folder, names, index + 1, foldersOnly, found); // no folder at all
            foreach (var sub in Entries(folder).OfType<DirectoryInfo>().Where(d => d.LinkTarget is null && !d.Name.StartsWith('.')))
            {
                Match(Path.Combine(folder, sub.Name), names, index, foldersOnly, found);
            }

            return;
        }

        if (!IsPattern(name))
        {
            var next = Path.Combine(folder, name);
            if (index == names.Length - 1 || Directory.Exists(next))
            {
                Match(next, names, index + 1, foldersOnly, found);
            }

            return;
        }

        var regex = NamePattern(name);
        foreach (var entry in Entries(folder))
        {
            if ((entry.Name.StartsWith('.') && !name.StartsWith('.')) || !regex.IsMatch(entry.Name))
            {
                continue;
            }

            if (index == names.Length - 1 || entry is DirectoryInfo)
            {
                Match(Path.Combine(folder, entry.Name), names, index + 1, foldersOnly, found);
            }
        }
    }

    /// <summary>A folder's entries; none when it cannot be read (a shell passes over it the same way).</summary>
    private static FileSystemInfo[] Entries(string folder)
    {
        try
        {
            return new DirectoryInfo(folder.Length == 0 ? "." : folder).GetFileSystemInfos();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return [];
        }
    }

    /// <summary>One name of a pattern as a regular expression over one name.</summary>
    internal static Regex NamePattern(string name)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var close = c == '[' && i + 2 < name.Length ? name.IndexOf(']', i + 2) : -1;
            if (c == '*')
            {
                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else if (close > 0)
            {
                var set = name[(i + 1)..close];
                var negated = set[0] is '!' or '^';
                regex.Append(negated ? "[^" : "[").Append(Regex.Escape(negated ? set[1..] : set).Replace("\\-", "-", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(regex.Append('$').ToString(), options, TimeSpan.FromSeconds(1));
    }
}
