using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
public sealed class InventoryProfile : IValidationProfile
{
    private readonly ProfileSchema schema;
    private readonly HashSet<string> declaredKeys;

    private InventoryProfile(string name, string? title, string baseVersion, string effectiveSchema, RuleSet rules, HashSet<string> declaredKeys, ProfileSchema schema)
    {
        Name = name;
        Title = title;
        BaseVersion = baseVersion;
        EffectiveSchema = effectiveSchema;
        Rules = rules;
        this.declaredKeys = declaredKeys;
        this.schema = schema;
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
    /// (aliases and phrases resolved) is validated against the schema's keywords; each violation is one <c>SS1401</c> error
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
        using var document = JsonDocument.Parse(CanonicalWriter.Write(inventory, DocumentFormat.Json));

        // The canonical form lists the items in order, the document may not: pointers name them as written.
        foreach (var violation in schema.Validate(document.RootElement, load.SourceIndexOf))
        {
            var itemCode = violation.Item is { } index ? inventory.Items[index].BasicCode : null;
            bag.Add(ProfileDiagnostics.ConstraintViolated, violation.Pointer, load.Locate(violation.Pointer), itemCode,
                ("profile", Name), ("keyword", violation.Keyword), ("detail", violation.Detail));
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
        if (ProfileSchema.Compile(effective, out var problems) is not { } compiled)
        {
            foreach (var (pointer, problem) in problems)
            {
                SelfContainedSchema.Invalid(bag, overlayNode, pointer, overlayNode?.Position ?? mapping.Position, problem);
            }

            return null;
        }

        return new InventoryProfile(name!, title, baseVersion!, text, RuleSet.Create(settings), DeclaredKeys(overlay), compiled);
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
}
