using ServiceStandard.Catalogue;

namespace ServiceStandard.Cli.Rendering;

/// <summary>What a catalogue build left out, as the reports say it (<see cref="LeftOut"/>).</summary>
internal static class CatalogueLeftOuts
{
    public static LeftOut Of(CatalogueLeftOut entry) => new(entry.File, entry.Item, entry.Reason, entry.BasicCode, entry.RegionCode);
}
