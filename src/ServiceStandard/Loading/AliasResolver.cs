using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Loading;

/// <summary>
/// Rewrites a document tree to canonical keys before it is bound: Chinese element names become keys
/// (事项名称 → name), flat spreadsheet keys move into their nested objects (法定办结时限 on an item →
/// timeLimits/legal, 咨询电话 → contacts/consultation/0/phone), and an object written as one scalar becomes
/// that object (实施主体: 某局 → authority/name). Nodes keep the positions they were written at, so every
/// later diagnostic has a canonical path and the line and column as written. The written tree is not
/// changed; resolved objects are new nodes. Unknown keys, <c>extensions</c> and unknown content are not
/// entered. Each alias is recorded as a rewrite (SS8001); two keys giving the same value is an error (SS8002).
/// </summary>
internal sealed class AliasResolver(DiagnosticBag diagnostics, DiagnosticBag rewrites)
{
    /// <summary>Nodes this resolver built from flat keys (a one-element list from 咨询电话 merges into a written list).</summary>
    private readonly HashSet<SourceNode> synthetic = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The alias each resolved entry was written as, by the entry's value (each value belongs to one entry; an
    /// entry given a new value takes its alias along, <see cref="WithValue"/>). Made on the first alias.
    /// </summary>
    private Dictionary<SourceNode, string>? writtenAs;

    /// <summary>
    /// Where the resolver is: the pointer it started at, then the keys and indices it went down. Joined into a
    /// pointer only when something is reported (a canonical document reports nothing and allocates nothing).
    /// </summary>
    private readonly List<(string? Key, int Index)> trail = [];
    private string start = string.Empty;

    public SourceNode Resolve(SourceNode root) =>
        root is MappingNode mapping ? Object(mapping, typeof(Inventory), string.Empty) : root;

    /// <summary>Resolves an object of <paramref name="owner"/> found at <paramref name="pointer"/>.</summary>
    internal MappingNode Object(MappingNode node, Type owner, string pointer)
    {
        (start, trail.Capacity) = (pointer, Math.Max(trail.Capacity, 8));
        trail.Clear();

        // An earlier call's notes are not needed again. The aliases are keyed by written nodes, which may since stand
        // for other values (NodePool): kept, they would give a key the alias of an earlier item's key.
        synthetic.Clear();
        writtenAs?.Clear();
        return Object(node, owner);
    }

    private string Here => trail.Aggregate(start, JsonPointer.Append);

    private MappingNode Object(MappingNode node, Type owner)
    {
        var facts = KeyAliases.For(owner);

        // Written with canonical keys only (not merged from flat keys, which must be checked for conflicts).
        if (!synthetic.Contains(node) && AllCanonical(node, facts))
        {
            return Descend(node, facts);
        }

        var pointer = Here;
        var result = new MappingNode(node.Position);
        foreach (var entry in node.Entries)
        {
            var target = KeyAliases.Resolve(owner, entry.Key);
            if (target is null)
            {
                result.Entries.Add(entry); // unknown: kept verbatim, reported by the binder
                continue;
            }

            if (target.Length > 1 && entry.Value is ScalarNode { IsNull: true })
            {
                continue; // an empty cell of a flat key: nothing to nest
            }

            var alias = target is [var key] && key == entry.Key ? null : entry.Key;

            // A key merged in from a flat key is already canonical here; it keeps the alias it was written as.
            var written = alias ?? WrittenAs(entry);
            var shorthand = target.Length == 1 && entry.Value is ScalarNode { IsNull: false } ? KeyAliases.Shorthand(owner, target[0]) : null;
            if (shorthand is not null)
            {
                target = [target[0], shorthand];
                alias ??= WrittenAs(entry) ?? entry.Key;
                written ??= entry.Key;
            }

            if (alias is not null && rewrites.Keeps)
            {
                rewrites.Add(NormalizationDiagnostics.KeyAlias, Pointer(pointer, target), entry.KeyPosition, null,
                    ("alias", alias), ("path", Pointer(pointer, target)));
            }

            Place(result, Entry(target[0], entry.KeyPosition, Nest(target, entry, written), written), pointer);
        }

        for (var i = 0; i < result.Entries.Count; i++)
        {
            var entry = result.Entries[i];
            if (facts.TryGetValue(entry.Key, out var key) && key.Child is { } child)
            {
                result.Entries[i] = WithValue(entry, Child(entry, child.Type, child.IsList));
            }
        }

        return result;
    }

    private static bool AllCanonical(MappingNode node, FrozenDictionary<string, KeyFacts> facts)
    {
        foreach (ref readonly var entry in CollectionsMarshal.AsSpan(node.Entries))
        {
            if (!facts.TryGetValue(entry.Key, out var key) || !key.IsCanonicalWith(entry.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A mapping whose keys are all canonical: only its children can change. It is returned as written when
    /// none does, so a canonical document is not copied.
    /// </summary>
    private MappingNode Descend(MappingNode node, FrozenDictionary<string, KeyFacts> facts)
    {
        MappingNode? copy = null;
        for (var i = 0; i < node.Entries.Count; i++)
        {
            var entry = node.Entries[i];
            if (facts[entry.Key].Child is not { } child)
            {
                continue;
            }

            var resolved = Child(entry, child.Type, child.IsList);
            if (!ReferenceEquals(resolved, entry.Value))
            {
                if (copy is null)
                {
                    copy = new MappingNode(node.Position);
                    copy.Entries.AddRange(node.Entries);
                }

                copy.Entries[i] = WithValue(entry, resolved);
            }
        }

        return copy ?? node;
    }

    /// <summary>The value of a key that holds an object or a list of objects of the model, resolved.</summary>
    private SourceNode Child(MappingEntry entry, Type type, bool isList)
    {
        trail.Add((entry.Key, -1));
        try
        {
            return ChildValue(entry, type, isList);
        }
        finally
        {
            trail.RemoveAt(trail.Count - 1);
        }
    }

    private SourceNode ChildValue(MappingEntry entry, Type type, bool isList)
    {
        switch (entry.Value)
        {
            case MappingNode mapping when !isList:
                return Object(mapping, type);
            case SequenceNode sequence when isList:
                SequenceNode? list = null;
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    SourceNode resolved;
                    if (sequence.Items[i] is MappingNode item)
                    {
                        trail.Add((null, i));
                        resolved = Object(item, type);
                        trail.RemoveAt(trail.Count - 1);
                    }
                    else
                    {
                        resolved = sequence.Items[i];
                    }

                    if (list is null && !ReferenceEquals(resolved, sequence.Items[i]))
                    {
                        list = new SequenceNode(sequence.Position);
                        list.Items.AddRange(sequence.Items.Take(i));
                    }

                    list?.Items.Add(resolved);
                }

                return list ?? sequence;
            default:
                return entry.Value; // a wrong shape: the binder reports it
        }
    }

    /// <summary>The value of the first segment: the written value itself, or nested objects down to it for a flat key.</summary>
    private SourceNode Nest(string[] target, MappingEntry entry, string? written)
    {
        var value = entry.Value;
        for (var i = target.Length - 1; i > 0; i--)
        {
            SourceNode parent;
            if (target[i] == "0")
            {
                var list = new SequenceNode(entry.KeyPosition);
                list.Items.Add(value);
                parent = list;
            }
            else
            {
                var mapping = new MappingNode(entry.KeyPosition);
                mapping.Entries.Add(Entry(target[i], entry.KeyPosition, value, written));
                parent = mapping;
            }

            synthetic.Add(parent);
            value = parent;
        }

        return value;
    }

    /// <summary>Adds an entry; a key given twice merges when both are objects (flat keys beside their object), else is a conflict.</summary>
    private void Place(MappingNode result, MappingEntry entry, string pointer)
    {
        var index = result.Entries.FindIndex(e => e.Key == entry.Key);
        if (index < 0)
        {
            result.Entries.Add(entry);
            return;
        }

        var first = result.Entries[index];
        if (Merge(first.Value, entry.Value) is { } merged)
        {
            result.Entries[index] = WithValue(first, merged);
        }
        else if ((WrittenAs(first) ?? first.Key) != (WrittenAs(entry) ?? entry.Key))
        {
            diagnostics.Add(NormalizationDiagnostics.AliasConflict, JsonPointer.Append(pointer, entry.Key), entry.KeyPosition, null,
                ("key", WrittenAs(entry) ?? entry.Key), ("path", JsonPointer.Append(pointer, entry.Key)),
                ("first", WrittenAs(first) ?? first.Key), ("firstLine", first.KeyPosition.Line.ToString(CultureInfo.InvariantCulture)));
        }

        // else: the same key written twice, already reported as SS1002; the first value is kept.
    }

    /// <summary>Two objects merge into one (their keys resolved afterwards); a list built from a flat key merges into the first element of the other.</summary>
    private SourceNode? Merge(SourceNode first, SourceNode second)
    {
        switch (first, second)
        {
            case (MappingNode a, MappingNode b) when synthetic.Contains(a) || synthetic.Contains(b):
                var mapping = new MappingNode(a.Position);
                mapping.Entries.AddRange(a.Entries);
                mapping.Entries.AddRange(b.Entries);
                synthetic.Add(mapping);
                return mapping;
            case (SequenceNode a, SequenceNode b) when synthetic.Contains(b) || synthetic.Contains(a):
                var (written, built) = synthetic.Contains(b) ? (a, b) : (b, a);
                if (written.Items.Count == 0)
                {
                    return built;
                }

                if (Merge(written.Items[0], built.Items[0]) is not { } head)
                {
                    return null;
                }

                var list = new SequenceNode(a.Position);
                list.Items.Add(head);
                list.Items.AddRange(written.Items.Skip(1));
                return list;
            default:
                return null;
        }
    }

    /// <summary>The alias an entry was written as, once resolved; null for a key written canonical.</summary>
    private string? WrittenAs(MappingEntry entry) =>
        writtenAs is not null && writtenAs.TryGetValue(entry.Value, out var written) ? written : null;

    /// <summary>A resolved entry, noting the alias it was written as.</summary>
    private MappingEntry Entry(string key, SourcePosition keyPosition, SourceNode value, string? written)
    {
        if (written is not null)
        {
            (writtenAs ??= new Dictionary<SourceNode, string>(ReferenceEqualityComparer.Instance))[value] = written;
        }

        return new MappingEntry(key, keyPosition, value);
    }

    /// <summary>An entry with a new value, keeping the alias it was written as.</summary>
    private MappingEntry WithValue(MappingEntry entry, SourceNode value)
    {
        if (!ReferenceEquals(value, entry.Value) && writtenAs is not null)
        {
            if (writtenAs.TryGetValue(entry.Value, out var written))
            {
                writtenAs[value] = written;
            }
            else
            {
                writtenAs.Remove(value);
            }
        }

        return entry with { Value = value };
    }

    private static string Pointer(string pointer, string[] target) =>
        target.Aggregate(pointer, JsonPointer.Append);
}
