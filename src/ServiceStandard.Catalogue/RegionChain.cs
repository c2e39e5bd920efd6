using ServiceStandard.Divisions;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// A division and its GB/T 2260 ancestors. Codes the table does not know (historical divisions) fall back
/// on the code's own structure: <c>PP0000</c> province, <c>PPCC00</c> city, anything else county.
/// </summary>
internal sealed record RegionChain(
    string Code, string? Name, string? FullName, DivisionLevel Level, string? ParentCode, Region? Province, Region? City)
{
    /// <summary>The division itself and every division above it, nearest first.</summary>
    public IReadOnlyList<string> Ancestors { get; init; } = [];

    public static RegionChain Of(string code)
    {
        if (DivisionTable.Find(code) is { } division)
        {
            var chain = new List<Division>();
            for (var current = division; current is not null; current = DivisionTable.ParentOf(current))
            {
                chain.Add(current);
            }

            Region? At(DivisionLevel level) =>
                chain.FirstOrDefault(d => d.Level == level && d.Code != code) is { } found ? new Region { Code = found.Code, Name = found.Name } : null;
            return new RegionChain(code, division.Name, DivisionTable.FullName(code), division.Level, division.ParentCode, At(DivisionLevel.Province), At(DivisionLevel.City))
            {
                Ancestors = chain.Select(d => d.Code).ToArray(),
            };
        }

        var province = code[..2] + "0000";
        var city = code[..4] + "00";
        var level = code == province ? DivisionLevel.Province : code == city ? DivisionLevel.City : DivisionLevel.County;
        var ancestors = new[] { code, city, province }.Distinct(StringComparer.Ordinal).ToArray();
        Region? Known(string ancestor) =>
            ancestor != code && DivisionTable.Find(ancestor) is { } found ? new Region { Code = found.Code, Name = found.Name } : null;
        return new RegionChain(code, null, null, level, ancestors.Length > 1 ? ancestors[1] : null, Known(province), level == DivisionLevel.County ? Known(city) : null)
        {
            Ancestors = ancestors,
        };
    }

    /// <summary>The word the catalogue stores for a level.</summary>
    public static string Token(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => "province",
        DivisionLevel.City => "city",
        _ => "county",
    };

    public static DivisionLevel LevelOf(string token) => token switch
    {
        "province" => DivisionLevel.Province,
        "city" => DivisionLevel.City,
        _ => DivisionLevel.County,
    };
}
