using ServiceStandard.Diagnostics;

namespace ServiceStandard.Loading;

/// <summary>
/// Collects the diagnostics of one document, stamping each with the file name. A bag made with
/// <paramref name="keeps"/> false keeps nothing: the loader's rewrites when no one will read them
/// (<see cref="LoadOptions.KeepRewrites"/>); callers test <see cref="Keeps"/> before formatting a rewrite.
/// </summary>
internal sealed class DiagnosticBag(string? file, bool keeps = true)
{
    private readonly List<Diagnostic> items = [];

    public string? File { get; } = file;

    /// <summary>False when the bag drops what is added (nothing will read it).</summary>
    public bool Keeps { get; } = keeps;

    public IReadOnlyList<Diagnostic> Items => items;

    public int ErrorCount { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, string path, SourcePosition? position, string? itemCode = null, params (string Name, string Value)[] arguments)
    {
        var args = arguments.Length == 0
            ? null
            : arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, path, position, args) { File = File, ItemCode = itemCode });
    }

    /// <summary>Drops what was added after the first <paramref name="count"/> diagnostics.</summary>
    public void TruncateTo(int count)
    {
        for (var i = count; i < items.Count; i++)
        {
            if (items[i].Severity == Severity.Error)
            {
                ErrorCount--;
            }
        }

        if (count < items.Count)
        {
            items.RemoveRange(count, items.Count - count);
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Error)
        {
            ErrorCount++;
        }

        if (Keeps)
        {
            items.Add(diagnostic);
        }
    }
}
