using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Calendar.CalendarDiagnostics))]

namespace ServiceStandard.Calendar;

/// <summary>
/// The diagnostics of the working-day calendar (SS13xx, configuration: like loading problems, a rule set cannot
/// change them).
/// </summary>
internal static class CalendarDiagnostics
{
    /// <summary>SS1304: a holiday calendar file (<c>--calendar</c>) is wrong, at the line and column of the fault.</summary>
    internal static readonly DiagnosticDescriptor InvalidCalendar = DiagnosticCatalog.Define("SS1304", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>SS1305: a date the count needs is in a year the calendar has no notice for; a due date is never guessed.</summary>
    internal static readonly DiagnosticDescriptor OutsideCalendar = DiagnosticCatalog.Define("SS1305", Severity.Error, DiagnosticCategory.Loading);
}
