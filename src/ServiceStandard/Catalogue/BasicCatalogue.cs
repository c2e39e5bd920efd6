using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>One item of a basic catalogue: a basic code and its name.</summary>
/// <param name="BasicCode">基本编码, 12 characters.</param>
/// <param name="Name">事项名称.</param>
public sealed record BasicItem(string BasicCode, string Name);

/// <summary>
/// A basic catalogue (基本目录): the list of items every region is expected to implement, against which
/// coverage of items is measured. Read from YAML or JSON (<c>items: [{ basicCode, name }]</c>, or the list
/// alone) or from CSV (a header <c>basicCode,name</c>, then one item per line); the keys may also be
/// written 基本编码 and 事项名称.
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

    /// <summary>The file it was read from, as named to <see cref="Load"/>.</summary>
    public string? File { get; }

    /// <summary>The items, in the order written.</summary>
    public IReadOnlyList<BasicItem> Items { get; }

    /// <summary>A basic catalogue of the given items.</summary>
    /// <param name="items">Basic codes and names; each code once.</param>
    /// <exception cref="ArgumentException">A code is malformed or listed twice.</exception>
    public static BasicCatalogue Of(IEnumerable<BasicItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        if (Problem(list.Select((item, i) => (item, $"item {i + 1}"))) is { } problem)
        {
            throw new ArgumentException(problem, nameof(items));
        }

        return new BasicCatalogue(null, list);
    }

    /// <summary>Reads a basic catalogue from a <c>.yaml</c>, <c>.yml</c>, <c>.json</c> or <c>.csv</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDataException">The file is not a basic catalogue; the message names the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BasicCatalogue Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = System.IO.File.ReadAllBytes(path);
        var entries = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, DecodeUtf8(path, bytes))
            : ReadTree(path, bytes);
        if (entries.Count == 0)
        {
            throw new InvalidDataException($"{path}: no items (expected items: [{{ basicCode, name }}] or a CSV header basicCode,name).");
        }

        if (Problem(entries.Select(e => (e.Item, $"{path}:{e.Line}"))) is { } problem)
        {
            throw new InvalidDataException(problem);
        }

        return new BasicCatalogue(path, entries.Select(e => e.Item).ToArray());
    }

    private static string? Problem(IEnumerable<(BasicItem Item, string Where)> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, where) in entries)
        {
            if (!BasicCode().IsMatch(item.BasicCode))
            {
                return $"{where}: '{item.BasicCode}' is not a basic code (12 digits or capital letters).";
            }

            if (item.Name.Length == 0)
            {
                return $"{where}: the item {item.BasicCode} has no name.";
            }

            if (!seen.Add(item.BasicCode))
            {
                return $"{where}: the basic code {item.BasicCode} is listed twice.";
            }
        }

        return null;
    }

    private static string DecodeUtf8(string path, byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{path}: not UTF-8 text.");
        }
    }

    private static List<(BasicItem Item, int Line)> ReadTree(string path, byte[] bytes)
    {
        var format = DocumentFormats.FromPath(path) ?? DocumentFormat.Yaml;
        var diagnostics = new DiagnosticBag(path);
        var root = DocumentTree.Read(bytes, format, diagnostics);
        if (diagnostics.Items.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
        {
            throw new InvalidDataException($"{path}:{error.Position?.ToString() ?? "1"}: {error.Message(System.Globalization.CultureInfo.GetCultureInfo("en"))}");
        }

        var list = root switch
        {
            SequenceNode sequence => sequence,
            MappingNode mapping when mapping.Entries.FirstOrDefault(e => e.Key == "items").Value is SequenceNode items => items,
            _ => throw new InvalidDataException($"{path}:{root?.Position.Line ?? 1}: expected items: [{{ basicCode, name }}] or a list of {{ basicCode, name }}."),
        };
        var entries = new List<(BasicItem, int)>();
        foreach (var node in list.Items)
        {
            if (node is not MappingNode item)
            {
                throw new InvalidDataException($"{path}:{node.Position.Line}: expected {{ basicCode, name }}.");
            }

            entries.Add((new BasicItem(Text(path, item, CodeKeys), Text(path, item, NameKeys)), item.Position.Line));
        }

        return entries;
    }

    private static string Text(string path, MappingNode item, string[] keys)
    {
        var entry = item.Entries.FirstOrDefault(e => keys.Contains(e.Key, StringComparer.Ordinal));
        return entry.Value is ScalarNode { IsNull: false } scalar
            ? scalar.Text.Trim()
            : throw new InvalidDataException($"{path}:{item.Position.Line}: expected {keys[0]} as text.");
    }

    private static List<(BasicItem Item, int Line)> ReadCsv(string path, string text)
    {
        var rows = Csv.Rows(text).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var header = rows[0].Fields.Select(f => f.Trim()).ToList();
        var code = header.FindIndex(h => CodeKeys.Contains(h, StringComparer.Ordinal));
        var name = header.FindIndex(h => NameKeys.Contains(h, StringComparer.Ordinal));
        if (code < 0 || name < 0)
        {
            throw new InvalidDataException($"{path}:1: expected a header with basicCode and name.");
        }

        return rows.Skip(1)
            .Where(row => row.Fields.Any(f => f.Trim().Length > 0))
            .Select(row => Math.Max(code, name) < row.Fields.Count
                ? (new BasicItem(row.Fields[code].Trim(), row.Fields[name].Trim()), row.Line)
                : throw new InvalidDataException($"{path}:{row.Line}: expected {header.Count} fields."))
            .ToList();
    }

    [GeneratedRegex(Patterns.BasicCode)]
    private static partial Regex BasicCode();
}
