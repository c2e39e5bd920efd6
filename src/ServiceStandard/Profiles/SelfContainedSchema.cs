using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Profiles;

/// <summary>
/// What makes an effective schema safe to compile and to run on documents from anywhere: every <c>$ref</c> points
/// inside it (nothing is fetched, from the network or the disk), no <c>$ref</c> chain leads back to itself without
/// descending into the document, and every <c>pattern</c> runs on the non-backtracking engine (linear in the
/// value's length) with a time limit (<see cref="ProfileSchema"/> checks documents that way).
/// </summary>
internal static class SelfContainedSchema
{
    /// <summary>How long one pattern may take on one value; the non-backtracking engine makes this a safeguard only.</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Keywords whose values are data, not schemas: never walked.</summary>
    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal) { "enum", "const", "default", "examples" };

    /// <summary>Keywords whose subschemas apply to the same value as their schema (a cycle through them never ends).</summary>
    private static readonly HashSet<string> SameValueKeywords = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "not", "if", "then", "else" };

    /// <summary>Reports (SS1402, at the overlay's node when it wrote it) every remote or dangling <c>$ref</c>, every cycle, every unusable pattern.</summary>
    public static void Check(JsonObject schema, SourceNode? overlay, SourcePosition fallback, DiagnosticBag bag)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal); // schema pointer -> the pointer its $ref names
        foreach (var (node, path) in Schemas(schema, string.Empty))
        {
            foreach (var (key, value) in node)
            {
                var at = JsonPointer.Append(path, key);
                if (key == "$ref")
                {
                    if (value is not JsonValue reference || !reference.TryGetValue<string>(out var target) || !target.StartsWith('#'))
                    {
                        Invalid(bag, overlay, at, fallback, $"'$ref' must point inside the profile's schema (#/definitions/...); '{value?.ToJsonString()}' is not fetched");
                    }
                    else if (Resolve(schema, target) is not JsonObject)
                    {
                        Invalid(bag, overlay, at, fallback, $"'$ref' '{target}' points to no schema in the profile's schema");
                    }
                    else
                    {
                        targets[path] = Pointer(target);
                    }
                }
                else if (key == "pattern" && value is JsonValue text && text.TryGetValue<string>(out var pattern) && Compile(pattern) is { } problem)
                {
                    Invalid(bag, overlay, at, fallback, $"'pattern' '{pattern}' cannot be used: {problem}");
                }
                else if (key == "patternProperties" && value is JsonObject)
                {
                    Invalid(bag, overlay, at, fallback, "'patternProperties' is not supported in a profile (its patterns would run on the backtracking engine); declare the properties by name");
                }
            }
        }

        if (bag.ErrorCount == 0 && FindCycle(schema, targets) is { } cycle)
        {
            Invalid(bag, overlay, cycle, fallback, $"'$ref' at {cycle} leads back to itself (a cycle) without descending into the document");
        }
    }

    /// <summary>Why a pattern cannot run on the non-backtracking engine, or <see langword="null"/> when it can.</summary>
    private static string? Compile(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (NotSupportedException exception)
        {
            return "it needs backtracking (backreferences, lookaround or atomic groups are not supported): " + exception.Message;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>Every schema object with its JSON Pointer, depth first; data keywords are not walked.</summary>
    private static IEnumerable<(JsonObject Node, string Path)> Schemas(JsonObject root, string rootPath)
    {
        var pending = new Stack<(JsonNode? Node, string Path)>([(root, rootPath)]);
        while (pending.TryPop(out var next))
        {
            switch (next.Node)
            {
                case JsonObject obj:
                    yield return (obj, next.Path);
                    foreach (var (key, value) in obj)
                    {
                        if (!DataKeywords.Contains(key))
                        {
                            pending.Push((value, JsonPointer.Append(next.Path, key)));
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        pending.Push((array[i], JsonPointer.Append(next.Path, i)));
                    }

                    break;
            }
        }
    }

    /// <summary>A schema pointer whose <c>$ref</c> chain (through allOf, anyOf, oneOf, not, if, then, else) comes back to it.</summary>
    private static string? FindCycle(JsonObject schema, Dictionary<string, string> targets)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        foreach (var (_, path) in Schemas(schema, string.Empty))
        {
            if (Visit(path) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        string? Visit(string start)
        {
            // Iterative depth-first search: a profile can nest schemas deeper than the stack allows recursion.
            var stack = new Stack<(string Path, IEnumerator<string> Next)>();
            if (state.ContainsKey(start))
            {
                return null;
            }

            state[start] = false;
            stack.Push((start, SameValue(start).GetEnumerator()));
            while (stack.TryPeek(out var top))
            {
                if (!top.Next.MoveNext())
                {
                    state[top.Path] = true;
                    stack.Pop();
                    continue;
                }

                var child = top.Next.Current;
                if (state.TryGetValue(child, out var done))
                {
                    if (!done)
                    {
                        return targets.TryGetValue(top.Path, out var target) && target == child ? top.Path + "/$ref" : top.Path;
                    }

                    continue;
                }

                state[child] = false;
                stack.Push((child, SameValue(child).GetEnumerator()));
            }

            return null;
        }

        IEnumerable<string> SameValue(string path)
        {
            if (targets.TryGetValue(path, out var target))
            {
                yield return target;
            }

            if (Resolve(schema, "#" + path) is not JsonObject node)
            {
                yield break;
            }

            foreach (var (key, value) in node)
            {
                if (!SameValueKeywords.Contains(key))
                {
                    continue;
                }

                if (value is JsonObject)
                {
                    yield return JsonPointer.Append(path, key);
                }
                else if (value is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        yield return JsonPointer.Append(JsonPointer.Append(path, key), i);
                    }
                }
            }
        }
    }

    /// <summary>The node a local reference (<c>#/definitions/A</c>, percent-encoded, <c>~0</c> <c>~1</c>) names, or null.</summary>
    internal static JsonNode? Resolve(JsonObject schema, string reference)
    {
        JsonNode? node = schema;
        foreach (var segment in JsonPointer.Segments(Pointer(reference)))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var value) ? value : null,
                JsonArray array => int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Count ? array[index] : null,
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// The JSON Pointer of a <c>#...</c> reference (percent-decoded), the one <see cref="Resolve"/> follows: whatever
    /// comes before the first '/' is not a segment (<c>#definitions/A</c> is <c>/A</c>, <c>#A</c> the whole schema).
    /// </summary>
    internal static string Pointer(string reference)
    {
        var pointer = Uri.UnescapeDataString(reference.TrimStart('#'));
        var slash = pointer.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : pointer[slash..];
    }

    /// <summary>One SS1402 at the overlay's node for <paramref name="pointer"/> (its key), or at <paramref name="fallback"/> when the base schema wrote it.</summary>
    internal static void Invalid(DiagnosticBag bag, SourceNode? overlay, string pointer, SourcePosition fallback, string detail)
    {
        SourcePosition? position = null;
        var node = overlay;
        foreach (var segment in JsonPointer.Segments(pointer))
        {
            if (node is MappingNode mapping && mapping.Entries.FindLast(e => e.Key == segment) is { Value: not null } entry)
            {
                position = entry.KeyPosition;
                node = entry.Value;
            }
            else if (node is SequenceNode sequence && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < sequence.Items.Count)
            {
                node = sequence.Items[index];
                position = node.Position;
            }
            else
            {
                position = null;
                break;
            }
        }

        bag.Add(ProfileDiagnostics.InvalidProfile, "/overlay" + pointer, position ?? fallback, null, ("detail", detail));
    }
}
