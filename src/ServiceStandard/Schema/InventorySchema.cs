using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NJsonSchema;
using NJsonSchema.Generation;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Schema;

/// <summary>
/// The JSON Schema (draft-07) of the inventory format, generated from the model with NJsonSchema:
/// titles are the standard's Chinese element names, enums come from the code lists, patterns from
/// <see cref="Patterns"/>. Unknown properties are allowed (the format keeps them).
/// </summary>
public static class InventorySchema
{
    /// <summary>The newest format version: the one <see cref="Generate()"/> describes and new documents should declare.</summary>
    public const string FormatVersion = "1.1";

    /// <summary>The stable <c>$id</c> of the published schema of <see cref="FormatVersion"/>.</summary>
    public const string Id = "https://servicestandard.github.io/schemas/inventory/1.1/inventory.schema.json";

    /// <summary>The path of the published schema of <see cref="FormatVersion"/> inside the repository and the package.</summary>
    public const string PublishedPath = "schemas/inventory/1.1/inventory.schema.json";

    /// <summary>Every format version this library reads and can generate the schema of, in ascending order.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["1.0", "1.1"];

    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private const string ResourcePrefix = "ServiceStandard.Schemas.";

    private const string ResourceSuffix = "inventory.schema.json";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> PublishedResources = new(FindPublished);

    /// <summary>The format versions whose published schema this assembly carries, in ascending order.</summary>
    public static IReadOnlyList<string> PublishedVersions => [.. PublishedResources.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The schema exactly as published for a format version (the file under <c>schemas/inventory/</c> of
    /// the repository and of the package), as it was when this assembly was built.
    /// </summary>
    /// <param name="version">A format version such as <c>"1.0"</c>; see <see cref="PublishedVersions"/>.</param>
    /// <returns>The schema text (UTF-8 JSON, LF line ends).</returns>
    /// <exception cref="ArgumentOutOfRangeException">No schema was published for <paramref name="version"/>.</exception>
    public static string Published(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (!PublishedResources.Value.TryGetValue(version, out var resource))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "No schema is published for format version '" + version + "'. Published: " + string.Join(", ", PublishedVersions) + ".");
        }

        using var stream = typeof(InventorySchema).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The stable <c>$id</c> of the schema of a format version.</summary>
    /// <param name="version">A format version such as <c>"1.0"</c>.</param>
    /// <returns>The URL the schema is published at.</returns>
    public static string IdOf(string version) => $"https://servicestandard.github.io/schemas/inventory/{version}/inventory.schema.json";

    /// <summary>Generates the schema of the newest format (LF line ends, trailing newline), byte-for-byte stable.</summary>
    /// <returns>The schema text, as published under <see cref="PublishedPath"/>.</returns>
    [RequiresUnreferencedCode(ByReflection)]
    [RequiresDynamicCode(ByReflection)]
    public static string Generate() => Generate(FormatVersion);

    /// <summary>
    /// Generates the schema of a format version: the model without the properties added after it (marked
    /// with the version that added them), so that the schema of 1.0 stays exactly as it was published.
    /// </summary>
    /// <param name="version">One of <see cref="Versions"/>.</param>
    /// <returns>The schema text, as published under <c>schemas/inventory/{version}/</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not one of <see cref="Versions"/>.</exception>
    [RequiresUnreferencedCode(ByReflection)]
    [RequiresDynamicCode(ByReflection)]
    public static string Generate(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (!Versions.Contains(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "No format version '" + version + "'. Versions: " + string.Join(", ", Versions) + ".");
        }

        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SchemaType = SchemaType.JsonSchema,
            SerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            },
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            AlwaysAllowAdditionalObjectProperties = true,
            UseXmlDocumentation = false,
            FlattenInheritanceHierarchy = true,
        };

        var schema = JsonSchema.FromType<Inventory>(settings);
        Refine(schema, version);

        // NJsonSchema names the identifier "id" (draft-04); draft-07 calls it "$id" and wants it first.
        var generated = JsonNode.Parse(schema.ToJson())!.AsObject();
        RemoveNewerThan(generated, version);
        var published = new JsonObject { ["$schema"] = Draft07, ["$id"] = IdOf(version) };
        foreach (var (key, value) in generated.ToArray())
        {
            if (key is not ("$schema" or "id"))
            {
                generated.Remove(key);
                published[key] = value;
            }
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return published.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Version to resource name; the folder part of a name ends with '/' or '\' depending on the build machine.</summary>
    private static IReadOnlyDictionary<string, string> FindPublished() =>
        typeof(InventorySchema).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .ToDictionary(name => name[ResourcePrefix.Length..^ResourceSuffix.Length].TrimEnd('/', '\\'), StringComparer.Ordinal);

    /// <summary>
    /// Leaves out of the schema of <paramref name="version"/> every property a later version added, then every
    /// definition nothing refers to any more.
    /// </summary>
    private static void RemoveNewerThan(JsonObject schema, string version)
    {
        var definitions = schema["definitions"]!.AsObject();
        foreach (var type in ModelProperties.Types)
        {
            var owner = type == typeof(Inventory) ? schema : definitions[type.Name]?.AsObject();
            foreach (var property in ModelProperties.Of(type).Where(p => p.DeclaringType == type))
            {
                if (property.GetCustomAttributes(typeof(SinceAttribute), false) is [SinceAttribute since]
                    && Version.Parse(since.Version) > Version.Parse(version))
                {
                    owner?["properties"]?.AsObject().Remove(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
                }
            }
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode?>(schema.Where(p => p.Key != "definitions").Select(p => p.Value));
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "$ref" && value?.GetValue<string>() is { } target && reachable.Add(target["#/definitions/".Length..]))
                        {
                            pending.Push(definitions[target["#/definitions/".Length..]]);
                        }

                        pending.Push(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var value in array)
                    {
                        pending.Push(value);
                    }

                    break;
            }
        }

        foreach (var name in definitions.Select(d => d.Key).Where(n => !reachable.Contains(n)).ToArray())
        {
            definitions.Remove(name);
        }
    }

    /// <summary>Why <see cref="Generate(string)"/> is not for trimmed or Native AOT applications.</summary>
    private const string ByReflection = "The schema is generated from the model by reflection (NJsonSchema), which trimming and Native AOT break; "
        + "Published(version) gives the same text (InventorySchemaTests) from the assembly's resources.";

    /// <summary>The text properties that must not be empty (<c>minLength: 1</c>): definition and property name.</summary>
    private static readonly (string Type, string Property)[] NonEmpty =
    [
        (nameof(ServiceItem), "name"), (nameof(Authority), "name"), (nameof(LegalBasis), "title"), (nameof(Material), "name"),
        (nameof(FeeItem), "name"), (nameof(Model.Location), "name"), (nameof(IntermediaryService), "name"), (nameof(ProcessStep), "name"),
    ];

    private static void Refine(JsonSchema schema, string version)
    {
        schema.Title = "政务服务事项清单 / Service item inventory, format " + version;
        schema.Description =
            "政务服务事项清单格式 " + version + "。键名以英文书写；代码表取值在规范形式中写作 token（如 administrativeLicensing），" +
            "加载时也接受国家代码（01）和中文名称（行政许可）。未定义的键会原样保留并给出警告。编码一律按文本书写。" +
            " / Inventory format " + version + ". Unknown keys are kept and reported as warnings; codes are always strings.";

        var schemaVersion = schema.Properties["schemaVersion"];
        schemaVersion.Enumeration.Add(version);
        schemaVersion.MinLength = null;

        // Names are never empty. Said here, not by [MinLength(1)] on the model: that attribute's constructor needs
        // reflection that trimming may break, and nothing but this generator read it.
        foreach (var (type, property) in NonEmpty)
        {
            schema.Definitions[type].Properties[property].MinLength = 1;
        }

        var extensions = schema.Definitions[nameof(ServiceItem)].Properties["extensions"];
        extensions.OneOf.Clear();
        extensions.Type = JsonObjectType.Object | JsonObjectType.Null;

        foreach (var list in CodeListCatalog.All)
        {
            if (schema.Definitions.TryGetValue(list.EnumType.Name, out var definition))
            {
                definition.EnumerationNames.Clear();
                definition.Title = list.ChineseName;
                definition.Description = $"{list.ChineseName}（代码表 {list.Section}）：" + string.Join(
                    "；",
                    list.Faces.Select(f => f.NationalCode is null ? $"{f.Token} = {f.Label}" : $"{f.Token} = {f.NationalCode} {f.Label}"));
            }
        }

        foreach (var node in Walk(schema))
        {
            if (node.Format is JsonFormatStrings.Integer or JsonFormatStrings.Long or JsonFormatStrings.Decimal or JsonFormatStrings.Double or JsonFormatStrings.Float)
            {
                node.Format = null;
            }

            if (node.Maximum == int.MaxValue)
            {
                node.Maximum = null;
            }
        }
    }

    private static IEnumerable<JsonSchema> Walk(JsonSchema root)
    {
        var seen = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonSchema>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            foreach (var child in node.Properties.Values.Cast<JsonSchema>()
                .Concat(node.Definitions.Values)
                .Concat(node.OneOf)
                .Concat(node.Item is null ? [] : [node.Item]))
            {
                pending.Push(child);
            }
        }
    }
}
