using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using ServiceStandard.Catalogue;
using ServiceStandard.Scoring;
using ServiceStandard.Server;

namespace ServiceStandard.Postgres.Tests;

/// <summary>
/// <c>svcstd serve</c> with PostgreSQL behind it, on real sockets: the API answers exactly as it does over SQLite for
/// the same inventories (ids aside), and two servers on two ports sharing one PostgreSQL database answer alike, the way
/// the service grows past one process (docs/service.md).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ServedTests(PostgresServer server)
{
    private static readonly string[] Paths =
    [
        "/api/search?q=许可&size=50",
        "/api/search?q=许可&size=3&page=2",
        "/api/search?q=卫生&region=330000",
        "/api/search?q=证&type=administrativeLicensing&onlineOnly=true",
        "/api/search?q=药",
        "/api/facets?q=许可",
        "/api/facets",
        "/api/items/000123020000/regions",
        "/api/coverage",
        "/healthz",
    ];

    [Fact]
    public async Task The_api_over_postgresql_answers_as_over_sqlite_and_two_servers_share_one_database()
    {
        using var corpus = Corpus.Examples();
        var sqlite = Path.Combine(corpus.Folder, "..", Path.GetFileName(corpus.Folder) + ".db");
        var postgres = server.NewCatalogue();
        try
        {
            foreach (var database in new[] { sqlite, postgres })
            {
                using var builder = CatalogueBuilder.Open(database);
                Assert.True(builder.Build(corpus.Files).CatalogueItems > 0);
            }

            await using var overSqlite = await Start(sqlite);
            await using var first = await Start(postgres);
            await using var second = await Start(postgres);
            Assert.NotEqual(first.Urls.Single(), second.Urls.Single());
            Assert.DoesNotContain("\"total\":0", await Answer(overSqlite, Paths[0]), StringComparison.Ordinal);
            foreach (var path in Paths)
            {
                var expected = await Answer(overSqlite, path);
                Assert.Equal(expected, await Answer(first, path));
                Assert.Equal(expected, await Answer(second, path));
            }

            // An item is found by the id its own store gave it, and comes whole.
            var hit = JsonNode.Parse(await Body(first, "/api/search?q=公共场所卫生许可&size=1"))!["results"]![0]!;
            var item = JsonNode.Parse(await Body(second, $"/api/items/{hit["id"]}"))!;
            Assert.Equal(hit["basicCode"]!.GetValue<string>(), item["basicCode"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(sqlite);
        }
    }

    private static async Task<WebApplication> Start(string database)
    {
        var app = CatalogueServer.Build(new CatalogueServerOptions
        {
            Database = database,
            Urls = ["http://127.0.0.1:0"],
            RateLimit = 0,
            CacheDuration = TimeSpan.Zero,
            Basic = BasicCatalogue.Read(Path.Combine(Corpus.Repository, "examples", "catalogues", "basic-catalogue.yaml"), out _),
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<string> Body(WebApplication app, string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The answer with every <c>id</c> left out (each store numbers its items its own way).</summary>
    private static async Task<string> Answer(WebApplication app, string path)
    {
        var body = await Body(app, path);
        if (!body.StartsWith('{') || JsonNode.Parse(body) is not { } node)
        {
            return path + "\n" + body; // /healthz: ok
        }

        WithoutIds(node);
        return path + "\n" + node.ToJsonString();
    }

    private static void WithoutIds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("id");
                foreach (var (_, value) in obj)
                {
                    WithoutIds(value);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    WithoutIds(value);
                }

                break;
        }
    }
}
