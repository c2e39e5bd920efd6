using ServiceStandard.Loading;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli;

/// <summary>
/// Standard input as an inventory: the path <c>-</c> names it on the command line, and diagnostics and reports name
/// it <c>&lt;stdin&gt;</c>. It is read once, never past the size limit (<c>--max-file-size</c>: <c>SS1006</c>, the
/// rest is not read), and kept, so a verb that names it twice reads the same document twice. Its syntax is
/// <c>--input-format</c>, or else JSON when its first byte other than white space (or a byte order mark) is
/// <c>{</c> or <c>[</c>, and YAML otherwise.
/// </summary>
internal sealed class StandardInput(Func<Stream> open)
{
    /// <summary>The path that names standard input on the command line.</summary>
    public const string Argument = "-";

    /// <summary>The name diagnostics and reports give standard input.</summary>
    public const string Name = "<stdin>";

    private readonly Lock gate = new();
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

/// <summary>How a verb reads its inventories: the limits and encoding of <see cref="LoadingOptions"/>, files by their extension and <c>-</c> from standard input.</summary>
/// <param name="Limits">The limits and encoding.</param>
/// <param name="InputFormat">The syntax of standard input (<c>--input-format</c>), or <see langword="null"/> to tell it from its first byte.</param>
/// <param name="Input">Standard input.</param>
internal sealed record InventoryReading(LoadOptions Limits, DocumentFormat? InputFormat, StandardInput Input)
{
    /// <summary>Loads a file, or standard input for <c>-</c>, with the rewrites normalization lists.</summary>
    public LoadResult Load(string path) => Load(path, Limits);

    /// <summary>Loads a file, or standard input for <c>-</c>, for a verb that never lists rewrites (they are not kept).</summary>
    public LoadResult LoadWithoutRewrites(string path) => Load(path, Limits with { KeepRewrites = false });

    /// <summary>Loads and validates a file, or standard input for <c>-</c>; <paramref name="options"/> carry the rules (their limits are these).</summary>
    public ValidationResult Validate(string path, ValidationOptions options) =>
        InventoryValidator.Validate(LoadWithoutRewrites(path), options with { Load = Limits });

    private LoadResult Load(string path, LoadOptions limits) =>
        StandardInput.Is(path) ? Input.Load(limits, InputFormat) : InventoryLoader.LoadFile(path, limits);
}
