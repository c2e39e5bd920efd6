using ServiceStandard.Diagnostics;
using ServiceStandard.Model;

namespace ServiceStandard.Loading;

/// <summary>
/// What loading a document gives: the inventory when one could be built, and every diagnostic found on
/// the way. Loading never throws on bad input.
/// </summary>
public sealed class LoadResult
{
    private readonly SourceNode? root;
    private SourceNode? whole;

    internal LoadResult(string? file, DocumentFormat format, Inventory? inventory, IReadOnlyList<Diagnostic> diagnostics, SourceNode? root, bool hasComments, IReadOnlyList<int>? itemSourceIndices = null, int itemsWritten = -1)
    {
        ItemSourceIndices = itemSourceIndices ?? [];
        File = file;
        Format = format;
        Inventory = inventory;
        Diagnostics = diagnostics
            .OrderBy(d => d.Position?.Sheet, StringComparer.Ordinal)
            .ThenBy(d => d.Position?.Line ?? 0)
            .ThenBy(d => d.Position?.Column ?? 0)
            .ToArray();
        this.root = root;
        HasComments = hasComments;
        ExcludedItems = inventory is null ? [] : Excluded(Diagnostics, ItemSourceIndices, itemsWritten < 0 ? inventory.Items.Count : itemsWritten);
    }

    /// <summary>The file the document came from, as the caller named it.</summary>
    public string? File { get; }

    /// <summary>The syntax the document was read as.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The inventory, or <see langword="null"/> when the document could not be bound at all.</summary>
    public Inventory? Inventory { get; }

    /// <summary>Every diagnostic, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there is an inventory and no diagnostic is an error.</summary>
    public bool IsValid => Inventory is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>For each item of <see cref="Inventory"/>, its index in the document (items that failed to bind are absent).</summary>
    internal IReadOnlyList<int> ItemSourceIndices { get; }

    /// <summary>The index in the document of item <paramref name="item"/> of <see cref="Inventory"/> (the same when none was left out).</summary>
    internal int SourceIndexOf(int item) => item < ItemSourceIndices.Count ? ItemSourceIndices[item] : item;

    /// <summary>
    /// The elements of the document's items list that are not in <see cref="Inventory"/>: an element that is not an
    /// object, or one with no readable basic code (the one thing every verb needs to tell items apart). Each comes
    /// with the error that left it out. Every other item is in <see cref="Inventory"/>, faults and all.
    /// </summary>
    public IReadOnlyList<ExcludedItem> ExcludedItems { get; }

    /// <summary>How many elements the document's items list has: the items of <see cref="Inventory"/> and <see cref="ExcludedItems"/>.</summary>
    public int ItemsWritten => (Inventory?.Items.Count ?? 0) + ExcludedItems.Count;

    private static ExcludedItem[] Excluded(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<int> bound, int written)
    {
        if (bound.Count >= written)
        {
            return [];
        }

        var isBound = new bool[written];
        foreach (var index in bound)
        {
            isBound[index] = true;
        }

        var excluded = new List<ExcludedItem>(written - bound.Count);
        for (var i = 0; i < written; i++)
        {
            if (isBound[i])
            {
                continue;
            }

            var prefix = "/items/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var reason = diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && (d.Path == prefix || d.Path.StartsWith(prefix + "/", StringComparison.Ordinal)))
                ?? diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            if (reason is not null)
            {
                excluded.Add(new ExcludedItem(i, reason));
            }
        }

        return [.. excluded];
    }

    /// <summary>True when the YAML text had comments (a rewrite of the file would drop them).</summary>
    public bool HasComments { get; }

    /// <summary>
    /// What reading took as written in another form (aliased keys, code-list faces, codes in lower case or
    /// full width), one info each, for normalization to list; not part of <see cref="Diagnostics"/>.
    /// </summary>
    internal IReadOnlyList<Diagnostic> Rewrites { get; init; } = [];

    /// <summary>Reads the whole tree again, items included, for positions inside items bound while reading.</summary>
    internal Func<SourceNode?>? ReadWhole { get; init; }

    /// <summary>True when the items were bound one by one as the document was read (the usual case; see <see cref="ItemStream"/>).</summary>
    internal bool ItemsBoundWhileReading { get; init; }

    /// <summary>
    /// The line and column of the node at a JSON Pointer of the canonical tree, as written; for a pointer
    /// to something absent, the position of its nearest present ancestor. Aliases are resolved: the pointer
    /// <c>/items/0/timeLimits/legal</c> finds a value written as 法定办结时限 on the item. Items are bound as they are
    /// read and keep no tree: the first position asked for inside one reads the document again (a file only
    /// if its length and write time are unchanged since it was loaded; otherwise the item's own position).
    /// </summary>
    /// <param name="pointer">A JSON Pointer such as <c>/items/0/authority/creditCode</c>.</param>
    /// <returns>The position, or <see langword="null"/> when the document had no tree.</returns>
    public SourcePosition? Locate(string pointer) => root is null ? null : LocateIn(root, pointer);

    private SourcePosition? LocateIn(SourceNode node, string pointer)
    {
        SourcePosition? keyPosition = null;
        foreach (var segment in JsonPointer.Segments(pointer))
        {
            SourceNode? next = null;
            SourcePosition? nextKey = null;
            if (node is BoundItemNode && ReadWhole is not null)
            {
                // The item was bound as it was read and its nodes are gone: look in the whole tree (read once).
                whole ??= ReadWhole();
                return whole is null ? node.Position : LocateIn(whole, pointer);
            }

            switch (node)
            {
                case MappingNode mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.Key == segment)
                        {
                            (next, nextKey) = (entry.Value, entry.KeyPosition);
                            break;
                        }
                    }

                    break;
                case SequenceNode sequence when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < sequence.Items.Count:
                    next = sequence.Items[index];
                    break;
            }

            if (next is null)
            {
                break;
            }

            (node, keyPosition) = (next, nextKey);
        }

        // An object or list reached through a key is where its key is written (the line a reader looks at);
        // a scalar is where its value is written.
        return node is ScalarNode || keyPosition is null ? node.Position : keyPosition.Value;
    }
}

/// <summary>An element of a document's items list that no verb can use, and why (see <see cref="LoadResult.ExcludedItems"/>).</summary>
/// <param name="Index">The element's 0-based index in the document's items list.</param>
/// <param name="Reason">The error that left it out (no basic code, or not an object), with its position.</param>
public sealed record ExcludedItem(int Index, Diagnostic Reason);
