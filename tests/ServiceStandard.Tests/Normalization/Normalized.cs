using System.Text.Json;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;

namespace ServiceStandard.Tests.Normalization;

/// <summary>Loads and normalizes documents in tests, failing with the diagnostics when a document has errors.</summary>
internal static class Normalized
{
    public const string Header = "schemaVersion: \"1.0\"\nregion: { code: \"330400\" }\n";

    public static NormalizationResult Result(string yaml)
    {
        var result = InventoryNormalizer.Normalize(InventoryLoader.LoadText(yaml, DocumentFormat.Yaml));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public static string Yaml(string yaml) => Result(yaml).Write(DocumentFormat.Yaml);

    /// <summary>The canonical JSON of the value at a pointer of the normalized document, compact.</summary>
    public static string At(string yaml, string pointer)
    {
        using var document = JsonDocument.Parse(Result(yaml).Write(DocumentFormat.Json));
        var node = document.RootElement;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(segment);
        }

        return JsonSerializer.Serialize(node, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
