using System.Globalization;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Tests.Support;

/// <summary>The one-line form fixtures use for expected diagnostics: <c>SS1104 error 3:9 /region/code</c>.</summary>
internal static class DiagnosticLines
{
    public static string Of(Diagnostic d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Position?.ToString() ?? "-"} {(d.Path.Length == 0 ? "/" : d.Path)}");

    public static IReadOnlyList<string> Of(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Of).ToArray();

    public static IReadOnlyList<string> Expected(string documentPath)
    {
        var expected = Path.ChangeExtension(documentPath, ".expected");
        return File.Exists(expected)
            ? File.ReadAllLines(expected).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray()
            : [];
    }
}
