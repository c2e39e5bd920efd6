using System.Text.Json.Nodes;
using ServiceStandard.Divisions;

namespace ServiceStandard.Postgres.Tests;

/// <summary>
/// Folders of inventories: the repository's examples, and a generated corpus made from them (seeded: the same files
/// every run) with the words a search has to get right: name variants, Latin letters in both cases (full-width and accented too), words that overlap
/// themselves (许可许可许可), a region's items listed twice, and items the validation leaves out.
/// </summary>
internal sealed class Corpus : IDisposable
{
    private static readonly string[] Variants = ["", "（变更）", "（延续）", "（注销）", "（ABC类）", "许可许可", "（ÉCOLE Ｂ级）"];

    private Corpus(string folder) => Folder = folder;

    public string Folder { get; }

    public IReadOnlyList<string> Files => Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal).ToArray();

    public static string Repository { get; } = FindRoot();

    public static Corpus Examples()
    {
        var corpus = new Corpus(Directory.CreateTempSubdirectory("svcstd-pg-examples-").FullName);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository, "examples", "inventories")))
        {
            File.Copy(file, Path.Combine(corpus.Folder, Path.GetFileName(file)));
        }

        return corpus;
    }

    /// <summary>One JSON inventory per county (the example inventories, in turn, as templates).</summary>
    public static Corpus Generated(int regions, int seed = 7)
    {
        var corpus = new Corpus(Directory.CreateTempSubdirectory("svcstd-pg-corpus-").FullName);
        var random = new Random(seed);
        var templates = new[] { "sichuan-dongxing.json" }
            .Select(name => JsonNode.Parse(File.ReadAllText(Path.Combine(Repository, "examples", "inventories", name)))!)
            .ToArray();
        var counties = DivisionTable.All.Where(d => d.Level == DivisionLevel.County && d.Name is not "市辖区" and not "县")
            .OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        for (var r = 0; r < regions; r++)
        {
            var county = counties[r * 37 % counties.Length];
            var inventory = templates[r % templates.Length].DeepClone();
            inventory["region"] = new JsonObject { ["code"] = county.Code, ["name"] = county.Name };
            var items = inventory["items"]!.AsArray();
            var copies = new JsonArray();
            for (var k = 0; k < 3; k++)
            {
                foreach (var template in items)
                {
                    var item = template!.DeepClone();
                    item["name"] = item["name"]!.GetValue<string>() + Variants[(k + r) % Variants.Length];
                    var authority = item["authority"]!;
                    authority["name"] = county.Name + authority["name"]!.GetValue<string>()[3..];
                    if (random.Next(4) == 0)
                    {
                        item["themes"] = new JsonArray("许可许可许可", random.Next(2) == 0 ? "Health 卫生" : " 教育 ");
                    }

                    if (item["guide"] is JsonObject guide && guide["onsiteVisits"] is not null)
                    {
                        guide["onsiteVisits"] = random.Next(3);
                    }

                    if (random.Next(40) == 0)
                    {
                        item["basicCode"] = "12345"; // an error: this item is left out
                    }

                    copies.Add(item);
                }
            }

            inventory["items"] = copies;
            File.WriteAllText(Path.Combine(corpus.Folder, $"{county.Code}.json"), inventory.ToJsonString());
        }

        return corpus;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceStandard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ServiceStandard.sln not found above " + AppContext.BaseDirectory);
    }
}
