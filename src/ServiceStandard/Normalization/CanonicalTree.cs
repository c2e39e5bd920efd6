using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Normalization;

/// <summary>A node of the canonical tree both writers emit: the model in docs/format.md's key order, codes marked.</summary>
internal abstract record CanonicalNode;

/// <summary>An object; its keys in canonical order.</summary>
internal sealed record CanonicalObject(IReadOnlyList<KeyValuePair<string, CanonicalNode>> Entries) : CanonicalNode;

/// <summary>A list.</summary>
internal sealed record CanonicalList(IReadOnlyList<CanonicalNode> Items) : CanonicalNode;

/// <summary>Text; <paramref name="IsCode"/> for the format's codes (always quoted in YAML).</summary>
internal sealed record CanonicalText(string Value, bool IsCode = false) : CanonicalNode;

/// <summary>A number as its canonical (or, for verbatim content, its written) JSON text.</summary>
internal sealed record CanonicalNumber(string Text) : CanonicalNode;

/// <summary>true or false.</summary>
internal sealed record CanonicalBoolean(bool Value) : CanonicalNode;

/// <summary>null (only in verbatim content: extensions and unknown keys).</summary>
internal sealed record CanonicalNull : CanonicalNode;

/// <summary>
/// Builds the canonical tree of an inventory: every object's keys in the model's declaration order (the order
/// of docs/format.md, <see cref="ElementNames.Keys"/>), absent and empty optional values left out, code-list values
/// as tokens, numbers without trailing zeros, dates as YYYY-MM-DD. Unknown keys follow the known ones in the
/// order written (one kept as written under a known key, such as an unreadable time limit, stays in that
/// key's place); extensions and unknown content are copied verbatim.
/// </summary>
internal static class CanonicalTree
{
    private static readonly Dictionary<Type, ICodeList> CodeLists = CodeListCatalog.All.ToDictionary(l => l.EnumType);

    public static CanonicalNode Of(ModelElement element)
    {
        var type = element.GetType();
        var entries = new List<KeyValuePair<string, CanonicalNode>>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        if (element is Inventory && element.AdditionalProperties.TryGetValue("$schema", out var schema))
        {
            entries.Add(new("$schema", Verbatim(schema))); // where editors look for it: first
            placed.Add("$schema");
        }
        foreach (var key in ElementNames.Keys(type))
        {
            var name = char.ToUpperInvariant(key[0]) + key[1..];
            var property = ModelProperties.Of(type).Single(p => p.Name == name);
            if (element.AdditionalProperties.TryGetValue(key, out var kept))
            {
                // Written but not readable (its diagnostic says why): what was written wins over what could be read of it.
                entries.Add(new(key, Verbatim(kept)));
                placed.Add(key);
            }
            else if (Value(property.GetValue(element), property) is { } node)
            {
                entries.Add(new(key, node));
            }
        }

        entries.AddRange(element.AdditionalProperties
            .Where(p => !placed.Contains(p.Key))
            .Select(p => new KeyValuePair<string, CanonicalNode>(p.Key, Verbatim(p.Value))));
        return new CanonicalObject(entries);
    }

    /// <summary>Content the format does not type, as written: kept verbatim.</summary>
    public static CanonicalNode Verbatim(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new CanonicalObject(element.EnumerateObject().Select(p => new KeyValuePair<string, CanonicalNode>(p.Name, Verbatim(p.Value))).ToArray()),
        JsonValueKind.Array => new CanonicalList(element.EnumerateArray().Select(Verbatim).ToArray()),
        JsonValueKind.String => new CanonicalText(element.GetString()!),
        JsonValueKind.Number => new CanonicalNumber(element.GetRawText()),
        JsonValueKind.True => new CanonicalBoolean(true),
        JsonValueKind.False => new CanonicalBoolean(false),
        _ => new CanonicalNull(),
    };

    private static CanonicalNode? Value(object? value, PropertyInfo property) => value switch
    {
        null => null,
        "" when property.PropertyType == typeof(string) && property.GetCustomAttribute<RequiredAttribute>() is not null => null, // a required text that was missing stands empty in the model
        string text => new CanonicalText(text, property.GetCustomAttribute<RegularExpressionAttribute>() is not null),
        decimal number => new CanonicalNumber(CanonicalNumbers.Format(number)),
        int number => new CanonicalNumber(number.ToString(CultureInfo.InvariantCulture)),
        bool flag => new CanonicalBoolean(flag),
        Enum code => new CanonicalText(Token(code)),
        DateOnly date => new CanonicalText(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        JsonElement element => Verbatim(element),
        ModelElement element => Of(element) is CanonicalObject { Entries.Count: > 0 } written ? written : null,
        IEnumerable list => List(list, property),
        _ => throw new InvalidOperationException($"The canonical writer has no form for {value.GetType().Name} ({property.Name})."),
    };

    private static CanonicalList? List(IEnumerable list, PropertyInfo property)
    {
        var items = list.Cast<object>().Select(item => Value(item, property)!).ToArray();
        return items.Length == 0 && property.GetCustomAttribute<RequiredAttribute>() is null ? null : new CanonicalList(items);
    }

    private static string Token(Enum code) => CodeLists[code.GetType()].Token(code);
}
