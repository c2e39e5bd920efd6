using System.Globalization;
using ServiceStandard.Catalogue;
using ServiceStandard.CodeLists;
using ServiceStandard.Scoring;

namespace ServiceStandard.Postgres.Tests;

/// <summary>
/// The same inventories built into SQLite and into PostgreSQL answer alike: build reports, searches (words of 1, 2, 3 and
/// more characters, every filter, pages), facets, whole items, implementations, coverage and what was left out. Rows are
/// compared by region and basic code (and every figure), not by id.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SameResultsTests(PostgresServer server)
{
    [Fact]
    public void The_example_inventories_answer_alike_in_both_stores()
    {
        using var corpus = Corpus.Examples();
        Compare(corpus, ["511011", "510000", "330400", "330000", "530000", "610000", "999999"]);
    }

    [Fact]
    public void A_generated_corpus_answers_alike_in_both_stores()
    {
        using var corpus = Corpus.Generated(regions: 60);
        var counties = corpus.Files.Select(Path.GetFileNameWithoutExtension).ToArray();
        Compare(corpus, [counties[0]!, counties[0]![..2] + "0000", counties[1]![..4] + "00", counties[5]![..2] + "0000"]);
    }

    [Fact]
    public void A_rebuild_skips_unchanged_files_updates_changed_ones_and_removes_missing_ones_alike()
    {
        using var corpus = Corpus.Generated(regions: 8, seed: 3);
        var sqlite = Path.Combine(corpus.Folder, "..", Path.GetFileName(corpus.Folder) + ".db");
        var postgres = server.NewCatalogue();
        try
        {
            Assert.Equal(Report(Build(sqlite, corpus.Files)), Report(Build(postgres, corpus.Files)));
            var region = Path.GetFileNameWithoutExtension(corpus.Files[1])[..2] + "0000";
            CompareCatalogues(sqlite, postgres, [region]); // the facet values of the first state are held in memory now
            var files = corpus.Files;
            File.AppendAllText(files[0], "\n");
            File.WriteAllText(files[1], File.ReadAllText(files[1]).Replace("公共场所卫生许可", "公共场所卫生许可（修订）", StringComparison.Ordinal));
            var again = files.Skip(1).Concat([files[0]]).Where(f => f != files[2]).ToArray();
            var first = Report(Build(sqlite, again));
            Assert.Equal(first, Report(Build(postgres, again)));
            Assert.Contains("unchanged", first, StringComparison.Ordinal);
            Assert.Contains("updated", first, StringComparison.Ordinal);
            Assert.Contains("removed", first, StringComparison.Ordinal);
            CompareCatalogues(sqlite, postgres, [region]); // those of the second must be read: the empty query counts every item
        }
        finally
        {
            File.Delete(sqlite);
        }
    }

    private void Compare(Corpus corpus, string[] regions)
    {
        var sqlite = Path.Combine(corpus.Folder, "..", Path.GetFileName(corpus.Folder) + ".db");
        var postgres = server.NewCatalogue();
        try
        {
            var sqliteReport = Build(sqlite, corpus.Files);
            var postgresReport = Build(postgres, corpus.Files);
            Assert.Equal(Report(sqliteReport), Report(postgresReport));
            Assert.True(postgresReport.CatalogueItems > 0);
            CompareCatalogues(sqlite, postgres, regions);
        }
        finally
        {
            File.Delete(sqlite);
        }
    }

    private static void CompareCatalogues(string sqlite, string postgres, string[] regions)
    {
        using var a = ServiceCatalogue.Open(sqlite);
        using var b = ServiceCatalogue.Open(postgres);
        Assert.Equal(a.Count, b.Count);
        Assert.Equal(a.Regions, b.Regions);
        Assert.Equal(LeftOut(a), LeftOut(b));
        var queries = Queries(regions).ToArray();
        var nonEmpty = 0;
        foreach (var query in queries)
        {
            var expected = Search(a, query);
            Assert.Equal(expected, Search(b, query));
            nonEmpty += expected.Contains("\n", StringComparison.Ordinal) ? 1 : 0;
            Assert.Equal(Facets(a.Facets(query)), Facets(b.Facets(query)));
        }

        Assert.True(nonEmpty > queries.Length / 2, $"only {nonEmpty} of {queries.Length} queries find anything: the comparison proves little");
        Assert.Equal(a.Items().Select(Document).ToArray(), b.Items().Select(Document).ToArray());
        foreach (var basic in a.Items().Select(i => i.Summary.BasicCode).Distinct())
        {
            Assert.Equal(a.Implementations(basic).Select(Document).ToArray(), b.Implementations(basic).Select(Document).ToArray());
        }

        foreach (var item in a.Items().Take(50))
        {
            Assert.Equal(Document(a.Item(item.Region.Code, item.Summary.BasicCode)!), Document(b.Item(item.Region.Code, item.Summary.BasicCode)!));
            var hit = b.Search(new CatalogueQuery { Text = item.Summary.BasicCode, Limit = 1000 }).Results.First(h => h.Region.Code == item.Region.Code);
            Assert.Equal(item.Summary.BasicCode, b.Item(hit.Id)!.Summary.BasicCode);
        }

        var basicCatalogue = BasicCatalogue.Load(Path.Combine(Corpus.Repository, "examples", "catalogues", "basic-catalogue.yaml"));
        Assert.Equal(Coverage(a.Coverage(basicCatalogue)), Coverage(b.Coverage(basicCatalogue)));
    }

    private static IEnumerable<CatalogueQuery> Queries(string[] regions)
    {
        string[] words =
        [
            "", "许", "证", "a", "许可", "卫生", "药品", "公共场所", "药品零售企业许可", "许可许可", "许可许可许可", "可许",
            "abc", "ABC类", "health", "HEALTH 卫生", "卫生 许可", "药品 零售企业", "营业执照 许 卫生", "%", "_", "\\", "'", "\"",
            "不存在的词语", "école", "ÉCOLE", "éc", "ÉC", "é", "ｂ级", "Ｂ级", "ｂ", "cole ｂ级", "000123020000", "教育", "（变更）", "区行政审批局",
        ];
        foreach (var word in words)
        {
            yield return new CatalogueQuery { Text = word, Limit = 1000 };
        }

        foreach (var region in regions)
        {
            yield return new CatalogueQuery { Region = region, Limit = 1000 };
            yield return new CatalogueQuery { Text = "许可", Region = region, Limit = 1000 };
            yield return new CatalogueQuery { Text = "公共场所", Region = region, Limit = 1000 };
        }

        yield return new CatalogueQuery { Type = ItemType.AdministrativeLicensing, Limit = 1000 };
        yield return new CatalogueQuery { Text = "证", Type = ItemType.PublicService, Limit = 1000 };
        yield return new CatalogueQuery { ServiceObject = ServiceObject.EnterpriseLegalPerson, Limit = 1000 };
        yield return new CatalogueQuery { Text = "许可", ServiceObject = ServiceObject.NaturalPerson, Limit = 1000 };
        yield return new CatalogueQuery { OnlineOnly = true, Limit = 1000 };
        yield return new CatalogueQuery { MaxVisits = 0, Limit = 1000 };
        yield return new CatalogueQuery { Text = "卫生", MaxVisits = 1, OnlineOnly = true, Region = regions[0], Limit = 1000 };
        yield return new CatalogueQuery { Theme = "Health 卫生", Limit = 1000 };
        yield return new CatalogueQuery { Text = "许可", Theme = "许可许可许可", Region = regions[0], Limit = 1000 };
        foreach (var offset in new[] { 0, 5, 10, 37, 100000 })
        {
            yield return new CatalogueQuery { Text = "许可", Limit = 5, Offset = offset };
            yield return new CatalogueQuery { Text = "公共场所 许", Limit = 7, Offset = offset };
            yield return new CatalogueQuery { Limit = 10, Offset = offset };
        }

        yield return new CatalogueQuery { Text = "许可", Limit = 0 };
        yield return new CatalogueQuery { Text = "许可", Limit = 0, Offset = 3 };

        // Counted up to a limit (as svcstd serve counts): PostgreSQL then pages by walking its order index, with the
        // names holding the words found through their index (a few) or in the walk (more than the limit).
        foreach (var limit in new[] { 0, 3, 40 })
        {
            foreach (var word in new[] { "许", "证", "许可", "卫生", "公共场所", "卫生 许可", "营业执照 许 卫生", "a", "ÉCOLE", "区行政审批局", "不存在的词语" })
            {
                yield return new CatalogueQuery { Text = word, Limit = 1000, TotalLimit = limit };
                yield return new CatalogueQuery { Text = word, Limit = 6, Offset = 4, TotalLimit = limit };
                yield return new CatalogueQuery { Text = word, Region = regions[0], OnlineOnly = true, Limit = 50, TotalLimit = limit };
            }

            yield return new CatalogueQuery { Text = "许可", MaxVisits = 1, Limit = 1000, TotalLimit = limit };
            yield return new CatalogueQuery { Limit = 20, Offset = 3, TotalLimit = limit };
        }
    }

    private static CatalogueBuildReport Build(string location, IEnumerable<string> files)
    {
        using var builder = CatalogueBuilder.Open(location);
        return builder.Build(files);
    }

    private static string Report(CatalogueBuildReport report) =>
        string.Join("\n", report.Files.Select(f => $"{f.File} {f.Outcome.ToString().ToLowerInvariant()} {f.Items} {f.LeftOut.Count}"))
        + $"\n{report.CatalogueFiles} {report.CatalogueRegions} {report.CatalogueItems}";

    private static string Search(ServiceCatalogue catalogue, CatalogueQuery query)
    {
        var result = catalogue.Search(query);
        return $"{result.Query} total {result.Total}{(result.TotalIsExact ? string.Empty : " or more")}" + string.Concat(result.Results.Select(h => "\n" + Hit(h)));
    }

    private static string Hit(CatalogueHit h) => string.Join(
        " | ",
        h.Region.Code, h.Region.Name, h.BasicCode, h.Name, h.Authority, h.Type, h.CommittedWorkingDays?.ToString(CultureInfo.InvariantCulture),
        h.Materials, h.OnsiteVisits, h.OnlineDepth, h.File, h.Line);

    private static string Facets(CatalogueFacets facets) =>
        string.Join("\n", new[] { facets.Regions, facets.Types, facets.ServiceObjects, facets.Themes }
            .Select(list => string.Join(", ", list.Select(f => $"{f.Value}={f.Label}:{f.Count}"))));

    private static string Document(CatalogueItem item) => $"{Hit(item.Summary)}\n{item.Region}\n{item.Document}";

    private static string[] LeftOut(ServiceCatalogue catalogue) =>
        [.. catalogue.LeftOut.Select(l => $"{l.File} {l.Item} {l.BasicCode} {l.RegionCode} {l.Reason.Code} {l.Reason.Path} {l.Reason.Position}")];

    private static string Coverage(CoverageReport report) =>
        string.Join("\n", report.Regions.Select(r => $"{r.Region.Code} {r.Coverage} {string.Join(" ", r.Implemented.Select(i => i.BasicCode))} / {string.Join(" ", r.Missing.Select(i => i.BasicCode))}"))
        + "\n" + report.LeftOut.Count;
}
