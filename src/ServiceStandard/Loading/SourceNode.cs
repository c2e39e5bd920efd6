using System.Runtime.InteropServices;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// One node of a document as written, YAML or JSON alike, with the position it was written at.
/// Both readers build this tree; the binder reads only this tree, so the two formats share one pipeline.
/// </summary>
internal abstract class SourceNode(SourcePosition position)
{
    public SourcePosition Position { get; private protected set; } = position;

    /// <summary>What the node is, in words for messages (English; messages are templated around it).</summary>
    public abstract string KindName { get; }
}

internal sealed class MappingNode(SourcePosition position) : SourceNode(position)
{
    public List<MappingEntry> Entries { get; } = [];

    /// <summary>
    /// True when the reader checked every key of this object and found none twice: a key is then found by its one
    /// match (<see cref="ObjectReader"/>). False, the safe default, wherever that is not known.
    /// </summary>
    public bool KeysDistinct { get; set; }

    public override string KindName => "an object";

    /// <summary>This node, emptied by a <see cref="NodePool"/>, to stand for another object.</summary>
    internal MappingNode Reuse(SourcePosition position)
    {
        (Position, KeysDistinct) = (position, false);
        return this;
    }
}

/// <summary>
/// One key and its value. The alias a resolved key was written as is kept by the resolver (the few documents
/// that write aliases pay for it, not the 1.8 million entries of a 40-region corpus: 8 bytes each).
/// </summary>
internal readonly record struct MappingEntry(string Key, SourcePosition KeyPosition, SourceNode Value);

internal sealed class SequenceNode(SourcePosition position) : SourceNode(position)
{
    public List<SourceNode> Items { get; } = [];

    public override string KindName => "a list";

    /// <summary>This node, emptied by a <see cref="NodePool"/>, to stand for another list.</summary>
    internal SequenceNode Reuse(SourcePosition position)
    {
        Position = position;
        return this;
    }
}

/// <summary>How a scalar was written; decides how it may be read.</summary>
internal enum ScalarStyle
{
    /// <summary>A JSON string, or a quoted or block YAML scalar: always text.</summary>
    Text,

    /// <summary>A plain YAML scalar: its text as written; the field it binds to decides its type.</summary>
    Plain,

    /// <summary>A JSON number, its text as written.</summary>
    Number,

    /// <summary>JSON true or false.</summary>
    Boolean,

    /// <summary>JSON null, or a YAML plain null (<c>~</c>, <c>null</c>, empty).</summary>
    Null,
}

internal sealed class ScalarNode(SourcePosition position, string text, ScalarStyle style) : SourceNode(position)
{
    public string Text { get; private set; } = text;

    public ScalarStyle Style { get; private set; } = style;

    /// <summary>This node, taken from a <see cref="NodePool"/> to stand for another scalar.</summary>
    internal ScalarNode Reuse(SourcePosition position, string text, ScalarStyle style)
    {
        (Position, Text, Style) = (position, text, style);
        return this;
    }

    public bool IsNull => Style == ScalarStyle.Null;

    public override string KindName => Style switch
    {
        ScalarStyle.Number => "a number",
        ScalarStyle.Boolean => "a boolean",
        ScalarStyle.Null => "null",
        _ => "text",
    };
}

/// <summary>
/// Stands in a document's items list for an item already bound while the document was being read
/// (<see cref="ItemStream"/>): its position, and the item (null when it could not be bound). The item's
/// own nodes are gone; <see cref="LoadResult.Locate"/> reads the document again to look inside it.
/// </summary>
internal sealed class BoundItemNode(SourcePosition position, Model.ServiceItem? item) : SourceNode(position)
{
    public Model.ServiceItem? Item { get; } = item;

    public override string KindName => "an object";
}

/// <summary>
/// The entries of the objects a reader has open, one reused list per depth, copied into each object when it
/// closes: a new object gets one array of its exact size instead of the 4, 8, 16... a growing list leaves
/// behind (a quarter of what reading a large document allocated); an object from a <see cref="NodePool"/>
/// keeps the array it had when it is large enough.
/// </summary>
internal sealed class OpenEntries
{
    private readonly List<List<MappingEntry>> byDepth = [];

    private readonly List<bool> duplicateAt = [];

    /// <summary>The empty list for an object opening at <paramref name="depth"/>.</summary>
    public List<MappingEntry> Open(int depth)
    {
        while (byDepth.Count <= depth)
        {
            byDepth.Add([]);
            duplicateAt.Add(false);
        }

        byDepth[depth].Clear();
        duplicateAt[depth] = false;
        return byDepth[depth];
    }

    /// <summary>Notes that the object open at <paramref name="depth"/> has a key twice.</summary>
    public void MarkDuplicate(int depth) => duplicateAt[depth] = true;

    /// <summary>True when no key of the object open at <paramref name="depth"/> was noted twice.</summary>
    public bool KeysDistinct(int depth) => !duplicateAt[depth];

    /// <summary>The list of the object open at <paramref name="depth"/>.</summary>
    public List<MappingEntry> At(int depth) => byDepth[depth];

    /// <summary>
    /// Puts the entries collected for <paramref name="mapping"/> into it; <paramref name="keysDistinct"/>: the
    /// reader checked every key and found none twice.
    /// </summary>
    public static void Close(MappingNode mapping, List<MappingEntry> entries, bool keysDistinct)
    {
        if (mapping.Entries.Capacity < entries.Count)
        {
            mapping.Entries.Capacity = entries.Count;
        }

        mapping.Entries.AddRange(entries);
        mapping.KeysDistinct = keysDistinct;
    }
}

/// <summary>
/// The nodes of items already bound, for a reader to build the next items from. Once <see cref="ItemStream"/>
/// has bound an item, nothing refers to the nodes it was read into (the model holds strings and positions, the
/// list a <see cref="BoundItemNode"/>), and the next item has about the same shape. Measured on the 40-region
/// JSON corpus (benchmarks/compare.sh): allocation 245 -> 93 MB, collections 7/6/2 -> 4/3/2 (gen 0/1/2), pauses
/// 55 -> 20 ms, wall time 0.91; one 20,000-item file 268 -> 182 MB peak RSS; the YAML corpus (block YAML
/// reader) 242 -> 92 MB, wall time 0.95. YamlDotNet's reader, for the YAML the fast one declines, keeps its
/// nodes. One pool per reader (one thread), bounded by the nodes of the largest item.
/// </summary>
internal sealed class NodePool
{
    private readonly Stack<ScalarNode> scalars = new();
    private readonly Stack<MappingNode> mappings = new();
    private readonly Stack<SequenceNode> sequences = new();
    private readonly Stack<SourceNode> pending = new();

    public ScalarNode Scalar(SourcePosition position, string text, ScalarStyle style) =>
        scalars.TryPop(out var node) ? node.Reuse(position, text, style) : new ScalarNode(position, text, style);

    public MappingNode Mapping(SourcePosition position) =>
        mappings.TryPop(out var node) ? node.Reuse(position) : new MappingNode(position);

    public SequenceNode Sequence(SourcePosition position) =>
        sequences.TryPop(out var node) ? node.Reuse(position) : new SequenceNode(position);

    /// <summary>
    /// Takes back every node of <paramref name="element"/>, a bound item as it was read. Only for nodes this pool
    /// or its reader made, and only once nothing refers to them: they will stand for other values.
    /// </summary>
    public void Release(SourceNode element)
    {
        pending.Push(element);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case ScalarNode scalar:
                    scalars.Push(scalar);
                    break;
                case MappingNode mapping:
                    foreach (ref readonly var entry in CollectionsMarshal.AsSpan(mapping.Entries))
                    {
                        pending.Push(entry.Value);
                    }

                    mapping.Entries.Clear();
                    mappings.Push(mapping);
                    break;
                case SequenceNode sequence:
                    foreach (var item in CollectionsMarshal.AsSpan(sequence.Items))
                    {
                        pending.Push(item);
                    }

                    sequence.Items.Clear();
                    sequences.Push(sequence);
                    break;
            }
        }
    }
}
