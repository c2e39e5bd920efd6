using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The JSON of one item as the catalogue stores and exports it: format 1.0 keys, code-list tokens
/// (each enum's camel-case name is its token), no nulls, Chinese unescaped.
/// </summary>
internal static class ItemDocument
{
    // Serialization code generated at build time (ItemJsonContext): no reflection, so the item is read and written
    // the same way in a trimmed or Native AOT executable.
    private static readonly JsonSerializerOptions Options = new(ItemJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<ServiceItem> Item = (JsonTypeInfo<ServiceItem>)Options.GetTypeInfo(typeof(ServiceItem));

    public static string Write(ServiceItem item) => JsonSerializer.Serialize(item, Item);

    public static ServiceItem Read(string json) =>
        JsonSerializer.Deserialize(json, Item) ?? throw new InvalidDataException("An item of the catalogue is empty.");
}

/// <summary>A code-list enum as its token: the camel-case name of its member; a number is refused.</summary>
/// <typeparam name="T">A code-list enum.</typeparam>
internal sealed class CodeListToken<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;

/// <summary>The serialization code of <see cref="ItemDocument"/>, generated at build time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CodeListToken<ItemType>), typeof(CodeListToken<ItemStatus>), typeof(CodeListToken<ExerciseLevel>),
        typeof(CodeListToken<AuthorityNature>), typeof(CodeListToken<PowerSource>), typeof(CodeListToken<ServiceObject>),
        typeof(CodeListToken<HandlingType>), typeof(CodeListToken<Channel>), typeof(CodeListToken<MaterialForm>),
        typeof(CodeListToken<MaterialMedium>), typeof(CodeListToken<MaterialSource>), typeof(CodeListToken<ResultType>),
        typeof(CodeListToken<TimeUnit>), typeof(CodeListToken<SpecialProcedureKind>), typeof(CodeListToken<CrossRegionScope>),
    ])]
[JsonSerializable(typeof(ServiceItem))]
internal sealed partial class ItemJsonContext : JsonSerializerContext;
