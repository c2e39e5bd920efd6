namespace ServiceStandard.Loading;

/// <summary>
/// Standard input as an inventory: the path <c>-</c> names it on a command line, and diagnostics and reports name
/// it <c>&lt;stdin&gt;</c>. It is read once, never past the size limit (<see cref="LoadOptions.MaxFileBytes"/>:
/// <c>SS1006</c>, the rest is not read), and kept, so a host that names it twice reads the same document twice. Its
/// syntax is the one given, or else JSON when its first byte other than white space (or a byte order mark) is
/// <c>{</c> or <c>[</c>, and YAML otherwise (<see cref="Sniff"/>).
/// </summary>
/// <param name="open">Opens the stream to read, once, on the first read (for a console: <see cref="Console.OpenStandardInput()"/>).</param>
public sealed class StandardInput(Func<Stream> open)
{
    /// <summary>The path that names standard input on the command line.</summary>
    public const string Argument = "-";

    /// <summary>The name diagnostics and reports give standard input.</summary>
    public const string Name = "<stdin>";

    private readonly object gate = new();
    private byte[]? bytes;

    /// <summary>Whether <paramref name="path"/> names standard input.</summary>
    public static bool Is(string path) => path == Argument;

    /// <summary>Loads standard input as an inventory named <see cref="Name"/>.</summary>
    /// <param name="options">The limits; <see cref="LoadOptions.MaxFileBytes"/> bounds the read.</param>
    /// <param name="format">The syntax, or <see langword="null"/> to tell it from the first byte.</param>
    public LoadResult Load(LoadOptions options, DocumentFormat? format)
    {
        var content = Bytes(options.MaxFileBytes);
        return InventoryLoader.Load(new MemoryStream(content, writable: false), format ?? Sniff(content), Name, options);
    }

    /// <summary>The bytes read (at most one past <paramref name="maxBytes"/>, so that the loader can tell the input is too large).</summary>
    public byte[] Bytes(long maxBytes)
    {
        lock (gate)
        {
            if (bytes is null)
            {
                using var stream = open();
                var buffer = new MemoryStream();
                var chunk = new byte[1 << 16];
                int read;
                while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
                {
                    buffer.Write(chunk, 0, read);
                }

                bytes = buffer.ToArray();
            }

            return bytes;
        }
    }

    /// <summary>JSON when the first byte other than white space, a NUL (UTF-16) or a byte order mark is <c>{</c> or <c>[</c>; YAML otherwise.</summary>
    public static DocumentFormat Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF)
            {
                continue;
            }

            return b is (byte)'{' or (byte)'[' ? DocumentFormat.Json : DocumentFormat.Yaml;
        }

        return DocumentFormat.Yaml;
    }
}
