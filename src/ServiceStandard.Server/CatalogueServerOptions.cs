using ServiceStandard.Scoring;

namespace ServiceStandard.Server;

/// <summary>
/// How <see cref="CatalogueServer"/> serves a catalogue: where it listens and the limits that keep it safe by default.
/// Every limit answers a client that passes it with a problem document (RFC 7807), never with a stack trace.
/// </summary>
public sealed record CatalogueServerOptions
{
    /// <summary>The catalogue: a SQLite file written by <c>svcstd catalogue build</c>.</summary>
    public required string Database { get; init; }

    /// <summary>The addresses to listen on; <c>http://127.0.0.1:8080</c> when not set (this machine only).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:8080"];

    /// <summary>The basic catalogue <c>GET /api/coverage</c> measures against; without it that endpoint answers 404.</summary>
    public BasicCatalogue? Basic { get; init; }

    /// <summary>The web page's title.</summary>
    public string Title { get; init; } = "政务服务事项目录";

    /// <summary>The largest request body (an inventory sent to <c>POST /api/validate</c>): 413 above it. 4 MiB.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>The longest query string, in characters after the <c>?</c>: 400 above it. 2,048.</summary>
    public int MaxQueryLength { get; init; } = 2048;

    /// <summary>The longest search text <c>q</c>, in characters: 400 above it. 200.</summary>
    public int MaxSearchText { get; init; } = 200;

    /// <summary>The most results one page of <c>GET /api/search</c> holds (<c>size</c> is 1 to this): 100.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>How deep paging goes: <c>page × size</c> at most this, 400 beyond (a deeper page is a narrower search). 10,000.</summary>
    public int MaxResultWindow { get; init; } = 10_000;

    /// <summary>
    /// How far <c>GET /api/search</c> counts the matches: exactly up to this many, beyond it <c>total</c> is this number and
    /// <c>totalExact</c> false (see <see cref="Catalogue.CatalogueQuery.TotalLimit"/>). 1,000.
    /// </summary>
    public int MaxTotal { get; init; } = 1_000;

    /// <summary>Requests one client address may make per <see cref="RateLimitWindow"/> (429 beyond); 0 turns the limit off. 600.</summary>
    public int RateLimit { get; init; } = 600;

    /// <summary>The window of <see cref="RateLimit"/>: one minute.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long an answer of search, facets, an item or its regions is kept and given again for the same query string
    /// (the framework's output cache; popular searches repeat): 30 seconds, the time a <c>catalogue build</c> takes to
    /// be seen anyway. <see cref="TimeSpan.Zero"/> turns the cache off.
    /// </summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a client may take to send its request line and headers (slow headers are cut off): 10 seconds.</summary>
    public TimeSpan HeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The slowest a body may arrive, after <see cref="BodyGracePeriod"/>: 240 bytes per second (then 408).</summary>
    public double MinBodyBytesPerSecond { get; init; } = 240;

    /// <summary>How long a body may arrive slower than <see cref="MinBodyBytesPerSecond"/> before it is cut off: 5 seconds.</summary>
    public TimeSpan BodyGracePeriod { get; init; } = TimeSpan.FromSeconds(5);
}
