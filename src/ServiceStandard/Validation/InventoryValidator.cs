using System.Globalization;
using System.Text;
using FluentValidation;
using Severity = ServiceStandard.Diagnostics.Severity;
using FluentValidation.Results;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Validation;

/// <summary>
/// Validates inventories: syntax, structure (the format's schema) and the business rules of
/// <see cref="DiagnosticCatalog"/>, each finding with its line, column and canonical JSON Pointer.
/// Safe to call from many threads at once.
/// </summary>
public static class InventoryValidator
{
    /// <summary>Loads and validates a file.</summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <param name="options">Rules, strictness and limits; defaults when omitted.</param>
    public static ValidationResult ValidateFile(string path, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        return Validate(InventoryLoader.LoadFile(path, options.Load with { KeepRewrites = false }), options); // validation lists no rewrites
    }

    /// <summary>Loads and validates a document from a stream.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="file">The name to stamp on diagnostics.</param>
    /// <param name="options">Rules, strictness and limits; defaults when omitted.</param>
    public static ValidationResult Validate(Stream stream, DocumentFormat format, string? file = null, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        return Validate(InventoryLoader.Load(stream, format, file, options.Load with { KeepRewrites = false }), options);
    }

    /// <summary>Validates an inventory built in code (diagnostics carry paths but no positions).</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="options">Rules and strictness; defaults when omitted.</param>
    public static ValidationResult Validate(Inventory inventory, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var indices = Enumerable.Range(0, inventory.Items.Count).ToArray();
        var load = new LoadResult(null, DocumentFormat.Json, inventory, [], null, false, indices);
        return Validate(load, options);
    }

    /// <summary>Validates an already loaded document: its loading diagnostics plus the business rules.</summary>
    /// <param name="load">The result of <see cref="InventoryLoader"/>.</param>
    /// <param name="options">Rules and strictness; defaults when omitted.</param>
    public static ValidationResult Validate(LoadResult load, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        options ??= ValidationOptions.Default;
        IEnumerable<Diagnostic> all = load.Diagnostics;
        if (load.Inventory is { } inventory)
        {
            all = all.Concat(ApplyRules(load, inventory));
        }

        if (options.Profile is { } profile)
        {
            // The profile's schema is checked too; keys it declares (local extensions) are no longer unknown.
            all = all.Where(d => d.Code != "SS1201" || !profile.Declares(d.Path[(d.Path.LastIndexOf('/') + 1)..])).Concat(profile.Check(load));
        }

        var effective = new List<Diagnostic>();
        foreach (var diagnostic in all)
        {
            if (Effective(diagnostic, options) is { } kept)
            {
                effective.Add(kept);
            }
        }

        var ordered = effective
            .OrderBy(d => d.Position?.Line ?? 0)
            .ThenBy(d => d.Position?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
        return new ValidationResult(load, ordered);
    }

    private static Diagnostic? Effective(Diagnostic diagnostic, ValidationOptions options)
    {
        var severity = diagnostic.Descriptor.Category == DiagnosticCategory.Loading
            ? diagnostic.Severity
            : options.Profile?.Rules.Codes.Contains(diagnostic.Code) == true
                ? options.Profile.Rules.SeverityOf(diagnostic.Descriptor)
                : options.Rules.SeverityOf(diagnostic.Descriptor);
        if (severity is null)
        {
            return null;
        }

        if (options.Strict && severity == Severity.Warning)
        {
            severity = Severity.Error;
        }

        return severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity.Value };
    }

    private static IEnumerable<Diagnostic> ApplyRules(LoadResult load, Inventory inventory)
    {
        var context = new ValidationContext<Inventory>(inventory);
        context.RootContextData[InventoryRules.RegionKey] = inventory.Region.Code;
        var result = InventoryRules.Instance.Validate(context);
        var unread = Unread(load);
        foreach (var failure in result.Errors)
        {
            var diagnostic = ToDiagnostic(load, inventory, failure);
            if (unread.Count == 0 || !AboutUnread(diagnostic.Path, unread))
            {
                yield return diagnostic;
            }
        }
    }

    /// <summary>The pointers of values inside items that were written but could not be read (an error, or a time-limit phrase kept as written).</summary>
    private static List<string> Unread(LoadResult load)
    {
        var unread = new List<string>();
        foreach (var diagnostic in load.Diagnostics)
        {
            if ((diagnostic.Severity == Severity.Error || diagnostic.Descriptor == NormalizationDiagnostics.PhraseUnreadable)
                && diagnostic.Path.StartsWith("/items/", StringComparison.Ordinal))
            {
                unread.Add(diagnostic.Path);
            }
        }

        return unread;
    }

    /// <summary>
    /// True when a rule's finding rests on something that could not be read, and so would be false: the finding is
    /// about a value inside an unread one (legal basis of a missing authority), about something with an unread value
    /// inside it (missing committed limit when it was written but unreadable), or about a field of an object below the
    /// item with an unread value beside it (charged but no fee items, when the one fee item could not be read). The
    /// unread value has its own diagnostic. Findings about a whole item (a duplicate) always stand.
    /// </summary>
    private static bool AboutUnread(string path, List<string> unread)
    {
        var depth = Depth(path);
        var owner = path[..path.LastIndexOf('/')];
        foreach (var hole in unread)
        {
            if (Within(path, hole)
                || (depth >= 3 && Within(hole, path))
                || (depth >= 4 && Within(hole, owner)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Within(string inner, string outer) =>
        inner.StartsWith(outer, StringComparison.Ordinal) && (inner.Length == outer.Length || inner[outer.Length] == '/');

    private static int Depth(string path) => path.Count(c => c == '/');

    private static Diagnostic ToDiagnostic(LoadResult load, Inventory inventory, ValidationFailure failure)
    {
        var descriptor = DiagnosticCatalog.Find(failure.ErrorCode)
            ?? throw new InvalidOperationException($"Rule code {failure.ErrorCode} is not in the catalogue.");
        var (pointer, itemIndex) = ToPointer(failure.PropertyName, load.ItemSourceIndices);
        var arguments = failure.CustomState as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>();
        if (descriptor == Rules.DivisionOutsideRegion)
        {
            arguments = new Dictionary<string, string>(arguments) { ["region"] = inventory.Region.Code };
        }

        return new Diagnostic(descriptor, descriptor.DefaultSeverity, pointer, load.Locate(pointer), arguments)
        {
            File = load.File,
            ItemCode = itemIndex is { } i ? inventory.Items[i].BasicCode : null,
        };
    }

    /// <summary>
    /// FluentValidation's <c>Items[3].Guide.Materials[0].Name</c> as the canonical pointer
    /// <c>/items/7/guide/materials/0/name</c>, item indices mapped back to the document's.
    /// </summary>
    private static (string Pointer, int? ItemIndex) ToPointer(string propertyName, IReadOnlyList<int> itemSourceIndices)
    {
        var pointer = new StringBuilder();
        int? itemIndex = null;
        foreach (var part in propertyName.Split('.'))
        {
            var bracket = part.IndexOf('[');
            var name = bracket < 0 ? part : part[..bracket];
            pointer.Append('/').Append(char.ToLowerInvariant(name[0])).Append(name.AsSpan(1));
            if (bracket >= 0)
            {
                var index = int.Parse(part.AsSpan(bracket + 1, part.Length - bracket - 2), CultureInfo.InvariantCulture);
                if (pointer.Length == "/items".Length && name == "Items")
                {
                    itemIndex = index;
                    index = index < itemSourceIndices.Count ? itemSourceIndices[index] : index;
                }

                pointer.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return (pointer.ToString(), itemIndex);
    }
}
