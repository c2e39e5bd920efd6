using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.CodeLists;
using ServiceStandard.Loading;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Loading;

/// <summary>A document is read by the version it declares: 1.0 and 1.1; 1.1 only adds optional keys.</summary>
public sealed partial class FormatVersionTests
{
    private const string Item11 = """
        schemaVersion: "1.1"
        region: { code: "330400" }
        items:
          - basicCode: "000123020000"
            name: 公共场所卫生许可
            type: administrativeLicensing
            authority: { name: 嘉兴市卫生健康委员会 }
            guide:
              materials:
                - { name: 营业执照, electronicLicense: true, exemptible: false }
            crossRegionScope: 全省通办
            notificationCommitment:
              applicable: true
              replacesMaterials: [卫生管理制度]
              description: 申请人书面承诺已建立卫生管理制度
        """;

    public static TheoryData<string> Examples() => [.. Directory.EnumerateFiles(Repository.PathOf("examples", "inventories")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_1_0_example_relabelled_1_1_validates_with_the_same_diagnostics_none(string file)
    {
        var path = Repository.PathOf("examples", "inventories", file);
        var text = File.ReadAllText(path);
        var relabelled = SchemaVersion().Replace(text, "${key}\"1.1\"", 1);
        var format = DocumentFormats.FromPath(path)!.Value;

        var before = InventoryValidator.Validate(InventoryLoader.LoadText(text, format, file));
        var after = InventoryValidator.Validate(InventoryLoader.LoadText(relabelled, format, file));

        Assert.NotEqual(text, relabelled);
        Assert.Equal("1.1", after.Inventory!.SchemaVersion);
        Assert.Empty(before.Diagnostics);
        Assert.Empty(after.Diagnostics);
        Assert.Equal(before.Inventory! with { SchemaVersion = "1.1" }, after.Inventory, new InventoryText());
    }

    [Fact]
    public void A_1_1_document_binds_cross_region_scope_notification_commitment_and_the_material_flags()
    {
        var load = InventoryLoader.LoadText(Item11, DocumentFormat.Yaml);

        Assert.Empty(load.Diagnostics);
        var item = load.Inventory!.Items[0];
        Assert.Equal(CrossRegionScope.Provincial, item.CrossRegionScope);
        Assert.True(item.NotificationCommitment!.Applicable);
        Assert.Equal(["卫生管理制度"], item.NotificationCommitment.ReplacesMaterials);
        Assert.Equal("申请人书面承诺已建立卫生管理制度", item.NotificationCommitment.Description);
        Assert.True(item.Guide!.Materials[0].ElectronicLicense);
        Assert.False(item.Guide.Materials[0].Exemptible);
    }

    [Fact]
    public void In_a_1_0_document_the_1_1_keys_are_unknown_and_kept_verbatim()
    {
        var load = InventoryLoader.LoadText(Item11.Replace("\"1.1\"", "\"1.0\"", StringComparison.Ordinal), DocumentFormat.Yaml);

        Assert.Equal(
            ["SS1201 /items/0/guide/materials/0/electronicLicense 10:25", "SS1201 /items/0/guide/materials/0/exemptible 10:50", "SS1201 /items/0/crossRegionScope 11:5", "SS1201 /items/0/notificationCommitment 12:5"],
            load.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Position}"));
        Assert.Equal("'crossRegionScope' is not a key of format 1.0 here; it is kept as written.", load.Diagnostics[2].Message(CultureInfo.GetCultureInfo("en")));
        var item = load.Inventory!.Items[0];
        Assert.Null(item.CrossRegionScope);
        Assert.Null(item.NotificationCommitment);
        Assert.Equal("全省通办", item.AdditionalProperties["crossRegionScope"].GetString());
        Assert.True(item.Guide!.Materials[0].AdditionalProperties["electronicLicense"].GetBoolean());
    }

    [Fact]
    public void A_wrong_cross_region_scope_or_a_commitment_without_applicable_is_a_structural_error()
    {
        var load = InventoryLoader.LoadText(
            Item11.Replace("全省通办", "全球通办", StringComparison.Ordinal).Replace("applicable: true", "applies: true", StringComparison.Ordinal),
            DocumentFormat.Yaml);

        Assert.Equal(
            ["SS1103 /items/0/crossRegionScope 11:23", "SS1101 /items/0/notificationCommitment/applicable 13:7", "SS1201 /items/0/notificationCommitment/applies 13:7"],
            load.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Position}"));
    }

    [Fact]
    public void An_unknown_version_is_an_error_naming_the_supported_versions()
    {
        var load = InventoryLoader.LoadText("schemaVersion: \"2.0\"\nregion: { code: \"330400\" }\nitems: []\n", DocumentFormat.Yaml);

        var error = Assert.Single(load.Diagnostics);
        Assert.Equal("SS1008", error.Code);
        Assert.Equal("schemaVersion '2.0' is not supported; this tool reads 1.0, 1.1.", error.Message(CultureInfo.GetCultureInfo("en")));
    }

    [GeneratedRegex("(?<key>\"?schemaVersion\"?:\\s*)\"1\\.0\"")]
    private static partial Regex SchemaVersion();

    /// <summary>Two inventories are the same when their canonical JSON is the same (JsonElement has no value equality).</summary>
    private sealed class InventoryText : IEqualityComparer<ServiceStandard.Model.Inventory>
    {
        public bool Equals(ServiceStandard.Model.Inventory? x, ServiceStandard.Model.Inventory? y) =>
            ServiceStandard.Normalization.CanonicalWriter.Write(x!, DocumentFormat.Json) == ServiceStandard.Normalization.CanonicalWriter.Write(y!, DocumentFormat.Json);

        public int GetHashCode(ServiceStandard.Model.Inventory obj) => 0;
    }
}
