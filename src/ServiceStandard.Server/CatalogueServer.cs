using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceStandard.Catalogue;
using ServiceStandard.Catalogue.Reporting;
using ServiceStandard.Loading;
using ServiceStandard.Reporting;
using ServiceStandard.Validation;

namespace ServiceStandard.Server;

/// <summary>
/// <c>svcstd serve</c>: the catalogue over HTTP (docs/format.md section 9) with ASP.NET Core minimal APIs on Kestrel.
/// Read-only; every answer a JSON document or the web page; every error an RFC 7807 problem document.
/// </summary>
public static class CatalogueServer
{
    /// <summary>The output-cache policy of the read endpoints whose answer depends on the query string alone.</summary>
    private const string CachePolicy = "catalogue";

    /// <summary>
    /// A server for the catalogue, ready to <c>RunAsync</c>: Kestrel on <see cref="CatalogueServerOptions.Urls"/> (no
    /// <c>Server</c> header; header, body and slow-client limits), problem JSON for every error, security headers, the
    /// rate limiter per client address, the API and the page.
    /// </summary>
    /// <param name="options">The catalogue and the limits.</param>
    /// <returns>The application, not yet started.</returns>
    /// <exception cref="FileNotFoundException">There is no catalogue at <see cref="CatalogueServerOptions.Database"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a catalogue, or one of another layout.</exception>
    public static WebApplication Build(CatalogueServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ServiceCatalogue.Open(options.Database).Dispose(); // fail now, not at the first request
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = options.HeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(options.MinBodyBytesPerSecond, options.BodyGracePeriod);
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.RateLimit <= 0 || context.Request.Path == "/healthz"
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "-", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RateLimit,
                        Window = options.RateLimitWindow,
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = (rejected, cancel) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(options.RateLimitWindow.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"This address made more than {options.RateLimit} requests in {options.RateLimitWindow.TotalSeconds:0} s; try again later."));
            };
        });
        builder.Services.AddSingleton(new CataloguePool(options.Database));
        builder.Services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 64L * 1024 * 1024;
            cache.AddPolicy(CachePolicy, policy =>
            {
                if (options.CacheDuration > TimeSpan.Zero)
                {
                    policy.Expire(options.CacheDuration).SetVaryByQuery("*");
                }
                else
                {
                    policy.NoCache();
                }
            });
        });

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A client that sends too much or too slowly gets Kestrel's status (413, 408), not 500; nothing of the exception shows.
            StatusCodeSelector = exception => exception is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use((context, next) => context.Request.QueryString.Value is { } query && query.Length - 1 > options.MaxQueryLength
            ? Problems.Write(context, StatusCodes.Status400BadRequest, $"The query string is longer than {options.MaxQueryLength} characters.")
            : next(context));
        app.UseRateLimiter();
        app.UseOutputCache();
        app.MapCatalogueApi(options);
        return app;
    }

    /// <summary>
    /// Maps the API of docs/format.md section 9, <c>/openapi.json</c>, <c>/healthz</c> and the page at <c>/</c>; anything
    /// else is a 404 problem. Needs a <see cref="CataloguePool"/> registered (as <see cref="Build"/> does).
    /// </summary>
    /// <param name="endpoints">Where to map them.</param>
    /// <param name="options">The catalogue and the limits.</param>
    /// <returns><paramref name="endpoints"/>.</returns>
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder endpoints, CatalogueServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        var pool = endpoints.ServiceProvider.GetRequiredService<CataloguePool>();

        endpoints.MapGet("/api/search", (HttpContext context) =>
        {
            var (query, problem) = SearchParameters.Read(context.Request.Query, options, paged: true);
            if (problem is not null)
            {
                return Problems.Parameter(problem);
            }

            using var lease = pool.Rent();
            return Search(lease.Catalogue, query!) is { } result
                ? Json(CatalogueSearchWriter.Json(result, query!.Offset / query.Limit + 1, query.Limit))
                : Problems.Parameter(new("q", $"has more than {CatalogueQuery.MaxWords} distinct words"));
        }).WithMetadata(ApiDoc.Search).CacheOutput(CachePolicy);

        endpoints.MapGet("/api/facets", (HttpContext context) =>
        {
            var (query, problem) = SearchParameters.Read(context.Request.Query, options, paged: false);
            if (problem is not null)
            {
                return Problems.Parameter(problem);
            }

            using var lease = pool.Rent();
            CatalogueFacets facets;
            try
            {
                facets = lease.Catalogue.Facets(query!);
            }
            catch (ArgumentException)
            {
                return Problems.Parameter(new("q", $"has more than {CatalogueQuery.MaxWords} distinct words"));
            }

            return Json(FacetsJson.Write(facets));
        }).WithMetadata(ApiDoc.Facets).CacheOutput(CachePolicy);

        endpoints.MapGet("/api/items/{id}", (string id) =>
        {
            if (id.Length > 18 || !id.All(char.IsAsciiDigit) || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return Problems.Parameter(new("id", "is an item's id: the whole number a search result carries"));
            }

            using var lease = pool.Rent();
            return lease.Catalogue.Item(number) is { } item
                ? Json(CatalogueJsonWriter.Item(item))
                : Problems.Result(StatusCodes.Status404NotFound, $"The catalogue has no item {number}.");
        }).WithMetadata(ApiDoc.Item).CacheOutput(CachePolicy);

        endpoints.MapGet("/api/items/{basicCode}/regions", (string basicCode) =>
        {
            if (basicCode.Length is 0 or > 64 || !basicCode.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return Problems.Parameter(new("basicCode", "is a basic code: ASCII letters, digits and '-', at most 64"));
            }

            using var lease = pool.Rent();
            var implementations = lease.Catalogue.Implementations(basicCode);
            return implementations.Count > 0
                ? Json(CatalogueJsonWriter.Regions(basicCode, implementations))
                : Problems.Result(StatusCodes.Status404NotFound, $"No region in the catalogue implements {basicCode}.");
        }).WithMetadata(ApiDoc.Regions).CacheOutput(CachePolicy);

        endpoints.MapGet("/api/coverage", (HttpContext context) =>
        {
            if (options.Basic is not { } basic)
            {
                return Problems.Result(StatusCodes.Status404NotFound, "This server was started without a basic catalogue (svcstd serve --basic FILE).");
            }

            using var lease = pool.Rent();
            return Json(CatalogueCoverageWriter.Json(lease.Catalogue.Coverage(basic), Language(context)));
        }).WithMetadata(ApiDoc.Coverage);

        endpoints.MapPost("/api/validate", (Delegate)((HttpContext context) => Validate(context, options))).WithMetadata(ApiDoc.Validate);

        endpoints.MapGet("/openapi.json", (EndpointDataSource source) => Results.Text(OpenApiDocument.Write(source), "application/json; charset=utf-8"));

        endpoints.MapMethods("/healthz", ["GET", "HEAD"], () =>
        {
            try
            {
                using var lease = pool.Rent();
                _ = lease.Catalogue.Count;
                return Results.Text("ok\n", "text/plain; charset=utf-8");
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
            {
                return Problems.Result(StatusCodes.Status503ServiceUnavailable, "The catalogue does not answer.");
            }
        }).WithMetadata(ApiDoc.Health);

        endpoints.MapGet("/", (HttpContext context) =>
        {
            using var lease = pool.Rent();
            context.Response.Headers.ContentSecurityPolicy = CatalogueSiteWriter.ServedPolicy;
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(CatalogueSiteWriter.Served(lease.Catalogue, options.Title), "text/html; charset=utf-8");
        });

        return endpoints;
    }

    private static CatalogueSearchResult? Search(ServiceCatalogue catalogue, CatalogueQuery query)
    {
        try
        {
            return catalogue.Search(query);
        }
        catch (ArgumentException exception) when (exception is not ArgumentOutOfRangeException)
        {
            return null; // too many words: the one thing Search refuses that the parameters do not check
        }
    }

    /// <summary><c>POST /api/validate</c>: one inventory in the body, YAML, JSON, xlsx or CSV by its Content-Type (a CSV or a workbook without a 清单 sheet names its region with <c>?region=</c>); nothing is stored.</summary>
    private static async Task<IResult> Validate(HttpContext context, CatalogueServerOptions options)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        DocumentFormat? format = mediaType switch
        {
            "application/yaml" or "application/x-yaml" or "text/yaml" or "text/x-yaml" => DocumentFormat.Yaml,
            "application/json" => DocumentFormat.Json,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => DocumentFormat.Xlsx,
            "text/csv" => DocumentFormat.Csv,
            _ => null,
        };
        if (format is null)
        {
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType,
                "Send one inventory with Content-Type application/yaml (or text/yaml), application/json, " +
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (.xlsx) or text/csv (with ?region=CODE when the sheet does not name it).");
        }

        if (context.Request.ContentLength > options.MaxRequestBodyBytes)
        {
            return Problems.Result(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes.");
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length == 0)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "The body is empty: send one inventory.");
        }

        body.Position = 0;
        var file = format switch
        {
            DocumentFormat.Json => "request.json",
            DocumentFormat.Xlsx => "request.xlsx",
            DocumentFormat.Csv => "request.csv",
            _ => "request.yaml",
        };
        var region = context.Request.Query["region"].ToString();
        var result = InventoryValidator.Validate(body, format.Value, file, new ValidationOptions
        {
            Load = LoadOptions.Default with { MaxFileBytes = options.MaxRequestBodyBytes, Region = region.Length > 0 ? region : null },
        });
        return Json(ValidationReportWriter.Json(ValidationReport.Of([result]), Language(context)));
    }

    /// <summary>The reader's language: <c>?lang=en|zh</c>, else the first of Accept-Language that is zh or en, else Chinese.</summary>
    private static CultureInfo Language(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        if (asked.Length == 0)
        {
            asked = context.Request.Headers.AcceptLanguage.ToString().Split(',').Select(l => l.Split(';')[0].Trim())
                .FirstOrDefault(l => l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? "zh";
        }

        return CultureInfo.GetCultureInfo(asked.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN");
    }

    private static IResult Json(string json) => Results.Text(json, "application/json; charset=utf-8");

    /// <summary>The headers every answer carries; the page sets its own Content-Security-Policy, the API a closed one.</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            }

            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
