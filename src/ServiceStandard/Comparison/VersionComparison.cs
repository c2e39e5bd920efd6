using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;

namespace ServiceStandard.Comparison;

/// <summary>
/// Compares two versions of one region's inventory: which items were added, removed or changed, and whether each
/// change makes the item stricter or looser for the citizen (more materials, longer limits, more visits, steps,
/// intermediaries or fees, lower online depth, immediate becoming promised: stricter; the reverse: looser).
/// </summary>
public static class VersionComparison
{
    /// <summary>Compares an old and a new version (items lined up as in <see cref="RegionalComparison"/>).</summary>
    /// <param name="old">The earlier inventory.</param>
    /// <param name="new">The later inventory.</param>
    /// <param name="options">The material synonyms to use; <see cref="ComparisonOptions.Default"/> when omitted.</param>
    /// <returns>The added, removed and changed items.</returns>
    public static VersionReport Compare(Inventory old, Inventory @new, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        options ??= ComparisonOptions.Default;
        var before = Index(old);
        var after = Index(@new);
        var changed = new List<ItemChange>();
        foreach (var (key, item) in after)
        {
            if (before.TryGetValue(key, out var previous))
            {
                var changes = Changes(previous, item, options.MaterialSynonyms);
                if (changes.Count > 0)
                {
                    changed.Add(new ItemChange { BasicCode = item.BasicCode, Name = item.Name, Direction = Overall(changes), Changes = changes });
                }
            }
        }

        return new VersionReport
        {
            RegionCode = @new.Region.Code,
            RegionName = RegionalComparison.RegionName(@new.Region.Code, @new.Region.Name),
            OldPublishedOn = old.PublishedOn,
            NewPublishedOn = @new.PublishedOn,
            OldItems = before.Count,
            NewItems = after.Count,
            Added = after.Where(a => !before.ContainsKey(a.Key)).Select(a => new VersionedItem(a.Value.BasicCode, a.Value.Name)).ToArray(),
            Removed = before.Where(b => !after.ContainsKey(b.Key)).Select(b => new VersionedItem(b.Value.BasicCode, b.Value.Name)).ToArray(),
            Changed = changed,
        };
    }

    private static SortedDictionary<string, ServiceItem> Index(Inventory inventory)
    {
        var index = new SortedDictionary<string, ServiceItem>(StringComparer.Ordinal);
        foreach (var item in RegionalComparison.FirstOfEach(inventory.Items, i => i.BasicCode, i => RegionalComparison.NameKey(i.Name)))
        {
            index[RegionalComparison.HasCode(item) ? item.BasicCode : "~" + RegionalComparison.NameKey(item.Name)] = item;
        }

        return index;
    }

    private static List<Change> Changes(ServiceItem old, ServiceItem @new, MaterialSynonyms synonyms)
    {
        var changes = new List<Change>();
        if (old.Name != @new.Name)
        {
            changes.Add(Change.Create("name", old.Name, @new.Name, ChangeDirection.Neutral, "Change_name", ("old", old.Name), ("new", @new.Name)));
        }

        var before = ItemMetrics.Of(old);
        var after = ItemMetrics.Of(@new);
        foreach (var metric in ComparisonMetrics.All)
        {
            var (x, y) = (before.Get(metric), after.Get(metric));
            if (x == y)
            {
                continue;
            }

            var direction = x is null || y is null ? ChangeDirection.Neutral
                : ComparisonMetrics.Burden(metric, y.Value) > ComparisonMetrics.Burden(metric, x.Value) ? ChangeDirection.Stricter
                : ChangeDirection.Looser;
            changes.Add(Change.Create(ComparisonMetrics.Name(metric), x is null ? null : ComparisonMetrics.Format(x), y is null ? null : ComparisonMetrics.Format(y), direction,
                "Change_Metric",
                ("metric", MessageArgument.Message("Metric_" + ComparisonMetrics.Name(metric))),
                ("old", x is null ? NotStated : ComparisonMetrics.Format(x)),
                ("new", y is null ? NotStated : ComparisonMetrics.Format(y))));
        }

        var oldMaterials = Required(old, synonyms);
        var newMaterials = Required(@new, synonyms);
        foreach (var (_, name) in newMaterials.Where(m => !oldMaterials.ContainsKey(m.Key)))
        {
            changes.Add(Change.Create("materialSet", null, name, ChangeDirection.Stricter, "Change_MaterialAdded", ("name", name)));
        }

        foreach (var (_, name) in oldMaterials.Where(m => !newMaterials.ContainsKey(m.Key)))
        {
            changes.Add(Change.Create("materialSet", name, null, ChangeDirection.Looser, "Change_MaterialRemoved", ("name", name)));
        }

        var oldBasis = string.Join("", old.Authority.LegalBasis.Select(b => b.Title));
        var newBasis = string.Join("", @new.Authority.LegalBasis.Select(b => b.Title));
        if (oldBasis != newBasis)
        {
            changes.Add(Change.Create("legalBasis", oldBasis, newBasis, ChangeDirection.Neutral,
                "Change_legalBasis", ("old", Or(oldBasis)), ("new", Or(newBasis))));
        }

        if (old.HandlingType != @new.HandlingType)
        {
            var direction = old.HandlingType is null || @new.HandlingType is null ? ChangeDirection.Neutral
                : @new.HandlingType == CodeLists.HandlingType.Promised ? ChangeDirection.Stricter
                : ChangeDirection.Looser;
            changes.Add(Change.Create("handlingType", Token(old.HandlingType), Token(@new.HandlingType), direction,
                "Change_handlingType", ("old", HandlingLabel(old.HandlingType)), ("new", HandlingLabel(@new.HandlingType))));
        }

        return changes;
    }

    private static readonly MessageArgument NotStated = MessageArgument.Message("NotStated");

    private static MessageArgument Or(string text) => text.Length == 0 ? NotStated : text;

    private static string? Token(CodeLists.HandlingType? type) => type is null ? null : CodeLists.CodeListCatalog.HandlingTypes[type.Value].Token;

    private static MessageArgument HandlingLabel(CodeLists.HandlingType? type) =>
        type is null ? NotStated : MessageArgument.Message("HandlingType_" + type.Value);

    private static Dictionary<string, string> Required(ServiceItem item, MaterialSynonyms synonyms)
    {
        var materials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var material in item.Guide?.Materials.Where(m => m.Required) ?? [])
        {
            materials.TryAdd(synonyms.Key(material.Name), material.Name);
        }

        return materials;
    }

    private static ChangeDirection Overall(IReadOnlyList<Change> changes)
    {
        var stricter = changes.Any(c => c.Direction == ChangeDirection.Stricter);
        var looser = changes.Any(c => c.Direction == ChangeDirection.Looser);
        return stricter && looser ? ChangeDirection.Mixed
            : stricter ? ChangeDirection.Stricter
            : looser ? ChangeDirection.Looser
            : ChangeDirection.Neutral;
    }
}

/// <summary>Whether a change makes an item harder or easier for the citizen.</summary>
public enum ChangeDirection
{
    /// <summary>Neither: a renamed item, a changed legal basis, a figure newly stated or no longer stated.</summary>
    Neutral,

    /// <summary>Harder: more materials, visits, steps, intermediaries or fees, a longer limit, lower online depth, immediate becoming promised.</summary>
    Stricter,

    /// <summary>Easier: the reverse.</summary>
    Looser,

    /// <summary>For an item: some changes stricter, some looser.</summary>
    Mixed,
}

/// <summary>The result of <see cref="VersionComparison.Compare"/>.</summary>
public sealed record VersionReport
{
    /// <summary>The region's division code (the new version's).</summary>
    public required string RegionCode { get; init; }

    /// <summary>The region's name from the embedded GB/T 2260 table.</summary>
    public required string RegionName { get; init; }

    /// <summary>The old version's publication date.</summary>
    public DateOnly? OldPublishedOn { get; init; }

    /// <summary>The new version's publication date.</summary>
    public DateOnly? NewPublishedOn { get; init; }

    /// <summary>How many items the old version carries.</summary>
    public int OldItems { get; init; }

    /// <summary>How many items the new version carries.</summary>
    public int NewItems { get; init; }

    /// <summary>Items only the new version carries, by basic code.</summary>
    public required IReadOnlyList<VersionedItem> Added { get; init; }

    /// <summary>Items only the old version carries, by basic code.</summary>
    public required IReadOnlyList<VersionedItem> Removed { get; init; }

    /// <summary>Items both carry that differ, by basic code.</summary>
    public required IReadOnlyList<ItemChange> Changed { get; init; }
}

/// <summary>An item added or removed.</summary>
/// <param name="BasicCode">Its basic code.</param>
/// <param name="Name">Its name.</param>
public sealed record VersionedItem(string BasicCode, string Name);

/// <summary>An item both versions carry, with what changed.</summary>
public sealed record ItemChange
{
    /// <summary>The basic code.</summary>
    public required string BasicCode { get; init; }

    /// <summary>The name in the new version.</summary>
    public required string Name { get; init; }

    /// <summary>Stricter, looser, mixed, or neutral, from the changes.</summary>
    public required ChangeDirection Direction { get; init; }

    /// <summary>The changes: name, then metrics in <see cref="ComparisonMetric"/> order, then materials added and removed, legal basis, handling type.</summary>
    public required IReadOnlyList<Change> Changes { get; init; }
}

/// <summary>One change to an item.</summary>
public sealed record Change
{
    private readonly MessageArgument message;

    private Change(string kind, string? old, string? @new, ChangeDirection direction, MessageArgument message)
    {
        Kind = kind;
        Old = old;
        New = @new;
        Direction = direction;
        this.message = message;
    }

    /// <summary>A metric name, or <c>materialSet</c>, <c>legalBasis</c>, <c>handlingType</c>, <c>name</c>.</summary>
    public string Kind { get; }

    /// <summary>The old value as text (a material's name when removed), or <see langword="null"/> when not stated.</summary>
    public string? Old { get; }

    /// <summary>The new value as text (a material's name when added), or <see langword="null"/> when not stated.</summary>
    public string? New { get; }

    /// <summary>Stricter, looser or neutral for the citizen.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>The key of the change's message in the library's texts, such as <c>Change_Metric</c>.</summary>
    public string Code => message.Key!;

    /// <summary>The values of the message's named placeholders, as data: <see cref="Message"/> renders them in a language.</summary>
    public IReadOnlyDictionary<string, MessageArgument> Arguments => message.Arguments;

    /// <summary>The change in words.</summary>
    /// <param name="culture">zh for Chinese; English otherwise; the current UI culture when omitted.</param>
    public string Message(CultureInfo? culture = null) => message.Render(culture);

    internal static Change Create(string kind, string? old, string? @new, ChangeDirection direction, string code, params (string Name, MessageArgument Value)[] arguments) =>
        new(kind, old, @new, direction, MessageArgument.Message(code, arguments));
}
