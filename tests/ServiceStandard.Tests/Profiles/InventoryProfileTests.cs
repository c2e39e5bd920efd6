using System.Globalization;
using System.Text.Json.Nodes;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Profiles;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Profiles;

public sealed class InventoryProfileTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static InventoryProfile Zhejiang()
    {
        var profile = InventoryProfile.Load(Repository.PathOf("examples", "profiles", "zhejiang.yaml"), out var problems);
        Assert.Empty(problems);
        return profile!;
    }

    [Fact]
    public void The_zhejiang_profile_names_its_base_and_tightens_the_effective_schema()
    {
        var profile = Zhejiang();
        var schema = JsonNode.Parse(profile.EffectiveSchema)!;

        Assert.Equal(("zhejiang-2026", "浙江省政务服务事项清单地方规范", "1.1"), (profile.Name, profile.Title, profile.BaseVersion));
        Assert.Null(schema["$id"]);
        Assert.Equal(
            """["basicCode","name","type","authority","handlingType","timeLimits","crossRegionScope"]""",
            schema["definitions"]!["ServiceItem"]!["required"]!.ToJsonString());
        Assert.Equal(
            """{"title":"网上办理深度","type":["integer","null"],"description":"网上办理深度（代码表 2.12）：1 信息公开/在线咨询，2 表格下载/在线预约，3 在线预审，4 全程网办。","maximum":4.0,"minimum":3}""",
            schema["definitions"]!["Guide"]!["properties"]!["onlineDepth"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("""["national","provincial"]""", schema["definitions"]!["CrossRegionScope"]!["enum"]!.ToJsonString());
        Assert.Equal("""{"title":"浙江政务服务网事项编码","type":"string","pattern":"^ZJ[0-9]{8}$"}""",
            schema["definitions"]!["ServiceItem"]!["properties"]!["zjItemCode"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(Severity.Error, profile.Rules.SeverityOf(DiagnosticCatalog.Find("SS7103")!));
    }

    [Fact]
    public void Json_merge_patch_merges_objects_replaces_arrays_and_deletes_on_null()
    {
        var target = JsonNode.Parse("""{"a":{"b":1,"c":[1,2]},"d":true}""");
        var patch = JsonNode.Parse("""{"a":{"c":[3],"e":"x"},"d":null}""");

        Assert.Equal("""{"a":{"b":1,"c":[3],"e":"x"}}""", InventoryProfile.MergePatch(target, patch)!.ToJsonString());
    }

    [Fact]
    public void The_zhejiang_inventory_passes_the_core_format_but_fails_the_profile_at_known_lines()
    {
        var path = Repository.PathOf("examples", "profiles", "zhejiang-inventory.yaml");

        var core = InventoryValidator.ValidateFile(path);
        var profiled = InventoryValidator.ValidateFile(path, new ValidationOptions { Profile = Zhejiang() });

        Assert.True(core.IsValid);
        Assert.Equal(["SS1201 41:5 /items/0/zjItemCode", "SS3106 42:5 /items/1/timeLimits", "SS1201 62:5 /items/1/zjItemCode"],
            core.Diagnostics.Select(d => $"{d.Code} {d.Position} {d.Path}"));
        Assert.Equal(
            [
                "SS1401 error 31:20 /items/0/guide/onlineDepth: Profile zhejiang-2026 (minimum): /items/0/guide/onlineDepth is below the minimum 3.",
                "SS1401 error 37:23 /items/0/crossRegionScope: Profile zhejiang-2026 (enum): /items/0/crossRegionScope is not one of national, provincial.",
                "SS1401 error 41:17 /items/0/zjItemCode: Profile zhejiang-2026 (pattern): /items/0/zjItemCode does not match ^ZJ[0-9]{8}$.",
                "SS1401 error 42:5 /items/1/timeLimits: Profile zhejiang-2026 (required): 'timeLimits' is required at /items/1.",
                "SS3106 warning 42:5 /items/1/timeLimits: The item states no committed time limit (承诺办结时限).",
            ],
            profiled.Diagnostics.Select(d => $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Position} {d.Path}: {d.Message(English)}"));
    }

    [Fact]
    public void A_profile_without_a_known_base_or_with_a_stray_key_is_refused_with_positions()
    {
        var profile = InventoryProfile.Parse("profile: p\nbase: \"0.9\"\noverlays: {}\n", DocumentFormat.Yaml, "p.yaml", out var problems);

        Assert.Null(profile);
        Assert.Equal(
            [
                "SS1402 2:7 The profile is invalid: 'base' must be a published format version (1.0, 1.1), not '0.9'.",
                "SS1402 3:1 The profile is invalid: 'overlays' is not a key of a profile (profile, title, base, overlay, rules).",
            ],
            problems.Select(d => $"{d.Code} {d.Position} {d.Message(English)}"));
    }

    [Fact]
    public void An_invalid_rule_setting_in_a_profile_is_SS1301_at_its_key()
    {
        InventoryProfile.Parse("profile: p\nbase: \"1.1\"\nrules: { SS9999: error }\n", DocumentFormat.Yaml, "p.yaml", out var problems);

        Assert.Equal(["SS1301 3:10 /rules/SS9999"], problems.Select(d => $"{d.Code} {d.Position} {d.Path}"));
    }
}
