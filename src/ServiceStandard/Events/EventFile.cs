using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Events;

/// <summary>
/// Reads the tree of an event file into a <see cref="ServiceEvent"/> (see there for the shape). Every fault is an
/// SS1307 error at the line and column of the node it is about, naming the JSON Pointer, what is written there and
/// why it is wrong; unknown keys are faults too (a misspelt <c>target</c> would otherwise drop the goal silently).
/// </summary>
internal static partial class EventFile
{
    private static readonly string[] RootKeys = ["event", "code", "kind", "steps", "target", "source"];
    private static readonly string[] StepKeys = ["items", "name"];
    private static readonly string[] SourceKeys = ["title", "number", "url"];

    /// <returns>The event; <see langword="null"/> when the tree is missing or has a fault.</returns>
    public static ServiceEvent? Read(SourceNode? root, DiagnosticBag bag)
    {
        if (root is null)
        {
            return null;
        }

        var errors = bag.ErrorCount;
        if (Fields(root, string.Empty, RootKeys, "§Event_RootShape", "§Event_RootKeys", bag) is not { } fields)
        {
            return null;
        }

        var name = Text(Required(fields, root, string.Empty, "event", bag), "/event", bag);
        var code = Text(Required(fields, root, string.Empty, "code", bag), "/code", bag);
        if (code is not null && !Token().IsMatch(code))
        {
            Report(bag, "/code", fields["code"].Position, code, "§Event_NotToken");
        }

        EventKind? kind = null;
        if (Text(Required(fields, root, string.Empty, "kind", bag), "/kind", bag) is { } token)
        {
            kind = token switch
            {
                "businessEvent" => EventKind.BusinessEvent,
                "lifeEvent" => EventKind.LifeEvent,
                _ => null,
            };
            if (kind is null)
            {
                Report(bag, "/kind", fields["kind"].Position, token, "§Event_UnknownKind");
            }
        }

        var positions = new Dictionary<string, (string Pointer, SourcePosition Position)>(StringComparer.Ordinal);
        var steps = Required(fields, root, string.Empty, "steps", bag) is { } s ? Steps(s, positions, bag) : null;
        var target = fields.TryGetValue("target", out var t) ? Target(t, bag) : null;
        var source = fields.TryGetValue("source", out var o) ? Source(o, bag) : null;
        if (bag.ErrorCount > errors || name is null || code is null || kind is null || steps is null)
        {
            return null;
        }

        return new ServiceEvent
        {
            Name = name,
            Code = code,
            Kind = kind.Value,
            Steps = steps,
            Target = target,
            Source = source,
            Positions = positions,
        };
    }

    private static List<EventStep>? Steps(SourceNode node, Dictionary<string, (string Pointer, SourcePosition Position)> positions, DiagnosticBag bag)
    {
        if (node is not SequenceNode { Items.Count: > 0 } sequence)
        {
            Report(bag, "/steps", node.Position, node, "§Event_NoSteps");
            return null;
        }

        var steps = new List<EventStep>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var pointer = JsonPointer.Append("/steps", i);
            var step = sequence.Items[i];
            if (Fields(step, pointer, StepKeys, "§Event_StepShape", "§Event_StepKeys", bag) is not { } fields)
            {
                continue;
            }

            var name = fields.TryGetValue("name", out var n) ? Text(n, pointer + "/name", bag) : null;
            if (Required(fields, step, pointer, "items", bag) is not { } list)
            {
                continue;
            }

            if (list is not SequenceNode { Items.Count: > 0 } items)
            {
                Report(bag, pointer + "/items", list.Position, list, "§Event_EmptyStep");
                continue;
            }

            var codes = new List<string>();
            for (var j = 0; j < items.Items.Count; j++)
            {
                var at = JsonPointer.Append(pointer + "/items", j);
                var entry = items.Items[j];
                if (entry is not ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Text } scalar || !BasicCode().IsMatch(scalar.Text.Trim()))
                {
                    Report(bag, at, entry.Position, entry, "§Event_NotBasicCode");
                    continue;
                }

                var code = scalar.Text.Trim();
                if (positions.ContainsKey(code))
                {
                    Report(bag, at, entry.Position, code, "§Event_CodeTwice");
                    continue;
                }

                positions[code] = (at, entry.Position);
                codes.Add(code);
            }

            steps.Add(new EventStep(codes, name));
        }

        return steps;
    }

    private static EventTarget? Target(SourceNode node, DiagnosticBag bag)
    {
        if (node is not MappingNode mapping)
        {
            Report(bag, "/target", node.Position, node, "§Event_TargetShape");
            return null;
        }

        var target = new EventTarget();
        foreach (var entry in mapping.Entries)
        {
            var pointer = JsonPointer.Append("/target", entry.Key);
            if (!EventTarget.Metrics.Contains(entry.Key, StringComparer.Ordinal))
            {
                Report(bag, pointer, entry.KeyPosition, entry.Value, "§Event_UnknownMetric");
                continue;
            }

            var value = entry.Value is ScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Number } scalar
                && decimal.TryParse(scalar.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? number
                : (decimal?)null;
            var depth = entry.Key == "onlineDepth";
            if (value is null || (depth && (value is < 1 or > 4 || value % 1 != 0)))
            {
                Report(bag, pointer, entry.Value.Position, entry.Value, depth ? "§Event_NotDepth" : "§Event_NotNumber");
                continue;
            }

            target = entry.Key switch
            {
                "committedWorkingDays" => target with { CommittedWorkingDays = value },
                "legalWorkingDays" => target with { LegalWorkingDays = value },
                "onsiteVisits" => target with { OnsiteVisits = value },
                "feeTotal" => target with { FeeTotal = value },
                "materials" => target with { Materials = value },
                _ => target with { OnlineDepth = value },
            };
        }

        return target;
    }

    private static EventSource? Source(SourceNode node, DiagnosticBag bag)
    {
        if (Fields(node, "/source", SourceKeys, "§Event_SourceShape", "§Event_SourceKeys", bag) is not { } fields)
        {
            return null;
        }

        var title = Text(Required(fields, node, "/source", "title", bag), "/source/title", bag);
        var number = fields.TryGetValue("number", out var n) ? Text(n, "/source/number", bag) : null;
        var url = fields.TryGetValue("url", out var u) ? Text(u, "/source/url", bag) : null;
        return title is null ? null : new EventSource(title, number, url);
    }

    private static Dictionary<string, SourceNode>? Fields(SourceNode node, string pointer, string[] keys, string shape, string unknown, DiagnosticBag bag) =>
        Tree(bag).Fields(node, pointer, keys, shape, unknown);

    private static SourceNode? Required(Dictionary<string, SourceNode> fields, SourceNode owner, string pointer, string key, DiagnosticBag bag) =>
        Tree(bag).Required(fields, owner, pointer, key);

    /// <summary>The trimmed text of a scalar that is not blank; null (and an error) otherwise, or when <paramref name="node"/> is null.</summary>
    private static string? Text(SourceNode? node, string pointer, DiagnosticBag bag) => node is null ? null : Tree(bag).Text(node, pointer, "§Event_NotText");

    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, SourceNode value, string reason) =>
        Tree(bag).Report(pointer, position, value, reason);

    /// <summary>The shape checks, each fault an SS1307 error in <paramref name="bag"/>.</summary>
    private static SideFileTree Tree(DiagnosticBag bag) =>
        new("§Event_Nothing", "§Event_Required", (pointer, position, value, reason) => Report(bag, pointer, position, value, reason));

    /// <summary>One SS1307 error: where (the JSON Pointer, also in the message), what is written there, and why it is wrong.</summary>
    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, string value, string reason) =>
        bag.Add(EventDiagnostics.InvalidEvent, pointer, position, null, ("path", pointer.Length == 0 ? "/" : pointer), ("value", value), ("reason", reason));

    [GeneratedRegex(Patterns.BasicCode)]
    private static partial Regex BasicCode();

    /// <summary>An event's code: letters, digits, '.', '_' and '-', starting with a letter or a digit.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Token();
}
