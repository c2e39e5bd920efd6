using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Reads the plain block style that inventories are written in (indented keys, <c>- </c> list entries, plain
/// and quoted one-line scalars, comments) straight from UTF-8 into a <see cref="SourceNode"/> tree, and
/// declines everything else. A declined document is read again by <see cref="YamlDocumentReader"/>
/// (YamlDotNet), which alone reports YAML problems, so this reader never reports anything: for any text it
/// accepts, it gives exactly the tree YamlDotNet gives (a differential test holds it to that).
/// Written by hand because YamlDotNet's scanner allocates a token and an event per scalar: it took four
/// fifths of the time of loading a large YAML inventory (45 MB: 1.9 GB allocated).
/// </summary>
internal sealed class BlockYamlReader
{
    // A depth beyond any inventory (the format nests 7 deep): deeper documents are left to YamlDotNet.
    private const int MaxDepth = 64;

    private readonly ReadOnlyMemory<byte> utf8;
    private readonly LoadOptions options;
    private readonly ItemStream? stream;
    private readonly StringPool pool = new();
    private readonly NodePool nodePool = new();
    private readonly OpenEntries openEntries = new();

    // The current content line: its number, where it starts, where its content starts and where it ends.
    private int lineNumber;
    private int lineStart;
    private int contentStart;
    private int lineEnd;
    private int nextLine;
    private bool atEnd;
    private bool afterFlowSequence;

    private BlockYamlReader(ReadOnlyMemory<byte> utf8, LoadOptions options, ItemStream? stream)
    {
        this.utf8 = utf8;
        this.options = options;
        this.stream = stream;
    }

    /// <summary>True when the text had a comment.</summary>
    public bool HasComments { get; private set; }

    /// <summary>The tree of a block-style document, or <see langword="null"/> when it is not one (read it with YamlDocumentReader).</summary>
    public static SourceNode? TryRead(ReadOnlyMemory<byte> utf8, LoadOptions options, ItemStream? stream, out bool hasComments)
    {
        var reader = new BlockYamlReader(utf8, options, stream);
        SourceNode? root;
        try
        {
            root = reader.Read();
        }
        catch (DeclinedException)
        {
            root = null;
        }

        hasComments = reader.HasComments;
        return root;
    }

    private ReadOnlySpan<byte> Text => utf8.Span;

    private SourceNode Read()
    {
        if (HasUnusualCharacters(Text))
        {
            throw Decline;
        }

        Advance();
        if (atEnd || Indent != 0 || IsEntry())
        {
            throw Decline; // empty, indented or a list at the root: YamlDotNet decides
        }

        var root = Mapping(0, depth: 1, isRoot: true);
        if (!atEnd)
        {
            throw Decline;
        }

        return root;
    }

    private int Indent => contentStart - lineStart;

    /// <summary>Moves to the next line with content, past blank and comment lines.</summary>
    private void Advance()
    {
        var text = Text;
        while (nextLine < text.Length)
        {
            lineNumber++;
            lineStart = nextLine;
            var newline = text[lineStart..].IndexOf((byte)'\n');
            lineEnd = newline < 0 ? text.Length : lineStart + newline;
            nextLine = newline < 0 ? text.Length : lineEnd + 1;
            if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            var indent = text[lineStart..lineEnd].IndexOfAnyExcept((byte)' ');
            if (indent < 0)
            {
                continue; // blank
            }

            contentStart = lineStart + indent;
            if (text[contentStart] == '#')
            {
                if (afterFlowSequence)
                {
                    throw Decline; // YamlDotNet cannot read a comment after a flow list that ends a line
                }

                HasComments = true;
                continue;
            }

            if (indent == 0 && (text[lineStart..lineEnd].StartsWith("---"u8) || text[lineStart..lineEnd].StartsWith("..."u8) || text[lineStart] == '%'))
            {
                throw Decline; // document markers and directives
            }

            afterFlowSequence = false;
            return;
        }

        atEnd = true;
    }

    /// <summary>True when the current line is a list entry (<c>-</c> then a space or the end of the line).</summary>
    private bool IsEntry() =>
        Text[contentStart] == '-' && (contentStart + 1 == lineEnd || Text[contentStart + 1] == ' ');

    /// <summary>A block mapping whose keys start at column <paramref name="indent"/> (the current line holds its first key).</summary>
    private MappingNode Mapping(int indent, int depth, bool isRoot = false)
    {
        Enter(depth);
        var mapping = nodePool.Mapping(PositionAt(contentStart));
        var entries = openEntries.Open(depth);
        Dictionary<string, int>? index = null;
        while (!atEnd && Indent == indent && !IsEntry())
        {
            var (key, keyPosition, valueStart) = Key();
            if (DuplicateKeys.FindFirst(entries, index, key) is not null)
            {
                throw Decline; // YamlDocumentReader reports it
            }

            if (isRoot)
            {
                stream?.RootKey(key);
            }

            SourceNode value;
            if (valueStart < 0)
            {
                // The value is the block below: deeper, or a list written at the key's own indent.
                Advance();
                if (atEnd || Indent < indent || (Indent == indent && !IsEntry()))
                {
                    throw Decline; // an empty value: YamlDotNet decides its position
                }

                value = IsEntry()
                    ? Sequence(Indent, depth + 1, isRoot && stream?.TakesListUnder(key) == true ? mapping : null)
                    : Mapping(Indent, depth + 1);
            }
            else
            {
                value = InlineValue(valueStart, depth + 1);
                Advance();
                if (!atEnd && Indent > indent)
                {
                    throw Decline; // a plain scalar continued on the next line, or a misplaced block
                }
            }

            entries.Add(new MappingEntry(key, keyPosition, value));
            if (isRoot)
            {
                mapping.Entries.Add(entries[^1]); // ItemStream looks at the root's entries while it is open
            }

            if (entries.Count == DuplicateKeys.IndexThreshold)
            {
                index = DuplicateKeys.Index(entries);
            }
            else
            {
                index?.TryAdd(key, entries.Count - 1);
            }
        }

        if (!atEnd && Indent > indent)
        {
            throw Decline;
        }

        if (!isRoot)
        {
            OpenEntries.Close(mapping, entries, keysDistinct: true); // a key written twice was declined
        }

        return mapping;
    }

    /// <summary>A block list whose dashes are at column <paramref name="indent"/>; with <paramref name="root"/>, its elements are handed to the item stream as they end.</summary>
    private SequenceNode Sequence(int indent, int depth, MappingNode? root)
    {
        Enter(depth);
        var sequence = nodePool.Sequence(PositionAt(contentStart));
        while (!atEnd && Indent == indent && IsEntry())
        {
            var at = contentStart + 1;
            while (at < lineEnd && Text[at] == ' ')
            {
                at++;
            }

            if (at == lineEnd || Text[at] == '#')
            {
                throw Decline; // the element is the block below, or empty
            }

            SourceNode element;
            if (Text[at] == '-' && (at + 1 == lineEnd || Text[at + 1] == ' '))
            {
                throw Decline; // a list in a list on one line
            }

            if (KeyEnd(at) >= 0)
            {
                // "- key: value": a mapping whose keys are at the column of this first key.
                contentStart = at;
                element = Mapping(Indent, depth + 1);
            }
            else
            {
                element = InlineValue(at, depth + 1);
                Advance();
                if (!atEnd && Indent > indent)
                {
                    throw Decline;
                }
            }

            if (root is not null && element is not ScalarNode)
            {
                var kept = stream!.Take(root, element, sequence.Items.Count);
                if (!ReferenceEquals(kept, element))
                {
                    nodePool.Release(element); // bound: its nodes build the next item
                    element = kept;
                }
            }

            sequence.Items.Add(element);
        }

        if (!atEnd && Indent > indent)
        {
            throw Decline;
        }

        return sequence;
    }

    /// <summary>The key of the current line, its position, and where its value starts (-1 when the value is the block below).</summary>
    private (string Key, SourcePosition Position, int ValueStart) Key()
    {
        var colon = KeyEnd(contentStart);
        if (colon < 0)
        {
            throw Decline; // a scalar where a key belongs
        }

        var key = KeyText(Text[contentStart..colon].TrimEnd((byte)' '));
        var position = PositionAt(contentStart);
        var value = colon + 1;
        while (value < lineEnd && Text[value] == ' ')
        {
            value++;
        }

        if (value < lineEnd && Text[value] == '#')
        {
            HasComments = true;
            value = lineEnd;
        }

        return (key, position, value == lineEnd ? -1 : value);
    }

    /// <summary>The text of a plain key.</summary>
    private string KeyText(ReadOnlySpan<byte> keyBytes)
    {
        CheckPlain(keyBytes, isKey: true);
        var key = pool.Get(keyBytes);
        if (keyBytes.Length > 1024 || YamlDocumentReader.IsNullWord(key))
        {
            throw Decline; // a key YamlDotNet refuses, or a null key (reported by YamlDocumentReader)
        }

        return key;
    }

    /// <summary>Where the plain key starting at <paramref name="from"/> ends (its colon), or -1 when the line holds no key there.</summary>
    private int KeyEnd(int from)
    {
        var line = Text[from..lineEnd];
        if (line.Length == 0 || IsIndicator(line[0]))
        {
            return -1;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                return from + i;
            }

            if (line[i] == '#' && i > 0 && line[i - 1] == ' ')
            {
                return -1; // a comment before any key colon
            }
        }

        return -1;
    }

    /// <summary>A value written on the line of its key or dash: a one-line scalar or a one-line flow collection.</summary>
    private SourceNode InlineValue(int at, int depth)
    {
        if (Text[at] is (byte)'{' or (byte)'[')
        {
            var node = Flow(ref at, depth);
            afterFlowSequence = node is SequenceNode;
            Rest(at);
            return node;
        }

        if (Text[at] is (byte)'"' or (byte)'\'')
        {
            var quoted = Quoted(ref at);
            Rest(at);
            return quoted;
        }

        if (IsIndicator(Text[at]))
        {
            throw Decline; // anchors, aliases, tags, block scalars...
        }

        var end = lineEnd;
        for (var i = at; i < lineEnd; i++)
        {
            if (Text[i] == '#' && Text[i - 1] == ' ')
            {
                HasComments = true;
                end = i;
                break;
            }
        }

        return Plain(at, end);
    }

    /// <summary>A quoted one-line scalar without escapes; <paramref name="at"/> moves past its closing quote.</summary>
    private ScalarNode Quoted(ref int at)
    {
        var text = Text;
        var position = PositionAt(at);
        var quote = text[at];
        var close = text[(at + 1)..lineEnd].IndexOf(quote);
        if (close < 0)
        {
            throw Decline; // continues on the next line
        }

        var inner = text.Slice(at + 1, close);
        at += close + 2;
        if ((quote == '"' && inner.Contains((byte)'\\')) || (quote == '\'' && at < lineEnd && text[at] == '\''))
        {
            throw Decline; // escapes: left to YamlDotNet
        }

        return nodePool.Scalar(position, Pooled(inner), ScalarStyle.Text);
    }

    /// <summary>The plain scalar written from <paramref name="at"/> to <paramref name="end"/> (trailing spaces dropped).</summary>
    private ScalarNode Plain(int at, int end)
    {
        var position = PositionAt(at);
        var plain = Text[at..end].TrimEnd((byte)' ');
        CheckPlain(plain, isKey: false);
        var text = pool.Get(plain);
        return nodePool.Scalar(position, text, YamlDocumentReader.IsNullWord(text) ? ScalarStyle.Null : ScalarStyle.Plain);
    }

    /// <summary>
    /// A flow collection closed on its own line (<c>{ value: 20, unit: workingDays }</c>, <c>[a, b]</c>), of plain
    /// and quoted scalars and flow collections; <paramref name="at"/> moves past its closing bracket.
    /// </summary>
    private SourceNode Flow(ref int at, int depth)
    {
        Enter(depth);
        var text = Text;
        var isMapping = text[at] == '{';
        var close = isMapping ? (byte)'}' : (byte)']';
        var position = PositionAt(at);
        var entries = isMapping ? openEntries.Open(depth) : null;
        var items = isMapping ? null : new List<SourceNode>();
        Dictionary<string, int>? index = null;
        at++;
        SkipSpaces(ref at);
        if (at < lineEnd && text[at] == close)
        {
            at++;
            return isMapping ? nodePool.Mapping(position) : nodePool.Sequence(position);
        }

        while (true)
        {
            SkipSpaces(ref at);
            if (isMapping)
            {
                var keyStart = at;
                if (at >= lineEnd || IsIndicator(Text[at]))
                {
                    throw Decline; // not a plain key
                }

                var colon = FlowPlainEnd(at);
                if (colon >= lineEnd || text[colon] != ':' || colon + 1 >= lineEnd || text[colon + 1] != ' ')
                {
                    throw Decline; // a key without a value, or not a plain key
                }

                var key = KeyText(text[keyStart..colon].TrimEnd((byte)' '));
                if (DuplicateKeys.FindFirst(entries!, index, key) is not null)
                {
                    throw Decline;
                }

                var keyPosition = PositionAt(keyStart);
                at = colon + 1;
                SkipSpaces(ref at);
                entries!.Add(new MappingEntry(key, keyPosition, FlowValue(ref at, depth + 1)));
                if (entries.Count == DuplicateKeys.IndexThreshold)
                {
                    index = DuplicateKeys.Index(entries);
                }
                else
                {
                    index?.TryAdd(key, entries.Count - 1);
                }
            }
            else
            {
                items!.Add(FlowValue(ref at, depth + 1));
            }

            SkipSpaces(ref at);
            if (at < lineEnd && text[at] == ',')
            {
                at++;
                SkipSpaces(ref at);
                if (at < lineEnd && text[at] == close)
                {
                    throw Decline; // a trailing comma
                }

                continue;
            }

            if (at < lineEnd && text[at] == close)
            {
                at++;
                break;
            }

            throw Decline; // not closed on this line, or something unexpected
        }

        if (isMapping)
        {
            var mapping = nodePool.Mapping(position);
            OpenEntries.Close(mapping, entries!, keysDistinct: true); // a key written twice was declined
            return mapping;
        }

        var sequence = nodePool.Sequence(position);
        sequence.Items.AddRange(items!);
        return sequence;
    }

    /// <summary>A value inside a flow collection.</summary>
    private SourceNode FlowValue(ref int at, int depth)
    {
        if (at >= lineEnd)
        {
            throw Decline;
        }

        switch (Text[at])
        {
            case (byte)'{' or (byte)'[':
                return Flow(ref at, depth);
            case (byte)'"' or (byte)'\'':
                return Quoted(ref at);
        }

        if (IsIndicator(Text[at]))
        {
            throw Decline;
        }

        var end = FlowPlainEnd(at);
        if (end < lineEnd && Text[end] is not ((byte)',' or (byte)'}' or (byte)']'))
        {
            throw Decline; // a colon, a bracket opening inside the scalar, or a comment
        }

        var scalar = Plain(at, end);
        at = end;
        return scalar;
    }

    /// <summary>Where a plain scalar inside a flow collection ends: at a flow indicator, a colon, a comment or the end of the line.</summary>
    private int FlowPlainEnd(int at)
    {
        var text = Text;
        for (var i = at; i < lineEnd; i++)
        {
            if (text[i] is (byte)',' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)':' || (text[i] == '#' && text[i - 1] == ' '))
            {
                return i;
            }
        }

        return lineEnd;
    }

    private void SkipSpaces(ref int at)
    {
        while (at < lineEnd && Text[at] == ' ')
        {
            at++;
        }
    }

    private string Pooled(ReadOnlySpan<byte> text)
    {
        if (text.Length > options.MaxScalarLength)
        {
            throw Decline; // YamlDocumentReader reports the limit
        }

        return pool.Get(text);
    }

    /// <summary>After a quoted scalar: nothing but spaces and a comment.</summary>
    private void Rest(int from)
    {
        var rest = Text[from..lineEnd].TrimStart((byte)' ');
        if (rest.IsEmpty)
        {
            return;
        }

        if (rest[0] != '#' || from == lineEnd - rest.Length || afterFlowSequence)
        {
            throw Decline; // text after the value, a comment not set off by a space, or one after a flow list
        }

        HasComments = true;
    }

    /// <summary>Plain text YamlDotNet reads as written: no ": " or " #" inside, no colon at its end.</summary>
    private void CheckPlain(ReadOnlySpan<byte> plain, bool isKey)
    {
        if (plain.IsEmpty || plain.Length > options.MaxScalarLength || (!isKey && plain[^1] == ':') || plain.IndexOf(": "u8) >= 0 || plain.IndexOf(" #"u8) >= 0
            || (isKey && plain.IndexOfAny(KeyIndicators) >= 0))
        {
            throw Decline;
        }
    }

    /// <summary>Characters a key may not hold here (YamlDotNet reads some keys with them as one plain scalar).</summary>
    private static readonly System.Buffers.SearchValues<byte> KeyIndicators = System.Buffers.SearchValues.Create(",[]{}#&*!|>'\"%@`?:"u8);

    /// <summary>Characters that start something other than a plain scalar (or that YamlDotNet reads specially there).</summary>
    private static bool IsIndicator(byte first) =>
        first is (byte)'-' or (byte)'?' or (byte)':' or (byte)',' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}'
            or (byte)'#' or (byte)'&' or (byte)'*' or (byte)'!' or (byte)'|' or (byte)'>' or (byte)'\'' or (byte)'"'
            or (byte)'%' or (byte)'@' or (byte)'`';

    /// <summary>
    /// Tabs, control characters, and what YAML 1.1 takes for line breaks or forbids (NEL, LS, PS, C1 controls,
    /// U+FEFF, U+FFFE, U+FFFF): such documents are left to YamlDotNet.
    /// </summary>
    private static bool HasUnusualCharacters(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b < 0x20 ? b != '\n' && (b != '\r' || i + 1 >= text.Length || text[i + 1] != '\n') : b == 0x7F)
            {
                return true;
            }

            if (b == 0xC2 && i + 1 < text.Length && text[i + 1] is >= 0x80 and <= 0x9F)
            {
                return true;
            }

            if (b == 0xE2 && i + 2 < text.Length && text[i + 1] == 0x80 && text[i + 2] is 0xA8 or 0xA9)
            {
                return true;
            }

            if (b == 0xEF && i + 2 < text.Length && ((text[i + 1] == 0xBB && text[i + 2] == 0xBF) || (text[i + 1] == 0xBF && text[i + 2] is 0xBE or 0xBF)))
            {
                return true;
            }
        }

        return false;
    }

    private void Enter(int depth)
    {
        if (depth > MaxDepth || depth >= options.MaxDepth)
        {
            throw Decline;
        }

    }


    private SourcePosition PositionAt(int offset) =>
        new(lineNumber, Columns.Count(Text[lineStart..offset]) + 1);

    private static DeclinedException Decline => new();

    /// <summary>Thrown to leave the document to YamlDotNet; caught in <see cref="TryRead"/> and never seen outside.</summary>
    private sealed class DeclinedException : Exception;
}
