using System.Globalization;
using System.Runtime.InteropServices;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Expands the paths a user gives into inventory files, as <c>svcstd</c> does: files as given, folders walked for
/// *.yaml, *.yml, *.json, *.xlsx and *.csv (an .xls, .et, .xlsb or .xlsm workbook in a folder is named as not read:
/// save it as .xlsx; an Excel lock file ~$name.xlsx is not an inventory), <c>-</c> kept as it is (standard input,
/// <see cref="StandardInput"/>), and a pattern the shell did not expand (<see cref="PathPattern"/>) expanded as a
/// shell would: each file it matches as given, each folder walked; a pattern that matches nothing is missing, as a
/// path that does not exist is.
/// Nothing is skipped in silence: a sub-folder that cannot be read, a link to a folder (not followed: it may loop),
/// a link to nothing, and a special file (a FIFO, a socket, a device: reading one may never end) are each in
/// <see cref="InventoryFileSet.Skipped"/> with the reason. A link to an inventory file is followed, as the file itself
/// would be read. Hidden entries (a name starting with <c>.</c>) are not walked.
/// </summary>
public static class InventoryFiles
{
    /// <summary>The extensions a folder is walked for: .yaml, .yml, .json, .xlsx and .csv.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml", ".json", ".xlsx", ".csv"];

    /// <summary>The files <paramref name="paths"/> name, in the order given and sorted within each folder; what does not exist and what a walk did not take.</summary>
    /// <param name="paths">Files, folders, patterns and <c>-</c>, as a user gives them.</param>
    public static InventoryFileSet Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var absent = new List<string>();
        var passed = new List<SkippedPath>();
        foreach (var path in paths)
        {
            if (StandardInput.Is(path) || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, files, passed);
            }
            else if (PathPattern.IsPattern(path) && PathPattern.Expand(path) is { Count: > 0 } matches)
            {
                var matched = new List<string>();
                foreach (var match in matches)
                {
                    if (Directory.Exists(match))
                    {
                        Walk(match, matched, passed);
                    }
                    else if (!FileKind.IsRegular(match))
                    {
                        passed.Add(new SkippedPath(match, SkipReason.SpecialFile)); // a FIFO a wildcard met, as a walk would
                    }
                    else
                    {
                        matched.Add(match);
                    }
                }

                files.AddRange(matched.Distinct(StringComparer.Ordinal));
            }
            else
            {
                absent.Add(path);
            }
        }

        return new InventoryFileSet(files, passed, absent);
    }

    private static void Walk(string root, List<string> files, List<SkippedPath> skipped)
    {
        var pending = new Stack<string>([root]);
        var found = new List<string>();
        while (pending.TryPop(out var folder))
        {
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(folder).GetFileSystemInfos();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                skipped.Add(new SkippedPath(folder, SkipReason.UnreadableFolder, exception.Message));
                continue;
            }

            foreach (var entry in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var path = Path.Combine(folder, entry.Name);
                if (entry.Attributes.HasFlag(FileAttributes.Hidden) || entry.Name.StartsWith('.'))
                {
                    continue; // hidden by the user's own convention: not an inventory to walk
                }

                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is not null)
                    {
                        skipped.Add(new SkippedPath(path, SkipReason.FolderLink));
                    }
                    else
                    {
                        pending.Push(path);
                    }

                    continue;
                }

                if (DocumentFormats.IsRefusedSpreadsheet(entry.Name))
                {
                    skipped.Add(new SkippedPath(path, SkipReason.OldSpreadsheet));
                    continue;
                }

                if (!Extensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase) || entry.Name.StartsWith("~$", StringComparison.Ordinal))
                {
                    continue;
                }

                if (entry.LinkTarget is not null && !LeadsToAFile(entry))
                {
                    skipped.Add(new SkippedPath(path, SkipReason.DanglingLink));
                }
                else if (!FileKind.IsRegular(path))
                {
                    skipped.Add(new SkippedPath(path, SkipReason.SpecialFile));
                }
                else
                {
                    found.Add(path);
                }
            }
        }

        files.AddRange(found.Order(StringComparer.Ordinal));
    }

    /// <summary>Whether a link, followed to its end, names a file that exists (File.Exists answers for the link itself).</summary>
    private static bool LeadsToAFile(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
        }
        catch (IOException)
        {
            return false; // a loop of links
        }
    }
}

/// <summary>What <see cref="InventoryFiles.Expand"/> made of the paths a user gave.</summary>
public sealed class InventoryFileSet
{
    internal InventoryFileSet(IReadOnlyList<string> files, IReadOnlyList<SkippedPath> skipped, IReadOnlyList<string> missing)
    {
        Files = files;
        Skipped = skipped;
        Missing = missing;
    }

    /// <summary>The inventory files (and <c>-</c>), in the order the paths were given, sorted within each folder.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>What a walk or a pattern met and did not take, and why: a host names each to its user.</summary>
    public IReadOnlyList<SkippedPath> Skipped { get; }

    /// <summary>The paths given that do not exist, and the patterns (<see cref="PathPattern.IsPattern"/>) that match nothing.</summary>
    public IReadOnlyList<string> Missing { get; }
}

/// <summary>Why <see cref="InventoryFiles.Expand"/> did not take a path.</summary>
public enum SkipReason
{
    /// <summary>A folder that cannot be read (its <see cref="SkippedPath.Detail"/> is the system's reason).</summary>
    UnreadableFolder,

    /// <summary>A link to a folder: not followed, as it may loop.</summary>
    FolderLink,

    /// <summary>A link to nothing.</summary>
    DanglingLink,

    /// <summary>Not a regular file: a FIFO, a socket or a device, reading which may never end.</summary>
    SpecialFile,

    /// <summary>An .xls, .et, .xlsb or .xlsm workbook, which is not read: save it as .xlsx.</summary>
    OldSpreadsheet,
}

/// <summary>A path <see cref="InventoryFiles.Expand"/> did not take, and why.</summary>
/// <param name="Path">The path, as the walk met it.</param>
/// <param name="Reason">Why it was not taken.</param>
/// <param name="Detail">The system's own words, for <see cref="SkipReason.UnreadableFolder"/>; otherwise <see langword="null"/>.</param>
public sealed record SkippedPath(string Path, SkipReason Reason, string? Detail = null)
{
    /// <summary>The reason in the reader's language (zh or en), what to do included.</summary>
    /// <param name="culture">The language; <see langword="null"/> for the current UI culture.</param>
    public string Describe(CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(c, MessageTexts.Get("Skip_" + Reason.ToString(), c), Detail);
    }
}

/// <summary>
/// Whether a path (links followed) is a regular file. .NET does not tell a FIFO or a device from a regular file, so the
/// runtime's own stat (System.Native, whose FileStatus layout .NET defines the same on every platform) is asked;
/// where it cannot be, a file counts as regular.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    public static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            var status = new byte[256]; // FileStatus is about 130 bytes; Mode follows Flags
            if (Stat(path, status) != 0)
            {
                return true; // gone or unreadable: reading it will say so
            }

            return (BitConverter.ToInt32(status, 4) & TypeMask) == Regular;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);
}
