using ServiceStandard.CodeLists;
using ServiceStandard.Divisions;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>What both stores write for one item, region and authority: the same values, whichever database holds them.</summary>
internal static class ItemRow
{
    /// <summary>The columns of <c>items</c> after <c>file_id, position, line, column, region_code</c>, in this order.</summary>
    public const string Columns = """
        basic_code, implementation_code, name, type, status,
        authority_id, handling_type, legal_value, legal_unit, legal_working_days, committed_value, committed_unit,
        committed_working_days, required_materials, materials, fee_charged, fee_total, online_depth, onsite_visits,
        process_steps, intermediary_services, result_name
        """;

    /// <summary>The values of <see cref="Columns"/> for an item.</summary>
    public static object?[] Values(ServiceItem item, long authorityId)
    {
        var guide = item.Guide;
        var materials = guide?.Materials ?? [];
        var fees = guide?.Fees;
        var legal = item.TimeLimits?.Legal;
        var committed = item.TimeLimits?.Committed;
        return
        [
            item.BasicCode, item.ImplementationCode, item.Name,
            CodeListCatalog.ItemTypes[item.Type].Token, CodeListCatalog.ItemStatuses[item.Status].Token, authorityId,
            item.HandlingType is { } handling ? CodeListCatalog.HandlingTypes[handling].Token : null,
            Real(legal?.Value), legal is null ? null : CodeListCatalog.TimeUnits[legal.Unit].Token, Real(legal?.ToWorkingDays()),
            Real(committed?.Value), committed is null ? null : CodeListCatalog.TimeUnits[committed.Unit].Token, Real(committed?.ToWorkingDays()),
            materials.Count(m => m.Required), materials.Count, fees?.Charged,
            Real(fees is null ? 0m : DomainBounds.Sum(fees.Items.Select(f => f.Amount))), guide?.OnlineDepth, guide?.OnsiteVisits,
            item.Process?.Steps.Count ?? 0, guide?.IntermediaryServices.Count ?? 0, guide?.Result?.Name,
        ];
    }

    /// <summary>The values of <c>authorities (name, credit_code, nature, level, source)</c>.</summary>
    public static object?[] Authority(Authority authority) =>
    [
        authority.Name, authority.CreditCode ?? string.Empty,
        authority.Nature is { } nature ? CodeListCatalog.AuthorityNatures[nature].Token : null,
        authority.Level is { } level ? CodeListCatalog.ExerciseLevels[level].Token : null,
        authority.Source is { } source ? CodeListCatalog.PowerSources[source].Token : null,
    ];

    /// <summary>The values of <c>regions (code, name, full_name, level, parent_code, province_code, province_name, city_code, city_name)</c>, and the region's ancestors.</summary>
    public static (object?[] Values, IReadOnlyList<string> Ancestors) Region(Region region)
    {
        var chain = RegionChain.Of(region.Code);
        var name = region.Name ?? chain.Name ?? region.Code;
        return (
            [region.Code, name, chain.FullName ?? name, RegionChain.Token(chain.Level), chain.ParentCode,
             chain.Province?.Code, chain.Province?.Name, chain.City?.Code, chain.City?.Name],
            chain.Ancestors);
    }

    /// <summary>The searchable text of an item: its five columns (name, materials, conditions, authority, other) and every text apart (for the pairs).</summary>
    public static (string[] Columns, List<string> Texts) Text(ServiceItem item)
    {
        var authority = item.Authority;
        var guide = item.Guide;
        var materials = guide?.Materials ?? [];
        var other = new List<string> { item.BasicCode };
        if (item.ImplementationCode is { } implementation)
        {
            other.Add(implementation);
        }

        other.AddRange(item.Themes);
        other.AddRange(authority.LegalBasis.Select(b => b.Title));
        other.AddRange(guide?.IntermediaryServices.Select(s => s.Name) ?? []);
        if (guide?.Result?.Name is { } result)
        {
            other.Add(result);
        }

        var texts = new List<string> { item.Name };
        texts.AddRange(materials.Select(m => m.Name));
        texts.AddRange(guide?.AcceptanceConditions ?? []);
        texts.Add(authority.Name);
        texts.AddRange(other);
        return (
            [item.Name, string.Join('\n', materials.Select(m => m.Name)), string.Join('\n', guide?.AcceptanceConditions ?? []), authority.Name, string.Join('\n', other)],
            texts);
    }

    /// <summary>The keys of an item's filters in SQLite's key index: its region and those above it, its type, its service objects, online.</summary>
    public static IEnumerable<string> FilterKeys(ServiceItem item, string region)
    {
        var keys = RegionChain.Of(region).Ancestors.Select(SearchText.RegionKey).ToList();
        keys.Add(SearchText.TypeKey(CodeListCatalog.ItemTypes[item.Type].Token));
        keys.AddRange(item.ServiceObjects.Select(o => SearchText.ObjectKey(CodeListCatalog.ServiceObjects[o].Token)));
        if (item.Guide?.OnlineDepth == 4)
        {
            keys.Add(SearchText.OnlineKey);
        }

        return keys;
    }

    /// <summary>The keys of a query's filters, as <see cref="FilterKeys(ServiceItem, string)"/> gives them for an item (a theme and the number of visits are not keys).</summary>
    public static IEnumerable<string> FilterKeys(CatalogueQuery query) => new[]
    {
        query.Region is { } region ? SearchText.RegionKey(region) : null,
        query.Type is { } type ? SearchText.TypeKey(CodeListCatalog.ItemTypes[type].Token) : null,
        query.ServiceObject is { } served ? SearchText.ObjectKey(CodeListCatalog.ServiceObjects[served].Token) : null,
        query.OnlineOnly ? SearchText.OnlineKey : null,
    }.OfType<string>();

    /// <summary>Numbers are stored as REAL / double precision (Microsoft.Data.Sqlite would store a decimal as TEXT).</summary>
    private static double? Real(decimal? value) => value is { } number ? (double)number : null;
}
