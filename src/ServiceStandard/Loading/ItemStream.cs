using ServiceStandard.Model;

namespace ServiceStandard.Loading;

/// <summary>
/// Binds the elements of a document's top-level <c>items</c> list as the reader finishes each one, so that a
/// 20,000-item document never exists as one tree: once an item is bound nothing refers to its nodes (the
/// reader builds the next items from them, <see cref="NodePool"/>), and the list keeps a
/// <see cref="BoundItemNode"/> in its place. Items are streamed only when the document has
/// already declared a supported <c>schemaVersion</c> (the version decides which keys an item may have) and
/// no earlier key stands for the items list; otherwise the whole tree is kept and bound as before.
/// Diagnostics of streamed items are kept apart and merged when the document is within
/// <see cref="LoadOptions.MaxItems"/> (beyond it, the document is refused with one diagnostic, as before).
/// </summary>
internal sealed class ItemStream(string? file, LoadOptions options)
{
    private const string ItemsKey = "items";

    private DiagnosticBag diagnostics = new(file);
    private DiagnosticBag rewrites = new(file, options.KeepRewrites);
    private InventoryBinder? binder;
    private AliasResolver? resolver;
    private bool? streaming;
    private bool overflowed;
    private int itemsKeys;
    private bool listTaken;

    /// <summary>True when at least one item was bound while the document was read.</summary>
    public bool Streamed => streaming == true;

    /// <summary>Told by the reader of each key of the root object, as it is read.</summary>
    public void RootKey(string key)
    {
        if (key == ItemsKey)
        {
            itemsKeys++;
        }
    }

    /// <summary>
    /// True, once, when a list starting under the root key just read is the one whose elements the reader should
    /// hand to <see cref="Take"/>: the list of the first <c>items</c> key (a repeated key is not streamed).
    /// </summary>
    public bool TakesListUnder(string rootKey)
    {
        if (listTaken || rootKey != ItemsKey || itemsKeys != 1)
        {
            return false;
        }

        listTaken = true;
        return true;
    }

    /// <summary>Forgets everything, for a second reader that reads the document from its start.</summary>
    public void Reset()
    {
        (diagnostics, rewrites) = (new DiagnosticBag(file), new DiagnosticBag(file, options.KeepRewrites));
        (binder, resolver, streaming, overflowed, itemsKeys, listTaken) = (null, null, null, false, 0, false);
    }

    /// <summary>The node to keep in the items list for an element the reader has just finished.</summary>
    /// <param name="root">The root mapping as read so far.</param>
    /// <param name="element">The finished element.</param>
    /// <param name="index">Its index in the list.</param>
    public SourceNode Take(MappingNode root, SourceNode element, int index)
    {
        streaming ??= Decide(root);
        if (!streaming.Value)
        {
            return element;
        }

        if (index >= options.MaxItems)
        {
            overflowed = true; // the binder refuses the document; nothing of its items is reported
            return new BoundItemNode(element.Position, null);
        }

        var resolved = element is MappingNode mapping
            ? resolver!.Object(mapping, typeof(ServiceItem), JsonPointer.Append("/items", index))
            : element;
        return new BoundItemNode(element.Position, binder!.BindItemAt(resolved, new NodePath(null, ItemsKey, index)));
    }

    /// <summary>Adds what streaming found to the document's diagnostics and rewrites.</summary>
    public void MergeInto(DiagnosticBag documentDiagnostics, DiagnosticBag documentRewrites)
    {
        if (overflowed)
        {
            return;
        }

        foreach (var diagnostic in diagnostics.Items)
        {
            documentDiagnostics.Add(diagnostic);
        }

        foreach (var rewrite in rewrites.Items)
        {
            documentRewrites.Add(rewrite);
        }
    }

    private bool Decide(MappingNode root)
    {
        string? version = null;
        foreach (var entry in root.Entries)
        {
            // (The streamed list itself may already be attached under "items"; the reader streams only the first.)
            if (entry.Key != ItemsKey && KeyAliases.Resolve(typeof(Inventory), entry.Key) is [ItemsKey, ..])
            {
                return false; // another key already stands for the items: the resolver decides which one counts
            }

            if (version is null && entry.Key == "schemaVersion")
            {
                version = entry.Value is ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain } scalar ? scalar.Text : string.Empty;
            }
        }

        if (version is null || !InventoryBinder.SupportedVersions.Contains(version))
        {
            return false;
        }

        binder = new InventoryBinder(diagnostics, rewrites, options) { FormatVersion = version };
        resolver = new AliasResolver(diagnostics, rewrites);
        return true;
    }
}
