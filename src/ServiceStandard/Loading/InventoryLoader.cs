using System.Buffers;
using System.Text;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Loads inventories written in YAML or JSON: one pipeline for both (bytes, then a tree with source
/// positions, then the model). Never throws on bad input; returns diagnostics instead.
/// </summary>
public static class InventoryLoader
{
    /// <summary>Loads a file; its extension (<c>.json</c>, <c>.yaml</c>, <c>.yml</c>) decides the syntax (YAML otherwise).</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    /// <returns>The inventory and diagnostics; an unreadable file gives one <c>SS1009</c> diagnostic.</returns>
    public static LoadResult LoadFile(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        var format = DocumentFormats.FromPath(path) ?? DocumentFormat.Yaml;
        byte[] buffer;
        int length;
        DateTime written;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > options.MaxFileBytes)
            {
                var tooLarge = new DiagnosticBag(path);
                tooLarge.Add(DiagnosticCatalog.LimitExceeded, string.Empty, null, null,
                    ("limit", "§Limit_FileSize"),
                    ("value", size.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("max", options.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return new LoadResult(path, format, null, tooLarge.Items, null, false);
            }

            (buffer, length, written) = ReadPooled(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            var diagnostics = new DiagnosticBag(path);
            diagnostics.Add(DiagnosticCatalog.Unreadable, string.Empty, null, null, ("detail", exception.Message));
            return new LoadResult(path, format, null, diagnostics.Items, null, false);
        }

        try
        {
            // The pooled buffer goes back once the document is bound; positions inside items bound while reading
            // are found by reading the file again, if it has not changed since (else the item's own position).
            // Reading each file into a new array put it on the large-object heap, whose budget forced a full
            // collection every few files: 16 of them, a sixth of a 40-file batch.
            return Load(buffer.AsMemory(0, length), format, path, options, () => Unchanged(path, length, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The bytes of a file in a buffer from the shared pool (return it), their length and the time the file was last written.</summary>
    private static (byte[] Buffer, int Length, DateTime Written) ReadPooled(string path)
    {
        using var handle = File.OpenHandle(path);
        var written = File.GetLastWriteTimeUtc(handle);
        var size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength)
        {
            throw new IOException($"The file is larger than {Array.MaxLength} bytes.");
        }

        if (size == 0)
        {
            // Empty, or a pipe or device whose length is unknown: read it to its end.
            handle.Dispose();
            var bytes = File.ReadAllBytes(path);
            var copy = ArrayPool<byte>.Shared.Rent(bytes.Length);
            bytes.CopyTo(copy, 0);
            return (copy, bytes.Length, written);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            var length = 0;
            int read;
            while (length < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
            {
                length += read;
            }

            return (buffer, length, written);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The file's bytes again, when it has the length and the write time it had when it was loaded.</summary>
    private static ReadOnlyMemory<byte>? Unchanged(string path, int length, DateTime written)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.Length == length && File.GetLastWriteTimeUtc(path) == written ? bytes : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>Loads a document from bytes (UTF-8 with or without BOM, or UTF-16 with BOM).</summary>
    /// <param name="content">The bytes of the document.</param>
    /// <param name="format">The syntax to read.</param>
    /// <param name="file">The name to stamp on diagnostics, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    public static LoadResult Load(ReadOnlyMemory<byte> content, DocumentFormat format, string? file = null, LoadOptions? options = null) =>
        Load(content, format, file, options, reread: null);

    /// <summary>
    /// Loads a document; <paramref name="reread"/> gives its bytes again for positions inside items bound while
    /// reading (or null when they are gone). Without it, the content is copied when items were streamed, since
    /// the caller may reuse its memory.
    /// </summary>
    private static LoadResult Load(ReadOnlyMemory<byte> content, DocumentFormat format, string? file, LoadOptions? options, Func<ReadOnlyMemory<byte>?>? reread)
    {
        options ??= LoadOptions.Default;
        var diagnostics = new DiagnosticBag(file);
        var utf8 = TextDecoding.ToUtf8(content, diagnostics, options.Encoding);
        if (utf8 is null)
        {
            return new LoadResult(file, format, null, diagnostics.Items, null, false);
        }

        var hasComments = false;
        SourceNode? root;
        if (utf8.Value.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyDocument, string.Empty, new SourcePosition(1, 1));
            return new LoadResult(file, format, null, diagnostics.Items, null, false);
        }

        var stream = new ItemStream(file, options);
        if (format == DocumentFormat.Json)
        {
            root = JsonDocumentReader.Read(utf8.Value, options, diagnostics, stream);
        }
        else if ((root = BlockYamlReader.TryRead(utf8.Value, options, stream, out hasComments)) is null)
        {
            // Not plain block style (or not sound YAML): YamlDotNet reads it, from the start, and reports what is wrong.
            stream = new ItemStream(file, options);
            root = YamlDocumentReader.Read(Encoding.UTF8.GetString(utf8.Value.Span), options, diagnostics, out hasComments, stream);
        }
        if (root is null)
        {
            if (diagnostics.ErrorCount == 0)
            {
                // Only comments (or directives): there is no document at all.
                diagnostics.Add(DiagnosticCatalog.EmptyDocument, string.Empty, new SourcePosition(1, 1));
            }

            return new LoadResult(file, format, null, diagnostics.Items, null, hasComments);
        }

        // Aliases resolved first: the binder, its diagnostics and LoadResult.Locate see canonical keys only.
        var rewrites = new DiagnosticBag(file);
        root = new AliasResolver(diagnostics, rewrites).Resolve(root);
        var binder = new InventoryBinder(diagnostics, rewrites, options);
        var inventory = binder.Bind(root);
        stream.MergeInto(diagnostics, rewrites);
        Func<SourceNode?>? readWhole = null;
        if (stream.Streamed)
        {
            var source = reread ?? Copy(content);
            readWhole = () => source() is { } bytes ? ReadWhole(bytes, format, file, options) : null;
        }

        return new LoadResult(file, format, inventory, diagnostics.Items, root, hasComments, binder.ItemSourceIndices)
        {
            Rewrites = rewrites.Items,
            ItemsBoundWhileReading = stream.Streamed,
            ReadWhole = readWhole,
        };
    }

    private static Func<ReadOnlyMemory<byte>?> Copy(ReadOnlyMemory<byte> content)
    {
        var copy = content.ToArray();
        return () => copy;
    }

    /// <summary>The whole alias-resolved tree of a document, items included (read again only when a position inside a streamed item is asked for).</summary>
    private static SourceNode? ReadWhole(ReadOnlyMemory<byte> content, DocumentFormat format, string? file, LoadOptions options)
    {
        var discarded = new DiagnosticBag(file);
        if (TextDecoding.ToUtf8(content, discarded, options.Encoding) is not { } utf8)
        {
            return null;
        }

        var root = format == DocumentFormat.Json
            ? JsonDocumentReader.Read(utf8, options, discarded)
            : BlockYamlReader.TryRead(utf8, options, null, out _) ?? YamlDocumentReader.Read(Encoding.UTF8.GetString(utf8.Span), options, discarded, out _);
        return root is null ? null : new AliasResolver(discarded, new DiagnosticBag(file)).Resolve(root);
    }

    /// <summary>Loads a document from text.</summary>
    /// <param name="text">The document.</param>
    /// <param name="format">The syntax to read.</param>
    /// <param name="file">The name to stamp on diagnostics, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    public static LoadResult LoadText(string text, DocumentFormat format, string? file = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Load(bytes, format, file, options, () => bytes);
    }

    /// <summary>Loads a document from a stream, read to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="format">The syntax to read.</param>
    /// <param name="file">The name to stamp on diagnostics, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    public static LoadResult Load(Stream stream, DocumentFormat format, string? file = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        return Load(content, format, file, options, () => content);
    }
}
