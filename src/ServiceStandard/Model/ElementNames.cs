using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace ServiceStandard.Model;

/// <summary>
/// The Chinese element name (标准要素名称) of every key of the model, read once from the
/// <see cref="DisplayAttribute"/>s, so that messages and the schema's titles share one source.
/// </summary>
internal static class ElementNames
{
    private static readonly FrozenDictionary<(Type, string), string> Titles = Build();

    public static string Title(Type owner, string key) =>
        Titles.TryGetValue((owner, key), out var title) ? title : key;

    /// <summary>The canonical keys of a model type, in declaration order (the canonical key order).</summary>
    public static IEnumerable<string> Keys(Type owner) =>
        ModelProperties.Of(owner)
            .Where(p => p.DeclaringType == owner)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    private static FrozenDictionary<(Type, string), string> Build()
    {
        var titles = new Dictionary<(Type, string), string>();
        foreach (var type in ModelProperties.Types)
        {
            foreach (var property in ModelProperties.Of(type))
            {
                if (property.GetCustomAttribute<DisplayAttribute>()?.Name is { } name)
                {
                    titles[(type, JsonNamingPolicy.CamelCase.ConvertName(property.Name))] = name;
                }
            }
        }

        return titles.ToFrozenDictionary();
    }
}
