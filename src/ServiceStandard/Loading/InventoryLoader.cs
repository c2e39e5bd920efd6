using System.Buffers;
using System.Text;
using ServiceStandard.Loading.Spreadsheets;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Loads inventories written in YAML, JSON or a spreadsheet (.xlsx, .csv): one pipeline for all (bytes, then a tree
/// with source positions, then the model). Never throws on bad input; returns diagnostics instead.
/// </summary>
public static class InventoryLoader
{
    /// <summary>
    /// Loads a file; its extension (<c>.json</c>, <c>.yaml</c>, <c>.yml</c>, <c>.xlsx</c>, <c>.csv</c>) decides the syntax
    /// (YAML otherwise). An <c>.xls</c>, <c>.et</c>, <c>.xlsb</c> or <c>.xlsm</c> file is not read: one <c>SS1502</c> diagnostic.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    /// <returns>The inventory and diagnostics; an unreadable file gives one <c>SS1009</c> diagnostic.</returns>
    public static LoadResult LoadFile(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        var format = DocumentFormats.FromPath(path) ?? DocumentFormat.Yaml;
        var bag = new DiagnosticBag(path);
        if (DocumentFormats.IsRefusedSpreadsheet(path))
        {
            SpreadsheetReader.RefuseByName(path, bag);
            return new LoadResult(path, DocumentFormat.Xlsx, null, bag.Items, null, false);
        }

        if (BoundedFile.ReadPooled(path, options.MaxFileBytes, bag) is not var (buffer, length, written))
        {
            return new LoadResult(path, format, null, bag.Items, null, false);
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

    /// <summary>The file's bytes again, when it still has the length and the write time it had when it was loaded.</summary>
    private static ReadOnlyMemory<byte>? Unchanged(string path, int length, DateTime written)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length != length || info.LastWriteTimeUtc != written)
            {
                return null; // checked before reading: a changed file is not read at all
            }

            var bytes = BoundedFile.Read(path, length, new DiagnosticBag(path));
            return bytes?.Length == length ? bytes : null;
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
        var stream = new ItemStream(file, options);
        var root = Parse(content, format, options, diagnostics, stream, out var hasComments);
        if (root is null)
        {
            return new LoadResult(file, format, null, diagnostics.Items, null, hasComments);
        }

        // Aliases resolved first: the binder, its diagnostics and LoadResult.Locate see canonical keys only.
        var rewrites = new DiagnosticBag(file, options.KeepRewrites);
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

        return new LoadResult(file, format, inventory, diagnostics.Items, root, hasComments, binder.ItemSourceIndices, binder.ItemsRead)
        {
            Rewrites = rewrites.Items,
            ItemsBoundWhileReading = stream.Streamed,
            ReadWhole = readWhole,
        };
    }

    /// <summary>The tree of a document (null after reporting why there is none): text decoded and parsed, or a spreadsheet read.</summary>
    private static SourceNode? Parse(ReadOnlyMemory<byte> content, DocumentFormat format, LoadOptions options, DiagnosticBag diagnostics, ItemStream? stream, out bool hasComments)
    {
        hasComments = false;
        if (format.IsSpreadsheet())
        {
            return SpreadsheetReader.Read(content, format, options, diagnostics, stream);
        }

        var utf8 = TextDecoding.ToUtf8(content, diagnostics, options.Encoding);
        if (utf8 is null)
        {
            return null;
        }

        if (utf8.Value.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyDocument, string.Empty, new SourcePosition(1, 1));
            return null;
        }

        var root = DocumentTree.Parse(utf8.Value, format, options, diagnostics, stream, out hasComments);
        if (root is null && diagnostics.ErrorCount == 0)
        {
            // Only comments (or directives): there is no document at all.
            diagnostics.Add(DiagnosticCatalog.EmptyDocument, string.Empty, new SourcePosition(1, 1));
        }

        return root;
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
        var root = Parse(content, format, options, discarded, null, out _);
        return root is null ? null : new AliasResolver(discarded, new DiagnosticBag(file, keeps: false)).Resolve(root);
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

    /// <summary>
    /// Loads a document from a stream (standard input, a pipe), read to its end but never past
    /// <see cref="LoadOptions.MaxFileBytes"/>: a longer stream gives one <c>SS1006</c> diagnostic and is not read further.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="format">The syntax to read.</param>
    /// <param name="file">The name to stamp on diagnostics, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    public static LoadResult Load(Stream stream, DocumentFormat format, string? file = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= LoadOptions.Default;
        var bag = new DiagnosticBag(file);
        if (BoundedFile.Read(stream, options.MaxFileBytes, bag) is not { } content)
        {
            return new LoadResult(file, format, null, bag.Items, null, false);
        }

        return Load(content, format, file, options, () => content);
    }
}
