using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Schema;
using ServiceStandard.Validation;

namespace ServiceStandard.Profiles;

/// <summary>
/// A profile: how a province (or a sector) tightens a published format version, the way Open Referral HSDS
/// profiles do. Written in YAML or JSON:
/// <code>
/// profile: zhejiang-2026
/// title: 浙江省政务服务事项清单地方规范
/// base: "1.1"
/// overlay:            # JSON Merge Patch (RFC 7386) of the base schema: objects merge, arrays replace, null deletes
///   definitions:
///     ServiceItem: { required: [basicCode, name, type, authority, handlingType, timeLimits] }
/// rules: { SS7103: error }
/// </code>
/// A document is checked against the effective schema (the base schema with the overlay applied) in addition to
/// the format's own checks; each violation is an <c>SS1401</c> error at the line and column of the offending node.
/// </summary>
public sealed partial class InventoryProfile : IValidationProfile
{
    private readonly Lazy<JsonSchema> schema;
    private readonly HashSet<string> declaredKeys;

    private readonly IReadOnlyList<Regex> patterns;

    private InventoryProfile(string name, string? title, string baseVersion, string effectiveSchema, RuleSet rules, HashSet<string> declaredKeys, JsonSchema compiled, IReadOnlyList<Regex> patterns)
    {
        this.patterns = patterns;
        Name = name;
        Title = title;
        BaseVersion = baseVersion;
        EffectiveSchema = effectiveSchema;
        Rules = rules;
        this.declaredKeys = declaredKeys;
        schema = new Lazy<JsonSchema>(compiled);
    }

    /// <summary>The profile's name (<c>profile:</c>), such as <c>zhejiang-2026</c>.</summary>
    public string Name { get; }

    /// <summary>The profile's title, if any.</summary>
    public string? Title { get; }

    /// <summary>The format version the profile tightens (<c>base:</c>).</summary>
    public string BaseVersion { get; }

    /// <summary>The base schema with the overlay applied, as JSON text (LF line ends, trailing newline).</summary>
    public string EffectiveSchema { get; }

    /// <summary>The profile's rule settings (<c>rules:</c>), applied over any rule-set file.</summary>
    public RuleSet Rules { get; }

    /// <summary>Reads a profile file; problems in it are diagnostics (<c>SS1402</c> and the loading codes), never exceptions.</summary>
    /// <param name="path">A YAML or JSON file.</param>
    /// <param name="diagnostics">The problems found, with line and column; empty when the profile is sound.</param>
    /// <returns>The profile, or <see langword="null"/> when it has errors.</returns>
    public static InventoryProfile? Load(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(bag => DocumentTree.ReadFile(path, bag), path, out diagnostics);
    }

    /// <summary>Reads a profile from text.</summary>
    /// <param name="text">The profile.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="file">The name to stamp on diagnostics.</param>
    /// <param name="diagnostics">The problems found; empty when the profile is sound.</param>
    /// <returns>The profile, or <see langword="null"/> when it has errors.</returns>
    public static InventoryProfile? Parse(string text, DocumentFormat format, string? file, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(bag => DocumentTree.Read(Encoding.UTF8.GetBytes(text), format, bag), file, out diagnostics);
    }

    /// <summary>
    /// Checks a loaded document against the profile's effective schema: the canonical form of its inventory
    /// (aliases and phrases resolved) is validated with NJsonSchema; each violation is one <c>SS1401</c> error
    /// at the line and column of the node it is about. The format's own checks are not repeated here.
    /// </summary>
    /// <param name="load">A loaded document.</param>
    /// <returns>The violations, in document order; none when the document has no inventory.</returns>
    public IReadOnlyList<Diagnostic> Check(LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (load.Inventory is not { } inventory)
        {
            return [];
        }

        var bag = new DiagnosticBag(load.File);
        var document = Newtonsoft.Json.Linq.JToken.Parse(CanonicalWriter.Write(inventory, DocumentFormat.Json));
        var settings = new JsonSchemaValidatorSettings();
        var timedOut = new HashSet<(int Pattern, string Value)>();
        for (var i = 0; i < patterns.Count; i++)
        {
            settings.AddCustomFormatValidator(new PatternFormat(i, patterns[i], timedOut));
        }

        foreach (var error in Leaves(schema.Value.Validate(document, settings)))
        {
            var pointer = Pointer(error.Path, load.ItemSourceIndices);
            var itemCode = ItemIndex().Match(error.Path ?? string.Empty) is { Success: true } match
                ? inventory.Items[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)].BasicCode
                : null;
            bag.Add(ProfileDiagnostics.ConstraintViolated, pointer, load.Locate(pointer), itemCode,
                ("profile", Name), ("keyword", Keyword(error.Kind)), ("detail", Detail(error, pointer, timedOut)));
        }

        return [.. bag.Items.OrderBy(d => d.Position?.Line ?? 0).ThenBy(d => d.Position?.Column ?? 0)];
    }

    /// <summary>True when the overlay declares a property of this name (a local extension): it is not an unknown key.</summary>
    /// <param name="key">A key as written in the document.</param>
    public bool Declares(string key) => declaredKeys.Contains(key);

    /// <summary>A profile from the tree <paramref name="read"/> gives (reporting in the bag why there is none).</summary>
    private static InventoryProfile? Parse(Func<DiagnosticBag, SourceNode?> read, string? file, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag(file);
        var profile = Read(read(bag), bag);
        diagnostics = bag.Items;
        return bag.ErrorCount == 0 ? profile : null;
    }

    private static InventoryProfile? Read(SourceNode? root, DiagnosticBag bag)
    {
        if (root is not MappingNode mapping)
        {
            if (root is not null || bag.ErrorCount == 0)
            {
                Invalid(bag, string.Empty, root?.Position ?? new SourcePosition(1, 1), "the profile is not a mapping of profile, base, overlay and rules");
            }

            return null;
        }

        SourceNode? Entry(string key) => mapping.Entries.FirstOrDefault(e => e.Key == key).Value;
        var name = Text(Entry("profile"));
        if (string.IsNullOrWhiteSpace(name))
        {
            Invalid(bag, "/profile", Entry("profile")?.Position ?? mapping.Position, "'profile' (its name) is missing");
        }

        var title = Text(Entry("title"));
        var baseVersion = Text(Entry("base"));
        if (baseVersion is null || !InventorySchema.PublishedVersions.Contains(baseVersion))
        {
            Invalid(bag, "/base", Entry("base")?.Position ?? mapping.Position,
                $"'base' must be a published format version ({string.Join(", ", InventorySchema.PublishedVersions)}), not '{baseVersion}'");
        }

        foreach (var entry in mapping.Entries.Where(e => e.Key is not ("profile" or "title" or "base" or "overlay" or "rules")))
        {
            Invalid(bag, "/" + entry.Key, entry.KeyPosition, $"'{entry.Key}' is not a key of a profile (profile, title, base, overlay, rules)");
        }

        var overlayNode = Entry("overlay");
        JsonNode? overlay = null;
        if (overlayNode is not null and not ScalarNode { IsNull: true })
        {
            if (overlayNode is not MappingNode)
            {
                Invalid(bag, "/overlay", overlayNode.Position, "'overlay' must be a mapping (a JSON Merge Patch of the base schema)");
            }
            else
            {
                overlay = JsonNode.Parse(JsonElements.From(overlayNode).GetRawText());
            }
        }

        var settings = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (Entry("rules") is { } rulesNode and not ScalarNode { IsNull: true })
        {
            if (rulesNode is not MappingNode rules)
            {
                Invalid(bag, "/rules", rulesNode.Position, "'rules' must be a mapping of rule codes to error, warning, info or off");
            }
            else
            {
                RuleSet.Read(rules, bag, settings);
            }
        }

        if (bag.ErrorCount > 0)
        {
            return null;
        }

        var effective = JsonNode.Parse(InventorySchema.Published(baseVersion!))!.AsObject();
        effective.Remove("$id");
        effective = MergePatch(effective, overlay) as JsonObject;
        if (effective is null)
        {
            Invalid(bag, "/overlay", overlayNode!.Position, "the overlay leaves no schema");
            return null;
        }

        SelfContainedSchema.Check(effective, overlayNode, overlayNode?.Position ?? mapping.Position, bag);
        if (bag.ErrorCount > 0)
        {
            return null;
        }

        var text = effective.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        var (withoutPatterns, patterns) = SelfContainedSchema.WithoutPatterns(effective);
        JsonSchema compiled;
        try
        {
            compiled = JsonSchema.FromJsonAsync(withoutPatterns.ToJsonString(), documentPath: null, schema => new LocalReferences(schema)).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException or ArgumentException or AggregateException)
        {
            var reason = exception is AggregateException aggregate ? aggregate.GetBaseException() : exception;
            Invalid(bag, "/overlay", overlayNode!.Position, "the effective schema cannot be read: " + reason.Message.ReplaceLineEndings(" "));
            return null;
        }

        return new InventoryProfile(name!, title, baseVersion!, text, RuleSet.Create(settings), DeclaredKeys(overlay), compiled, patterns);
    }

    /// <summary>RFC 7386: objects merge recursively, a null member deletes, anything else replaces.</summary>
    internal static JsonNode? MergePatch(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                var merged = MergePatch(result[key]?.DeepClone(), value);
                result[key] = merged;
            }
        }

        return result;
    }

    /// <summary>Every property name an overlay declares under some <c>properties</c>: local extension keys.</summary>
    private static HashSet<string> DeclaredKeys(JsonNode? overlay)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode?>([overlay]);
        while (pending.TryPop(out var node))
        {
            if (node is not JsonObject obj)
            {
                continue;
            }

            foreach (var (key, value) in obj)
            {
                if (key == "properties" && value is JsonObject properties)
                {
                    keys.UnionWith(properties.Where(p => p.Value is not null).Select(p => p.Key));
                }

                pending.Push(value);
            }
        }

        return keys;
    }

    private static string? Text(SourceNode? node) => node is ScalarNode { IsNull: false } scalar ? scalar.Text : null;

    private static void Invalid(DiagnosticBag bag, string path, SourcePosition position, string detail) =>
        bag.Add(ProfileDiagnostics.InvalidProfile, path, position, null, ("detail", detail));

    /// <summary>The errors a reader can act on: a oneOf wrapper (nullable reference) is replaced by the errors of its non-null branch.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var children = error switch
            {
                ChildSchemaValidationError { Errors.Count: > 0 } child => child.Errors.Values,
                MultiTypeValidationError { Errors.Count: > 0 } multi => multi.Errors.Values,
                _ => null,
            };
            if (children is not null)
            {
                var branches = children.Where(b => !b.Any(e => e.Kind == ValidationErrorKind.NullExpected)).ToArray();
                foreach (var leaf in Leaves(branches.Length > 0 ? branches.SelectMany(b => b) : children.SelectMany(b => b)))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>NJsonSchema's path (<c>#/items[0].guide.onlineDepth</c>) as a JSON Pointer of the document (item indexes as written).</summary>
    private static string Pointer(string? path, IReadOnlyList<int> itemIndices)
    {
        var text = (path ?? "#").TrimStart('#');
        var pointer = new StringBuilder();
        var first = true;
        foreach (var part in text.Split(['.', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            var indexes = new List<int>();
            while (name.EndsWith(']') && name.LastIndexOf('[') is var open and >= 0)
            {
                indexes.Insert(0, int.Parse(name[(open + 1)..^1], CultureInfo.InvariantCulture));
                name = name[..open];
            }

            pointer.Append('/').Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            foreach (var index in indexes)
            {
                var written = first && name == "items" && index < itemIndices.Count ? itemIndices[index] : index;
                pointer.Append('/').Append(written.ToString(CultureInfo.InvariantCulture));
            }

            first = false;
        }

        return pointer.ToString();
    }

    private static string Keyword(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "required",
        ValidationErrorKind.NumberTooSmall => "minimum",
        ValidationErrorKind.NumberTooBig => "maximum",
        ValidationErrorKind.PatternMismatch => "pattern",
        ValidationErrorKind.NotInEnumeration => "enum",
        ValidationErrorKind.StringTooShort => "minLength",
        ValidationErrorKind.StringTooLong => "maxLength",
        ValidationErrorKind.TooFewItems => "minItems",
        ValidationErrorKind.TooManyItems => "maxItems",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "additionalProperties",
        _ => kind.ToString(),
    };

    private string Detail(ValidationError error, string pointer, HashSet<(int Pattern, string Value)> timedOut) => error.Kind switch
    {
        ValidationErrorKind.PatternMismatch when PatternOf(error) is { } index => timedOut.Contains((index, error.Token?.ToString() ?? string.Empty))
            ? $"{pointer} could not be checked against {patterns[index]} within {SelfContainedSchema.MatchTimeout.TotalSeconds} s"
            : $"{pointer} does not match {patterns[index]}",
        ValidationErrorKind.PropertyRequired => $"'{error.Property}' is required at {(pointer.LastIndexOf('/') is > 0 and var slash ? pointer[..slash] : "/")}",
        ValidationErrorKind.NumberTooSmall => $"{pointer} is below the minimum {error.Schema?.Minimum?.ToString(CultureInfo.InvariantCulture)}",
        ValidationErrorKind.NumberTooBig => $"{pointer} is above the maximum {error.Schema?.Maximum?.ToString(CultureInfo.InvariantCulture)}",
        ValidationErrorKind.PatternMismatch => $"{pointer} does not match {error.Schema?.Pattern}",
        ValidationErrorKind.NotInEnumeration => $"{pointer} is not one of {string.Join(", ", error.Schema?.Enumeration ?? [])}",
        _ => $"{pointer}: {error.Kind}",
    };

    /// <summary>The index of the profile pattern a format error stands for (see <see cref="SelfContainedSchema.WithoutPatterns"/>).</summary>
    private static int? PatternOf(ValidationError error) =>
        error.Schema?.Format is { } format && format.StartsWith(SelfContainedSchema.PatternFormat, StringComparison.Ordinal)
            ? int.Parse(format.AsSpan(SelfContainedSchema.PatternFormat.Length), CultureInfo.InvariantCulture)
            : null;

    /// <summary>A profile pattern as NJsonSchema sees it: a format, matched on the non-backtracking engine within a time limit.</summary>
    private sealed class PatternFormat(int index, Regex pattern, HashSet<(int Pattern, string Value)> timedOut) : NJsonSchema.Validation.FormatValidators.IFormatValidator
    {
        public string Format { get; } = SelfContainedSchema.PatternFormat + index.ToString(CultureInfo.InvariantCulture);

        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.PatternMismatch;

        public bool IsValid(string value, Newtonsoft.Json.Linq.JTokenType tokenType)
        {
            if (tokenType != Newtonsoft.Json.Linq.JTokenType.String)
            {
                return true;
            }

            try
            {
                return pattern.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut.Add((index, value));
                return false;
            }
        }
    }

    /// <summary>Resolves references inside the schema only: a file or a URL is never opened (the check before compiling refuses them).</summary>
    private sealed class LocalReferences(JsonSchema schema) : JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException($"'{filePath}' is not read: a profile's schema refers only inside itself");

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException($"'{url}' is not fetched: a profile's schema refers only inside itself");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^#?/?items\[(\d+)\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ItemIndex();
}
