using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceStandard.Loading;

namespace ServiceStandard.Profiles;

/// <summary>One way a document breaks a profile's schema: the keyword, where (JSON Pointer of the document) and what.</summary>
/// <param name="Keyword">The JSON Schema keyword that failed, such as <c>minimum</c>.</param>
/// <param name="Pointer">The value it is about (for <c>required</c>, the missing property).</param>
/// <param name="Detail">What is wrong, for the reader.</param>
/// <param name="Item">The index of the entry of the document's top-level <c>items</c> it is in, as checked (not as written), if any.</param>
internal readonly record struct SchemaViolation(string Keyword, string Pointer, string Detail, int? Item);

/// <summary>
/// The effective schema of a profile, compiled for checking documents: the draft-07 keywords listed in
/// <see cref="Keywords"/>, evaluated here (no reflection, no other library, so the tool runs it as Native AOT).
/// A keyword outside the list is refused when the profile is read, never ignored in silence. <c>$ref</c> points
/// inside the schema only and never in a cycle (<see cref="SelfContainedSchema"/>); its sibling keywords apply too.
/// Patterns run on the non-backtracking engine within <see cref="SelfContainedSchema.MatchTimeout"/>.
/// </summary>
internal sealed class ProfileSchema
{
    /// <summary>Keywords that only describe (title, description...): accepted, not checked.</summary>
    private static readonly string[] Annotations =
    [
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "definitions", "readOnly", "writeOnly",
    ];

    /// <summary>Keywords checked.</summary>
    internal static readonly IReadOnlyList<string> Keywords =
    [
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "minProperties", "maxProperties",
        "items", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    ];

    /// <summary>The values of <c>format</c> checked; any other is refused.</summary>
    internal static readonly IReadOnlyList<string> Formats = ["date", "date-time"];

    private static readonly HashSet<string> Checked = new(Keywords, StringComparer.Ordinal);

    private static readonly string[] JsonTypes = ["null", "boolean", "object", "array", "number", "string", "integer"];

    private readonly Rule root;

    private ProfileSchema(Rule root) => this.root = root;

    /// <summary>Compiles a schema that passed <see cref="SelfContainedSchema.Check"/>; what cannot be checked is listed.</summary>
    /// <param name="schema">The effective schema.</param>
    /// <param name="problems">Each keyword or value that cannot be checked: the JSON Pointer of the schema and why.</param>
    /// <returns>The compiled schema, or <see langword="null"/> when there are problems.</returns>
    public static ProfileSchema? Compile(JsonObject schema, out IReadOnlyList<(string Pointer, string Problem)> problems)
    {
        var compiler = new Compiler(schema);
        var root = compiler.Compile(schema, string.Empty);
        if (schema["definitions"] is JsonObject definitions)
        {
            foreach (var (name, definition) in definitions)
            {
                compiler.Compile(definition, JsonPointer.Append("/definitions", name));
            }
        }

        compiler.Link();
        problems = compiler.Problems;
        return problems.Count == 0 ? new ProfileSchema(root) : null;
    }

    /// <summary>Every violation of the schema by <paramref name="document"/>, in the order the schema meets them.</summary>
    /// <param name="document">The document.</param>
    /// <param name="itemAsWritten">Maps the index of an entry of the top-level <c>items</c> to the one the reader knows (in pointers and details).</param>
    public List<SchemaViolation> Validate(JsonElement document, Func<int, int> itemAsWritten)
    {
        var found = new List<SchemaViolation>();
        root.Check(document, new Location(null, null, 0, itemAsWritten), found);
        return found;
    }

    /// <summary>Where a value is in the document; its JSON Pointer (as written) is made only for a violation, and then once.</summary>
    private sealed class Location(Location? parent, string? name, int index, Func<int, int> itemAsWritten)
    {
        public static readonly Location Root = new(null, null, 0, item => item);

        private string? pointer;

        private Location? Parent { get; } = parent;

        private string? Name { get; } = name;

        public Location Child(string key) => new(this, key, 0, itemAsWritten);

        public Location Child(int at) => new(this, null, at, itemAsWritten);

        /// <summary>The index (as checked) of the entry of the top-level <c>items</c> this value is in, if any.</summary>
        public int? Item => Parent is null ? null : IsItem ? index : Parent.Item;

        /// <summary>An entry of the top-level <c>items</c>.</summary>
        private bool IsItem => Name is null && Parent is { Name: "items", Parent.Parent: null };

        /// <summary>The pointer as the reader knows it, or "/" for the document itself.</summary>
        public string OrRoot() => ToString() is { Length: > 0 } text ? text : "/";

        public override string ToString() =>
            pointer ??= Parent is null ? string.Empty : JsonPointer.Append(Parent.ToString(), (Name, IsItem ? itemAsWritten(index) : index));
    }

    /// <summary>Turns schema objects into rules, remembering each by its pointer so that <c>$ref</c> finds it.</summary>
    private sealed class Compiler(JsonObject schema)
    {
        private readonly Dictionary<string, Rule> byPointer = new(StringComparer.Ordinal);
        private readonly List<(Rule Rule, string Target)> references = [];

        public List<(string Pointer, string Problem)> Problems { get; } = [];

        public Rule Compile(JsonNode? node, string pointer)
        {
            if (byPointer.TryGetValue(pointer, out var known))
            {
                return known;
            }

            var rule = new Rule();
            byPointer[pointer] = rule;
            switch (node)
            {
                case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                    rule.Never = value.GetValueKind() == JsonValueKind.False;
                    return rule;
                case JsonObject obj:
                    foreach (var (key, keywordValue) in obj)
                    {
                        Keyword(rule, key, keywordValue, JsonPointer.Append(pointer, key));
                    }

                    return rule;
                default:
                    Problems.Add((pointer, "a schema must be an object (or true, false)"));
                    return rule;
            }
        }

        /// <summary>Points every <c>$ref</c> at its rule (<see cref="SelfContainedSchema.Check"/> proved each names an object); a part of the schema not compiled yet is compiled now.</summary>
        public void Link()
        {
            for (var i = 0; i < references.Count; i++)
            {
                var (rule, target) = references[i];
                var pointer = SelfContainedSchema.Pointer(target);
                rule.Reference = byPointer.TryGetValue(pointer, out var found) ? found : Compile(SelfContainedSchema.Resolve(schema, target), pointer);
            }
        }

        private void Keyword(Rule rule, string key, JsonNode? value, string at)
        {
            if (Annotations.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                return;
            }

            if (!Checked.Contains(key))
            {
                Problems.Add((at, $"'{key}' is not a keyword a profile can use; it can use {string.Join(", ", Keywords)} (and {string.Join(", ", Annotations)})"));
                return;
            }

            switch (key)
            {
                case "$ref" when value is JsonValue reference && reference.TryGetValue<string>(out var target):
                    references.Add((rule, target));
                    break;
                case "type":
                    rule.Types = value switch
                    {
                        JsonValue one when one.TryGetValue<string>(out var name) && JsonTypes.Contains(name) => [name],
                        JsonArray many when many.All(t => t is JsonValue v && v.TryGetValue<string>(out var n) && JsonTypes.Contains(n)) =>
                            [.. many.Select(t => t!.GetValue<string>())],
                        _ => Bad(at, "'type' must be one of, or a list of, " + string.Join(", ", JsonTypes), (string[]?)null),
                    };
                    break;
                case "enum":
                    rule.Enum = value is JsonArray values ? [.. values.Select(Element)] : Bad(at, "'enum' must be a list", (JsonElement[]?)null);
                    break;
                case "const":
                    rule.Const = Element(value);
                    break;
                case "properties" when value is JsonObject properties:
                    rule.Properties = properties.ToDictionary(p => p.Key, p => Compile(p.Value, JsonPointer.Append(at, p.Key)), StringComparer.Ordinal);
                    break;
                case "required" when value is JsonArray names && names.All(n => n is JsonValue v && v.TryGetValue<string>(out _)):
                    rule.Required = [.. names.Select(n => n!.GetValue<string>())];
                    break;
                case "additionalProperties":
                    rule.AdditionalProperties = Compile(value, at);
                    break;
                case "items" when value is JsonObject or JsonValue:
                    rule.Items = Compile(value, at);
                    break;
                case "items":
                    Problems.Add((at, "'items' must be one schema (a list of schemas, one per position, is not supported)"));
                    break;
                case "pattern" when value is JsonValue text && text.TryGetValue<string>(out var pattern):
                    rule.Pattern = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, SelfContainedSchema.MatchTimeout);
                    break;
                case "format" when value is JsonValue text && text.TryGetValue<string>(out var format):
                    rule.Format = Formats.Contains(format) ? format : Bad(at, $"'format' '{format}' is not checked; a profile can use {string.Join(", ", Formats)} (or a pattern)", (string?)null);
                    break;
                case "minLength" or "maxLength" or "minItems" or "maxItems" or "minProperties" or "maxProperties":
                    if (value is JsonValue count && count.TryGetValue<int>(out var n) && n >= 0)
                    {
                        rule.Counts.Add((key, n));
                    }
                    else
                    {
                        Problems.Add((at, $"'{key}' must be a whole number, 0 or more"));
                    }

                    break;
                case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf":
                    if (value is JsonValue bound && bound.GetValueKind() == JsonValueKind.Number && (key != "multipleOf" || bound.GetValue<double>() > 0))
                    {
                        rule.Bounds.Add((key, bound.GetValue<double>(), bound.ToJsonString()));
                    }
                    else
                    {
                        Problems.Add((at, $"'{key}' must be a number" + (key == "multipleOf" ? " above 0" : string.Empty)));
                    }

                    break;
                case "uniqueItems" when value is JsonValue flag && flag.TryGetValue<bool>(out var unique):
                    rule.UniqueItems = unique;
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray { Count: > 0 } branches:
                    var compiled = branches.Select((b, i) => Compile(b, JsonPointer.Append(at, i))).ToArray();
                    if (key == "allOf")
                    {
                        rule.AllOf = compiled;
                    }
                    else if (key == "anyOf")
                    {
                        rule.AnyOf = compiled;
                    }
                    else
                    {
                        rule.OneOf = compiled;
                    }

                    break;
                case "not":
                    rule.Not = Compile(value, at);
                    break;
                case "if":
                    rule.If = Compile(value, at);
                    break;
                case "then":
                    rule.Then = Compile(value, at);
                    break;
                case "else":
                    rule.Else = Compile(value, at);
                    break;
                default:
                    Problems.Add((at, $"'{key}' has a value it cannot have ({value?.ToJsonString() ?? "null"})"));
                    break;
            }
        }

        private static JsonElement Element(JsonNode? node)
        {
            using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
            return document.RootElement.Clone();
        }

        private T Bad<T>(string at, string problem, T nothing)
        {
            Problems.Add((at, problem));
            return nothing;
        }
    }

    /// <summary>One schema object, compiled: the keywords it has, each checked in <see cref="Check"/>.</summary>
    private sealed class Rule
    {
        public bool Never { get; set; }

        public Rule? Reference { get; set; }

        public string[]? Types { get; set; }

        public JsonElement[]? Enum { get; set; }

        public JsonElement? Const { get; set; }

        public Dictionary<string, Rule>? Properties { get; set; }

        public string[]? Required { get; set; }

        public Rule? AdditionalProperties { get; set; }

        public Rule? Items { get; set; }

        public bool UniqueItems { get; set; }

        public Regex? Pattern { get; set; }

        public string? Format { get; set; }

        public List<(string Keyword, int Limit)> Counts { get; } = [];

        public List<(string Keyword, double Limit, string Written)> Bounds { get; } = [];

        public Rule[]? AllOf { get; set; }

        public Rule[]? AnyOf { get; set; }

        public Rule[]? OneOf { get; set; }

        public Rule? Not { get; set; }

        public Rule? If { get; set; }

        public Rule? Then { get; set; }

        public Rule? Else { get; set; }

        /// <summary>True when the rule is <c>{ "type": "null" }</c> and nothing else: the null branch of a nullable reference.</summary>
        private bool IsNullOnly => Types is ["null"] && Reference is null && Properties is null && AllOf is null && AnyOf is null && OneOf is null;

        public void Check(JsonElement value, Location at, List<SchemaViolation> found)
        {
            if (Never)
            {
                found.Add(Violation("false", at, $"{at} is not allowed here"));
                return;
            }

            Reference?.Check(value, at, found);
            if (Types is not null && !Types.Any(t => IsOfType(value, t)))
            {
                found.Add(Violation("type", at, $"{at} is {Describe(value)}, not {string.Join(" or ", Types.Select(Article))}"));
                return;
            }

            if (Enum is not null && !Enum.Any(e => Same(e, value)))
            {
                found.Add(Violation("enum", at, $"{at} is not one of {string.Join(", ", Enum.Select(Written))}"));
            }

            if (Const is { } constant && !Same(constant, value))
            {
                found.Add(Violation("const", at, $"{at} is not {Written(constant)}"));
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    CheckObject(value, at, found);
                    break;
                case JsonValueKind.Array:
                    CheckArray(value, at, found);
                    break;
                case JsonValueKind.String:
                    CheckString(value.GetString()!, at, found);
                    break;
                case JsonValueKind.Number:
                    CheckNumber(value, at, found);
                    break;
            }

            foreach (var rule in AllOf ?? [])
            {
                rule.Check(value, at, found);
            }

            CheckChoices(value, at, found);
            if (Not is not null && Not.Matches(value))
            {
                found.Add(Violation("not", at, $"{at} matches the schema it must not match"));
            }

            if (If is not null)
            {
                (If.Matches(value) ? Then : Else)?.Check(value, at, found);
            }
        }

        private bool Matches(JsonElement value)
        {
            var found = new List<SchemaViolation>();
            Check(value, Location.Root, found);
            return found.Count == 0;
        }

        private void CheckChoices(JsonElement value, Location at, List<SchemaViolation> found)
        {
            if (AnyOf is null && OneOf is null)
            {
                return;
            }

            foreach (var (keyword, branches) in new[] { ("anyOf", AnyOf), ("oneOf", OneOf) })
            {
                if (branches is null)
                {
                    continue;
                }

                var failures = branches.Select(b => (Branch: b, Found: new List<SchemaViolation>())).ToArray();
                foreach (var (branch, branchFound) in failures)
                {
                    branch.Check(value, at, branchFound);
                }

                var passed = failures.Count(f => f.Found.Count == 0);
                if (passed == 0)
                {
                    // A nullable reference is oneOf [null, X]: the reader wants X's errors, not "not null".
                    var telling = failures.Where(f => !f.Branch.IsNullOnly).ToArray();
                    found.AddRange((telling.Length > 0 ? telling : failures).SelectMany(f => f.Found));
                }
                else if (passed > 1 && keyword == "oneOf")
                {
                    found.Add(Violation("oneOf", at, $"{at} matches {passed} of the choices of oneOf, not exactly one"));
                }
            }
        }

        private void CheckObject(JsonElement value, Location at, List<SchemaViolation> found)
        {
            foreach (var name in Required ?? [])
            {
                if (!value.TryGetProperty(name, out _))
                {
                    found.Add(Violation("required", at.Child(name), $"'{name}' is required at {at.OrRoot()}"));
                }
            }

            var count = 0;
            foreach (var property in value.EnumerateObject())
            {
                count++;
                var rule = Properties?.GetValueOrDefault(property.Name);

                if (rule is null && AdditionalProperties is { Never: true })
                {
                    found.Add(Violation("additionalProperties", at.Child(property.Name), $"'{property.Name}' is not allowed at {at.OrRoot()}"));
                    continue;
                }

                (rule ?? AdditionalProperties)?.Check(property.Value, at.Child(property.Name), found);
            }

            CheckCount("minProperties", "maxProperties", count, "properties", at, found);
        }

        private void CheckArray(JsonElement value, Location at, List<SchemaViolation> found)
        {
            var index = 0;
            var seen = UniqueItems ? new List<JsonElement>() : null;
            foreach (var entry in value.EnumerateArray())
            {
                var entryAt = at.Child(index);
                Items?.Check(entry, entryAt, found);
                if (seen is not null)
                {
                    if (seen.Any(s => Same(s, entry)))
                    {
                        found.Add(Violation("uniqueItems", entryAt, $"{entryAt} repeats an earlier entry of {at}"));
                    }

                    seen.Add(entry);
                }

                index++;
            }

            CheckCount("minItems", "maxItems", index, "entries", at, found);
        }

        private void CheckString(string text, Location at, List<SchemaViolation> found)
        {
            var length = 0;
            foreach (var _ in text.EnumerateRunes())
            {
                length++;
            }

            CheckCount("minLength", "maxLength", length, "characters", at, found);
            if (Pattern is not null)
            {
                bool matched;
                try
                {
                    matched = Pattern.IsMatch(text);
                }
                catch (RegexMatchTimeoutException)
                {
                    found.Add(Violation("pattern", at, $"{at} could not be checked against {Pattern} within {SelfContainedSchema.MatchTimeout.TotalSeconds} s"));
                    matched = true;
                }

                if (!matched)
                {
                    found.Add(Violation("pattern", at, $"{at} does not match {Pattern}"));
                }
            }

            if (Format is { } format && !IsOfFormat(text, format))
            {
                found.Add(Violation("format", at, format == "date" ? $"{at} is not a date (YYYY-MM-DD)" : $"{at} is not a date and time (RFC 3339, such as 2026-01-31T09:00:00+08:00)"));
            }
        }

        private void CheckNumber(JsonElement value, Location at, List<SchemaViolation> found)
        {
            var number = value.GetDouble();
            foreach (var (keyword, limit, written) in Bounds)
            {
                var (broken, detail) = keyword switch
                {
                    "minimum" => (number < limit, $"{at} is below the minimum {written}"),
                    "maximum" => (number > limit, $"{at} is above the maximum {written}"),
                    "exclusiveMinimum" => (number <= limit, $"{at} is not above {written}"),
                    "exclusiveMaximum" => (number >= limit, $"{at} is not below {written}"),
                    _ => (Math.Abs(Math.IEEERemainder(number, limit)) > 1e-9 * Math.Max(1, Math.Abs(number)), $"{at} is not a multiple of {written}"),
                };
                if (broken)
                {
                    found.Add(Violation(keyword, at, detail));
                }
            }
        }

        private void CheckCount(string least, string most, int count, string what, Location at, List<SchemaViolation> found)
        {
            foreach (var (keyword, limit) in Counts)
            {
                if (keyword == least && count < limit)
                {
                    found.Add(Violation(keyword, at, $"{at} has {count} {what}, fewer than {limit}"));
                }
                else if (keyword == most && count > limit)
                {
                    found.Add(Violation(keyword, at, $"{at} has {count} {what}, more than {limit}"));
                }
            }
        }

        private static SchemaViolation Violation(string keyword, Location at, string detail) => new(keyword, at.ToString(), detail, at.Item);

        private static bool IsOfType(JsonElement value, string type) => type switch
        {
            "null" => value.ValueKind == JsonValueKind.Null,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "number" => value.ValueKind == JsonValueKind.Number,
            _ => value.ValueKind == JsonValueKind.Number && (value.TryGetDecimal(out var d) ? decimal.Truncate(d) == d : Math.Floor(value.GetDouble()) == value.GetDouble()),
        };

        private static bool IsOfFormat(string text, string format) => format == "date"
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            : text.Length > 10 && text[10] is 'T' or 't' or ' ' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null => "null",
            JsonValueKind.True or JsonValueKind.False => "true or false",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.String => "a string",
            _ => "a number",
        };

        private static string Article(string type) => type switch
        {
            "null" => "null",
            "boolean" => "true or false",
            "object" => "an object",
            "array" => "a list",
            "integer" => "an integer",
            _ => "a " + type,
        };

        /// <summary>JSON equality (numbers by value, objects regardless of key order); JsonElement.DeepEquals is not in .NET 8.</summary>
        private static bool Same(JsonElement a, JsonElement b)
        {
            if (a.ValueKind != b.ValueKind)
            {
                return false;
            }

            switch (a.ValueKind)
            {
                case JsonValueKind.String:
                    return a.ValueEquals(b.GetString());
                case JsonValueKind.Number:
                    return a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetDouble() == b.GetDouble();
                case JsonValueKind.Array:
                    return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => Same(p.First, p.Second));
                case JsonValueKind.Object:
                    var count = 0;
                    foreach (var property in a.EnumerateObject())
                    {
                        count++;
                        if (!b.TryGetProperty(property.Name, out var other) || !Same(property.Value, other))
                        {
                            return false;
                        }
                    }

                    return count == b.EnumerateObject().Count();
                default:
                    return true;
            }
        }

        private static string Written(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }
}
