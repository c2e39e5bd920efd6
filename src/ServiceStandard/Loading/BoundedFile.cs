using System.Buffers;
using System.Globalization;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Reads a file to its end, but never more than a limit: the limit is enforced while reading, since the length a
/// file system reports is no bound (a device such as <c>/dev/zero</c> or <c>/dev/urandom</c> reports 0 and never
/// ends; a pipe has no length; a file can grow while it is read). Every file the library reads goes through here.
/// </summary>
internal static class BoundedFile
{
    /// <summary>
    /// The file's bytes in a buffer from the shared pool (the caller returns it) and their length, or
    /// <see langword="null"/> after one diagnostic: <c>SS1006</c> past <paramref name="maxBytes"/>, <c>SS1009</c> when it cannot be read.
    /// </summary>
    public static (byte[] Buffer, int Length, DateTime Written)? ReadPooled(string path, long maxBytes, DiagnosticBag bag)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var size = file.CanSeek ? file.Length : 0; // a hint only: a device reports 0
            if (size > maxBytes)
            {
                TooLarge(bag, size.ToString(CultureInfo.InvariantCulture), maxBytes);
                return null;
            }

            var written = file.CanSeek ? File.GetLastWriteTimeUtc(file.SafeFileHandle) : DateTime.MinValue;
            return Fill(file, size, maxBytes, bag) is { } filled ? (filled.Buffer, filled.Length, written) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            bag.Add(DiagnosticCatalog.Unreadable, string.Empty, null, null, ("detail", exception.Message));
            return null;
        }
    }

    /// <summary>The file's bytes in an array of their own, or <see langword="null"/> after one diagnostic (see <see cref="ReadPooled"/>).</summary>
    public static byte[]? Read(string path, long maxBytes, DiagnosticBag bag)
    {
        if (ReadPooled(path, maxBytes, bag) is not { } read)
        {
            return null;
        }

        var bytes = read.Buffer.AsSpan(0, read.Length).ToArray();
        ArrayPool<byte>.Shared.Return(read.Buffer);
        return bytes;
    }

    /// <summary>
    /// A stream's bytes (standard input, a pipe) read to its end, but never more than <paramref name="maxBytes"/>, or
    /// <see langword="null"/> after one diagnostic: <c>SS1006</c> past the limit (the rest is not read), <c>SS1009</c> when it cannot be read.
    /// </summary>
    public static byte[]? Read(Stream stream, long maxBytes, DiagnosticBag bag)
    {
        try
        {
            if (Fill(stream, 0, maxBytes, bag) is not { } filled)
            {
                return null;
            }

            var bytes = filled.Buffer.AsSpan(0, filled.Length).ToArray();
            ArrayPool<byte>.Shared.Return(filled.Buffer);
            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            bag.Add(DiagnosticCatalog.Unreadable, string.Empty, null, null, ("detail", exception.Message));
            return null;
        }
    }

    /// <summary>Reads <paramref name="source"/> into a pooled buffer (the caller returns it), stopping one byte past the limit.</summary>
    private static (byte[] Buffer, int Length)? Fill(Stream source, long size, long maxBytes, DiagnosticBag bag)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(size + 1, 4096), limit + 1L));
        var length = 0;
        try
        {
            int read;
            while ((read = source.Read(buffer.AsSpan(length, Math.Min(buffer.Length, limit + 1) - length))) > 0)
            {
                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    TooLarge(bag, (limit + 1L).ToString(CultureInfo.InvariantCulture) + "+", maxBytes); // read no further: at least one byte too many
                    return null;
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * length, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return (buffer, length);
    }

    private static void TooLarge(DiagnosticBag bag, string size, long maxBytes) =>
        bag.Add(DiagnosticCatalog.LimitExceeded, string.Empty, null, null,
            ("limit", "§Limit_FileSize"), ("value", size), ("max", maxBytes.ToString(CultureInfo.InvariantCulture)));
}
