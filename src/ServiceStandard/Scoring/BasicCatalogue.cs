using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Scoring;

/// <summary>One item of a basic catalogue: a basic code and, when the catalogue gives it, its name.</summary>
/// <param name="BasicCode">基本编码, 12 characters.</param>
/// <param name="Name">事项名称; <see langword="null"/> in a catalogue that lists codes alone.</param>
public sealed record BasicItem(string BasicCode, string? Name);

/// <summary>
/// A basic catalogue (基本目录): the list of items every region is expected to implement, against which the
/// coverage of a catalogue (<c>svcstd catalogue coverage</c>) and the item coverage of the capability index
/// (<c>svcstd score --basic</c>) are measured. Read from YAML or JSON (<c>items: [{ basicCode, name }]</c>, or the
/// list alone; an entry may be a code alone; the keys may also be written 基本编码 and 事项名称) or from CSV (one
/// item per line, code then name, after an optional header naming the columns basicCode and name). A code
/// listed twice counts once, with the name it was first given.
/// </summary>
public sealed partial class BasicCatalogue
{
    private static readonly string[] CodeKeys = ["basicCode", "基本编码"];
    private static readonly string[] NameKeys = ["name", "事项名称"];

    private BasicCatalogue(string? file, IReadOnlyList<BasicItem> items)
    {
        File = file;
        Items = items;
    }

    /// <summary>The file it was read from, as named to <see cref="Read"/> or <see cref="Load"/>.</summary>
    public string? File { get; }

    /// <summary>The items, in the order written, each code once.</summary>
    public IReadOnlyList<BasicItem> Items { get; }

    /// <summary>A basic catalogue of the given items.</summary>
    /// <param name="items">Basic codes and names; each code once.</param>
    /// <exception cref="ArgumentException">A code is malformed or listed twice.</exception>
    public static BasicCatalogue Of(IEnumerable<BasicItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (!BasicCode().IsMatch(item.BasicCode))
            {
                throw new ArgumentException($"'{item.BasicCode}' is not a basic code (12 digits or capital letters).", nameof(items));
            }

            if (!seen.Add(item.BasicCode))
            {
                throw new ArgumentException($"The basic code {item.BasicCode} is listed twice.", nameof(items));
            }
        }

        return new BasicCatalogue(null, list);
    }

    /// <summary>Reads a basic catalogue; problems are diagnostics (SS1303 and the loading codes), never exceptions.</summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c>, <c>.json</c> or <c>.csv</c> file.</param>
    /// <param name="diagnostics">The problems found, each with its line and column; empty when the file is sound.</param>
    /// <returns>The catalogue, or <see langword="null"/> when the file has errors.</returns>
    public static BasicCatalogue? Read(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var items = new List<BasicItem>();
        var readable = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, bag, items)
            : ReadTree(path, bag, items);
        if (readable && bag.ErrorCount == 0 && items.Count == 0)
        {
            Report(bag, string.Empty, new SourcePosition(1, 1), string.Empty, "§Score_CatalogueEmpty");
        }

        diagnostics = bag.Items;
        return bag.ErrorCount > 0 || !readable ? null : new BasicCatalogue(path, items.DistinctBy(i => i.BasicCode).ToArray());
    }

    /// <summary>Reads a basic catalogue, as <see cref="Read"/> does, for callers that prefer exceptions.</summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c>, <c>.json</c> or <c>.csv</c> file.</param>
    /// <exception cref="InvalidDataException">The file is not a basic catalogue; the message names the first problem and its line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BasicCatalogue Load(string path)
    {
        if (Read(path, out var diagnostics) is { } catalogue)
        {
            return catalogue;
        }

        var first = diagnostics.First(d => d.Severity == Severity.Error);
        var message = $"{path}:{first.Position?.ToString() ?? "1"}: {first.Message(CultureInfo.GetCultureInfo("en"))}";
        throw first.Code == DiagnosticCatalog.Unreadable.Code ? new IOException(message) : new InvalidDataException(message);
    }

    private static bool ReadTree(string path, DiagnosticBag bag, List<BasicItem> items)
    {
        var root = DocumentTree.ReadFile(path, bag);
        if (root is null)
        {
            return false;
        }

        var (list, pointer) = root switch
        {
            SequenceNode sequence => (sequence, string.Empty),
            MappingNode mapping => (mapping.Entries.FirstOrDefault(e => e.Key == "items").Value as SequenceNode, "/items"),
            _ => (null, string.Empty),
        };
        if (list is null)
        {
            Report(bag, pointer, root.Position, ScoreInputFile.Describe(root), "§Score_CatalogueShape");
            return true;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            var entry = list.Items[i];
            var (code, name) = entry switch
            {
                ScalarNode scalar => (scalar, null),
                MappingNode mapping => (Value(mapping, CodeKeys), Value(mapping, NameKeys)),
                _ => (null, null),
            };
            if (code is ScalarNode { Style: not ScalarStyle.Null } text && BasicCode().IsMatch(text.Text.Trim()))
            {
                items.Add(new BasicItem(text.Text.Trim(), (name as ScalarNode) is { IsNull: false } n && n.Text.Trim().Length > 0 ? n.Text.Trim() : null));
            }
            else
            {
                Report(bag, JsonPointer.Append(pointer, i), (code ?? entry).Position, ScoreInputFile.Describe(code ?? entry), code is null ? "§Score_CatalogueShape" : "§Score_CatalogueCode");
            }
        }

        return true;
    }

    private static SourceNode? Value(MappingNode mapping, string[] keys) =>
        mapping.Entries.FirstOrDefault(e => keys.Contains(e.Key, StringComparer.Ordinal)).Value;

    private static bool ReadCsv(string path, DiagnosticBag bag, List<BasicItem> items)
    {
        if (DocumentTree.ReadUtf8(path, bag) is not { } utf8)
        {
            return false;
        }

        var (code, name) = (0, 1);
        foreach (var (fields, line) in Csv.Rows(Encoding.UTF8.GetString(utf8.Span)))
        {
            var cells = fields.Select(f => f.Trim()).ToList();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (line == 1 && cells.FindIndex(c => CodeKeys.Contains(c, StringComparer.OrdinalIgnoreCase)) is var header and >= 0)
            {
                (code, name) = (header, cells.FindIndex(c => NameKeys.Contains(c, StringComparer.OrdinalIgnoreCase)));
                continue;
            }

            var value = code < cells.Count ? cells[code] : string.Empty;
            if (BasicCode().IsMatch(value))
            {
                items.Add(new BasicItem(value, name >= 0 && name < cells.Count && cells[name].Length > 0 ? cells[name] : null));
            }
            else
            {
                Report(bag, string.Empty, new SourcePosition(line, 1), value, "§Score_CatalogueCode");
            }
        }

        return true;
    }

    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, string value, string reason) =>
        bag.Add(ScoringDiagnostics.InvalidCatalogue, pointer, position, null, ("value", value), ("reason", reason));

    [GeneratedRegex(Patterns.BasicCode)]
    private static partial Regex BasicCode();
}
