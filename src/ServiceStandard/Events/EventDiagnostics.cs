using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Events.EventDiagnostics))]

namespace ServiceStandard.Events;

/// <summary>
/// The diagnostics of event files (SS13xx, configuration: like loading problems, a rule set cannot change them).
/// </summary>
internal static class EventDiagnostics
{
    /// <summary>SS1307: an event file is wrong, at the line and column of the fault.</summary>
    internal static readonly DiagnosticDescriptor InvalidEvent = DiagnosticCatalog.Define("SS1307", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>SS1308: no inventory read carries an item of the event, at the line and column of its code in the event file.</summary>
    internal static readonly DiagnosticDescriptor ItemNowhere = DiagnosticCatalog.Define("SS1308", Severity.Warning, DiagnosticCategory.Loading);
}
