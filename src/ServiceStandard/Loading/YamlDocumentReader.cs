using System.Globalization;
using ServiceStandard.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace ServiceStandard.Loading;

/// <summary>
/// Reads YAML text into a <see cref="SourceNode"/> tree from YamlDotNet's event parser (not its
/// serializer), so that every scalar keeps its text as written: <c>0123</c> is not octal, <c>no</c> is
/// not false; the field a scalar binds to decides its type. Aliases share the anchored node and count
/// towards <see cref="LoadOptions.MaxNodes"/> with the size of what they stand for (no billion laughs).
/// </summary>
internal sealed class YamlDocumentReader
{
    private readonly LoadOptions options;
    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<string, (SourceNode Node, long Weight, long Chars)> anchors = new(StringComparer.Ordinal);

    /// <summary>The nodes aliases have added so far: each alias counts as the nodes it stands for.</summary>
    private long aliasNodes;

    /// <summary>The characters of text (keys and values) aliases have added so far.</summary>
    private long aliasChars;
    private readonly StringPool pool = new();
    private readonly ItemStream? stream;
    private SequenceNode? streamed; // the root's items list, when its elements are bound as they end

    private readonly bool skipComments;

    private YamlDocumentReader(LoadOptions options, DiagnosticBag diagnostics, ItemStream? stream, bool skipComments = false)
    {
        this.skipComments = skipComments;
        this.stream = stream;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /// <summary>True when the text had comments (an in-place rewrite would lose them).</summary>
    public bool HasComments { get; private set; }

    /// <summary>Reads a document; with a <paramref name="stream"/>, the elements of its items list are bound as they end.</summary>
    public static SourceNode? Read(string text, LoadOptions options, DiagnosticBag diagnostics, out bool hasComments, ItemStream? stream = null)
    {
        var first = new DiagnosticBag(diagnostics.File);
        var reader = new YamlDocumentReader(options, first, stream);
        var root = reader.Read(text);
        hasComments = reader.HasComments;
        if (root is null && first.Items.Any(d => d.Descriptor == DiagnosticCatalog.SyntaxError) && text.Contains('#', StringComparison.Ordinal))
        {
            // YamlDotNet's parser, when it reports comments, rejects some valid documents: a comment after a flow
            // collection (items: []  # none yet). Read without comments: when that succeeds, the comments were the trouble.
            stream?.Reset();
            var again = new DiagnosticBag(diagnostics.File);
            var retried = new YamlDocumentReader(options, again, stream, skipComments: true).Read(text);
            if (again.ErrorCount == 0)
            {
                (root, first, hasComments) = (retried, again, true);
            }
        }

        foreach (var diagnostic in first.Items)
        {
            diagnostics.Add(diagnostic);
        }

        return root;
    }

    private SourceNode? Read(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments));
        SourceNode? root = null;
        var documents = 0;
        var frames = new Stack<Frame>();
        var lastMark = Mark.Empty;
        try
        {
            while (Next(parser, ref lastMark))
            {
                var current = parser.Current!;
                switch (current)
                {
                    case Comment:
                        HasComments = true;
                        break;
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Add(DiagnosticCatalog.MultipleDocuments, string.Empty, PositionOf(start.Start));
                            return root;
                        }

                        break;
                    case MappingStart mappingStart:
                        if (!Push(frames, new Frame(new MappingNode(PositionOf(mappingStart.Start)), AnchorOf(mappingStart.Anchor), ChildPointer(frames))))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequenceStart:
                        var sequence = new SequenceNode(PositionOf(sequenceStart.Start));
                        if (frames.Count == 1 && frames.Peek().PendingKey is { } rootKey && stream?.TakesListUnder(rootKey.Text) == true)
                        {
                            streamed = sequence;
                        }

                        if (!Push(frames, new Frame(sequence, AnchorOf(sequenceStart.Anchor), ChildPointer(frames))))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        var done = frames.Pop();
                        if (done.PendingKey is not null)
                        {
                            // A key without a value cannot happen in valid YAML; the parser rejects it first.
                            done.PendingKey = null;
                        }

                        if (done.Anchor is not null)
                        {
                            anchors[done.Anchor] = (done.Node, done.Weight, done.Chars);
                        }

                        if (!Attach(frames, done.Node, done.Weight, done.Chars, ref root))
                        {
                            return null;
                        }

                        if (streamed is not null && frames.Count == 2 && ReferenceEquals(frames.Peek().Node, streamed))
                        {
                            streamed.Items[^1] = stream!.Take((MappingNode)frames.Last().Node, done.Node, streamed.Items.Count - 1);
                        }

                        break;
                    case Scalar scalar:
                        if (!ScalarLimit.Allows(scalar.Value, PositionOf(scalar.Start), options, diagnostics))
                        {
                            return null;
                        }

                        var node = ToScalar(scalar, pool);
                        if (scalar.Anchor is { IsEmpty: false } anchor)
                        {
                            anchors[anchor.Value] = (node, 1, scalar.Value.Length);
                        }

                        if (!Attach(frames, node, 1, scalar.Value.Length, ref root))
                        {
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            diagnostics.Add(DiagnosticCatalog.SyntaxError, string.Empty, PositionOf(alias.Start), null,
                                ("format", "YAML"), ("detail", "§Syntax_UnknownAlias"), ("alias", alias.Value.Value));
                            return null;
                        }

                        // Only what aliases add counts towards the node limit: written nodes are bounded by the
                        // file's size, as in JSON, so a plain document of many items passes as its JSON form does.
                        // Their text counts too: one long value aliased many times is small in nodes, huge once written.
                        aliasNodes += target.Weight;
                        aliasChars += target.Chars;
                        if (aliasNodes > options.MaxNodes || aliasChars > options.MaxAliasText)
                        {
                            var nodes = aliasNodes > options.MaxNodes;
                            diagnostics.Add(DiagnosticCatalog.LimitExceeded, string.Empty, PositionOf(alias.Start), null,
                                ("limit", nodes ? "§Limit_Nodes" : "§Limit_AliasText"),
                                ("value", (nodes ? aliasNodes : aliasChars).ToString(CultureInfo.InvariantCulture)),
                                ("max", (nodes ? options.MaxNodes : options.MaxAliasText).ToString(CultureInfo.InvariantCulture)));
                            return null;
                        }

                        if (!Attach(frames, target.Node, target.Weight, target.Chars, ref root))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            var position = PositionOf(exception.Start);
            var said = Detail(exception);
            if (SyntaxDetails.IsTab(said))
            {
                // YamlDotNet names the mapping that contains the tab; point at the tab itself.
                position = FirstIndentingTab(text, position.Line) ?? position;
            }

            diagnostics.Add(DiagnosticCatalog.SyntaxError, string.Empty, position, null,
                ("format", "YAML"), ("detail", SyntaxDetails.OfYaml(said)));
            return null;
        }

        return root;
    }

    /// <summary>
    /// The next event. YamlDotNet's scanner throws InvalidOperationException (not YamlException) on some
    /// malformed flow collections; that is a syntax error at the last place it read, not a crash.
    /// </summary>
    private static bool Next(Parser parser, ref Mark lastMark)
    {
        try
        {
            var more = parser.MoveNext();
            if (more && parser.Current is { } current)
            {
                lastMark = current.End;
            }

            return more;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new YamlException(lastMark, lastMark, SyntaxDetails.Unparsable);
        }
    }

    private bool Push(Stack<Frame> frames, Frame frame)
    {
        if (frames.Count >= options.MaxDepth)
        {
            diagnostics.Add(DiagnosticCatalog.LimitExceeded, string.Empty, frame.Node.Position, null,
                ("limit", "§Limit_Depth"), ("value", (frames.Count + 1).ToString(CultureInfo.InvariantCulture)),
                ("max", options.MaxDepth.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        frames.Push(frame);
        return true;
    }

    private bool Attach(Stack<Frame> frames, SourceNode node, long weight, long chars, ref SourceNode? root)
    {
        if (frames.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = frames.Peek();
        parent.Weight += weight;
        parent.Chars += chars;

        switch (parent.Node)
        {
            case MappingNode mapping when parent.PendingKey is null:
                if (node is not ScalarNode { IsNull: false } key)
                {
                    diagnostics.Add(DiagnosticCatalog.SyntaxError, string.Empty, node.Position, null,
                        ("format", "YAML"), ("detail", "§Syntax_KeyNotText"), ("found", node switch { MappingNode => "§Kind_Object", SequenceNode => "§Kind_List", _ => "§Kind_Null" }));
                    return false;
                }

                if (DuplicateKeys.FindFirst(mapping.Entries, parent.KeyIndex, key.Text) is { } first)
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateKey, JsonPointer.Append(PointerOf(frames), key.Text), key.Position, null,
                        ("key", key.Text), ("firstLine", first.Line.ToString(CultureInfo.InvariantCulture)));
                }

                parent.PendingKey = key;
                if (frames.Count == 1)
                {
                    stream?.RootKey(key.Text);
                }

                break;
            case MappingNode mapping:
                mapping.Entries.Add(new MappingEntry(parent.PendingKey.Text, parent.PendingKey.Position, node));
                parent.PendingKey = null;
                if (mapping.Entries.Count == DuplicateKeys.IndexThreshold)
                {
                    parent.KeyIndex = DuplicateKeys.Index(mapping.Entries);
                }
                else
                {
                    parent.KeyIndex?.TryAdd(mapping.Entries[^1].Key, mapping.Entries.Count - 1);
                }

                break;
            case SequenceNode sequence:
                sequence.Items.Add(node);
                break;
        }

        return true;
    }

    /// <summary>A plain scalar YAML reads as null (also used by <see cref="BlockYamlReader"/>).</summary>
    internal static bool IsNullWord(string plain) => plain is "" or "~" or "null" or "Null" or "NULL";

    private static ScalarNode ToScalar(Scalar scalar, StringPool pool)
    {
        var position = PositionOf(scalar.Start);
        var explicitString = scalar.Tag is { IsEmpty: false } tag
            && (tag.Value == "tag:yaml.org,2002:str" || tag.Value == "!!str");
        if (scalar.Style != YamlScalarStyle.Plain || explicitString)
        {
            return new ScalarNode(position, pool.Get(scalar.Value), ScalarStyle.Text);
        }

        return IsNullWord(scalar.Value)
            ? new ScalarNode(position, scalar.Value, ScalarStyle.Null)
            : new ScalarNode(position, pool.Get(scalar.Value), ScalarStyle.Plain);
    }

    private static SourcePosition? FirstIndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = fromLine - 1; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new SourcePosition(i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static SourcePosition PositionOf(Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Detail(YamlException exception)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var message = exception.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).Trim();
    }

    /// <summary>The segment a new container is attached under (its key, or its index in a list).</summary>
    private static string ChildPointer(Stack<Frame> frames)
    {
        if (!frames.TryPeek(out var parent))
        {
            return string.Empty;
        }

        return parent.Node is SequenceNode sequence
            ? sequence.Items.Count.ToString(CultureInfo.InvariantCulture)
            : parent.PendingKey?.Text ?? string.Empty;
    }

    /// <summary>The pointer of the innermost frame, joined from the segments (built only when a diagnostic needs it).</summary>
    private static string PointerOf(Stack<Frame> frames) =>
        frames.Reverse().Skip(1).Select(f => f.Pointer).Aggregate(string.Empty, JsonPointer.Append);

    private sealed class Frame(SourceNode node, string? anchor, string segment)
    {
        /// <summary>The segment this frame is attached under in its parent.</summary>
        public string Pointer { get; } = segment;

        public SourceNode Node { get; } = node;

        public string? Anchor { get; } = anchor;

        public long Weight { get; set; } = 1;

        /// <summary>The characters of the text (keys and values) the node holds.</summary>
        public long Chars { get; set; }

        public ScalarNode? PendingKey { get; set; }

        public Dictionary<string, int>? KeyIndex { get; set; }
    }
}
