using ServiceStandard.CodeLists;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Comparison;

/// <summary>
/// What a regional comparison reads of one inventory, taken once as the inventory comes in, so that the inventory
/// itself need not stay in memory. The text it reads is tidied as <see cref="Normalization.InventoryNormalizer"/> tidies it (codes in
/// code form, names and titles in prose form; both idempotent), so a comparison of inventories as loaded and one of the
/// same inventories normalized are the same.
/// </summary>
/// <param name="RegionCode">The division code.</param>
/// <param name="RegionName">The region's name as the inventory writes it, if it does.</param>
/// <param name="Items">What the comparison reads of each item, in inventory order.</param>
internal sealed record ComparedInventory(string RegionCode, string? RegionName, ComparedItem[] Items)
{
    public static ComparedInventory Of(Inventory inventory, ComparisonKeys keys) => new(
        keys.Code(inventory.Region.Code),
        inventory.Region.Name is { } name ? keys.Prose(name) : null,
        inventory.Items.Select(item => new ComparedItem(item, keys)).ToArray());
}

/// <summary>
/// What a regional comparison reads of one item: code, name and name key, figures, required materials, legal basis,
/// handling type (see <see cref="ComparedInventory"/>).
/// </summary>
internal sealed class ComparedItem
{
    public ComparedItem(ServiceItem item, ComparisonKeys keys)
    {
        BasicCode = keys.Code(item.BasicCode);
        Name = keys.Prose(item.Name);
        NameKey = keys.Name(Name);
        Metrics = ItemMetrics.Of(item);
        StatesMaterials = item.Guide is { Materials.Count: > 0 };
        var required = new List<(string Key, string Name)>();
        foreach (var material in item.Guide?.Materials ?? [])
        {
            if (material.Required)
            {
                var name = keys.Prose(material.Name);
                required.Add((keys.Material(name), name));
            }
        }

        RequiredMaterials = required;
        var titles = new List<string>();
        var titleKeys = new List<string>();
        foreach (var basis in item.Authority.LegalBasis)
        {
            var title = keys.Prose(basis.Title);
            if (!titles.Contains(title))
            {
                titles.Add(title);
            }

            var titleKey = keys.Name(title);
            if (!titleKeys.Contains(titleKey))
            {
                titleKeys.Add(titleKey);
            }
        }

        titleKeys.Sort(StringComparer.Ordinal);
        LegalBasisKey = titleKeys.Count > 0 ? string.Join('\n', titleKeys) : null;
        LegalBasisTitles = titles;
        HandlingType = item.HandlingType;
    }

    /// <summary>The basic code (blank for an item aligned by name).</summary>
    public string BasicCode { get; }

    public bool HasCode => !string.IsNullOrWhiteSpace(BasicCode);

    public string Name { get; }

    /// <summary>The key of the name for alignment (<see cref="RegionalComparison.NameKey"/>).</summary>
    public string NameKey { get; }

    public ItemMetrics Metrics { get; }

    /// <summary>True when the guide lists at least one material (required or not).</summary>
    public bool StatesMaterials { get; }

    /// <summary>The required materials in guide order: the synonym key and the name.</summary>
    public IReadOnlyList<(string Key, string Name)> RequiredMaterials { get; }

    /// <summary>The normalized, distinct, ordered legal basis titles joined by line breaks; null when the item states none.</summary>
    public string? LegalBasisKey { get; }

    /// <summary>The distinct legal basis titles, in order.</summary>
    public IReadOnlyList<string> LegalBasisTitles { get; }

    public HandlingType? HandlingType { get; }
}

/// <summary>
/// The tidied text, name keys and material synonym keys of one comparison, each worked out once per distinct text:
/// the same names recur in every region, and tidying and Unicode normalization are the costly part. Not thread-safe.
/// </summary>
internal sealed class ComparisonKeys(MaterialSynonyms synonyms)
{
    private readonly Dictionary<string, string> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> prose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> materials = new(StringComparer.Ordinal);

    /// <summary><see cref="TextForms.Code"/>, as the normalizer writes codes.</summary>
    public string Code(string text) => codes.TryGetValue(text, out var key) ? key : codes[text] = TextForms.Code(text);

    /// <summary><see cref="TextForms.Prose"/>, as the normalizer writes names and titles.</summary>
    public string Prose(string text) => prose.TryGetValue(text, out var key) ? key : prose[text] = TextForms.Prose(text);

    /// <summary><see cref="MaterialSynonyms.Normalize"/> of an item name or a legal basis title.</summary>
    public string Name(string text) => names.TryGetValue(text, out var key) ? key : names[text] = MaterialSynonyms.Normalize(text);

    /// <summary><see cref="MaterialSynonyms.Key"/> of a material name.</summary>
    public string Material(string text) => materials.TryGetValue(text, out var key) ? key : materials[text] = synonyms.Key(text);
}
