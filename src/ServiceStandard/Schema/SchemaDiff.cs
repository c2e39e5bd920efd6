using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceStandard.Schema;

/// <summary>
/// Compares two JSON Schemas (draft-07, as this library publishes them) and classifies every change as breaking
/// (a document valid before may now fail) or not. Both schemas are walked from the root the way a document is,
/// following <c>$ref</c> into <c>definitions</c> and through <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> wrappers, so
/// a change is reported at the path of the document it affects. Annotations (<c>title</c>, <c>description</c>,
/// <c>default</c>, <c>$id</c>) are not compared, nor is the version label (<c>schemaVersion</c>'s enum at the
/// root): each document is judged by the version it declares. <c>const</c> is read as a one-value enum; a
/// validation keyword no rule classifies is compared as written and any difference counts as breaking (SD024).
/// </summary>
public static class SchemaDiff
{
    private static readonly string[] Bounds = ["minimum", "exclusiveMinimum", "minLength", "minItems", "maximum", "exclusiveMaximum", "maxLength", "maxItems"];

    /// <summary>
    /// Validation keywords compared only as written (SD024): any difference is reported as breaking, since what
    /// they accept is not worked out. Annotations are not among them, so a changed description is no change.
    /// </summary>
    private static readonly string[] Unclassified =
    [
        "if", "then", "else", "not", "dependencies", "dependentRequired", "dependentSchemas", "patternProperties",
        "propertyNames", "uniqueItems", "multipleOf", "contains", "minContains", "maxContains", "minProperties",
        "maxProperties", "additionalItems", "prefixItems", "unevaluatedProperties", "unevaluatedItems",
    ];

    /// <summary>Every rule: id, kind, whether it is breaking, and what it means (the README's table).</summary>
    internal static IReadOnlyList<(string Rule, string Kind, bool IsBreaking, string Meaning)> Rules { get; } =
    [
        ("SD001", "property-added", false, "A property is defined (unknown keys were already allowed, with a warning)."),
        ("SD002", "property-removed", false, "A property is no longer defined; documents that have it keep it as an unknown key."),
        ("SD003", "property-removed-closed", true, "A property is no longer defined and the object allows no other properties."),
        ("SD004", "required-added", true, "A property becomes required."),
        ("SD005", "required-removed", false, "A property is no longer required."),
        ("SD006", "enum-value-added", false, "A code-list value is added."),
        ("SD007", "enum-value-removed", true, "A code-list value is removed."),
        ("SD008", "enum-added", true, "Values are restricted to a list where any was allowed."),
        ("SD009", "enum-removed", false, "The list of values is lifted."),
        ("SD010", "pattern-added", true, "A pattern is imposed."),
        ("SD011", "pattern-removed", false, "A pattern is lifted."),
        ("SD012", "pattern-changed", true, "A pattern changes (not proven to accept every value the old one did)."),
        ("SD013", "bound-tightened", true, "minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, minItems or maxItems is added or narrowed."),
        ("SD014", "bound-loosened", false, "Such a bound is removed or widened."),
        ("SD015", "type-narrowed", true, "A type is no longer allowed (e.g. null, or string where string or number was)."),
        ("SD016", "type-widened", false, "Types are added to those allowed."),
        ("SD017", "additional-properties-closed", true, "additionalProperties becomes false."),
        ("SD018", "additional-properties-opened", false, "additionalProperties false is lifted."),
        ("SD019", "definition-added", false, "A definition is added."),
        ("SD020", "definition-removed", false, "A definition is removed (the properties that used it are reported where they are)."),
        ("SD021", "format-added", true, "A format (date, email, uri...) is imposed."),
        ("SD022", "format-removed", false, "A format is lifted."),
        ("SD023", "format-changed", true, "A format changes."),
        ("SD024", "keyword-changed", true, "A validation keyword the rules above do not classify (if/then/else, not, dependencies, patternProperties, propertyNames, additionalProperties as a schema, uniqueItems, multipleOf, contains, minProperties, maxProperties...) is added, removed or changed: not proven to accept every document it did."),
    ];

    private static readonly Dictionary<string, (string Rule, bool IsBreaking)> ByKind = Rules.ToDictionary(r => r.Kind, r => (r.Rule, r.IsBreaking), StringComparer.Ordinal);

    /// <summary>Compares two schemas given as JSON text.</summary>
    /// <param name="oldSchema">The schema published before.</param>
    /// <param name="newSchema">The schema to publish.</param>
    /// <returns>The versions and every classified change.</returns>
    /// <exception cref="JsonException">A text is not JSON.</exception>
    public static SchemaDiffResult Compare(string oldSchema, string newSchema)
    {
        ArgumentNullException.ThrowIfNull(oldSchema);
        ArgumentNullException.ThrowIfNull(newSchema);
        var before = JsonNode.Parse(oldSchema) as JsonObject ?? throw new JsonException("The old schema is not a JSON object.");
        var after = JsonNode.Parse(newSchema) as JsonObject ?? throw new JsonException("The new schema is not a JSON object.");
        return new Walker(before, after).Run();
    }

    private sealed class Walker(JsonObject oldRoot, JsonObject newRoot)
    {
        private readonly List<SchemaChange> changes = [];
        private readonly HashSet<(string, string)> active = [];

        public SchemaDiffResult Run()
        {
            Node(View.Of(oldRoot, oldRoot), View.Of(newRoot, newRoot), string.Empty);
            var oldDefinitions = Definitions(oldRoot);
            var newDefinitions = Definitions(newRoot);
            foreach (var name in newDefinitions.Where(n => !oldDefinitions.Contains(n)))
            {
                Add("definition-added", "#/definitions/" + name, null, null);
            }

            foreach (var name in oldDefinitions.Where(n => !newDefinitions.Contains(n)))
            {
                Add("definition-removed", "#/definitions/" + name, null, null);
            }

            return new SchemaDiffResult(VersionLabel(oldRoot), VersionLabel(newRoot), changes);
        }

        private static string? VersionLabel(JsonObject root) =>
            root["properties"]?["schemaVersion"]?["enum"] is JsonArray { Count: 1 } values ? values[0]?.ToString() : null;

        private static IReadOnlyList<string> Definitions(JsonObject root) =>
            root["definitions"] is JsonObject definitions ? [.. definitions.Select(d => d.Key)] : [];

        private void Node(View before, View after, string path)
        {
            // A definition already being compared further up (a recursive schema) is not entered again.
            var key = (before.Identity, after.Identity);
            if (!active.Add(key))
            {
                return;
            }

            Types(before, after, path);
            if (path != "/schemaVersion")
            {
                Enums(before, after, path);
            }

            TextKeyword("pattern", before, after, path);
            TextKeyword("format", before, after, path);
            foreach (var keyword in Unclassified)
            {
                Written(keyword, before.Json(keyword), after.Json(keyword), path);
            }

            // additionalProperties as a schema (false is SD017/SD018).
            Written("additionalProperties", before.Json("additionalProperties", schemaOnly: true), after.Json("additionalProperties", schemaOnly: true), path);
            foreach (var bound in Bounds)
            {
                Bound(bound, before.Number(bound), after.Number(bound), path);
            }

            if (before.ClosedObject != after.ClosedObject)
            {
                Add(after.ClosedObject ? "additional-properties-closed" : "additional-properties-opened", Display(path), Bool(!before.ClosedObject), Bool(!after.ClosedObject));
            }

            foreach (var (name, schema) in after.Properties)
            {
                if (before.Properties.TryGetValue(name, out var old))
                {
                    Node(before.Resolve(old), after.Resolve(schema), path + "/" + name);
                }
                else
                {
                    Add("property-added", path + "/" + name, null, null);
                }
            }

            foreach (var name in before.Properties.Keys.Where(n => !after.Properties.ContainsKey(n)))
            {
                Add(after.ClosedObject ? "property-removed-closed" : "property-removed", path + "/" + name, null, null);
            }

            foreach (var name in after.Required.Where(n => !before.Required.Contains(n)))
            {
                Add("required-added", path + "/" + name, null, null);
            }

            foreach (var name in before.Required.Where(n => !after.Required.Contains(n)))
            {
                Add("required-removed", path + "/" + name, null, null);
            }

            if (before.Items is { } oldItems && after.Items is { } newItems)
            {
                Node(before.Resolve(oldItems), after.Resolve(newItems), path + "/*");
            }

            active.Remove(key);
        }

        private void Types(View before, View after, string path)
        {
            if (before.Types == after.Types || (before.Types is { } o && after.Types is { } n && o.SetEquals(n)))
            {
                return;
            }

            var oldText = before.Types is null ? "any" : string.Join(", ", before.Types.Order(StringComparer.Ordinal));
            var newText = after.Types is null ? "any" : string.Join(", ", after.Types.Order(StringComparer.Ordinal));
            var widened = after.Types is null || (before.Types is not null && before.Types.IsSubsetOf(after.Types));
            Add(widened ? "type-widened" : "type-narrowed", Display(path), oldText, newText);
        }

        private void Enums(View before, View after, string path)
        {
            switch (before.Enum, after.Enum)
            {
                case (null, null):
                    return;
                case (null, { } values):
                    Add("enum-added", Display(path), null, string.Join(", ", values));
                    return;
                case ({ } values, null):
                    Add("enum-removed", Display(path), string.Join(", ", values), null);
                    return;
                case ({ } old, { } current):
                    foreach (var value in current.Where(v => !old.Contains(v)))
                    {
                        Add("enum-value-added", Display(path), null, value);
                    }

                    foreach (var value in old.Where(v => !current.Contains(v)))
                    {
                        Add("enum-value-removed", Display(path), value, null);
                    }

                    return;
            }
        }

        /// <summary>A keyword whose value is text (pattern, format): imposed, lifted or changed.</summary>
        private void TextKeyword(string keyword, View before, View after, string path)
        {
            var (old, current) = (before.Text(keyword), after.Text(keyword));
            if (old != current)
            {
                Add(keyword + (old is null ? "-added" : current is null ? "-removed" : "-changed"), Display(path), old, current);
            }
        }

        private void Written(string keyword, string? old, string? current, string path)
        {
            if (old != current)
            {
                Add("keyword-changed", Display(path), old is null ? null : keyword + " " + old, current is null ? null : keyword + " " + current);
            }
        }

        private void Bound(string keyword, double? old, double? current, string path)
        {
            if (old == current)
            {
                return;
            }

            var lower = keyword.StartsWith("min", StringComparison.Ordinal) || keyword == "exclusiveMinimum";
            var tightened = (old, current) switch
            {
                (null, _) => true,
                (_, null) => false,
                _ => lower ? current > old : current < old,
            };
            Add(tightened ? "bound-tightened" : "bound-loosened", Display(path), Bound(keyword, old), Bound(keyword, current));
        }

        private static string? Bound(string keyword, double? value) =>
            value is null ? null : keyword + " " + value.Value.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";

        private static string Display(string path) => path.Length == 0 ? "/" : path;

        private void Add(string kind, string path, string? before, string? after)
        {
            var (rule, breaking) = ByKind[kind];
            changes.Add(new SchemaChange(rule, kind, path, breaking, before, after));
        }
    }

    /// <summary>
    /// A schema node as a document sees it: its own keywords merged with those of the definitions it refers to and
    /// of its <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> branches; a branch <c>{ "type": "null" }</c> adds null to its types.
    /// </summary>
    private sealed class View
    {
        private readonly JsonObject root;
        private readonly List<JsonObject> parts = [];
        private bool nullOnly;

        private View(JsonObject root) => this.root = root;

        /// <summary>The innermost schema reached (a definition, for a $ref): the same one met again further down is a recursion.</summary>
        public string Identity { get; private set; } = string.Empty;

        public HashSet<string>? Types { get; private set; }

        public IReadOnlyList<string>? Enum { get; private set; }

        public Dictionary<string, JsonNode> Properties { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        public JsonNode? Items { get; private set; }

        public bool ClosedObject { get; private set; }

        public static View Of(JsonObject root, JsonNode? node)
        {
            var view = new View(root);
            view.Collect(node, 0);
            view.Identity = view.parts.Count == 0 ? string.Empty : view.parts[^1].GetPath();
            return view;
        }

        public View Resolve(JsonNode node) => Of(root, node);

        public string? Text(string keyword) =>
            parts.Select(p => p[keyword]).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).LastOrDefault();

        /// <summary>A keyword's value as compact JSON (the innermost schema that has it); with <paramref name="schemaOnly"/>, only an object.</summary>
        public string? Json(string keyword, bool schemaOnly = false) =>
            parts.Select(p => p[keyword]).Where(v => v is not null && (!schemaOnly || v is JsonObject)).Select(v => v!.ToJsonString()).LastOrDefault();

        public double? Number(string keyword) =>
            parts.Select(p => p[keyword]).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.Number)
                .Select(v => (double?)double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)).LastOrDefault();

        private static string Value(JsonNode? value) =>
            value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : value?.ToJsonString() ?? "null";

        private void Collect(JsonNode? node, int depth)
        {
            if (node is not JsonObject schema || depth > 32)
            {
                return;
            }

            if (schema.Count == 1 && schema["type"] is JsonValue only && only.ToString() == "null")
            {
                nullOnly = true;
                return;
            }

            parts.Add(schema);
            if (schema["type"] is { } type)
            {
                var names = type is JsonArray array ? array.Select(t => t!.ToString()) : [type.ToString()];
                Types = Types is null ? [.. names] : [.. Types.Intersect(names)];
            }

            if (schema["enum"] is JsonArray values)
            {
                Enum = [.. values.Select(Value)];
            }

            if (schema.TryGetPropertyValue("const", out var constant))
            {
                Enum = [Value(constant)]; // const X accepts what enum [X] does
            }

            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    Properties[name] = property!;
                }
            }

            if (schema["required"] is JsonArray required)
            {
                Required.UnionWith(required.Select(r => r!.ToString()));
            }

            if (schema["items"] is JsonObject items)
            {
                Items = items;
            }

            if (schema["additionalProperties"] is JsonValue additional && additional.GetValueKind() == JsonValueKind.False)
            {
                ClosedObject = true;
            }

            if (schema["$ref"]?.ToString() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal))
            {
                JsonNode? target = root;
                foreach (var segment in reference[2..].Split('/'))
                {
                    target = target?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
                }

                Collect(target, depth + 1);
            }

            foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
            {
                if (schema[keyword] is JsonArray branches)
                {
                    var nulls = false;
                    foreach (var branch in branches)
                    {
                        nullOnly = false;
                        Collect(branch, depth + 1);
                        nulls |= nullOnly;
                    }

                    if (nulls)
                    {
                        Types = Types is null ? null : [.. Types, "null"];
                    }
                }
            }
        }

    }
}
