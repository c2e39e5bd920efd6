using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using ServiceStandard.Model;

namespace ServiceStandard.Loading;

/// <summary>One key a document may write instead of a canonical key.</summary>
/// <param name="Owner">The model type of the object the key is written on.</param>
/// <param name="Alias">The key as written, such as <c>事项名称</c>.</param>
/// <param name="Target">Where it goes, relative to the owner: <c>name</c>, or <c>contacts/consultation/0/phone</c> for a flat key.</param>
internal sealed record KeyAlias(Type Owner, string Alias, string Target)
{
    /// <summary>True for a flat key: one that stands for a key of a nested object (the way a spreadsheet row carries it).</summary>
    public bool IsFlat => Target.Contains('/', StringComparison.Ordinal);
}

/// <summary>
/// The one alias table of the format: every model key's Chinese element name (its <see cref="DisplayAttribute"/>,
/// the standard's 要素名称) on the object that key belongs to, and the flat keys a spreadsheet row writes on an
/// item or on the inventory. The loader resolves them before binding, so diagnostics use canonical paths; the
/// README's alias table is generated from <see cref="All"/> (a test keeps the two equal).
/// </summary>
internal static class KeyAliases
{
    // The tables are keyed by owner type, then by key: a table keyed by a (type, key) tuple ran code compiled at
    // start-up for that tuple (about sixty methods), where these run the framework's precompiled shared code.

    // Declared first: static fields initialize in textual order, and building the alias table uses it.
    /// <summary>The model type under each canonical key, computed once (reflection is too slow per node).</summary>
    private static readonly Dictionary<Type, Dictionary<string, ModelChild>> Children = BuildChildren();

    /// <summary>Flat keys on an item: a spreadsheet row carries nested elements as columns of the row.</summary>
    private static readonly (string Alias, string Target)[] ItemFlatKeys =
    [
        ("实施主体名称", "authority/name"),
        ("实施主体编码", "authority/creditCode"),
        ("实施主体性质", "authority/nature"),
        ("行使层级", "authority/level"),
        ("权力来源", "authority/source"),
        ("设定依据", "authority/legalBasis"),
        ("法定办结时限", "timeLimits/legal"),
        ("承诺办结时限", "timeLimits/committed"),
        ("办理环节", "process/steps"),
        ("特别程序", "process/specialProcedures"),
        ("受理条件", "guide/acceptanceConditions"),
        ("申请材料", "guide/materials"),
        ("收费", "guide/fees"),
        ("是否收费", "guide/fees/charged"),
        ("收费项目", "guide/fees/items"),
        ("办理形式", "guide/channels"),
        ("网上办理深度", "guide/onlineDepth"),
        ("到办事现场次数", "guide/onsiteVisits"),
        ("必须现场办理原因说明", "guide/onsiteVisitReason"),
        ("办理地点", "guide/locations"),
        ("中介服务", "guide/intermediaryServices"),
        ("审批结果", "guide/result"),
        ("审批结果类型", "guide/result/type"),
        ("审批结果名称", "guide/result/name"),
        ("数量限制", "guide/quantityLimit"),
        ("咨询方式", "contacts/consultation"),
        ("监督投诉方式", "contacts/complaint"),
        ("咨询电话", "contacts/consultation/0/phone"),
        ("投诉电话", "contacts/complaint/0/phone"),
        ("监督投诉电话", "contacts/complaint/0/phone"),
    ];

    /// <summary>Flat keys on the inventory itself.</summary>
    private static readonly (string Alias, string Target)[] InventoryFlatKeys =
    [
        ("行政区划代码", "region/code"),
        ("行政区划名称", "region/name"),
    ];

    /// <summary>Flat keys on the contacts object.</summary>
    private static readonly (string Alias, string Target)[] ContactsFlatKeys =
    [
        ("咨询电话", "consultation/0/phone"),
        ("投诉电话", "complaint/0/phone"),
        ("监督投诉电话", "complaint/0/phone"),
    ];

    /// <summary>Every alias, and per model type what each key written on it is (built after the tables above).</summary>
    private static readonly (IReadOnlyList<KeyAlias> All, FrozenDictionary<Type, FrozenDictionary<string, KeyFacts>> Facts) Table = Build();

    /// <summary>Every alias, element names first (by owner, in model order), then the flat keys.</summary>
    public static IReadOnlyList<KeyAlias> All => Table.All;

    /// <summary>
    /// What each key of an object of <paramref name="owner"/> is, for the resolver's per-key work: looked up by
    /// the key alone, because hashing a (type, key) pair per key cost a sixth of loading a large document.
    /// </summary>
    public static FrozenDictionary<string, KeyFacts> For(Type owner) =>
        Table.Facts.TryGetValue(owner, out var facts) ? facts : FrozenDictionary<string, KeyFacts>.Empty;

    /// <summary>The canonical path segments a key written on an object of <paramref name="owner"/> stands for.</summary>
    /// <returns>One segment for a canonical key or an element name, several for a flat key; <see langword="null"/> for an unknown key.</returns>
    public static string[]? Resolve(Type owner, string key) => For(owner).TryGetValue(key, out var facts) ? facts.Target : null;

    /// <summary>The model type of the object (or list element) under a canonical key, when it is an object of the model.</summary>
    public static ModelChild? Child(Type owner, string key) =>
        Children.TryGetValue(owner, out var children) && children.TryGetValue(key, out var child) ? child : null;

    private static Dictionary<Type, Dictionary<string, ModelChild>> BuildChildren()
    {
        var children = new Dictionary<Type, Dictionary<string, ModelChild>>();
        foreach (var owner in ModelTypes())
        {
            foreach (var key in ElementNames.Keys(owner))
            {
                if (ReflectChild(owner, key) is { } child)
                {
                    Of(children, owner)[key] = child;
                }
            }
        }

        return children;
    }

    /// <summary>The table of one owner type, made on first use.</summary>
    private static Dictionary<string, T> Of<T>(Dictionary<Type, Dictionary<string, T>> tables, Type owner)
    {
        if (!tables.TryGetValue(owner, out var table))
        {
            tables[owner] = table = new Dictionary<string, T>(StringComparer.Ordinal);
        }

        return table;
    }

    private static ModelChild? ReflectChild(Type owner, string key)
    {
        var type = Property(owner, key)?.PropertyType;
        if (type is null)
        {
            return null;
        }

        if (type.IsSubclassOf(typeof(ModelElement)))
        {
            return new ModelChild(type, IsList: false);
        }

        return type.IsGenericType
            && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && type.GetGenericArguments()[0].IsSubclassOf(typeof(ModelElement))
            ? new ModelChild(type.GetGenericArguments()[0], IsList: true)
            : null;
    }

    /// <summary>
    /// The key a scalar written for an object stands for, or <see langword="null"/>: an object written as one
    /// scalar stands for one of its keys (实施主体: 太白县卫生健康局 is authority → name, 收费: 否 is fees → charged).
    /// </summary>
    public static string? Shorthand(Type owner, string key) =>
        owner == typeof(ServiceItem) && key == "authority" ? "name"
        : owner == typeof(Guide) && key == "fees" ? "charged"
        : null;

    /// <summary>The property of <paramref name="owner"/> (declared there, not inherited) that <paramref name="key"/> names, or <see langword="null"/>.</summary>
    internal static PropertyInfo? Property(Type owner, string key) =>
        ModelProperties.Of(owner)
            .FirstOrDefault(p => p.DeclaringType == owner && JsonNamingPolicy.CamelCase.ConvertName(p.Name) == key);

    private static (IReadOnlyList<KeyAlias>, FrozenDictionary<Type, FrozenDictionary<string, KeyFacts>>) Build()
    {
        var aliases = new List<KeyAlias>();
        foreach (var owner in ModelTypes())
        {
            foreach (var key in ElementNames.Keys(owner))
            {
                if (Property(owner, key)!.GetCustomAttribute<DisplayAttribute>()?.Name is { } name)
                {
                    aliases.Add(new KeyAlias(owner, name, key));
                }
            }
        }

        aliases.AddRange(InventoryFlatKeys.Select(f => new KeyAlias(typeof(Inventory), f.Alias, f.Target)));
        aliases.AddRange(ItemFlatKeys.Select(f => new KeyAlias(typeof(ServiceItem), f.Alias, f.Target)));
        aliases.AddRange(ContactsFlatKeys.Select(f => new KeyAlias(typeof(Contacts), f.Alias, f.Target)));

        var targets = new Dictionary<Type, Dictionary<string, string[]>>();
        foreach (var owner in ModelTypes())
        {
            foreach (var key in ElementNames.Keys(owner))
            {
                Of(targets, owner)[key] = [key];
            }
        }

        foreach (var alias in aliases)
        {
            CheckTarget(alias);
            if (!Of(targets, alias.Owner).TryAdd(alias.Alias, alias.Target.Split('/')))
            {
                throw new InvalidOperationException($"The key alias '{alias.Alias}' on {alias.Owner.Name} is defined twice.");
            }
        }

        var facts = targets.ToFrozenDictionary(
            owner => owner.Key,
            owner => owner.Value.ToFrozenDictionary(
                t => t.Key,
                t => new KeyFacts(t.Value, t.Value is [var only] && only == t.Key, Shorthand(owner.Key, t.Key) is not null, Child(owner.Key, t.Key)),
                StringComparer.Ordinal));
        return (aliases, facts);
    }

    /// <summary>Every model type, the inventory first, then in the order the format nests them.</summary>
    private static IEnumerable<Type> ModelTypes()
    {
        var seen = new List<Type>();
        var queue = new Queue<Type>([typeof(Inventory)]);
        while (queue.TryDequeue(out var type))
        {
            if (seen.Contains(type))
            {
                continue;
            }

            seen.Add(type);
            foreach (var key in ElementNames.Keys(type))
            {
                if (ReflectChild(type, key) is { } child)
                {
                    queue.Enqueue(child.Type);
                }
            }
        }

        return seen;
    }

    private static void CheckTarget(KeyAlias alias)
    {
        var type = alias.Owner;
        foreach (var segment in alias.Target.Split('/'))
        {
            if (segment == "0")
            {
                continue;
            }

            if (Property(type, segment) is null)
            {
                throw new InvalidOperationException($"The key alias '{alias.Alias}' points at '{alias.Target}', which {alias.Owner.Name} does not have.");
            }

            type = Child(type, segment)?.Type ?? type;
        }
    }
}

/// <summary>The model type under a key of a model type: an object, or the element of a list of objects.</summary>
internal sealed record ModelChild(Type Type, bool IsList);

/// <summary>What one key written on one model type is.</summary>
/// <param name="Target">The canonical path segments it stands for (one for a canonical key or an element name).</param>
/// <param name="IsCanonicalKey">True when the key is canonical: it stands for itself.</param>
/// <param name="HasShorthand">True when a scalar written under it stands for one key of an object (实施主体: 某局).</param>
/// <param name="Child">The model type under the key, when it is an object or a list of objects of the model.</param>
/// <remarks>A class, not a struct: a frozen dictionary of it then runs the framework's precompiled shared code
/// instead of code compiled at start-up for this one value type.</remarks>
internal sealed record KeyFacts(string[] Target, bool IsCanonicalKey, bool HasShorthand, ModelChild? Child)
{
    /// <summary>True when the key, with this value, needs no rewriting: it stands for itself, and a scalar under it is not a shorthand for an object.</summary>
    public bool IsCanonicalWith(SourceNode value) => IsCanonicalKey && !(HasShorthand && value is ScalarNode { IsNull: false });
}
