#:project ../src/ServiceStandard.Catalogue/ServiceStandard.Catalogue.csproj
#:property TargetFramework=net10.0
// Search latency of a catalogue: 1,000 varied queries (seeded), each timed around ServiceCatalogue.Search
// (count + the first 20 results), after 50 untimed warm-up queries. Kinds of query: a piece of an item name or
// of a material name (3 to 6 characters: trigram index), 2 characters (pair index), 1 character (pair prefix),
// a name piece within a province, two words, a word with --type and --online-only.
// DB is a SQLite file or a PostgreSQL URL / connection string (postgres://..., Host=...;Database=...).
// CONCURRENCY (default 1): that many threads, each with its own ServiceCatalogue, share the queries (concurrent load);
// the figures are then per query under that load, and the throughput is queries per second of wall time.
// TOTAL_LIMIT (default: none): count the matches up to that many, as svcstd serve does (CatalogueQuery.TotalLimit, 1,000 there).
// Usage: dotnet run -c Release scripts/catalogue-bench.cs -- DB [QUERIES] [SEED] [CONCURRENCY] [TOTAL_LIMIT]
using System.Diagnostics;
using System.Globalization;
using ServiceStandard.Catalogue;
using ServiceStandard.CodeLists;

var database = args.Length > 0 ? args[0] : throw new ArgumentException("usage: catalogue-bench.cs DB [QUERIES] [SEED]");
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var random = new Random(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
var concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
int? totalLimit = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : null;

using var catalogue = ServiceCatalogue.Open(database);
var regions = catalogue.Regions;
// Words come from the items themselves: names, material names, acceptance conditions of a sample.
var sample = catalogue.Items().Where((_, i) => i % 97 == 0).Take(800).ToArray();
var names = sample.Select(s => s.Item.Name).ToArray();
var materials = sample.SelectMany(s => s.Item.Guide?.Materials ?? []).Select(m => m.Name).Distinct().ToArray();

string Piece(string text, int length)
{
    length = Math.Min(length, text.Length);
    return text.Substring(random.Next(text.Length - length + 1), length);
}

(string Kind, CatalogueQuery Query) Next()
{
    var roll = random.Next(100);
    var name = names[random.Next(names.Length)];
    var material = materials[random.Next(materials.Length)];
    return roll switch
    {
        < 40 => ("name, 3-6 chars", new CatalogueQuery { Text = Piece(name, random.Next(3, 7)) }),
        < 58 => ("material, 3-6 chars", new CatalogueQuery { Text = Piece(material, random.Next(3, 7)) }),
        < 70 => ("2 chars (pair index)", new CatalogueQuery { Text = Piece(random.Next(2) == 0 ? name : material, 2) }),
        < 75 => ("1 char (pair prefix)", new CatalogueQuery { Text = Piece(name, 1) }),
        < 85 => ("name + --region province", new CatalogueQuery
        {
            Text = Piece(name, random.Next(3, 6)),
            Region = regions[random.Next(regions.Count)].Province?.Code ?? regions[0].Code,
        }),
        < 95 => ("two words", new CatalogueQuery { Text = Piece(name, 3) + " " + Piece(material, 3) }),
        _ => ("word + --type + --online-only", new CatalogueQuery
        {
            Text = Piece(name, 4),
            Type = CodeListCatalog.ItemTypes.Entries[random.Next(2) == 0 ? 0 : 10].Value,
            OnlineOnly = true,
        }),
    };
}

var queries = Enumerable.Range(0, count).Select(_ => Next()).Select(q => (Kind: q.Kind, Query: q.Query with { TotalLimit = totalLimit })).ToArray();
var timings = new (string Kind, double Ms, int Total)[count];
var process = Process.GetCurrentProcess();
var catalogues = Enumerable.Range(0, concurrency).Select(_ => ServiceCatalogue.Open(database)).ToArray();
foreach (var reader in catalogues)
{
    for (var i = 0; i < 50; i++)
    {
        reader.Search(queries[i % count].Query);
    }
}

process.Refresh();
var cpu = process.TotalProcessorTime;
var wall = Stopwatch.StartNew();
var next = -1;
var threads = catalogues.Select(reader => new Thread(() =>
{
    var clock = new Stopwatch();
    for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
    {
        var (kind, query) = queries[i];
        clock.Restart();
        var result = reader.Search(query);
        clock.Stop();
        timings[i] = (kind, clock.Elapsed.TotalMilliseconds, result.Total);
    }
})).ToArray();
foreach (var thread in threads)
{
    thread.Start();
}

foreach (var thread in threads)
{
    thread.Join();
}

wall.Stop();
foreach (var reader in catalogues)
{
    reader.Dispose();
}

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

string Line(string label, IReadOnlyCollection<(string Kind, double Ms, int Total)> set) => string.Create(CultureInfo.InvariantCulture,
    $"{label,-32} n={set.Count,4}  median {Percentile(set.Select(t => t.Ms), 0.5),7:F2} ms  p95 {Percentile(set.Select(t => t.Ms), 0.95),7:F2} ms  max {set.Max(t => t.Ms),7:F2} ms  mean matches {set.Average(t => t.Total),8:F1}");

process.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"catalogue: {catalogue.Count} items, {regions.Count} regions; {count} queries, {concurrency} at a time{(totalLimit is { } l ? $", matches counted up to {l}" : string.Empty)}: {count / wall.Elapsed.TotalSeconds:F0} queries/s; CPU time of this process per query (mean) {(process.TotalProcessorTime - cpu).TotalMilliseconds / count:F2} ms"));
Console.WriteLine(Line("all", timings));
foreach (var group in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine(Line("  " + group.Key, group.ToArray()));
}
