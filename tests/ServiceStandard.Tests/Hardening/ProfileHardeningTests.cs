using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Profiles;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Hardening;

/// <summary>Profiles are files from elsewhere: nothing in one opens a connection, hangs a check or escapes as an exception.</summary>
public sealed class ProfileHardeningTests
{
    private static InventoryProfile? Parse(string overlay, out IReadOnlyList<Diagnostic> problems) =>
        InventoryProfile.Parse("profile: p\nbase: \"1.0\"\noverlay:\n" + overlay, DocumentFormat.Yaml, "p.yaml", out problems);

    [Theory]
    [InlineData("http")]
    [InlineData("https")]
    public void A_remote_ref_is_refused_and_nothing_is_fetched(string scheme)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var profile = Parse($"  definitions:\n    Region: {{ $ref: \"{scheme}://127.0.0.1:{port}/region.json\" }}\n", out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402 5:15 /overlay/definitions/Region/$ref"], problems.Select(p => $"{p.Code} {p.Position} {p.Path}"));
        Assert.Contains("not fetched", problems[0].Message(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    [Theory]
    [InlineData("other.json#/definitions/Region")]
    [InlineData("file:///etc/passwd")]
    [InlineData("../../secret.json")]
    public void A_ref_to_another_file_is_refused(string target)
    {
        var profile = Parse($"  definitions:\n    Region: {{ $ref: \"{target}\" }}\n", out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402"], problems.Select(p => p.Code));
    }

    [Fact]
    public void A_ref_to_nothing_in_the_schema_is_refused()
    {
        var profile = Parse("  definitions:\n    Region: { $ref: \"#/definitions/Nowhere\" }\n", out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402 5:15"], problems.Select(p => $"{p.Code} {p.Position}"));
    }

    [Theory]
    [InlineData("#/definitions/Code6")]
    [InlineData("#x/definitions/Code6")] // what comes before the first '/' is no segment, for the check and the validator alike
    public void A_local_ref_is_still_followed(string reference)
    {
        var profile = Parse("  definitions:\n    Code6: { type: string, pattern: \"^[0-9]{6}$\" }\n    Region: { properties: { extra: { $ref: \"" + reference + "\" } } }\n", out var problems);

        Assert.Empty(problems);
        var load = InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: { code: \"330400\", extra: \"x\" }\nitems: []\n", DocumentFormat.Yaml);
        Assert.Equal(["SS1401 2:34 /region/extra"], profile!.Check(load).Select(d => $"{d.Code} {d.Position} {d.Path}"));
    }

    [Fact]
    public void A_catastrophic_pattern_is_checked_in_linear_time()
    {
        var profile = Parse("  definitions:\n    Region: { properties: { name: { type: string, pattern: \"^(a+)+$\" } } }\n", out var problems);
        Assert.Empty(problems);
        var load = InventoryLoader.LoadText("schemaVersion: \"1.0\"\nregion: { code: \"330400\", name: \"" + new string('a', 5000) + "!\" }\nitems: []\n", DocumentFormat.Yaml);

        var clock = Stopwatch.StartNew();
        var found = profile!.Check(load);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Equal(["SS1401 /region/name"], found.Select(d => $"{d.Code} {d.Path}"));
        Assert.Contains("^(a+)+$", found[0].Message(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("([a-")]
    [InlineData("(a)\\\\1")]
    public void An_invalid_or_unsupported_pattern_is_a_profile_error(string pattern)
    {
        var profile = Parse($"  definitions:\n    Region: {{ properties: {{ name: {{ type: string, pattern: \"{pattern}\" }} }} }}\n", out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402 /overlay/definitions/Region/properties/name/pattern"], problems.Select(p => $"{p.Code} {p.Path}"));
    }

    [Fact]
    public void Pattern_properties_are_refused_since_their_patterns_would_run_unbounded()
    {
        var profile = Parse("  definitions:\n    Region: { patternProperties: { \"^(a+)+$\": { type: string } } }\n", out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402"], problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData("    A: { $ref: \"#/definitions/B\" }\n    B: { $ref: \"#/definitions/A\" }\n    Region: { $ref: \"#/definitions/A\" }\n")]
    [InlineData("    Region: { allOf: [ { $ref: \"#/definitions/Region\" } ] }\n")]
    [InlineData("    Region: { $ref: \"#x/definitions/Region\" }\n")]
    public void A_cyclic_ref_is_a_profile_error_not_an_unexpected_failure(string definitions)
    {
        var profile = Parse("  definitions:\n" + definitions, out var problems);

        Assert.Null(profile);
        Assert.Equal(["SS1402"], problems.Select(p => p.Code).Distinct());
        Assert.Contains("cycle", problems[0].Message(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_recursive_schema_that_descends_into_the_document_is_not_a_cycle()
    {
        var profile = Parse("  definitions:\n    Tree: { type: object, properties: { child: { $ref: \"#/definitions/Tree\" } } }\n    Region: { properties: { tree: { $ref: \"#/definitions/Tree\" } } }\n", out var problems);

        Assert.Empty(problems);
        Assert.NotNull(profile);
    }
}
