using ServiceStandard.CodeLists;

namespace ServiceStandard.Catalogue;

/// <summary>
/// What to look for in a <see cref="ServiceCatalogue"/>: words and filters. Every filter narrows the
/// result; a query with no words and no filter lists every item.
/// </summary>
public sealed record CatalogueQuery
{
    /// <summary>The most distinct words a search takes (SQLite bounds the depth of one query's expression).</summary>
    public const int MaxWords = 64;

    /// <summary>
    /// The words, separated by white space; every word must occur (as a substring: Chinese has no spaces)
    /// in the item's name, materials, acceptance conditions, authority, themes, result, legal basis or codes.
    /// Case is ignored for Latin letters. The text is data, never query syntax: quotes, <c>*</c>,
    /// <c>NEAR(</c> or <c>' OR 1=1</c> are searched for as written.
    /// </summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>A GB/T 2260 division code: only items of that division and the divisions under it.</summary>
    public string? Region { get; init; }

    /// <summary>Only items of this type (事项类型).</summary>
    public ItemType? Type { get; init; }

    /// <summary>Only items that serve this kind of applicant (服务对象).</summary>
    public ServiceObject? ServiceObject { get; init; }

    /// <summary>Only items under this theme (主题分类, as the inventory writes it; surrounding spaces are dropped, as the catalogue drops them from the inventory's themes).</summary>
    public string? Theme { get; init => field = value?.Trim(); }

    /// <summary>Only items that can be done entirely online (全程网办: online depth 4).</summary>
    public bool OnlineOnly { get; init; }

    /// <summary>Only items that need at most this many trips to an office (items that state no number are left out).</summary>
    public int? MaxVisits { get; init; }

    /// <summary>The most results to return (the total is counted regardless); 20 when not set.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>How many results to skip before the first one returned (paging).</summary>
    public int Offset { get; init; }

    /// <summary>
    /// Count the matches exactly up to this many; beyond, <see cref="CatalogueSearchResult.Total"/> is this number and
    /// <see cref="CatalogueSearchResult.TotalIsExact"/> false (as Elasticsearch's <c>track_total_hits</c>). Null (the
    /// default): count every match. Counting every match of a common word in a million items reads most of the index;
    /// <c>svcstd serve</c> counts up to its <c>MaxTotal</c>.
    /// </summary>
    public int? TotalLimit { get; init; }
}

/// <summary>One item found: the figures a citizen compares at a glance (docs/format.md section 6).</summary>
public sealed record CatalogueHit
{
    /// <summary>The item's row in the catalogue; <see cref="ServiceCatalogue.Item(long)"/> reads it whole.</summary>
    public required long Id { get; init; }

    /// <summary>基本编码.</summary>
    public required string BasicCode { get; init; }

    /// <summary>事项名称.</summary>
    public required string Name { get; init; }

    /// <summary>The region whose inventory lists the item.</summary>
    public required Model.Region Region { get; init; }

    /// <summary>The implementing body's name (实施主体).</summary>
    public required string Authority { get; init; }

    /// <summary>事项类型.</summary>
    public required ItemType Type { get; init; }

    /// <summary>The committed time limit in working-day equivalents, to 2 decimals; null when not stated.</summary>
    public decimal? CommittedWorkingDays { get; init; }

    /// <summary>The number of required materials.</summary>
    public required int Materials { get; init; }

    /// <summary>到办事现场次数; null when not stated.</summary>
    public int? OnsiteVisits { get; init; }

    /// <summary>网上办理深度 1 to 4; null when not stated.</summary>
    public int? OnlineDepth { get; init; }

    /// <summary>The inventory file the item was imported from, as it was named to the builder.</summary>
    public required string File { get; init; }

    /// <summary>The 1-based line of the item in that file; null when unknown.</summary>
    public int? Line { get; init; }
}

/// <summary>The answer to a <see cref="CatalogueQuery"/>.</summary>
/// <param name="Query">The words searched for, as given.</param>
/// <param name="Total">How many items match (all of them, not only those returned; at least this many when <see cref="TotalIsExact"/> is false).</param>
/// <param name="Results">The best matches first, at most <see cref="CatalogueQuery.Limit"/>.</param>
public sealed record CatalogueSearchResult(string Query, int Total, IReadOnlyList<CatalogueHit> Results)
{
    /// <summary>False when the matches were counted up to <see cref="CatalogueQuery.TotalLimit"/> and there are more: <see cref="Total"/> is then a lower bound.</summary>
    public bool TotalIsExact { get; init; } = true;
}

/// <summary>How many matching items fall under one value of a facet.</summary>
/// <param name="Value">The value: a division code, a code-list token or a theme.</param>
/// <param name="Label">What people read: the region's name, the Chinese label, the theme.</param>
/// <param name="Count">The number of matching items.</param>
public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>The matching items counted by region, item type, service object and theme, largest first.</summary>
/// <param name="Regions">By the inventory's region.</param>
/// <param name="Types">By 事项类型.</param>
/// <param name="ServiceObjects">By 服务对象 (an item serving several kinds counts under each).</param>
/// <param name="Themes">By 主题分类 (an item with several themes counts under each).</param>
public sealed record CatalogueFacets(
    IReadOnlyList<FacetCount> Regions,
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> ServiceObjects,
    IReadOnlyList<FacetCount> Themes);
