namespace ServiceStandard.Divisions;

/// <summary>The level of a GB/T 2260 division.</summary>
public enum DivisionLevel
{
    /// <summary>省级: province, autonomous region, municipality.</summary>
    Province,

    /// <summary>地级: prefecture-level city, prefecture, league.</summary>
    City,

    /// <summary>县级: county, district, county-level city, banner.</summary>
    County,
}

/// <summary>One GB/T 2260 administrative division.</summary>
/// <param name="Code">The 6-digit code.</param>
/// <param name="Name">The official name.</param>
/// <param name="Level">Province, city or county.</param>
/// <param name="ParentCode">The enclosing division's code, or <see langword="null"/> for a province.</param>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode);
