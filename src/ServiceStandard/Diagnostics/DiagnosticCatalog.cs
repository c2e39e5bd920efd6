using System.Reflection;
namespace ServiceStandard.Diagnostics;

/// <summary>
/// Every rule the toolkit can report, by stable code. Codes are grouped: SS10xx loading, SS11xx structure,
/// SS12xx unknown content, SS15xx spreadsheets, SS2xxx identity, SS3xxx time limits, SS4xxx process, SS5xxx guide, SS6xxx fees,
/// SS7xxx contacts, SS8xxx normalization. A retired code is never reused.
/// Each feature declares its descriptors with <see cref="Define"/> in its own folder and names that class with
/// <see cref="DiagnosticDescriptorsAttribute"/>; <see cref="All"/> lists them all.
/// </summary>
public static class DiagnosticCatalog
{
    // Declared first: static fields initialize in textual order, and the descriptors below register here.
    private static readonly List<DiagnosticDescriptor> Registry = [];

    /// <summary>Codes that were once reported and are never to be used again (declared before any descriptor).</summary>
    internal static readonly IReadOnlyList<string> Retired = ["SS1108"];

    // Loading: reading bytes into a tree.
    internal static readonly DiagnosticDescriptor SyntaxError = New("SS1001", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor DuplicateKey = New("SS1002", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor NotUtf8 = New("SS1003", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor MultipleDocuments = New("SS1004", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor EmptyDocument = New("SS1005", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor LimitExceeded = New("SS1006", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor RootNotMapping = New("SS1007", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor UnsupportedVersion = New("SS1008", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor Unreadable = New("SS1009", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor NulCharacter = New("SS1010", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor DecodedGb18030 = New("SS1011", Severity.Warning, DiagnosticCategory.Loading);

    // Structure: the shape the format 1.0 schema describes.
    internal static readonly DiagnosticDescriptor RequiredMissing = New("SS1101", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor WrongType = New("SS1102", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor NotInCodeList = New("SS1103", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor PatternMismatch = New("SS1104", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor OutOfRange = New("SS1105", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor AmbiguousScalar = New("SS1106", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor InvalidDate = New("SS1107", Severity.Error, DiagnosticCategory.Schema);
    internal static readonly DiagnosticDescriptor UnreadableValue = New("SS1109", Severity.Error, DiagnosticCategory.Schema);

    // SS1108 (time limit written as text, an error) is retired: phrases are read by the loader now (SS8101,
    // SS8102) and one that cannot be read is the warning SS8103.

    // Unknown content.
    internal static readonly DiagnosticDescriptor UnknownKey = New("SS1201", Severity.Warning, DiagnosticCategory.Schema);

    // Configuration: rule-set files.
    internal static readonly DiagnosticDescriptor InvalidRuleSetting = New("SS1301", Severity.Error, DiagnosticCategory.Loading);
    internal static readonly DiagnosticDescriptor InvalidDivisions = New("SS1306", Severity.Error, DiagnosticCategory.Loading);

    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> Everything = new(() =>
    {
        // Touch each feature's catalogue (each names itself with [assembly: DiagnosticDescriptors]) so that its static
        // fields (and Define calls) have run: reading a static field runs the class's initializers first. (Not
        // RunClassConstructor on a type handle: Native AOT cannot tell which types that names; the attribute's
        // annotation keeps the fields read here.)
        foreach (var source in typeof(DiagnosticCatalog).Assembly.GetCustomAttributes(typeof(DiagnosticDescriptorsAttribute), inherit: false))
        {
            var fields = ((DiagnosticDescriptorsAttribute)source).Descriptors.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
            _ = fields.FirstOrDefault(f => !f.IsLiteral)?.GetValue(null);
        }

        lock (Registry)
        {
            return Registry.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        }
    });

    /// <summary>Every rule, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Everything.Value;

    /// <summary>Finds a rule by its code, or returns <see langword="null"/>.</summary>
    /// <param name="code">A code such as <c>SS1001</c> (case-insensitive).</param>
    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Declares a descriptor; each feature's catalogue calls this from its static fields.</summary>
    internal static DiagnosticDescriptor Define(string code, Severity severity, DiagnosticCategory category)
    {
        var descriptor = new DiagnosticDescriptor(code, severity, category);
        lock (Registry)
        {
            if (Registry.Any(d => d.Code == code) || Retired.Contains(code))
            {
                throw new InvalidOperationException($"Diagnostic code {code} is defined twice or was retired.");
            }

            Registry.Add(descriptor);
        }

        return descriptor;
    }

    private static DiagnosticDescriptor New(string code, Severity severity, DiagnosticCategory category) =>
        Define(code, severity, category);
}
