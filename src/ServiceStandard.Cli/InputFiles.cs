using System.Runtime.InteropServices;

namespace ServiceStandard.Cli;

/// <summary>
/// Expands the paths a user gives into inventory files: files as given, folders walked for *.yaml, *.yml, *.json,
/// *.xlsx and *.csv (an .xls, .et, .xlsb or .xlsm workbook in a folder is named as not read: save it as .xlsx; an
/// Excel lock file ~$name.xlsx is not an inventory), <c>-</c> kept as it is (standard input,
/// <see cref="StandardInput"/>), and a pattern the shell did not expand (<see cref="Glob"/>) expanded as a shell
/// would: each file it matches as given, each folder walked; a pattern that matches nothing is reported as a path
/// that does not exist is.
/// Nothing is skipped in silence: a sub-folder that cannot be read, a link to a folder (not followed: it may loop),
/// a link to nothing, and a special file (a FIFO, a socket, a device: reading one may never end) are each named on
/// standard error with the reason. A link to an inventory file is followed, as the file itself would be read.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json", ".xlsx", ".csv"];

    /// <summary>A path the walk did not take, and why (the name of a <see cref="CliText"/> message).</summary>
    public sealed record Skipped(string Path, string Reason, string? Detail = null);

    /// <summary>The files, or <see langword="null"/> after telling the user that a path does not exist or that no inventory was found.</summary>
    public static IReadOnlyList<string>? ExpandOrReport(CliContext context, IEnumerable<string> paths)
    {
        var files = ExpandAndReport(context, paths, out var missing, out _);
        if (missing.Count > 0)
        {
            return null;
        }

        if (files.Count == 0)
        {
            context.Report("NoInventoryFiles");
            return null;
        }

        return files;
    }

    /// <summary>The files; each missing path and each skipped one is reported on standard error.</summary>
    public static IReadOnlyList<string> ExpandAndReport(CliContext context, IEnumerable<string> paths, out IReadOnlyList<string> missing, out IReadOnlyList<Skipped> skipped)
    {
        var files = Expand(paths, out missing, out skipped);
        foreach (var path in missing)
        {
            if (Glob.IsPattern(path))
            {
                context.Report("NoMatch", path);
            }
            else
            {
                context.Report("NoSuchFileOrFolder", path);
            }
        }

        foreach (var skip in skipped)
        {
            context.Report("SkippedPath", skip.Path, CliText.Get(context.Culture, skip.Reason, skip.Detail));
        }

        return files;
    }

    /// <summary>The files, sorted within each folder; <paramref name="missing"/> lists paths that do not exist, <paramref name="skipped"/> what a walk did not take.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing, out IReadOnlyList<Skipped> skipped)
    {
        var files = new List<string>();
        var absent = new List<string>();
        var passed = new List<Skipped>();
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
            else if (Glob.IsPattern(path) && Glob.Expand(path) is { Count: > 0 } matches)
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
                        passed.Add(new Skipped(match, "Skip_SpecialFile")); // a FIFO a wildcard met, as a walk would
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

        missing = absent;
        skipped = passed;
        return files;
    }

    private static void Walk(string root, List<string> files, List<Skipped> skipped)
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
                skipped.Add(new Skipped(folder, "Skip_UnreadableFolder", exception.Message));
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
                        skipped.Add(new Skipped(path, "Skip_FolderLink"));
                    }
                    else
                    {
                        pending.Push(path);
                    }

                    continue;
                }

                if (Loading.DocumentFormats.IsRefusedSpreadsheet(entry.Name))
                {
                    skipped.Add(new Skipped(path, "Skip_OldSpreadsheet"));
                    continue;
                }

                if (!Extensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase) || entry.Name.StartsWith("~$", StringComparison.Ordinal))
                {
                    continue;
                }

                if (entry.LinkTarget is not null && !LeadsToAFile(entry))
                {
                    skipped.Add(new Skipped(path, "Skip_DanglingLink"));
                }
                else if (!FileKind.IsRegular(path))
                {
                    skipped.Add(new Skipped(path, "Skip_SpecialFile"));
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
