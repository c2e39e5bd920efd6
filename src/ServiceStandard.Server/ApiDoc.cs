namespace ServiceStandard.Server;

/// <summary>
/// What <c>/openapi.json</c> says of one endpoint, attached to it as metadata: its summary, its query parameters and the
/// schema of its answer. The document is made from the endpoints mapped (<see cref="OpenApiDocument"/>).
/// </summary>
/// <param name="Summary">One sentence.</param>
/// <param name="Parameters">The query parameters: name, JSON type, description.</param>
/// <param name="Answer">The answer's media type.</param>
/// <param name="Schema">The answer's JSON Schema, inline or a <c>$ref</c> to a published schema.</param>
internal sealed record ApiDoc(string Summary, IReadOnlyList<(string Name, string Type, string Description)> Parameters, string Answer, string Schema)
{
    private const string Filters = "Search text: every word as a substring";

    private static readonly (string, string, string)[] SearchFilters =
    [
        ("q", "string", Filters + " (at most 200 characters)"),
        ("region", "string", "A division code (6 digits): that division and every one under it"),
        ("type", "string", "An item type token (administrativeLicensing ...)"),
        ("object", "string", "A service object token (naturalPerson, legalPerson ...)"),
        ("theme", "string", "A theme (主题分类) as /api/facets counts it"),
        ("onlineOnly", "boolean", "Only items done entirely online (online depth 4)"),
        ("maxVisits", "integer", "Only items needing at most this many trips (0 to 100)"),
    ];

    public static ApiDoc Search { get; } = new(
        "Finds items: docs/format.md section 6's JSON plus page and size.",
        [.. SearchFilters, ("page", "integer", "The 1-based page (page × size at most 10,000)"), ("size", "integer", "Results per page, 1 to 100 (20)")],
        "application/json",
        """{ "$ref": "https://servicestandard.github.io/schemas/reports/1.0/search.schema.json" }""");

    public static ApiDoc Facets { get; } = new(
        "Counts the matching items by region, item type, service object and theme.",
        SearchFilters,
        "application/json",
        """{ "type": "object", "required": ["regions", "types", "objects", "themes"] }""");

    public static ApiDoc Item { get; } = new(
        "One item whole: section 6's figures, its file and line, the item (format 1.x JSON) and its schema.org GovernmentService.",
        [],
        "application/json",
        """{ "type": "object", "required": ["id", "basicCode", "region", "file", "line", "item"] }""");

    public static ApiDoc Regions { get; } = new(
        "The same item in every region, with section 5's metrics.",
        [],
        "application/json",
        """{ "type": "object", "required": ["basicCode", "name", "regions"] }""");

    public static ApiDoc Coverage { get; } = new(
        "Coverage of the basic catalogue the server was started with (--basic): catalogue coverage --format json.",
        [("lang", "string", "zh or en: the language of the reasons in excluded")],
        "application/json",
        """{ "$ref": "https://servicestandard.github.io/schemas/reports/1.0/coverage.schema.json" }""");

    public static ApiDoc Validate { get; } = new(
        "Validates one inventory sent as the body (application/yaml, text/yaml, application/json, an xlsx workbook or text/csv; ?region=CODE for a CSV); nothing is stored.",
        [("lang", "string", "zh or en: the language of the messages")],
        "application/json",
        """{ "type": "object", "required": ["valid", "summary", "diagnostics"] }""");

    public static ApiDoc Health { get; } = new("200 ok when the catalogue answers, else 503.", [], "text/plain", """{ "type": "string" }""");
}
