using ServiceStandard.Divisions;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>One item of the catalogue in full: the item as its region published it, and where it came from.</summary>
public sealed record CatalogueItem
{
    /// <summary>The figures of the item, as a search returns them (with the item's file and line).</summary>
    public required CatalogueHit Summary { get; init; }

    /// <summary>The item, every element of format 1.0 (keys the format does not define are not kept).</summary>
    public required ServiceItem Item { get; init; }

    /// <summary>The same item as a JSON object of format 1.0 (code-list tokens, no nulls), as the catalogue stores it.</summary>
    public required string Document { get; init; }

    /// <summary>The item's region, with its place in the division hierarchy.</summary>
    public required CatalogueRegion Region { get; init; }
}

/// <summary>A region that has items in the catalogue, with its GB/T 2260 ancestors.</summary>
public sealed record CatalogueRegion
{
    /// <summary>The 6-digit division code.</summary>
    public required string Code { get; init; }

    /// <summary>The name its inventory gives (else the GB/T 2260 name).</summary>
    public required string Name { get; init; }

    /// <summary>The name with its ancestors', province first, such as 云南省怒江傈僳族自治州.</summary>
    public required string FullName { get; init; }

    /// <summary>Province, city or county.</summary>
    public required DivisionLevel Level { get; init; }

    /// <summary>The enclosing province, or null for a province.</summary>
    public Model.Region? Province { get; init; }

    /// <summary>The enclosing city (地级), or null for a province or a city.</summary>
    public Model.Region? City { get; init; }

    /// <summary>The number of items in the catalogue for this region.</summary>
    public required int Items { get; init; }
}
