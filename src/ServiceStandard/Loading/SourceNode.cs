using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// One node of a document as written, YAML or JSON alike, with the position it was written at.
/// Both readers build this tree; the binder reads only this tree, so the two formats share one pipeline.
/// </summary>
internal abstract class SourceNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

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
    public string Text { get; } = text;

    public ScalarStyle Style { get; } = style;

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
/// closes: an object gets one array of its exact size instead of the 4, 8, 16... a growing list leaves behind
/// (a quarter of what reading a large document allocated).
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
    /// Puts the entries collected for <paramref name="mapping"/> into it, in an array of their exact size;
    /// <paramref name="keysDistinct"/>: the reader checked every key and found none twice.
    /// </summary>
    public static void Close(MappingNode mapping, List<MappingEntry> entries, bool keysDistinct)
    {
        mapping.Entries.Capacity = entries.Count;
        mapping.Entries.AddRange(entries);
        mapping.KeysDistinct = keysDistinct;
    }
}
