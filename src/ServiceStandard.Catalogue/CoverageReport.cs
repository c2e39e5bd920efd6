using ServiceStandard.Scoring;

namespace ServiceStandard.Catalogue;

/// <summary>How far one region covers the basic catalogue.</summary>
public sealed record RegionCoverage
{
    /// <summary>The region.</summary>
    public required CatalogueRegion Region { get; init; }

    /// <summary>The basic items the region implements (an item that is not cancelled), in the basic catalogue's order.</summary>
    public required IReadOnlyList<BasicItem> Implemented { get; init; }

    /// <summary>The basic items the region lacks, in the basic catalogue's order.</summary>
    public required IReadOnlyList<BasicItem> Missing { get; init; }

    /// <summary>Items the region lists that the basic catalogue does not (local items), by basic code.</summary>
    public required IReadOnlyList<BasicItem> Outside { get; init; }

    /// <summary>Implemented basic items as a percentage of the basic catalogue, 0 to 100, to 1 decimal.</summary>
    public required decimal Coverage { get; init; }
}

/// <summary>Which regions implement one basic item.</summary>
/// <param name="Item">The basic item.</param>
/// <param name="ImplementedBy">The division codes of the regions that implement it.</param>
/// <param name="MissingFrom">The division codes of the regions that lack it.</param>
public sealed record BasicItemCoverage(BasicItem Item, IReadOnlyList<string> ImplementedBy, IReadOnlyList<string> MissingFrom);

/// <summary>
/// Coverage of items (服务事项覆盖性, one dimension of the national evaluation): for every region of a
/// catalogue, which items of a basic catalogue it implements and which it lacks.
/// </summary>
public sealed record CoverageReport
{
    /// <summary>The basic catalogue measured against.</summary>
    public required BasicCatalogue Basic { get; init; }

    /// <summary>One entry per region, by division code.</summary>
    public required IReadOnlyList<RegionCoverage> Regions { get; init; }

    /// <summary>One entry per basic item, in the basic catalogue's order.</summary>
    public required IReadOnlyList<BasicItemCoverage> Items { get; init; }

    /// <summary>
    /// What the build left out (items with errors, files that cannot be read), each with its region when known: a
    /// region may implement an item the catalogue does not hold.
    /// </summary>
    public IReadOnlyList<CatalogueLeftOut> LeftOut { get; init; } = [];

    internal static CoverageReport Of(BasicCatalogue basic, IReadOnlyList<CatalogueRegion> regions, IReadOnlyDictionary<string, Dictionary<string, string>> implemented)
    {
        var codes = basic.Items.Select(i => i.BasicCode).ToHashSet(StringComparer.Ordinal);
        var perRegion = regions.Select(region =>
        {
            var has = implemented[region.Code];
            var done = basic.Items.Where(i => has.ContainsKey(i.BasicCode)).ToArray();
            return new RegionCoverage
            {
                Region = region,
                Implemented = done,
                Missing = basic.Items.Where(i => !has.ContainsKey(i.BasicCode)).ToArray(),
                Outside = has.Where(h => !codes.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => new BasicItem(h.Key, h.Value)).ToArray(),
                Coverage = basic.Items.Count == 0 ? 0m : Math.Round(100m * done.Length / basic.Items.Count, 1, MidpointRounding.AwayFromZero),
            };
        }).ToArray();
        var perItem = basic.Items.Select(item => new BasicItemCoverage(
            item,
            regions.Where(r => implemented[r.Code].ContainsKey(item.BasicCode)).Select(r => r.Code).ToArray(),
            regions.Where(r => !implemented[r.Code].ContainsKey(item.BasicCode)).Select(r => r.Code).ToArray())).ToArray();
        return new CoverageReport { Basic = basic, Regions = perRegion, Items = perItem };
    }
}
