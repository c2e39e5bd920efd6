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
        byte[] bytes;
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

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            var diagnostics = new DiagnosticBag(path);
            diagnostics.Add(DiagnosticCatalog.Unreadable, string.Empty, null, null, ("detail", exception.Message));
            return new LoadResult(path, format, null, diagnostics.Items, null, false);
        }

        return Load(bytes, format, path, options);
    }

    /// <summary>Loads a document from bytes (UTF-8 with or without BOM, or UTF-16 with BOM).</summary>
    /// <param name="content">The bytes of the document.</param>
    /// <param name="format">The syntax to read.</param>
    /// <param name="file">The name to stamp on diagnostics, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="LoadOptions.Default"/> when omitted.</param>
    public static LoadResult Load(ReadOnlyMemory<byte> content, DocumentFormat format, string? file = null, LoadOptions? options = null)
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
        var document = utf8.Value;
        return new LoadResult(file, format, inventory, diagnostics.Items, root, hasComments, binder.ItemSourceIndices)
        {
            Rewrites = rewrites.Items,
            ItemsBoundWhileReading = stream.Streamed,
            ReadWhole = () => ReadWhole(document, format, file, options),
        };
    }

    /// <summary>The whole alias-resolved tree of a document, items included (read again only when a position inside a streamed item is asked for).</summary>
    private static SourceNode? ReadWhole(ReadOnlyMemory<byte> utf8, DocumentFormat format, string? file, LoadOptions options)
    {
        var discarded = new DiagnosticBag(file);
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
        return Load(Encoding.UTF8.GetBytes(text), format, file, options);
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
        return Load(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), format, file, options);
    }
}
