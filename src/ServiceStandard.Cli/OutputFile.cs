using System.Text;

namespace ServiceStandard.Cli;

/// <summary>Writes a command's result to standard output or, atomically, to a file.</summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Prints <paramref name="text"/>, or writes it to <paramref name="path"/>; returns the exit code.</summary>
    public static int WriteOrPrint(CliContext context, string? path, string text) => WriteOrPrint(context, path, Utf8Text(text));

    /// <summary>A text as a report to stream: its UTF-8 bytes, without a byte order mark.</summary>
    public static Action<Stream> Utf8Text(string text) => stream => stream.Write(Utf8.GetBytes(text));

    /// <summary>
    /// Streams a report as UTF-8 to standard output or, atomically, to <paramref name="path"/>; returns the exit
    /// code. A large report (a national comparison) is never held whole in memory: as one string, a 40-region JSON
    /// report took 16 MB, plus 34 MB of growing buffers and 9 MB re-encoded, all on the large-object heap, whose
    /// budget then forced three full collections of the whole comparison.
    /// </summary>
    public static int WriteOrPrint(CliContext context, string? path, Action<Stream> write)
    {
        if (path is not (null or "-"))
        {
            return Write(context, path, write);
        }

        // The console takes UTF-8 (CliApplication.Run sets it whenever it prints there), so bytes go straight to it.
        if (ReferenceEquals(context.Output, Console.Out))
        {
            Console.Out.Flush();
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            write(stdout);
            stdout.Flush();
            return CliApplication.Success;
        }

        using var buffer = new MemoryStream(); // a writer given by a host or a test: text
        write(buffer);
        context.Output.Write(Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return CliApplication.Success;
    }

    /// <summary>
    /// True when a binary workbook (<c>--format xlsx</c>) has a file to go to; otherwise says it needs <c>-o FILE.xlsx</c>
    /// (standard output and a terminal take text) and returns false, for exit 2 before anything is read.
    /// </summary>
    public static bool WorkbookHasFile(CliContext context, string format, string? path)
    {
        if (format != "xlsx" || path is not (null or "-"))
        {
            return true;
        }

        context.Report("XlsxNeedsFile");
        return false;
    }

    /// <summary>
    /// Rewrites <paramref name="path"/> in place, atomically; when its YAML had comments, which the rewrite would
    /// drop, refuses and leaves the file untouched (exit 1). Shared by normalize and migrate.
    /// </summary>
    /// <param name="action">The message (<see cref="CliText"/>) naming the rewrite: <c>Action_Normalizing</c>.</param>
    public static int Rewrite(CliContext context, string path, string text, bool hasComments, string action)
    {
        if (hasComments)
        {
            context.Report("CommentsWouldBeLost", path, CliText.Get(context.Culture, action));
            return CliApplication.Findings;
        }

        return Write(context, path, Utf8Text(text));
    }

    /// <summary>Writes the file atomically; a failure is one line on standard error and exit 2.</summary>
    private static int Write(CliContext context, string path, Action<Stream> write)
    {
        try
        {
            WriteAtomically(path, write);
            return CliApplication.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            context.Report("CannotWrite", path, exception.Message);
            return CliApplication.Failure;
        }
    }

    /// <summary>
    /// Writes to a temporary file in the target's folder, flushes it to disk, then renames it over the target:
    /// on any failure the target is untouched and no temporary file remains. A symbolic link is written through:
    /// its final target is replaced, atomically, from a temporary file beside that target, and the link stays a
    /// link. An existing target keeps its permissions, and a read-only one (no write permission for its owner) is
    /// refused, not replaced. Device files (/dev, /proc, /sys) are written directly: renaming over one would
    /// replace the device, and .NET does not tell a device from a regular file. The content is streamed by
    /// <paramref name="write"/>.
    /// </summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var full = FinalTarget(Path.GetFullPath(path));
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            write(device);
            device.Flush();
            return;
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder {folder} does not exist");
        }

        UnixFileMode? mode = null;
        if (File.Exists(full))
        {
            if (OperatingSystem.IsWindows())
            {
                if (File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly))
                {
                    throw new UnauthorizedAccessException($"{full} is read-only; it is left as it is");
                }
            }
            else
            {
                mode = File.GetUnixFileMode(full);
                if (!mode.Value.HasFlag(UnixFileMode.UserWrite))
                {
                    throw new UnauthorizedAccessException($"{full} is read-only (mode {Convert.ToString((int)mode.Value, 8)}); it is left as it is");
                }
            }
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                if (mode is { } kept && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, kept); // before any byte is written: a 0600 file never shows its content wider
                }

                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The file a path finally names: a symbolic link (or a chain of them) is followed to its target, which may not exist yet.</summary>
    private static string FinalTarget(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return path;
        }

        // A loop of links is refused by the file system (ELOOP, an IOException), as writing through it would be.
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }
}
