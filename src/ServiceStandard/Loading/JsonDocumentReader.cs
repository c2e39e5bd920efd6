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

        var containers = new Stack<SourceNode>();
        var pendingKeys = new Stack<(string Key, SourcePosition Position)>();
        var keySets = new Stack<Dictionary<string, int>?>();
        var pointers = new Stack<(string? Key, int Index)>(); // each container's own segment; the pointer is joined only when reported
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

                        var entries = EntriesOf(containers);
                        if (DuplicateKeys.FindFirst(entries, keySets.Peek(), key) is { } first)
                        {
                            diagnostics.Add(DiagnosticCatalog.DuplicateKey, JsonPointer.Append(Join(pointers), key), position, null,
                                ("key", key), ("firstLine", first.Line.ToString(CultureInfo.InvariantCulture)));
                            if (containers.Count > 1)
                            {
                                openEntries.MarkDuplicate(containers.Count - 1);
                            }
                        }

                        if (containers.Count == 1)
                        {
                            stream?.RootKey(key);
                        }

                        pendingKeys.Push((key, position));
                        continue;
                    case JsonTokenType.StartObject:
                        var newMapping = nodes.Mapping(position);
                        pointers.Push(ChildPointer(containers, pendingKeys));
                        Attach(containers, pendingKeys, keySets, newMapping, ref root);
                        containers.Push(newMapping);
                        keySets.Push(null);
                        if (containers.Count > 1)
                        {
                            openEntries.Open(containers.Count - 1);
                        }

                        continue;
                    case JsonTokenType.StartArray:
                        var sequence = nodes.Sequence(position);
                        if (containers.Count == 1 && containers.Peek() is MappingNode && stream?.TakesListUnder(pendingKeys.Peek().Key) == true)
                        {
                            streamed = sequence;
                        }

                        pointers.Push(ChildPointer(containers, pendingKeys));
                        Attach(containers, pendingKeys, keySets, sequence, ref root);
                        containers.Push(sequence);
                        keySets.Push(null);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (containers.Count > 1 && containers.Peek() is MappingNode closed)
                        {
                            OpenEntries.Close(closed, openEntries.At(containers.Count - 1), openEntries.KeysDistinct(containers.Count - 1));
                        }

                        var done = containers.Pop();
                        keySets.Pop();
                        pointers.Pop();
                        if (streamed is not null && containers.Count == 2 && ReferenceEquals(containers.Peek(), streamed))
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
                    Attach(containers, pendingKeys, keySets, node, ref root);
                }
            }
        }
        catch (JsonException exception)
        {
            var errorLine = (int)(exception.LineNumber ?? 0);
            var bytesInLine = (int)(exception.BytePositionInLine ?? 0);
            var at = PositionOfLineAndByte(errorLine, bytesInLine);
            if (containers.Count > options.MaxDepth)
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
    private static (string? Key, int Index) ChildPointer(Stack<SourceNode> containers, Stack<(string Key, SourcePosition Position)> pendingKeys) =>
        containers.Count == 0
            ? (string.Empty, -1)
            : containers.Peek() is SequenceNode sequence
                ? (null, sequence.Items.Count)
                : (pendingKeys.Peek().Key, -1);

    /// <summary>The pointer of the innermost container, joined from the segments on the stack.</summary>
    private static string Join(Stack<(string? Key, int Index)> segments) =>
        segments.Reverse().Skip(1).Aggregate(string.Empty, JsonPointer.Append);

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
    private List<MappingEntry> EntriesOf(Stack<SourceNode> containers) =>
        containers.Count > 1 ? openEntries.At(containers.Count - 1) : ((MappingNode)containers.Peek()).Entries;

    private void Attach(
        Stack<SourceNode> containers,
        Stack<(string Key, SourcePosition Position)> pendingKeys,
        Stack<Dictionary<string, int>?> keySets,
        SourceNode node,
        ref SourceNode? root)
    {
        if (containers.Count == 0)
        {
            root = node;
            return;
        }

        switch (containers.Peek())
        {
            case MappingNode:
                var (key, keyPosition) = pendingKeys.Pop();
                var entries = EntriesOf(containers);
                entries.Add(new MappingEntry(key, keyPosition, node));
                if (entries.Count == DuplicateKeys.IndexThreshold)
                {
                    keySets.Pop();
                    keySets.Push(DuplicateKeys.Index(entries));
                }
                else if (keySets.Peek() is { } set)
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
    /// <see cref="PositionAt"/> left it) and is <paramref name="bytes"/> long and <paramref name="columns"/> wide:
    /// a JSON string, number or literal has no line break in it, so the next scan starts after it. The width of an
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

        // A span, and the length compared before the text: the keys of an object mostly differ in length, and the
        // list's enumerator and a call per key were 5% of validating the JSON corpus in the Native AOT build.
        foreach (ref readonly var entry in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries))
        {
            var other = entry.Key;
            if (ReferenceEquals(other, key) || (other.Length == key.Length && other.AsSpan().SequenceEqual(key)))
            {
                return entry.KeyPosition;
            }
        }

        return null;
    }

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
