using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Scoring;
using ServiceStandard.Server;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>svcstd serve</c> on a real socket (Kestrel on an ephemeral port of 127.0.0.1, not a test server): the API of
/// FORMAT.md section 9 answers what the command line answers, the page is served with its policy, and hostile
/// requests get problem documents, never a stack trace.
/// </summary>
public sealed class ServeTests : IClassFixture<ServeTests.Served>
{
    private readonly Served served;

    public ServeTests(Served served) => this.served = served;

    /// <summary>One catalogue of the examples, served once for the class (limits small enough to test).</summary>
    public sealed class Served : IAsyncLifetime
    {
        public string Database { get; } = Path.Combine(Path.GetTempPath(), $"svcstd-serve-{Guid.NewGuid():N}.db");

        public string Basic { get; } = Cli.Repo("examples", "catalogues", "basic-catalogue.yaml");

        public WebApplication App { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public Uri Address { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Assert.Equal(0, Cli.Run("catalogue", "build", Cli.Repo("examples", "inventories"), "--db", Database).Exit);
            App = CatalogueServer.Build(Options(Database) with
            {
                Basic = BasicCatalogue.Read(Basic, out _),
                MaxRequestBodyBytes = 256 * 1024,
                HeadersTimeout = TimeSpan.FromSeconds(2),
                BodyGracePeriod = TimeSpan.FromSeconds(2),
            });
            await App.StartAsync();
            Address = new Uri(App.Urls.Single());
            Client = new HttpClient { BaseAddress = Address };
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
            File.Delete(Database);
        }
    }

    private static CatalogueServerOptions Options(string database) => new() { Database = database, Urls = ["http://127.0.0.1:0"], RateLimit = 0 };

    private async Task<(HttpStatusCode Status, string Type, string Body, HttpResponseMessage Response)> Get(string path)
    {
        var response = await served.Client.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? string.Empty, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task Search_answers_section_6_with_page_size_and_ids_as_the_command_line_does()
    {
        var (status, type, body, _) = await Get("/api/search?q=%E8%8D%AF%E5%93%81&size=20");
        var cli = JsonNode.Parse(Cli.Run("catalogue", "search", "药品", "--db", served.Database, "--format", "json").Output)!;
        var api = JsonNode.Parse(body)!;
        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, type));
        Assert.Equal(("药品", 4, 1, 20), ((string)api["query"]!, (int)api["total"]!, (int)api["page"]!, (int)api["size"]!));
        foreach (var hit in api["results"]!.AsArray())
        {
            Assert.True((long)hit!["id"]! > 0);
            hit.AsObject().Remove("id");
        }

        Assert.Equal(cli["results"]!.ToJsonString(), api["results"]!.ToJsonString());
    }

    [Fact]
    public async Task Pages_follow_one_another_without_gap_or_overlap()
    {
        var all = JsonNode.Parse((await Get("/api/search?q=%E8%AE%B8%E5%8F%AF&size=6")).Body)!["results"]!.AsArray().Select(h => (long)h!["id"]!).ToArray();
        var pages = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = JsonNode.Parse((await Get($"/api/search?q=%E8%AE%B8%E5%8F%AF&size=2&page={page}")).Body)!;
            Assert.Equal((page, 2), ((int)answer["page"]!, (int)answer["size"]!));
            pages.AddRange(answer["results"]!.AsArray().Select(h => (long)h!["id"]!));
        }

        Assert.Equal(6, all.Length);
        Assert.Equal(all, pages);
        var past = JsonNode.Parse((await Get("/api/search?q=%E8%AE%B8%E5%8F%AF&size=100&page=5")).Body)!;
        Assert.Empty(past["results"]!.AsArray());
        Assert.Equal((int)JsonNode.Parse((await Get("/api/search?q=%E8%AE%B8%E5%8F%AF")).Body)!["total"]!, (int)past["total"]!);
    }

    [Fact]
    public async Task Facets_count_the_matches_by_region_type_object_and_theme()
    {
        var facets = JsonNode.Parse((await Get("/api/facets?q=%E8%AE%B8%E5%8F%AF")).Body)!;
        var total = (int)JsonNode.Parse((await Get("/api/search?q=%E8%AE%B8%E5%8F%AF")).Body)!["total"]!;
        Assert.Equal(total, facets["regions"]!.AsArray().Sum(r => (int)r!["count"]!));
        Assert.Equal(total, facets["types"]!.AsArray().Sum(r => (int)r!["count"]!));
        Assert.Equal(["regions", "types", "objects", "themes"], facets.AsObject().Select(p => p.Key));
        Assert.Equal(["code", "name", "count"], facets["regions"]![0]!.AsObject().Select(p => p.Key));
        Assert.Contains(facets["types"]!.AsArray(), t => (string)t!["value"]! == "administrativeLicensing" && (string)t["label"]! == "行政许可");
    }

    [Fact]
    public async Task A_theme_narrows_the_search_and_the_other_facets_to_the_items_under_it()
    {
        var theme = "&theme=" + Uri.EscapeDataString("开办企业");
        var all = JsonNode.Parse((await Get("/api/facets")).Body)!;
        var counted = (int)all["themes"]!.AsArray().Single(t => (string)t!["value"]! == "开办企业")!["count"]!;

        var search = JsonNode.Parse((await Get("/api/search?size=100" + theme)).Body)!;
        var facets = JsonNode.Parse((await Get("/api/facets?q=" + theme)).Body)!;

        Assert.Equal(16, counted);
        Assert.Equal(16, (int)search["total"]!);
        Assert.Equal(16, facets["types"]!.AsArray().Sum(t => (int)t!["count"]!));
    }

    [Fact]
    public async Task An_item_comes_whole_and_its_regions_with_section_5_metrics()
    {
        var hit = JsonNode.Parse((await Get("/api/search?q=%E8%8D%AF%E5%93%81&size=1")).Body)!["results"]![0]!;
        var (status, _, body, _) = await Get($"/api/items/{(long)hit["id"]!}");
        var item = JsonNode.Parse(body)!;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(((string)hit["basicCode"]!, (string)hit["basicCode"]!), ((string)item["basicCode"]!, (string)item["item"]!["basicCode"]!));
        Assert.StartsWith(Cli.Repo("examples", "inventories"), (string)item["file"]!, StringComparison.Ordinal);
        Assert.True((int)item["line"]! > 0);

        var regions = JsonNode.Parse((await Get($"/api/items/{(string)hit["basicCode"]!}/regions")).Body)!;
        Assert.Equal(4, regions["regions"]!.AsArray().Count);
        Assert.Equal(
            ["committedWorkingDays", "legalWorkingDays", "materials", "feeTotal", "onsiteVisits", "processSteps", "intermediaryServices", "onlineDepth"],
            regions["regions"]![0]!["metrics"]!.AsObject().Select(p => p.Key));
        Assert.Contains(regions["regions"]!.AsArray(), r => (long)r!["id"]! == (long)hit["id"]!);
    }

    [Fact]
    public async Task Coverage_is_the_command_lines_report()
    {
        var (status, _, body, _) = await Get("/api/coverage?lang=en");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Cli.Run("catalogue", "coverage", "--db", served.Database, "--basic", served.Basic, "--format", "json", "--lang", "en").Output, body);
    }

    [Fact]
    public async Task Validate_answers_section_4_for_yaml_and_json_and_stores_nothing()
    {
        var before = new FileInfo(served.Database).LastWriteTimeUtc;
        foreach (var (file, mediaType) in new[] { ("shaanxi-taibai.yaml", "application/yaml"), ("sichuan-dongxing.json", "application/json") })
        {
            var content = new ByteArrayContent(File.ReadAllBytes(Cli.Repo("examples", "inventories", file)));
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            var response = await served.Client.PostAsync("/api/validate?lang=en", content);
            var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var cli = JsonNode.Parse(Cli.Run("validate", Cli.Repo("examples", "inventories", file), "--format", "json", "--lang", "en").Output)!;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(cli["summary"]!.ToJsonString(), report["summary"]!.ToJsonString());
            Assert.Equal(
                cli["diagnostics"]!.AsArray().Select(d => $"{d!["code"]} {d["line"]}:{d["column"]} {d["message"]}"),
                report["diagnostics"]!.AsArray().Select(d => $"{d!["code"]} {d["line"]}:{d["column"]} {d["message"]}"));
        }

        var broken = new StringContent("schemaVersion: '1.0'\nregion: {code: '12345'}\nitems: [\n", Encoding.UTF8, "application/yaml");
        var answer = JsonNode.Parse(await (await served.Client.PostAsync("/api/validate", broken)).Content.ReadAsStringAsync())!;
        Assert.False((bool)answer["valid"]!);
        Assert.Equal("SS1001", (string)answer["diagnostics"]![0]!["code"]!);
        Assert.Equal(before, new FileInfo(served.Database).LastWriteTimeUtc);
    }

    [Fact]
    public async Task Validate_reads_a_workbook_and_names_the_sheet_and_cell_as_the_command_line_does()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-serve-").FullName;
        var path = Path.Combine(folder, "清单.xlsx");
        var yaml = Path.Combine(folder, "清单.yaml");
        File.Copy(Cli.Repo("examples", "inventories", "shaanxi-taibai.yaml"), yaml);
        Assert.Equal(0, Cli.Run("normalize", yaml, "-o", path).Exit);
        var bytes = File.ReadAllBytes(path);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var response = await served.Client.PostAsync("/api/validate?lang=en", content);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var cli = JsonNode.Parse(Cli.Run("validate", path, "--format", "json", "--lang", "en").Output)!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cli["summary"]!.ToJsonString(), report["summary"]!.ToJsonString());
        Assert.Equal(
            cli["diagnostics"]!.AsArray().Select(d => $"{d!["code"]} {d["cell"]} {d["message"]}"),
            report["diagnostics"]!.AsArray().Select(d => $"{d!["code"]} {d["cell"]} {d["message"]}"));

        var csv = new StringContent("基本编码,事项名称\n000123020000,公共场所卫生许可\n", Encoding.UTF8, "text/csv");
        var answer = JsonNode.Parse(await (await served.Client.PostAsync("/api/validate?region=610331&lang=en", csv)).Content.ReadAsStringAsync())!;
        Assert.Equal(
            ["SS1101 A2 /items/0/type", "SS1101 A2 /items/0/authority"],
            answer["diagnostics"]!.AsArray().Select(d => $"{d!["code"]} {d["cell"]} {d["path"]}"));
    }

    [Fact]
    public async Task OpenApi_lists_every_endpoint_of_section_9_and_health_says_ok()
    {
        var document = JsonNode.Parse((await Get("/openapi.json")).Body)!;
        Assert.Equal("3.1.0", (string)document["openapi"]!);
        Assert.Equal(
            ["/api/coverage", "/api/facets", "/api/items/{basicCode}/regions", "/api/items/{id}", "/api/search", "/api/validate", "/healthz"],
            document["paths"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["q", "region", "type", "object", "theme", "onlineOnly", "maxVisits", "page", "size"],
            document["paths"]!["/api/search"]!["get"]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.NotNull(document["paths"]!["/api/validate"]!["post"]);
        Assert.Equal((HttpStatusCode.OK, "ok\n"), ((await Get("/healthz")).Status, (await Get("/healthz")).Body));
    }

    [Fact]
    public async Task The_page_is_the_sites_look_fed_from_the_api_under_a_strict_policy()
    {
        var (status, type, page, response) = await Get("/");
        Assert.Equal((HttpStatusCode.OK, "text/html"), (status, type));
        Assert.Equal(CatalogueSiteWriter.ServedPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("connect-src 'self'", CatalogueSiteWriter.ServedPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", CatalogueSiteWriter.ServedPolicy, StringComparison.Ordinal);
        Assert.Contains("<title>政务服务事项目录</title>", page, StringComparison.Ordinal);
        Assert.Contains("api('/api/search?' + p.toString())", page, StringComparison.Ordinal);
        Assert.Contains("\"total\":44", page.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\"items\":[", page, StringComparison.Ordinal); // no item inlined: they come from the API
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_banner()
    {
        foreach (var path in new[] { "/", "/api/search", "/nope", "/api/items/999999" })
        {
            var response = await served.Client.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    /// <summary>Hostile requests: each gets its status as a problem document, never a stack trace or a database error.</summary>
    [Theory]
    [InlineData("/api/search?q=%27%20OR%201%3D1--", 200)]
    [InlineData("/api/search?q=%25%25%25", 200)]
    [InlineData("/api/search?q=___", 200)]
    [InlineData("/api/search?q=%22%E8%AE%B8%22%20NEAR(a%20b)%20*", 200)]
    [InlineData("/api/search?q=%E8%AE%B8%20OR%20%E5%8F%AF%20AND%20NOT%20x%20%5E%20%7B%7D%20:", 200)]
    [InlineData("/api/search?region=330000%27--", 400)]
    [InlineData("/api/search?region=%EF%BC%93%EF%BC%93%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90", 400)] // full-width digits
    [InlineData("/api/search?type=administrativeLicensing%27%20OR%20%271", 400)]
    [InlineData("/api/search?object=%25", 400)]
    [InlineData("/api/search?theme=%27%20OR%201%3D1--", 200)]
    [InlineData("/api/search?theme=a%00b", 400)]
    [InlineData("/api/search?theme=%20%E3%80%80", 400)] // blank (a space, an ideographic space): the CLI refuses it too
    [InlineData("/api/facets?theme=%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A&theme=x", 400)]
    [InlineData("/api/search?onlineOnly=1%20OR%201", 400)]
    [InlineData("/api/search?maxVisits=-1", 400)]
    [InlineData("/api/search?maxVisits=1e9", 400)]
    [InlineData("/api/search?size=-5", 400)]
    [InlineData("/api/search?size=0", 400)]
    [InlineData("/api/search?size=101", 400)]
    [InlineData("/api/search?size=%EF%BC%91%EF%BC%90", 400)] // full-width 10
    [InlineData("/api/search?page=0", 400)]
    [InlineData("/api/search?page=-1", 400)]
    [InlineData("/api/search?page=2147483647&size=100", 400)]
    [InlineData("/api/search?page=99999999999999999999", 400)]
    [InlineData("/api/search?page=101&size=100", 400)]
    [InlineData("/api/search?page=100&size=100", 200)]
    [InlineData("/api/search?size=10&size=20", 400)]
    [InlineData("/api/search?q=%00", 400)]
    [InlineData("/api/search?q=a%00b", 400)]
    [InlineData("/api/search?q=%ED%A0%80", 200)] // a lone surrogate, percent-encoded: not UTF-8, so the framework leaves it encoded, searched as written
    [InlineData("/api/search?q=%FF%FE", 200)]
    [InlineData("/api/search?q=%E2%80%AE%E8%AE%B8%E5%8F%AF", 200)] // an RTL override is text to search for
    [InlineData("/api/search?q=%EF%BD%81%EF%BD%82%EF%BD%83", 200)] // full-width letters
    [InlineData("/api/search?q=%F0%A0%80%80", 200)] // 𠀀, CJK Extension B: a surrogate pair in .NET, a character to search for
    [InlineData("/api/search?theme=%F0%A0%80%80", 200)]
    [InlineData("/api/facets?q=%27%3B%20DROP%20TABLE%20items%3B--", 200)]
    [InlineData("/api/facets?maxVisits=abc", 400)]
    [InlineData("/api/items/1%20OR%201=1", 400)]
    [InlineData("/api/items/-1", 400)]
    [InlineData("/api/items/99999999999999999999999", 400)]
    [InlineData("/api/items/999999", 404)]
    [InlineData("/api/items/%27%20OR%201%3D1/regions", 400)]
    [InlineData("/api/items/%25/regions", 400)]
    [InlineData("/api/items/000000000000/regions", 404)]
    [InlineData("/../../etc/passwd", 404)]
    [InlineData("/api/", 404)]
    [InlineData("/wwwroot/", 404)]
    public async Task Hostile_requests_get_a_problem_document(string path, int expected)
    {
        var response = await served.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(expected == 200 ? "application/json" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
        if (expected != 200)
        {
            Assert.Equal(expected, (int)JsonNode.Parse(body)!["status"]!);
        }
    }

    [Fact]
    public async Task Too_many_words_an_over_long_query_and_wrong_methods_are_refused()
    {
        var words = string.Join("%20", Enumerable.Range(0, 70).Select(i => "w" + i));
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/api/search?q=" + words)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/api/search?q=" + new string('a', 201))).Status);
        var (status, type, body, _) = await Get("/api/search?region=330000&x=" + new string('a', 3000));
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (status, type));
        Assert.Contains("2048", body, StringComparison.Ordinal);
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post })
        {
            var response = await served.Client.SendAsync(new HttpRequestMessage(method, "/api/search"));
            Assert.Equal((HttpStatusCode.MethodNotAllowed, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        }

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await served.Client.GetAsync("/api/validate")).StatusCode);
    }

    [Fact]
    public async Task A_huge_body_a_wrong_content_type_and_an_empty_body_are_refused()
    {
        var huge = new ByteArrayContent(new byte[300 * 1024]);
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var tooLarge = await served.Client.PostAsync("/api/validate", huge);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "application/problem+json"), (tooLarge.StatusCode, tooLarge.Content.Headers.ContentType?.MediaType));

        // Chunked (no Content-Length): Kestrel stops reading at the limit. Sent by hand, a piece at a time, until the
        // answer comes (a client that kept writing into the closed connection could lose the answer to a reset).
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(served.Address.Host, served.Address.Port);
            var stream = socket.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nTransfer-Encoding: chunked\r\n\r\n4B000\r\n"));
            for (var sent = 0; sent < 300 * 1024 && socket.Available == 0; sent += 4096)
            {
                await stream.WriteAsync(new byte[4096]);
                await Task.Delay(sent >= 250 * 1024 ? 50 : 0);
            }

            var answer = new byte[64];
            var read = await stream.ReadAsync(answer);
            Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(answer, 0, read), StringComparison.Ordinal);
        }

        foreach (var mediaType in new[] { "text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded" })
        {
            var content = new StringContent("schemaVersion: '1.0'", Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            var response = await served.Client.PostAsync("/api/validate", content);
            Assert.Equal((HttpStatusCode.UnsupportedMediaType, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        }

        var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await served.Client.PostAsync("/api/validate", empty)).StatusCode);
    }

    [Fact]
    public async Task A_slow_body_and_slow_headers_are_cut_off()
    {
        // Slow body: 100 bytes announced, one sent per second; the minimum rate (240 B/s after a 2 s grace) ends it.
        using (var slow = new TcpClient())
        {
            await slow.ConnectAsync(served.Address.Host, served.Address.Port);
            var stream = slow.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var closed = false;
            for (var i = 0; i < 30 && !closed; i++)
            {
                try
                {
                    await stream.WriteAsync("{"u8.ToArray());
                    await Task.Delay(1000);
                    closed = slow.Client.Poll(0, SelectMode.SelectRead);
                }
                catch (IOException)
                {
                    closed = true;
                }
            }

            Assert.True(closed, "the slow body was not cut off");
            Assert.InRange(watch.Elapsed.TotalSeconds, 1, 15);
        }

        // Slow headers: a request line and never the end of the headers; cut off after the 2 s headers timeout.
        using (var slow = new TcpClient())
        {
            await slow.ConnectAsync(served.Address.Host, served.Address.Port);
            var stream = slow.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/search HTTP/1.1\r\nHost: x\r\n"));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var buffer = new byte[4096];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var read = 0;
            try
            {
                while (await stream.ReadAsync(buffer, timeout.Token) is > 0 and var n)
                {
                    read += n;
                }
            }
            catch (IOException)
            {
            }

            Assert.InRange(watch.Elapsed.TotalSeconds, 1, 15);
            Assert.False(timeout.IsCancellationRequested);
            Assert.StartsWith("HTTP/1.1 408", Encoding.ASCII.GetString(buffer, 0, Math.Min(read, 12)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_rate_limiter_answers_429_with_retry_after_per_client_address()
    {
        await using var app = CatalogueServer.Build(Options(served.Database) with { RateLimit = 3, RateLimitWindow = TimeSpan.FromMinutes(5) });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/api/search")).StatusCode);
        }

        var refused = await client.GetAsync("/api/facets");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal((HttpStatusCode.TooManyRequests, "application/problem+json", "300"),
            (refused.StatusCode, refused.Content.Headers.ContentType?.MediaType, refused.Headers.GetValues("Retry-After").Single()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode); // a load balancer's probe is never limited
    }

    [Fact]
    public async Task A_catalogue_that_disappears_is_a_503_health_and_a_500_problem_without_details()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"svcstd-serve-gone-{Guid.NewGuid():N}.db");
        File.Copy(served.Database, copy);
        await using var app = CatalogueServer.Build(Options(copy));
        await app.StartAsync();
        File.Delete(copy);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var health = await client.GetAsync("/healthz");
        var search = await client.GetAsync("/api/search?q=x");
        var body = await search.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/problem+json"), (health.StatusCode, health.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.InternalServerError, "application/problem+json"), (search.StatusCode, search.Content.Headers.ContentType?.MediaType));
        Assert.DoesNotContain(copy, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_is_given_again_from_the_cache_for_the_same_query_and_only_for_it()
    {
        await using var app = CatalogueServer.Build(Options(served.Database) with { CacheDuration = TimeSpan.FromMinutes(5) });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var first = await client.GetAsync("/api/search?q=%E8%8D%AF%E5%93%81");
        var again = await client.GetAsync("/api/search?q=%E8%8D%AF%E5%93%81");
        var other = await client.GetAsync("/api/search?q=%E8%8D%AF%E5%93%81&size=3");
        var uncached = CatalogueServer.Build(Options(served.Database) with { CacheDuration = TimeSpan.Zero });
        await uncached.StartAsync();
        using var plain = new HttpClient { BaseAddress = new Uri(uncached.Urls.Single()) };
        await plain.GetAsync("/api/search?q=%E8%8D%AF%E5%93%81");
        var notKept = await plain.GetAsync("/api/search?q=%E8%8D%AF%E5%93%81");
        await uncached.DisposeAsync();

        // The output cache says how old an answer it gives again is (Age); the security headers are on it all the same.
        Assert.Equal((false, true, false, false), (first.Headers.Age.HasValue, again.Headers.Age.HasValue, other.Headers.Age.HasValue, notKept.Headers.Age.HasValue));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", again.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void Serve_refuses_a_missing_catalogue_and_a_bad_address_in_one_line()
    {
        var missing = Cli.Run("serve", "--db", "/no/such/catalogue.db", "--lang", "en");
        Assert.Equal((2, "svcstd: cannot serve: There is no catalogue at /no/such/catalogue.db.\n"), (missing.Exit, missing.Error));
        var address = Cli.Run("serve", "--db", served.Database, "--urls", "nonsense", "--lang", "en");
        Assert.Equal(2, address.Exit);
        Assert.StartsWith("svcstd: cannot serve: ", address.Error, StringComparison.Ordinal);
        Assert.Single(address.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Two serve processes on two ports share one database: the way to grow past one process (docs/service.md).</summary>
    [Fact]
    public async Task Two_serve_processes_on_two_ports_answer_from_one_database()
    {
        using var first = ServeProcess.Start(served.Database);
        using var second = ServeProcess.Start(served.Database);
        Assert.NotEqual(first.Address.Port, second.Address.Port);
        using var client = new HttpClient();
        var answers = new List<string>();
        foreach (var process in new[] { first, second })
        {
            Assert.Equal("ok\n", await client.GetStringAsync(new Uri(process.Address, "/healthz")));
            answers.Add(await client.GetStringAsync(new Uri(process.Address, "/api/search?q=%E8%8D%AF%E5%93%81&size=3")));
        }

        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(4, (int)JsonNode.Parse(answers[0])!["total"]!);
    }

    /// <summary><c>svcstd serve</c> in a process of its own on an ephemeral port, stopped when disposed.</summary>
    private sealed class ServeProcess : IDisposable
    {
        private readonly System.Diagnostics.Process process;

        private ServeProcess(System.Diagnostics.Process process, Uri address) => (this.process, Address) = (process, address);

        public Uri Address { get; }

        public static ServeProcess Start(string database)
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "svcstd.dll"), "serve", "--db", database, "--urls", "http://127.0.0.1:0", "--lang", "en" })
            {
                start.ArgumentList.Add(arg);
            }

            var process = System.Diagnostics.Process.Start(start)!;
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException(process.StandardError.ReadToEnd());
            var match = System.Text.RegularExpressions.Regex.Match(line, @"http://127\.0\.0\.1:\d+");
            Assert.True(match.Success, line);
            return new ServeProcess(process, new Uri(match.Value));
        }

        public void Dispose()
        {
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }
    }
}
