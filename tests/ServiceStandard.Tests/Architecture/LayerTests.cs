using System.Text.RegularExpressions;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Architecture;

/// <summary>
/// The library's folders (one namespace each) form a ladder: a folder uses only folders on its own rung or below,
/// and folders on one rung use each other without a cycle. docs/architecture.md draws it.
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>The rungs, the floor first. A folder not listed here fails the test until it is given a rung.</summary>
    internal static readonly string[][] Ladder =
    [
        ["Diagnostics", "CodeLists", "Codes"],
        ["Text"],
        ["Model"],
        ["Loading", "Divisions"],
        ["Validation", "Normalization", "Schema"],
        ["Profiles", "Comparison", "Scoring", "Calendar", "Events", "LinkedData", "Spreadsheets"],
        ["Reporting"],
    ];

    [Fact]
    public void Every_folder_uses_only_its_rung_and_those_below_without_a_cycle()
    {
        var problems = Check(Repository.PathOf("src", "ServiceStandard"));

        Assert.True(problems.Count == 0, "The library's layers are broken:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_ladder_names_every_rung_once_and_the_floor_is_diagnostics()
    {
        var names = Ladder.SelectMany(r => r).ToArray();

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Diagnostics", Ladder[0]);
    }

    [Fact]
    public void A_reference_up_the_ladder_is_named_with_its_file_and_line()
    {
        using var tree = new PlantedTree();
        tree.Write("Loading/Reader.cs", "using ServiceStandard.Diagnostics;\nusing ServiceStandard.Normalization;\n\nnamespace ServiceStandard.Loading;\n");
        tree.Write("Normalization/Normalizer.cs", "using ServiceStandard.Loading;\n\nnamespace ServiceStandard.Normalization;\n");

        var problems = Check(tree.Root);

        Assert.Equal(["Loading/Reader.cs:2 uses ServiceStandard.Normalization: Normalization is on a higher rung than Loading"], problems);
    }

    [Fact]
    public void A_cycle_on_one_rung_is_named_with_each_reference()
    {
        using var tree = new PlantedTree();
        tree.Write("Events/Timeline.cs", "namespace ServiceStandard.Events;\n\ninternal static class T\n{\n    public static object X => Comparison.RegionalComparison.Compare;\n}\n");
        tree.Write("Comparison/Back.cs", "using ServiceStandard.Events;\n\nnamespace ServiceStandard.Comparison;\n");

        var problems = Check(tree.Root);

        Assert.Equal(
            ["A cycle on one rung: Comparison -> Events (Comparison/Back.cs:1 uses ServiceStandard.Events) -> Comparison (Events/Timeline.cs:5 uses Comparison.RegionalComparison)"],
            problems);
    }

    [Fact]
    public void Doc_comments_and_comments_are_not_references_but_resource_names_are()
    {
        using var tree = new PlantedTree();
        tree.Write("Validation/Rules.cs", "namespace ServiceStandard.Validation;\n");
        tree.Write("Scoring/Scores.cs", "namespace ServiceStandard.Scoring;\n");
        tree.Write("Profiles/Profile.cs", "namespace ServiceStandard.Profiles;\n");
        tree.Write("Diagnostics/Texts.cs", "namespace ServiceStandard.Diagnostics;\n\n/// <summary>See <see cref=\"Validation.Rules\"/> and ServiceStandard.Scoring.</summary>\n// ServiceStandard.Profiles is above.\ninternal static class Texts\n{\n    public const string Name = \"ServiceStandard.Validation.RuleMessages\";\n}\n");

        var problems = Check(tree.Root);

        Assert.Equal(["Diagnostics/Texts.cs:7 uses ServiceStandard.Validation: Validation is on a higher rung than Diagnostics"], problems);
    }

    [Fact]
    public void A_folder_off_the_ladder_is_named()
    {
        using var tree = new PlantedTree();
        tree.Write("Widgets/Widget.cs", "namespace ServiceStandard.Widgets;\n");

        Assert.Equal(["Widgets is not on the ladder (LayerTests.Ladder): give it a rung"], Check(tree.Root));
    }

    /// <summary>The problems of the library under <paramref name="root"/>: references up the ladder, cycles on a rung, folders off it.</summary>
    private static List<string> Check(string root)
    {
        var rung = Ladder.SelectMany((names, level) => names.Select(n => (n, level))).ToDictionary(x => x.n, x => x.level, StringComparer.Ordinal);
        var problems = new List<string>();
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(root, f), "*.cs", SearchOption.AllDirectories).Any())
            .Order(StringComparer.Ordinal)
            .ToArray();
        problems.AddRange(folders.Where(f => !rung.ContainsKey(f)).Select(f => $"{f} is not on the ladder (LayerTests.Ladder): give it a rung"));

        // Same-rung edges, each with its first reference, to look for cycles.
        var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (from, to, where) in References(root, folders))
        {
            if (!rung.TryGetValue(from, out var a) || !rung.TryGetValue(to, out var b))
            {
                continue;
            }

            if (b > a)
            {
                problems.Add($"{where}: {to} is on a higher rung than {from}");
            }
            else if (b == a)
            {
                var targets = edges.TryGetValue(from, out var t) ? t : edges[from] = new(StringComparer.Ordinal);
                targets.TryAdd(to, where);
            }
        }

        problems.AddRange(Cycles(edges));
        return problems;
    }

    /// <summary>Each reference from one library folder to another: the file and line, and what it names.</summary>
    private static IEnumerable<(string From, string To, string Where)> References(string root, IReadOnlyList<string> folders)
    {
        var known = folders.ToHashSet(StringComparer.Ordinal);
        var typesByFolder = LibraryTypes.Value;
        foreach (var from in folders)
        {
            var files = Directory.EnumerateFiles(Path.Combine(root, from), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var line = lines[i].TrimStart();
                    if (line.StartsWith("//", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    line = SeeCref().Replace(line, string.Empty);
                    foreach (Match match in Qualified().Matches(line))
                    {
                        var to = match.Groups[1].Value;
                        if (to != from && known.Contains(to))
                        {
                            yield return (from, to, $"{relative}:{i + 1} uses ServiceStandard.{to}");
                        }
                    }

                    // A name qualified from the root namespace, such as Normalization.NormalizationDiagnostics.
                    foreach (Match match in Relative().Matches(line))
                    {
                        var (to, type) = (match.Groups[1].Value, match.Groups[2].Value);
                        if (to != from && known.Contains(to) && typesByFolder.TryGetValue(to, out var types) && types.Contains(type))
                        {
                            yield return (from, to, $"{relative}:{i + 1} uses {to}.{type}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>The cycles among same-rung edges, each once, starting from its smallest folder.</summary>
    private static IEnumerable<string> Cycles(SortedDictionary<string, SortedDictionary<string, string>> edges)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys)
        {
            var path = new List<(string Folder, string Where)>();
            var found = Walk(start, start, edges, path, []);
            if (found is not null && reported.Add(string.Join(">", found.Select(s => s.Folder).Order(StringComparer.Ordinal))))
            {
                yield return "A cycle on one rung: " + start + string.Concat(found.Select(s => $" -> {s.Folder} ({s.Where})"));
            }
        }
    }

    private static List<(string Folder, string Where)>? Walk(
        string start,
        string at,
        SortedDictionary<string, SortedDictionary<string, string>> edges,
        List<(string Folder, string Where)> path,
        HashSet<string> seen)
    {
        if (!edges.TryGetValue(at, out var targets))
        {
            return null;
        }

        foreach (var (to, where) in targets)
        {
            path.Add((to, where));
            if (to == start)
            {
                return path;
            }

            if (seen.Add(to) && Walk(start, to, edges, path, seen) is { } cycle)
            {
                return cycle;
            }

            path.RemoveAt(path.Count - 1);
        }

        return null;
    }

    /// <summary>The names of the library's types (public and internal), by folder.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> LibraryTypes = new(() =>
        typeof(InventoryLoader).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("ServiceStandard.", StringComparison.Ordinal) == true && !t.IsNested)
            .GroupBy(t => t.Namespace!["ServiceStandard.".Length..].Split('.')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    [GeneratedRegex("""<see\s+cref="[^"]*"\s*/?>""")]
    private static partial Regex SeeCref();

    [GeneratedRegex("""\bServiceStandard\.(\w+)""")]
    private static partial Regex Qualified();

    [GeneratedRegex("""(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)""")]
    private static partial Regex Relative();

    /// <summary>A throw-away library tree with planted files, deleted afterwards.</summary>
    private sealed class PlantedTree : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("layers-").FullName;

        public void Write(string path, string text)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
