using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Scoring;

/// <summary>
/// Reads a basic catalogue (基本目录), the reference item coverage is measured against (<c>--basic FILE</c>):
/// YAML or JSON <c>items: [{ basicCode, name }]</c> (other keys are ignored; a bare list works too), or CSV lines
/// <c>basicCode,name</c> with an optional header line. A code listed twice counts once.
/// </summary>
public static partial class BasicCatalogue
{
    /// <summary>Reads a catalogue file; problems are diagnostics (SS1303 and the loading codes), never exceptions.</summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c>, <c>.json</c> or <c>.csv</c> file.</param>
    /// <param name="diagnostics">The problems found; empty when the file is sound.</param>
    /// <returns>The items ordered by basic code, or <see langword="null"/> when the file has errors.</returns>
    public static IReadOnlyList<ReferenceItem>? LoadFile(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var items = new List<ReferenceItem>();
        var readable = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, bag, items)
            : ReadTree(path, bag, items);
        if (readable && bag.ErrorCount == 0 && items.Count == 0)
        {
            Report(bag, string.Empty, new SourcePosition(1, 1), string.Empty, "§Score_CatalogueEmpty");
        }

        diagnostics = bag.Items;
        return bag.ErrorCount > 0 || !readable
            ? null
            : items.DistinctBy(i => i.BasicCode).OrderBy(i => i.BasicCode, StringComparer.Ordinal).ToArray();
    }

    private static bool ReadTree(string path, DiagnosticBag bag, List<ReferenceItem> items)
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
            var at = JsonPointer.Append(pointer, i);
            var (code, name) = entry switch
            {
                ScalarNode scalar => (scalar, null),
                MappingNode mapping => (mapping.Entries.FirstOrDefault(e => e.Key == "basicCode").Value, mapping.Entries.FirstOrDefault(e => e.Key == "name").Value),
                _ => (null, null),
            };
            if (code is ScalarNode { Style: not ScalarStyle.Null } text && BasicCode().IsMatch(text.Text.Trim()))
            {
                items.Add(new ReferenceItem(text.Text.Trim(), (name as ScalarNode)?.Text.Trim() is { Length: > 0 } n ? n : null));
            }
            else
            {
                Report(bag, at, (code ?? entry).Position, code is null ? ScoreInputFile.Describe(entry) : ScoreInputFile.Describe(code), code is null ? "§Score_CatalogueShape" : "§Score_CatalogueCode");
            }
        }

        return true;
    }

    private static bool ReadCsv(string path, DiagnosticBag bag, List<ReferenceItem> items)
    {
        if (DocumentTree.ReadUtf8(path, bag) is not { } utf8)
        {
            return false;
        }

        foreach (var (fields, line) in Csv.Rows(Encoding.UTF8.GetString(utf8.Span)))
        {
            if (fields.All(f => f.Trim().Length == 0))
            {
                continue;
            }

            var code = fields[0].Trim();
            if (line == 1 && (code.Equals("basicCode", StringComparison.OrdinalIgnoreCase) || code == "基本编码"))
            {
                continue;
            }

            if (BasicCode().IsMatch(code))
            {
                items.Add(new ReferenceItem(code, fields.Count > 1 && fields[1].Trim().Length > 0 ? fields[1].Trim() : null));
            }
            else
            {
                Report(bag, string.Empty, new SourcePosition(line, 1), code, "§Score_CatalogueCode");
            }
        }

        return true;
    }

    private static void Report(DiagnosticBag bag, string pointer, SourcePosition position, string value, string reason) =>
        bag.Add(ScoringDiagnostics.InvalidCatalogue, pointer, position, null, ("value", value), ("reason", reason));

    [GeneratedRegex(Patterns.BasicCode)]
    private static partial Regex BasicCode();
}
