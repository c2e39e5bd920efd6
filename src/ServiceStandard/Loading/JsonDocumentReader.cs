using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Reads JSON bytes into a <see cref="SourceNode"/> tree with the line and column of every node,
/// using <see cref="Utf8JsonReader"/> (strict RFC 8259) and an explicit stack, never recursion.
/// </summary>
internal sealed class JsonDocumentReader
{
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly LoadOptions options;
    private readonly DiagnosticBag diagnostics;
    private readonly StringPool pool = new();
    private readonly NodePool nodes = new();
    private readonly ItemStream? stream;

    // The entries of each open object below the root; the root's go straight in: ItemStream looks at them while it is open.
    private readonly OpenEntries openEntries = new();

    // The open containers, innermost last (one array of structs: four stacks were a twentieth of reading JSON in the
    // Native AOT build), and the key read last, whose value comes next (there is never more than one).
    private OpenContainer[] open = new OpenContainer[16];
    private int depth;
    private string? pendingKey;
    private SourcePosition pendingKeyPosition;

    // Position tracking: tokens arrive in order, so line and column advance incrementally.
    private int line = 1;
    private int columnOffset;
    private int column = 1;

    private JsonDocumentReader(ReadOnlyMemory<byte> utf8, LoadOptions options, DiagnosticBag diagnostics, ItemStream? stream)
    {
        this.stream = stream;
        this.utf8 = utf8;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /// <summary>Reads a document; with a <paramref name="stream"/>, the elements of its items list are bound as they end.</summary>
    public static SourceNode? Read(ReadOnlyMemory<byte> utf8, LoadOptions options, DiagnosticBag diagnostics, ItemStream? stream = null) =>
        new JsonDocumentReader(utf8, options, diagnostics, stream).Read();

    private SourceNode? Read()
    {
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = options.MaxDepth + 1,
        });

        SourceNode? root = null;
        SequenceNode? streamed = null; // the root's items list, when its elements are bound as they end
        try
        {
            while (reader.Read())
            {
                // An end token has no node, so no position: the next token's scan covers its bytes.
                var position = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray
                    ? default
                    : PositionAt((int)reader.TokenStartIndex);
                SourceNode? node = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if ((reader.ValueIsEscaped ? Unescape(ref reader, position) : pool.Get(reader.ValueSpan)) is not { } key)
                        {
                            return null;
                        }

                        if (!reader.ValueIsEscaped)
                        {
                            Advance((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2, key.Length + 2);
                        }

                        var entries = EntriesOf();
                        if (DuplicateKeys.FindFirst(entries, open[depth - 1].KeySet, key) is { } first)
                        {
                            diagnostics.Add(DiagnosticCatalog.DuplicateKey, JsonPointer.Append(Join(), key), position, null,
                                ("key", key), ("firstLine", first.Line.ToString(CultureInfo.InvariantCulture)));
                            if (depth > 1)
                            {
                                openEntries.MarkDuplicate(depth - 1);
                            }
                        }

                        if (depth == 1)
                        {
                            stream?.RootKey(key);
                        }

                        (pendingKey, pendingKeyPosition) = (key, position);
                        continue;
                    case JsonTokenType.StartObject:
                        var newMapping = nodes.Mapping(position);
                        var mappingSegment = ChildPointer();
                        Attach(newMapping, ref root);
                        Push(newMapping, mappingSegment);
                        if (depth > 1)
                        {
                            openEntries.Open(depth - 1);
                        }

                        continue;
                    case JsonTokenType.StartArray:
                        var sequence = nodes.Sequence(position);
                        if (depth == 1 && open[0].Node is MappingNode && stream?.TakesListUnder(pendingKey!) == true)
                        {
                            streamed = sequence;
                        }

                        var sequenceSegment = ChildPointer();
                        Attach(sequence, ref root);
                        Push(sequence, sequenceSegment);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (depth > 1 && open[depth - 1].Node is MappingNode closed)
                        {
                            OpenEntries.Close(closed, openEntries.At(depth - 1), openEntries.KeysDistinct(depth - 1));
                        }

                        var done = Pop();
                        if (streamed is not null && depth == 2 && ReferenceEquals(open[1].Node, streamed))
                        {
                            var kept = stream!.Take((MappingNode)root!, done, streamed.Items.Count - 1);
                            if (!ReferenceEquals(kept, done))
                            {
                                streamed.Items[^1] = kept;
                                nodes.Release(done); // bound: its nodes build the next item
                            }
                        }

                        continue;
                    case JsonTokenType.String:
                        if (reader.ValueSpan.Length > options.MaxScalarLength && (Unescape(ref reader, position) is not { } longText || !ScalarLimit.Allows(longText, position, options, diagnostics)))
                        {
                            return null;
                        }

                        if ((reader.ValueIsEscaped ? Unescape(ref reader, position) : pool.Get(reader.ValueSpan)) is not { } text)
                        {
                            return null;
                        }

                        if (!reader.ValueIsEscaped)
                        {
                            Advance((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2, text.Length + 2);
                        }

                        node = nodes.Scalar(position, text, ScalarStyle.Text);
                        break;
                    case JsonTokenType.Number:
                        if (reader.ValueSpan.Length > options.MaxScalarLength && !ScalarLimit.Allows(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), position, options, diagnostics))
                        {
                            return null;
                        }

                        node = nodes.Scalar(position, pool.Get(reader.ValueSpan), ScalarStyle.Number);
                        Advance((int)reader.TokenStartIndex, reader.ValueSpan.Length, reader.ValueSpan.Length);
                        break;
                    case JsonTokenType.True:
                        node = nodes.Scalar(position, "true", ScalarStyle.Boolean);
                        break;
                    case JsonTokenType.False:
                        node = nodes.Scalar(position, "false", ScalarStyle.Boolean);
                        break;
                    case JsonTokenType.Null:
                        node = nodes.Scalar(position, "null", ScalarStyle.Null);
                        break;
                }

                if (node is not null)
                {
                    Attach(node, ref root);
                }
            }
        }
        catch (JsonException exception)
        {
            var errorLine = (int)(exception.LineNumber ?? 0);
            var bytesInLine = (int)(exception.BytePositionInLine ?? 0);
            var at = PositionOfLineAndByte(errorLine, bytesInLine);
            if (depth > options.MaxDepth)
            {
                diagnostics.Add(DiagnosticCatalog.LimitExceeded, string.Empty, at, null,
                    ("limit", "§Limit_Depth"), ("value", (options.MaxDepth + 1).ToString(CultureInfo.InvariantCulture)),
                    ("max", options.MaxDepth.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            diagnostics.Add(DiagnosticCatalog.SyntaxError, string.Empty, at, null, ("format", "JSON"), ("detail", SyntaxDetails.OfJson(exception.Message)));
            return null;
        }

        return root;
    }

    /// <summary>The segment a new container is attached under (its key, or its index in a list).</summary>
    private (string? Key, int Index) ChildPointer() =>
        depth == 0
            ? (string.Empty, -1)
            : open[depth - 1].Node is SequenceNode sequence
                ? (null, sequence.Items.Count)
                : (pendingKey, -1);

    /// <summary>The pointer of the innermost container, joined from the segments of the open containers below the root.</summary>
    private string Join()
    {
        var pointer = string.Empty;
        for (var i = 1; i < depth; i++)
        {
            pointer = JsonPointer.Append(pointer, (open[i].Key, open[i].Index));
        }

        return pointer;
    }

    private void Push(SourceNode container, (string? Key, int Index) segment)
    {
        if (depth == open.Length)
        {
            Array.Resize(ref open, depth * 2);
        }

        open[depth++] = new OpenContainer(container, segment.Key, segment.Index);
    }

    private SourceNode Pop()
    {
        var container = open[--depth].Node;
        open[depth] = default;
        return container;
    }

    /// <summary>
    /// An escaped string's text. A \u escape naming half a surrogate pair is valid JSON syntax but no text:
    /// Utf8JsonReader throws InvalidOperationException for it, which is a syntax error here (found by fuzzing).
    /// </summary>
    private string? Unescape(ref Utf8JsonReader reader, SourcePosition position)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            diagnostics.Add(DiagnosticCatalog.SyntaxError, string.Empty, position, null, ("format", "JSON"), ("detail", SyntaxDetails.OfJson(exception.Message)));
            return null;
        }
    }

    /// <summary>Where the entries of the innermost open object are collected.</summary>
    private List<MappingEntry> EntriesOf() =>
        depth > 1 ? openEntries.At(depth - 1) : ((MappingNode)open[0].Node).Entries;

    private void Attach(SourceNode node, ref SourceNode? root)
    {
        if (depth == 0)
        {
            root = node;
            return;
        }

        ref var top = ref open[depth - 1];
        switch (top.Node)
        {
            case MappingNode:
                var key = pendingKey!;
                var entries = EntriesOf();
                entries.Add(new MappingEntry(key, pendingKeyPosition, node));
                if (entries.Count == DuplicateKeys.IndexThreshold)
                {
                    top.KeySet = DuplicateKeys.Index(entries);
                }
                else if (top.KeySet is { } set)
                {
                    set.TryAdd(key, entries.Count - 1);
                }

                break;
            case SequenceNode sequence:
                sequence.Items.Add(node);
                break;
        }
    }

    /// <summary>
    /// Moves the position past a token just read that starts at <paramref name="start"/> (where
    /// <see cref="PositionAt"/> left it; a token elsewhere is left to the next scan) and is <paramref name="bytes"/> long
    /// and <paramref name="columns"/> wide: an unescaped JSON string or a number has no line break in it, so the next
    /// scan starts after it (a literal, four or five bytes, is not worth it). The width of an
    /// unescaped string is its text's length plus the quotes, known without counting: rescanning each long
    /// Chinese value for line breaks, then for its UTF-16 length, was 4% of validating the JSON corpus.
    /// </summary>
    private void Advance(int start, int bytes, int columns)
    {
        if (start == columnOffset)
        {
            (columnOffset, column) = (start + bytes, column + columns);
        }
    }

    private const ulong EightSpaces = 0x2020202020202020UL;

    private SourcePosition PositionAt(int offset)
    {
        // Between two tokens there is only JSON whitespace and punctuation: a short run is counted byte by byte
        // (one call to a vectorized search per token cost more than the bytes it searched).
        var span = utf8.Span;
        if (offset - columnOffset <= 64)
        {
            var (scanLine, scanColumn, ascii) = (line, column, true);
            for (var i = columnOffset; i < offset; i++)
            {
                switch (span[i])
                {
                    case (byte)'\n':
                        (scanLine, scanColumn) = (scanLine + 1, 1);

                        // The indentation after it, eight spaces at a time (two fifths of a pretty-printed document are spaces).
                        while (i + 9 <= offset && BinaryPrimitives.ReadUInt64LittleEndian(span[(i + 1)..]) == EightSpaces)
                        {
                            (i, scanColumn) = (i + 8, scanColumn + 8);
                        }

                        break;
                    case (byte)'\r':
                        if (i + 1 < offset && span[i + 1] == '\n')
                        {
                            i++;
                        }

                        (scanLine, scanColumn) = (scanLine + 1, 1);
                        break;
                    case < 0x80:
                        scanColumn++;
                        break;
                    default:
                        ascii = false;
                        i = offset;
                        break;
                }
            }

            if (ascii)
            {
                (line, column, columnOffset) = (scanLine, scanColumn, offset);
                return new SourcePosition(line, column);
            }
        }

        // Tokens arrive in order: only the bytes since the previous token are scanned, so a
        // 20,000-item document on one line costs the same as a pretty-printed one.
        var segment = span[columnOffset..offset];
        if (LineBreaks.Count(segment, out var lineStart) is > 0 and var breaks)
        {
            line += breaks;
            (columnOffset, column) = (columnOffset + lineStart, 1);
        }

        column += Columns.Count(utf8.Span[columnOffset..offset]);
        columnOffset = offset;
        return new SourcePosition(line, column);
    }

    private SourcePosition PositionOfLineAndByte(int zeroBasedLine, int bytesInLine)
    {
        var span = utf8.Span;
        var start = 0;
        for (var i = 0; i < zeroBasedLine; i++)
        {
            var next = span[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        // The reader counts lines by LF alone: from its offset, count again with CR as a break too.
        var end = Math.Min(span.Length, start + bytesInLine);
        var breaks = LineBreaks.Count(span[..end], out var lineStart);
        return new SourcePosition(breaks + 1, Columns.Count(span[lineStart..end]) + 1);
    }
}

/// <summary>
/// An open container of <see cref="JsonDocumentReader"/>: the node, the index of its keys once it has many (a
/// scan finds a repeated key in a small object), and its own pointer segment (joined only when reported).
/// </summary>
internal struct OpenContainer(SourceNode node, string? key, int index)
{
    public readonly SourceNode Node = node;
    public readonly string? Key = key;
    public readonly int Index = index;
    public Dictionary<string, int>? KeySet;
}

/// <summary>The limit on the length of one scalar (a 16 MB value is refused, not kept).</summary>
internal static class ScalarLimit
{
    public static bool Allows(string text, SourcePosition position, LoadOptions options, DiagnosticBag diagnostics)
    {
        if (text.Length <= options.MaxScalarLength)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.LimitExceeded, string.Empty, position, null,
            ("limit", "§Limit_ScalarLength"), ("value", text.Length.ToString(CultureInfo.InvariantCulture)),
            ("max", options.MaxScalarLength.ToString(CultureInfo.InvariantCulture)));
        return false;
    }
}

/// <summary>Finds a repeated key in a mapping: a scan for small mappings, an index for large ones.</summary>
internal static class DuplicateKeys
{
    public const int IndexThreshold = 16;

    public static SourcePosition? FindFirst(List<MappingEntry> entries, Dictionary<string, int>? index, string key)
    {
        if (index is not null)
        {
            return index.TryGetValue(key, out var at) ? entries[at].KeyPosition : null;
        }

        // A span, and the length compared before the text: the list's enumerator and a call per key were 5% of
        // validating the JSON corpus in the Native AOT build.
        foreach (ref readonly var entry in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries))
        {
            if (Same(entry.Key, key))
            {
                return entry.KeyPosition;
            }
        }

        return null;
    }

    /// <summary>
    /// Ordinal equality of two keys, the length compared first and in line (the keys of an object mostly differ in
    /// length; a call per key compared was a twentieth of reading and binding in the Native AOT build).
    /// </summary>
    public static bool Same(string written, string key) =>
        ReferenceEquals(written, key) || (written.Length == key.Length && written.AsSpan().SequenceEqual(key));

    public static Dictionary<string, int> Index(List<MappingEntry> entries)
    {
        var index = new Dictionary<string, int>(entries.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            index.TryAdd(entries[i].Key, i);
        }

        return index;
    }
}
