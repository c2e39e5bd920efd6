using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Validation.Rules))]

namespace ServiceStandard.Validation;

/// <summary>
/// The business rules a careful reviewer of 办事指南 applies (DOMAIN.md, "Rules departments get wrong"),
/// by stable code. SS2xxx identity, SS3xxx time limits, SS4xxx process, SS5xxx guide, SS6xxx fees,
/// SS7xxx contacts. Messages are in RuleMessages.resx (en) and RuleMessages.zh.resx.
/// </summary>
internal static class Rules
{
    // Identity: codes, divisions, legal basis, duplicates.
    public static readonly DiagnosticDescriptor CreditCodeCheck = Define("SS2101", Severity.Error, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor OrganizationCodeCheck = Define("SS2102", Severity.Error, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor ImplementationCodeParts = Define("SS2103", Severity.Error, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor UnknownDivision = Define("SS2104", Severity.Error, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor DivisionOutsideRegion = Define("SS2105", Severity.Warning, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor BasicCodeStructure = Define("SS2106", Severity.Warning, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor DuplicateItem = Define("SS2107", Severity.Error, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor FormerDivision = Define("SS2108", Severity.Info, DiagnosticCategory.Identity);
    public static readonly DiagnosticDescriptor MissingLegalBasis = Define("SS2201", Severity.Error, DiagnosticCategory.Identity);

    // Time limits.
    public static readonly DiagnosticDescriptor CommittedExceedsLegal = Define("SS3101", Severity.Error, DiagnosticCategory.TimeLimits);
    public static readonly DiagnosticDescriptor ImmediateWithDays = Define("SS3102", Severity.Warning, DiagnosticCategory.TimeLimits);
    public static readonly DiagnosticDescriptor ImmediateWithLongLimit = Define("SS3107", Severity.Error, DiagnosticCategory.TimeLimits);
    public static readonly DiagnosticDescriptor PromisedButImmediate = Define("SS3103", Severity.Error, DiagnosticCategory.TimeLimits);
    public static readonly DiagnosticDescriptor StepsExceedCommitted = Define("SS3104", Severity.Warning, DiagnosticCategory.TimeLimits);
    public static readonly DiagnosticDescriptor ImmediateNotZero = Define("SS3105", Severity.Error, DiagnosticCategory.TimeLimits);
    public static readonly DiagnosticDescriptor MissingCommittedLimit = Define("SS3106", Severity.Warning, DiagnosticCategory.TimeLimits);

    // Process.
    public static readonly DiagnosticDescriptor LicenceWithoutSteps = Define("SS4101", Severity.Error, DiagnosticCategory.Process);

    // Guide.
    public static readonly DiagnosticDescriptor VisitsWithoutReason = Define("SS5101", Severity.Warning, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor FullyOnlineWithVisits = Define("SS5102", Severity.Error, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor NoVisitsNoRemoteChannel = Define("SS5103", Severity.Error, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor CertificateResultType = Define("SS5104", Severity.Warning, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor VagueMaterial = Define("SS5105", Severity.Warning, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor VagueCondition = Define("SS5106", Severity.Warning, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor ReplacedMaterialNotListed = Define("SS5107", Severity.Warning, DiagnosticCategory.Guide);
    public static readonly DiagnosticDescriptor ReplacedWithoutCommitment = Define("SS5108", Severity.Warning, DiagnosticCategory.Guide);

    // Fees.
    public static readonly DiagnosticDescriptor ChargedWithoutItems = Define("SS6101", Severity.Error, DiagnosticCategory.Fees);
    public static readonly DiagnosticDescriptor FeeWithoutBasis = Define("SS6102", Severity.Warning, DiagnosticCategory.Fees);
    public static readonly DiagnosticDescriptor ItemsWhileNotCharged = Define("SS6103", Severity.Error, DiagnosticCategory.Fees);

    // Contacts.
    public static readonly DiagnosticDescriptor MissingConsultation = Define("SS7101", Severity.Warning, DiagnosticCategory.Contacts);
    public static readonly DiagnosticDescriptor MissingComplaint = Define("SS7102", Severity.Warning, DiagnosticCategory.Contacts);
    public static readonly DiagnosticDescriptor MalformedPhone = Define("SS7103", Severity.Warning, DiagnosticCategory.Contacts);
    public static readonly DiagnosticDescriptor SeveralPhones = Define("SS7104", Severity.Warning, DiagnosticCategory.Contacts);

    private static DiagnosticDescriptor Define(string code, Severity severity, DiagnosticCategory category) =>
        DiagnosticCatalog.Define(code, severity, category);
}
