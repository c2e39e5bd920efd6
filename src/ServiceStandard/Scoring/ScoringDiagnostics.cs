using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Scoring.ScoringDiagnostics))]

namespace ServiceStandard.Scoring;

/// <summary>
/// Problems in the scoring inputs that are not inventories: the weights file and the basic catalogue.
/// SS13xx, configuration; like loading problems, a rule set cannot change them.
/// </summary>
internal static class ScoringDiagnostics
{
    public static readonly DiagnosticDescriptor InvalidWeight = DiagnosticCatalog.Define("SS1302", Severity.Error, DiagnosticCategory.Loading);
    public static readonly DiagnosticDescriptor InvalidCatalogue = DiagnosticCatalog.Define("SS1303", Severity.Error, DiagnosticCategory.Loading);
}
