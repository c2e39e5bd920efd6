using System.Text;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Tests.Normalization;

/// <summary>The alias table of docs/normalization.md, generated from <see cref="KeyAliases.All"/> (the page must contain it verbatim).</summary>
internal static class AliasTable
{
    public static string Markdown()
    {
        var where = Places();
        var table = new StringBuilder()
            .Append("| written | on | canonical key |\n")
            .Append("| --- | --- | --- |\n");
        foreach (var alias in KeyAliases.All)
        {
            table.Append($"| {alias.Alias} | `{where[alias.Owner]}` | `{alias.Target}` |\n");
        }

        return table.ToString();
    }

    /// <summary>Where each model object stands in a document, as pointers with <c>*</c> for list indexes.</summary>
    private static Dictionary<Type, string> Places()
    {
        var places = new Dictionary<Type, List<string>> { [typeof(Inventory)] = ["/"] };
        var queue = new Queue<(Type Type, string Place)>([(typeof(Inventory), "/")]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var key in ElementNames.Keys(current.Type))
            {
                if (KeyAliases.Child(current.Type, key) is { } child)
                {
                    var place = current.Place.TrimEnd('/') + "/" + key + (child.IsList ? "/*" : string.Empty);
                    if (!places.TryGetValue(child.Type, out var list))
                    {
                        places[child.Type] = list = [];
                        queue.Enqueue((child.Type, place));
                    }

                    list.Add(place);
                }
            }
        }

        return places.ToDictionary(p => p.Key, p => string.Join("`, `", p.Value));
    }
}
