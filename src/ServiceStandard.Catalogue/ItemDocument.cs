using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The JSON of one item as the catalogue stores and exports it: format 1.0 keys, code-list tokens
/// (each enum's camel-case name is its token), no nulls, Chinese unescaped.
/// </summary>
internal static class ItemDocument
{
    // The resolver is named so that hosts where reflection-based serialization is off by default (trimmed
    // or file-based apps) still read and write items.
    internal static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static string Write(ServiceItem item) => JsonSerializer.Serialize(item, Options);

    public static ServiceItem Read(string json) =>
        JsonSerializer.Deserialize<ServiceItem>(json, Options) ?? throw new InvalidDataException("An item of the catalogue is empty.");
}
