using System.Text.Json;
using ServiceStandard.Reporting;

namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// The catalogue's reports written the way the library's others are (<see cref="JsonText"/>, <see cref="LeftOutWriter"/>):
/// JSON indented with Chinese unescaped and a trailing newline, and what a build left out as a <see cref="LeftOut"/>.
/// </summary>
internal static class ReportText
{
    /// <summary>An indented JSON document (Chinese text unescaped) with a trailing newline.</summary>
    public static string Json(Action<Utf8JsonWriter> write) => JsonText.Write(write);

    /// <summary>What a catalogue build left out, as every report says it.</summary>
    public static LeftOut LeftOutOf(CatalogueLeftOut entry) => new(entry.File, entry.Item, entry.Reason, entry.BasicCode, entry.RegionCode);

    /// <summary>The lines naming what the build left out and a blank line; nothing when nothing was left out.</summary>
    public static string LeftOutText(IReadOnlyList<CatalogueLeftOut> leftOut, System.Globalization.CultureInfo culture) =>
        LeftOutWriter.Text([.. leftOut.Select(LeftOutOf)], culture);

    /// <summary>The <c>excluded</c> array of the JSON reports.</summary>
    public static void Excluded(Utf8JsonWriter json, IReadOnlyList<CatalogueLeftOut> leftOut, System.Globalization.CultureInfo culture) =>
        LeftOutWriter.Json(json, [.. leftOut.Select(LeftOutOf)], culture);
}
