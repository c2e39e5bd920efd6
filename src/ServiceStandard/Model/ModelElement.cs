using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceStandard.Model;

/// <summary>
/// The base of every object of the model. Keys the format does not define are kept here,
/// in the order written, so that a round trip loses nothing.
/// </summary>
public abstract record ModelElement
{
    internal static readonly IReadOnlyDictionary<string, JsonElement> NoProperties =
        new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Keys the format does not define, kept verbatim (reported as warnings when loaded).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = NoProperties;
}
