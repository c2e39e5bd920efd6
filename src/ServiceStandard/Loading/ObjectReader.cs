using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Loading;

/// <summary>
/// Reads the keys of one mapping into typed values, reporting each structural problem (missing,
/// wrong type, not in the code list, malformed code, out of range) at the node it is about.
/// Keys never asked for are unknown: reported as warnings and kept verbatim.
/// A reader lives while its object is bound; the binder then reuses it for the next object (<see cref="Reset"/>):
/// one per object was a sixth of what loading allocated.
/// </summary>
internal sealed class ObjectReader
{
    private readonly InventoryBinder binder;
    private MappingNode node;
    private Type owner;
    private Marks used;
    private Marks kept;

    private NodePath path;
    private string? pointer;

    /// <summary>Where the next key is looked for first: the binder asks for keys in the order documents write them.</summary>
    private int cursor;

    public ObjectReader(InventoryBinder binder, MappingNode node, NodePath path, Type owner)
    {
        this.binder = binder;
        Reset(node, path, owner);
    }

    /// <summary>Makes this reader, whose object is bound, the reader of another object.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(node), nameof(owner))]
    public ObjectReader Reset(MappingNode node, NodePath path, Type owner)
    {
        this.node = node;
        this.owner = owner;
        this.path = path;
        used = new Marks(node.Entries.Count);
        kept = new Marks(node.Entries.Count);
        pointer = null;
        cursor = 0;
        Failed = false;
        return this;
    }

    /// <summary>The JSON Pointer of this object in the canonical tree (built on first use: findings need it, reading does not).</summary>
    public string Pointer => pointer ??= path.ToString();

    /// <summary>True when a required key was missing or unusable: the object cannot be built.</summary>
    public bool Failed { get; private set; }

    public SourcePosition Position => node.Position;

    /// <summary>The text of a scalar key without consuming it (used to label diagnostics with the item code).</summary>
    public string? Peek(string key) =>
        IndexOf(key) is >= 0 and var index && node.Entries[index].Value is ScalarNode { IsNull: false, Style: ScalarStyle.Text or ScalarStyle.Plain } scalar
            ? scalar.Text
            : null;

    public string? Text(string key, bool required = false, Regex? pattern = null, string? patternName = null)
    {
        var value = Find(key, required, out var path);
        if (value is null)
        {
            return null;
        }

        var text = binder.TextAt(value, path, key);
        if (text is null)
        {
            Unread(key);
            return Fail(required);
        }

        if (pattern is not null)
        {
            // Codes are read in their canonical form: trimmed, half-width, upper case (the rewrite is listed).
            text = binder.Canonical(text, TextForms.Code(text), path, value.Position);
        }

        if (pattern is not null && !pattern.IsMatch(text))
        {
            binder.Report(DiagnosticCatalog.PatternMismatch, path, value.Position,
                ("value", text), ("what", "§Element_Named"), ("element", key), ("elementTitle", ElementNames.Title(owner, key)), ("expected", "§Pattern_" + patternName));
            Unread(key);
            return Fail(required);
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            binder.Report(DiagnosticCatalog.RequiredMissing, path, value.Position, ("key", key), ("title", ElementNames.Title(owner, key)));
            return Fail(required);
        }

        return text;
    }

    /// <summary>A number; <paramref name="words"/> reads it when written as text (10元/本, "２０"), <see cref="Wordings.Number"/> by default.</summary>
    public decimal? Number(string key, bool required = false, decimal min = decimal.MinValue, decimal max = decimal.MaxValue, NumberWords? words = null)
    {
        var value = Find(key, required, out var path);
        if (value is null)
        {
            return null;
        }

        // The range is written only for a finding: built for every number, it was 6% of what loading allocated.
        var number = binder.NumberAt(value, path, key, words, (min, max));
        if (number < min || number > max)
        {
            binder.Report(DiagnosticCatalog.OutOfRange, path, value.Position,
                ("key", key), ("value", ((ScalarNode)value).Text), ("range", InventoryBinder.Range(min, max)));
            number = null;
        }

        if (number is null)
        {
            Unread(key);
        }

        return number ?? FailStruct<decimal>(required);
    }

    /// <summary>A whole number in a range; <paramref name="words"/> reads it when written as text ("0次", "１份", 全程网办).</summary>
    public int? Integer(string key, int min, int max, bool required = false, NumberWords? words = null)
    {
        var value = Find(key, required, out var path);
        if (value is null)
        {
            return null;
        }

        var number = binder.NumberAt(value, path, key, words, (min, max));
        if (number is null)
        {
            Unread(key);
            return FailStruct<int>(required);
        }

        if (number != decimal.Truncate(number.Value))
        {
            binder.Report(DiagnosticCatalog.WrongType, path, value.Position,
                ("key", key), ("expected", "§Kind_Integer"), ("found", ((ScalarNode)value).Text), ("extra", string.Empty));
            Unread(key);
            return FailStruct<int>(required);
        }

        if (number < min || number > max)
        {
            binder.Report(DiagnosticCatalog.OutOfRange, path, value.Position,
                ("key", key), ("value", ((ScalarNode)value).Text), ("range", Range(min, max)));
            Unread(key);
            return FailStruct<int>(required);
        }

        return (int)number.Value;
    }

    public bool? Boolean(string key, bool required = false)
    {
        var value = Find(key, required, out var path);
        return value is null ? null : binder.BooleanAt(value, path, key) ?? Unread<bool>(key, required);
    }

    public T? Code<T>(string key, CodeList<T> list, bool required = false)
        where T : struct, Enum
    {
        var value = Find(key, required, out var path);
        return value is null ? null : binder.CodeAt(value, path, key, list) ?? Unread<T>(key, required);
    }

    public DateOnly? Date(string key)
    {
        var value = Find(key, required: false, out var path);
        if (value is null)
        {
            return null;
        }

        var text = binder.TextAt(value, path, key);
        if (text is null)
        {
            Unread(key);
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (Wordings.Date(text) is { } written)
        {
            binder.Rewrite(text, written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), path, value.Position);
            return written;
        }

        binder.Report(DiagnosticCatalog.InvalidDate, path, value.Position, ("value", text));
        Unread(key);
        return null;
    }

    public T? Object<T>(string key, Type type, Func<ObjectReader, T?> bind, bool required = false)
        where T : class
    {
        var value = Find(key, required, out var path);
        if (value is null)
        {
            return null;
        }

        if (binder.ObjectAt(value, path, key, type, bind) is { } bound)
        {
            return bound;
        }

        Unread(key);
        return Fail<T>(required);
    }

    /// <summary>
    /// A time limit: an object { value, unit, note }, or a phrase such as 20个工作日 read by the binder. A phrase
    /// it cannot read is kept as written among the unknown keys (without a second, SS1201 warning).
    /// </summary>
    public TimeLimit? TimeLimit(string key, Func<ObjectReader, TimeLimit?> bind)
    {
        var value = Find(key, required: false, out var path);
        if (value is not ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain or ScalarStyle.Number } phrase)
        {
            var bound = value is null ? null : binder.ObjectAt(value, path, key, typeof(TimeLimit), bind);
            if (value is not null && bound is null)
            {
                Unread(key);
            }

            return bound;
        }

        var limit = binder.PhraseAt(phrase, path, key);
        if (limit is null)
        {
            Unread(key);
        }

        return limit;
    }

    public IReadOnlyList<T>? List<T>(string key, Func<SourceNode, NodePath, T?> element, bool required = false)
    {
        if (Sequence(key, required, out var path) is not { } sequence)
        {
            return null;
        }

        var items = new List<T>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (element(sequence.Items[i], path with { Index = i }) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>
    /// A list of objects, each bound by <paramref name="bind"/> (a static method: no delegate per call). Written as one
    /// text (申请材料: 申请表、营业执照), each part is an object with the part under <paramref name="textKey"/> (its name or title).
    /// </summary>
    public IReadOnlyList<T>? Objects<T>(string key, Type type, Func<ObjectReader, T?> bind, string? textKey = null)
        where T : class
    {
        if (Sequence(key, required: false, out var path, textKey is null ? null : Wordings.NameListSeparators) is not { } sequence)
        {
            return null;
        }

        var items = new List<T>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var element = sequence.Items[i];
            if (textKey is not null && element is ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain } part)
            {
                // A part of a list written as one text: the object it names.
                var named = new MappingNode(part.Position) { KeysDistinct = true };
                named.Entries.Add(new MappingEntry(textKey, part.Position, part));
                element = named;
            }

            if (binder.ObjectAt(element, path with { Index = i }, key, type, bind) is { } item)
            {
                items.Add(item);
            }
        }

        return KeptIfShort(key, items, sequence.Items.Count);
    }

    /// <summary>A list of texts; written as one text, its lines (or parts between semicolons).</summary>
    public IReadOnlyList<string>? Texts(string key)
    {
        if (Sequence(key, required: false, out var path, Wordings.ProseListSeparators) is not { } sequence)
        {
            return null;
        }

        var items = new List<string>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (binder.TextAt(sequence.Items[i], path with { Index = i }, key) is { } item)
            {
                items.Add(item);
            }
        }

        return KeptIfShort(key, items, sequence.Items.Count);
    }

    /// <summary>A list of code-list values; written as one text (自然人、企业法人), its parts.</summary>
    public IReadOnlyList<T>? Codes<T>(string key, CodeList<T> list)
        where T : struct, Enum
    {
        if (Sequence(key, required: false, out var path, Wordings.CodeListSeparators) is not { } sequence)
        {
            return null;
        }

        var values = new T[sequence.Items.Count];
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (binder.CodeAt(sequence.Items[i], path with { Index = i }, key, list) is { } value)
            {
                values[count++] = value;
            }
        }

        if (count == values.Length)
        {
            return values;
        }

        Unread(key); // the elements read count; the list is kept as written, so that nothing is lost
        return values.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// A value read from the words departments write (收费: 10元/本), when <paramref name="read"/> understands the text
    /// under <paramref name="key"/>: the key is then read, and the rewrite to <paramref name="canonical"/> listed. Otherwise
    /// nothing is read, and the key is left to the usual reader.
    /// </summary>
    public T? Words<T>(string key, Func<string, T?> read, Func<T, string> canonical)
        where T : struct
    {
        // A plain true or false is the usual reader's (and the common case: no words to read, nothing to allocate).
        var index = IndexOf(key);
        if (index < 0 || node.Entries[index].Value is not ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain } scalar
            || scalar is { Style: ScalarStyle.Plain, Text: "true" or "false" or "True" or "False" or "TRUE" or "FALSE" }
            || read(scalar.Text) is not { } value)
        {
            return null;
        }

        Find(key, required: false, out var path);
        binder.Rewrite(scalar.Text, canonical(value), path, scalar.Position);
        return value;
    }

    /// <summary>True when the document's format version is <paramref name="version"/> or newer.</summary>
    public bool Since(string version) => binder.Since(version);

    /// <summary>
    /// The list under a key; null when it is absent, or something else (reported, and kept as written). Text where a
    /// list is expected is the list of its parts split at <paramref name="separators"/> (the split listed as a rewrite).
    /// </summary>
    private SequenceNode? Sequence(string key, bool required, out NodePath path, string? separators = null)
    {
        var value = Find(key, required, out path);
        if (value is null or SequenceNode)
        {
            return (SequenceNode?)value;
        }

        if (separators is not null && value is ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain } text)
        {
            var parts = Wordings.Split(text.Text, separators);
            var list = new SequenceNode(text.Position);
            foreach (var part in parts)
            {
                list.Items.Add(new ScalarNode(text.Position, part, ScalarStyle.Text));
            }

            binder.ListSplit(text, parts, path);
            return list;
        }

        binder.WrongType(value, path, key, "§Kind_List");
        Unread(key);
        Failed |= required;
        return null;
    }

    /// <summary>The elements read; when some could not be, the list is also kept as written (nothing is lost).</summary>
    private IReadOnlyList<T> KeptIfShort<T>(string key, List<T> read, int written)
    {
        if (read.Count < written)
        {
            Unread(key);
        }

        return read;
    }

    /// <summary>
    /// A value that is present but could not be read: kept as written among the object's other content (without an
    /// unknown-key warning; its own diagnostic says why), so that the canonical form writes it back as it was.
    /// </summary>
    private void Unread(string key)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            kept[index] = true;
            used[index] = false;
        }
    }

    /// <summary>A key that is not the format's but is read silently and kept as written (the <c>$schema</c> editors attach).</summary>
    public void Tolerate(string key) => Unread(key);

    private T? Unread<T>(string key, bool required)
        where T : struct
    {
        Unread(key);
        return FailStruct<T>(required);
    }

    private int IndexOf(string key)
    {
        var entries = CollectionsMarshal.AsSpan(node.Entries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (DuplicateKeys.Same(entries[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    public JsonElement? Any(string key)
    {
        var value = Find(key, required: false, out _);
        return value is null ? null : JsonElements.From(value);
    }

    /// <summary>The keys no one asked for: each reported once as unknown and kept verbatim, in order.</summary>
    public IReadOnlyDictionary<string, JsonElement> Rest()
    {
        Dictionary<string, JsonElement>? rest = null;
        for (var i = 0; i < node.Entries.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var entry = node.Entries[i];
            rest ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (rest.ContainsKey(entry.Key))
            {
                continue; // a duplicate key: already reported as SS1002
            }

            if (!kept[i])
            {
                binder.Report(DiagnosticCatalog.UnknownKey, JsonPointer.Append(Pointer, entry.Key), entry.KeyPosition,
                    ("key", entry.Key), ("version", binder.FormatVersion));
            }

            rest[entry.Key] = JsonElements.From(entry.Value);
        }

        return rest ?? ModelElement.NoProperties;
    }

    /// <summary>Finds a key, marks it (and any duplicate of it) as read, and reports it when required and absent.</summary>
    private SourceNode? Find(string key, bool required, out NodePath path)
    {
        path = new NodePath(this, key);
        SourceNode? found = null;
        var entries = CollectionsMarshal.AsSpan(node.Entries);
        if (node.KeysDistinct)
        {
            // One match at most: look from where the last key was found on, round to the start.
            for (int n = 0, i = cursor, count = entries.Length; n < count; n++, i = i + 1 == count ? 0 : i + 1)
            {
                if (DuplicateKeys.Same(entries[i].Key, key))
                {
                    used[i] = true;
                    found = entries[i].Value;
                    cursor = i + 1 == count ? 0 : i + 1;
                    break;
                }
            }
        }
        else
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (DuplicateKeys.Same(entries[i].Key, key))
                {
                    used[i] = true; // a key written twice: each is read, the first one counts
                    found ??= entries[i].Value;
                }
            }
        }

        if (found is ScalarNode { IsNull: true })
        {
            found = null;
        }

        if (found is null && required)
        {
            binder.Report(DiagnosticCatalog.RequiredMissing, path, node.Position, ("key", key), ("title", ElementNames.Title(owner, key)));
            Failed = true;
        }

        return found;
    }

    private static string Range(int min, int max) =>
        max == int.MaxValue ? $">= {min}" : $"{min}..{max}";

    private T? Fail<T>(bool required)
        where T : class
    {
        Failed |= required;
        return null;
    }

    private string? Fail(bool required)
    {
        Failed |= required;
        return null;
    }

    private T? FailStruct<T>(bool required)
        where T : struct
    {
        Failed |= required;
        return null;
    }

    /// <summary>One flag per entry: the bits of a word for up to 64 entries (every object of the format), an array beyond.</summary>
    private struct Marks(int count)
    {
        private readonly bool[]? wide = count > 64 ? new bool[count] : null;
        private ulong bits;

        public bool this[int index]
        {
            readonly get => wide is null ? (bits & (1UL << index)) != 0 : wide[index];
            set
            {
                if (wide is not null)
                {
                    wide[index] = value;
                }
                else if (value)
                {
                    bits |= 1UL << index;
                }
                else
                {
                    bits &= ~(1UL << index);
                }
            }
        }
    }
}
