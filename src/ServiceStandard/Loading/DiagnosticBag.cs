using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>Collects the diagnostics of one document, stamping each with the file name.</summary>
internal sealed class DiagnosticBag(string? file)
{
    private readonly List<Diagnostic> items = [];

    public string? File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => items;

    public int ErrorCount { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, string path, SourcePosition? position, string? itemCode = null, params (string Name, string Value)[] arguments)
    {
        var args = arguments.Length == 0
            ? null
            : arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, path, position, args) { File = File, ItemCode = itemCode });
    }

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Error)
        {
            ErrorCount++;
        }

        items.Add(diagnostic);
    }
}
