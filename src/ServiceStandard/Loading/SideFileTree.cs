using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>Reports one fault of a side file through the file's own diagnostic: where, what is written there, and why it is wrong.</summary>
/// <param name="pointer">The JSON Pointer of the node.</param>
/// <param name="position">Its line and column.</param>
/// <param name="value">What is written there, for the message (a <c>§</c> resource name for a word such as "nothing").</param>
/// <param name="reason">Why it is wrong: a <c>§</c> resource name.</param>
internal delegate void SideFileFault(string pointer, SourcePosition position, string value, string reason);

/// <summary>
/// The shape checks of the small files read beside inventories whose keys are all checked (a holiday calendar, an event
/// file): objects with known keys, required keys, text. Each fault goes to the file's own diagnostic through
/// <paramref name="fault"/>; the words are the file's resources (<paramref name="nothing"/>, <paramref name="required"/>).
/// </summary>
/// <param name="nothing">The resource of the word for an empty value.</param>
/// <param name="required">The resource of the reason "this key is required".</param>
/// <param name="fault">Reports one fault.</param>
internal sealed class SideFileTree(string nothing, string required, SideFileFault fault)
{
    /// <summary>Reports a fault about a node, describing what is written there.</summary>
    public void Report(string pointer, SourcePosition position, SourceNode value, string reason) => fault(pointer, position, Describe(value), reason);

    /// <summary>What a node holds, for a message: a scalar's text, "nothing", or the kind of node.</summary>
    public string Describe(SourceNode value) => value switch
    {
        ScalarNode { IsNull: true } or ScalarNode { Text: "" } => nothing,
        ScalarNode scalar => scalar.Text,
        _ => value.KindName,
    };

    /// <summary>The entries of an object, each key checked against <paramref name="keys"/> (<paramref name="unknown"/> otherwise); null, reported as <paramref name="shape"/>, when the node is not an object.</summary>
    public Dictionary<string, SourceNode>? Fields(SourceNode node, string pointer, string[] keys, string shape, string unknown)
    {
        if (node is not MappingNode mapping)
        {
            Report(pointer, node.Position, node, shape);
            return null;
        }

        var fields = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (keys.Contains(entry.Key, StringComparer.Ordinal))
            {
                fields[entry.Key] = entry.Value;
            }
            else
            {
                Report(JsonPointer.Append(pointer, entry.Key), entry.KeyPosition, entry.Value, unknown);
            }
        }

        return fields;
    }

    /// <summary>The value of a required key, or null (and a fault at the key's value, else at its owner) when it is missing or null.</summary>
    public SourceNode? Required(Dictionary<string, SourceNode> fields, SourceNode owner, string pointer, string key)
    {
        if (fields.TryGetValue(key, out var value) && value is not ScalarNode { IsNull: true })
        {
            return value;
        }

        fault(JsonPointer.Append(pointer, key), value?.Position ?? owner.Position, nothing, required);
        return null;
    }

    /// <summary>The trimmed text of a scalar that is not blank; null, reported as <paramref name="notText"/>, otherwise.</summary>
    public string? Text(SourceNode node, string pointer, string notText)
    {
        if (node is ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Text } scalar && scalar.Text.Trim().Length > 0)
        {
            return scalar.Text.Trim();
        }

        Report(pointer, node.Position, node, notText);
        return null;
    }
}
