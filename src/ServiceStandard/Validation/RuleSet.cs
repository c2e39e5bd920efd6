using System.Collections.Frozen;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Validation;

/// <summary>
/// A rule set: per rule code, a severity or <c>off</c>, the way .editorconfig configures analyzers.
/// Written as YAML or JSON (<c>.svcstd.yaml</c> beside or above the validated files, or <c>--rules FILE</c>):
/// <code>
/// rules:
///   SS5105: off       # error | warning | info | off
///   SS7103: error
/// </code>
/// Loading rules (SS10xx) cannot be changed: a document that cannot be read has no other verdict.
/// </summary>
public sealed class RuleSet
{
    /// <summary>The file name looked for upward from the validated files.</summary>
    public const string FileName = ".svcstd.yaml";

    /// <summary>The starter rule-set file <c>svcstd init</c> writes: every rule at its default severity, two settings shown as comments (in Chinese).</summary>
    public static string StarterText { get; } = """
        # svcstd 规则集：对本文件夹及其子文件夹中的清单生效（svcstd validate 从每个文件向上查找最近的 .svcstd.yaml）。
        # 按规则代码设定严重程度：error | warning | info | off。加载规则（SS10xx）不能更改。规则代码见 README 的 Rules 一节。
        # 例如：
        #   SS5105: off       # 材料名称笼统：本地人工审核
        #   SS7103: error     # 电话号码格式错误时不得发布
        rules: {}

        """;

    private readonly FrozenDictionary<string, Severity?> settings;

    private RuleSet(string? source, IDictionary<string, Severity?> settings)
    {
        Source = source;
        this.settings = settings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No settings: every rule at its default severity.</summary>
    public static RuleSet Default { get; } = new(null, new Dictionary<string, Severity?>());

    /// <summary>The file the rule set was read from, if any.</summary>
    public string? Source { get; }

    /// <summary>The codes this rule set changes.</summary>
    public IEnumerable<string> Codes => settings.Keys;

    /// <summary>Creates a rule set from code settings (<see langword="null"/> turns a rule off).</summary>
    /// <param name="settings">Code to severity, or to <see langword="null"/> for off.</param>
    public static RuleSet Create(IReadOnlyDictionary<string, Severity?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RuleSet(null, settings.ToDictionary(p => p.Key.ToUpperInvariant(), p => p.Value));
    }

    /// <summary>The effective severity of a rule, or <see langword="null"/> when it is turned off.</summary>
    /// <param name="descriptor">The rule.</param>
    public Severity? SeverityOf(DiagnosticDescriptor descriptor) =>
        settings.TryGetValue(descriptor.Code, out var severity) ? severity : descriptor.DefaultSeverity;

    /// <summary>The nearest <see cref="FileName"/> in the folder of <paramref name="path"/> or above it.</summary>
    /// <param name="path">A file or folder being validated.</param>
    /// <returns>The rule-set file, or <see langword="null"/> when there is none.</returns>
    public static string? FindFor(string path)
    {
        var start = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path));
        for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads a rule-set file; problems in it are diagnostics (SS1301), never exceptions.</summary>
    /// <param name="path">The file (YAML or JSON).</param>
    /// <param name="diagnostics">The problems found; empty when the file is sound.</param>
    /// <returns>The rule set (entries in error are left out).</returns>
    public static RuleSet Load(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var settings = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var root = DocumentTree.ReadFile(path, bag);

        if (root is MappingNode mapping && mapping.Entries.FirstOrDefault(e => e.Key == "rules").Value is MappingNode rules)
        {
            Read(rules, bag, settings);
        }
        else if (root is not null)
        {
            bag.Add(DiagnosticCatalog.InvalidRuleSetting, "/rules", root.Position, null, ("key", "rules"), ("value", string.Empty));
        }

        diagnostics = bag.Items;
        return new RuleSet(path, settings);
    }

    /// <summary>Reads <c>rules:</c> entries (code: error | warning | info | off) into <paramref name="settings"/>; a bad entry is SS1301 at its key.</summary>
    internal static void Read(MappingNode rules, DiagnosticBag bag, Dictionary<string, Severity?> settings)
    {
        foreach (var entry in rules.Entries)
        {
            var code = entry.Key.Trim().ToUpperInvariant();
            var descriptor = DiagnosticCatalog.Find(code);
            var value = (entry.Value as ScalarNode)?.Text.Trim().ToLowerInvariant();
            Severity? severity = value switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                _ => null,
            };
            if (descriptor is null || descriptor.Category == DiagnosticCategory.Loading || (severity is null && value is not ("off" or "none")))
            {
                bag.Add(DiagnosticCatalog.InvalidRuleSetting, JsonPointer.Append("/rules", entry.Key), entry.KeyPosition, null,
                    ("key", entry.Key), ("value", value ?? string.Empty));
                continue;
            }

            settings[code] = severity;
        }
    }
}
