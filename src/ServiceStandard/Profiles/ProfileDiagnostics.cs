using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Profiles.ProfileDiagnostics))]

namespace ServiceStandard.Profiles;

/// <summary>The diagnostics of profiles (SS14xx).</summary>
internal static class ProfileDiagnostics
{
    /// <summary>SS1401: a document breaks a constraint the profile adds to the base schema.</summary>
    internal static readonly DiagnosticDescriptor ConstraintViolated = DiagnosticCatalog.Define("SS1401", Severity.Error, DiagnosticCategory.Schema);

    /// <summary>SS1402: the profile file itself is wrong (missing name or base, unknown base version, bad overlay or rule).</summary>
    internal static readonly DiagnosticDescriptor InvalidProfile = DiagnosticCatalog.Define("SS1402", Severity.Error, DiagnosticCategory.Loading);
}
