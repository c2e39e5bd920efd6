using System.Globalization;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Profiles;

namespace ServiceStandard.Tests.Profiles;

/// <summary>The keywords a profile can use, each checked by the profile's own validator; any other is refused when the profile is read.</summary>
public sealed class ProfileSchemaTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static InventoryProfile? Parse(string region, out IReadOnlyList<Diagnostic> problems) =>
        InventoryProfile.Parse("profile: p\nbase: \"1.0\"\noverlay:\n  definitions:\n    Region: " + region + "\n", DocumentFormat.Yaml, "p.yaml", out problems);

    private static string[] Check(string region, string regionInDocument)
    {
        var profile = Parse(region, out var problems);
        Assert.Empty(problems);
        var load = InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: " + regionInDocument + "\nitems: []\n", DocumentFormat.Yaml);
        return [.. profile!.Check(load).Select(d => $"{d.Position} {d.Path}: {d.Message(English)}")];
    }

    [Theory]
    [InlineData("{ properties: { extra: { type: integer } } }", "{ code: \"330400\", extra: \"x\" }",
        "2:34 /region/extra: Profile p (type): /region/extra is a string, not an integer.")]
    [InlineData("{ properties: { extra: { type: [array, \"null\"] } } }", "{ code: \"330400\", extra: 3 }",
        "2:34 /region/extra: Profile p (type): /region/extra is a number, not a list or null.")]
    [InlineData("{ additionalProperties: false, properties: { code: {}, name: {} } }", "{ code: \"330400\", extra: 1 }",
        "2:34 /region/extra: Profile p (additionalProperties): 'extra' is not allowed at /region.")]
    [InlineData("{ properties: { name: { maxLength: 2 } } }", "{ code: \"330400\", name: \"嘉兴市\" }",
        "2:33 /region/name: Profile p (maxLength): /region/name has 3 characters, more than 2.")]
    [InlineData("{ properties: { extra: { minItems: 2, uniqueItems: true } } }", "{ code: \"330400\", extra: [a] }",
        "2:27 /region/extra: Profile p (minItems): /region/extra has 1 entries, fewer than 2.")]
    [InlineData("{ properties: { extra: { exclusiveMaximum: 10 } } }", "{ code: \"330400\", extra: 10 }",
        "2:34 /region/extra: Profile p (exclusiveMaximum): /region/extra is not below 10.")]
    [InlineData("{ properties: { extra: { multipleOf: 0.5 } } }", "{ code: \"330400\", extra: 1.2 }",
        "2:34 /region/extra: Profile p (multipleOf): /region/extra is not a multiple of 0.5.")]
    [InlineData("{ properties: { extra: { const: fixed } } }", "{ code: \"330400\", extra: other }",
        "2:34 /region/extra: Profile p (const): /region/extra is not fixed.")]
    [InlineData("{ properties: { extra: { format: date } } }", "{ code: \"330400\", extra: \"2026-02-30\" }",
        "2:34 /region/extra: Profile p (format): /region/extra is not a date (YYYY-MM-DD).")]
    [InlineData("{ properties: { extra: { not: { type: string } } } }", "{ code: \"330400\", extra: x }",
        "2:34 /region/extra: Profile p (not): /region/extra matches the schema it must not match.")]
    [InlineData("{ properties: { extra: { oneOf: [ { type: string }, { minLength: 1 } ] } } }", "{ code: \"330400\", extra: x }",
        "2:34 /region/extra: Profile p (oneOf): /region/extra matches 2 of the choices of oneOf, not exactly one.")]
    [InlineData("{ if: { required: [extra] }, then: { required: [name] } }", "{ code: \"330400\", extra: x }",
        "2:1 /region/name: Profile p (required): 'name' is required at /region.")]
    [InlineData("{ properties: { extra: { items: { enum: [a, b] }, uniqueItems: true } } }", "{ code: \"330400\", extra: [a, c, a] }",
        "2:38 /region/extra/1: Profile p (enum): /region/extra/1 is not one of a, b.",
        "2:41 /region/extra/2: Profile p (uniqueItems): /region/extra/2 repeats an earlier entry of /region/extra.")]
    public void Each_keyword_a_profile_can_use_is_checked_with_its_own_message(string region, string document, params string[] expected) =>
        Assert.Equal(expected, Check(region, document));

    [Fact]
    public void A_violation_in_an_item_names_it_as_written_with_its_code_when_an_earlier_item_was_left_out()
    {
        var profile = InventoryProfile.Parse("profile: p\nbase: \"1.0\"\noverlay:\n  definitions:\n    ServiceItem: { properties: { name: { maxLength: 2 } } }\n", DocumentFormat.Yaml, "p.yaml", out var problems);
        Assert.Empty(problems);
        var load = InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: { code: \"330400\", name: 嘉兴市 }\nitems:\n  - left out\n  - { basicCode: \"000101001000\", name: 长名称事项, type: administrativeLicensing, authority: 嘉兴市局 }\n", DocumentFormat.Yaml);

        Assert.Equal(
            ["/items/1/name 000101001000 Profile p (maxLength): /items/1/name has 5 characters, more than 2."],
            profile!.Check(load).Select(d => $"{d.Path} {d.ItemCode} {d.Message(English)}"));
    }

    [Fact]
    public void A_document_within_every_keyword_has_no_violation() =>
        Assert.Empty(Check(
            "{ properties: { extra: { type: array, minItems: 1, maxItems: 3, uniqueItems: true, items: { type: integer, minimum: 1, exclusiveMaximum: 10, multipleOf: 2 } }, name: { minLength: 2, format: date } } }",
            "{ code: \"330400\", name: \"2026-02-28\", extra: [2, 4, 8] }"));

    [Theory]
    [InlineData("{ propertyNames: { maxLength: 3 } }", "/overlay/definitions/Region/propertyNames", "'propertyNames' is not a keyword a profile can use")]
    [InlineData("{ properties: { extra: { format: email } } }", "/overlay/definitions/Region/properties/extra/format", "'format' 'email' is not checked")]
    [InlineData("{ properties: { extra: { items: [ { type: string } ] } } }", "/overlay/definitions/Region/properties/extra/items", "'items' must be one schema")]
    [InlineData("{ properties: { extra: { minLength: -1 } } }", "/overlay/definitions/Region/properties/extra/minLength", "'minLength' must be a whole number")]
    public void A_keyword_the_profile_cannot_check_is_refused_where_it_is_written_not_ignored(string region, string path, string detail)
    {
        var profile = Parse(region, out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402 " + path], problems.Select(p => $"{p.Code} {p.Path}"));
        Assert.Contains(detail, problems[0].Message(English), StringComparison.Ordinal);
        Assert.Equal(5, problems[0].Position!.Value.Line);
    }
}
