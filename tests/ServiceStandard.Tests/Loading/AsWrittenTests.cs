using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Normalization;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Loading;

/// <summary>
/// Real published guides as departments export them (Fixtures/AsWritten, sources in its README): read with no
/// structure error but their real faults, and normalized into the figures of their canonical versions made by hand.
/// </summary>
public sealed class AsWrittenTests
{
    public static TheoryData<string> Pairs() => new(
        "nujiang-public-venue-hygiene", "loudi-prepackaged-food-filing", "chenggong-individual-business", "zhangdian-disability-card");

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_guide_as_written_loads_with_no_structure_error(string name)
    {
        var load = InventoryLoader.LoadFile(Repository.Fixtures("AsWritten", name + ".as-written.yaml"));

        Assert.Equal([], DiagnosticLines.Of(load.Diagnostics.Where(d => d.Severity != Severity.Info)));
        Assert.Single(load.Inventory!.Items);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_guide_as_written_normalizes_to_its_canonical_version_made_by_hand(string name)
    {
        var written = Canonical(name + ".as-written.yaml");
        var byHand = Canonical(name + ".canonical.yaml");

        Assert.Equal(byHand, written);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_guide_as_written_has_the_figures_of_its_canonical_version(string name)
    {
        var written = InventoryLoader.LoadFile(Repository.Fixtures("AsWritten", name + ".as-written.yaml")).Inventory!.Items[0];
        var byHand = InventoryLoader.LoadFile(Repository.Fixtures("AsWritten", name + ".canonical.yaml")).Inventory!.Items[0];

        Assert.Equal(ItemMetrics.Of(byHand), ItemMetrics.Of(written));
    }

    [Fact]
    public void A_county_export_as_written_reports_only_its_real_faults_of_structure()
    {
        var path = Repository.Fixtures("AsWritten", "county-export.as-written.yaml");

        var result = InventoryValidator.ValidateFile(path);

        // 即办件、承诺件 names two handling types at once, and 法人 is any of three kinds of legal person: both are
        // faults of the guide, not wordings to guess at.
        Assert.Equal(
            [
                "SS1103 error 48:11 /items/2/handlingType",
                "SS1103 error 153:11 /items/7/serviceObjects/0",
            ],
            DiagnosticLines.Of(result.Diagnostics.Where(d => d.Descriptor.Category is DiagnosticCategory.Loading or DiagnosticCategory.Schema or DiagnosticCategory.Normalization && d.Severity != Severity.Info)));
        Assert.Equal(15, result.Inventory!.Items.Count);
    }

    [Fact]
    public void An_item_with_no_authority_is_counted_and_gets_every_other_finding()
    {
        var load = InventoryLoader.LoadText(
            """
            schemaVersion: "1.0"
            region: { code: "610331" }
            items:
              - basicCode: "000123020000"
                name: 公共场所卫生许可
                type: administrativeLicensing
                handlingType: promised
                timeLimits: { legal: 20个工作日, committed: 30个工作日 }
                guide: { fees: { charged: true }, onsiteVisits: 2 }
            """,
            DocumentFormat.Yaml);

        var result = InventoryValidator.Validate(load);

        Assert.Equal(1, load.ItemsWritten);
        Assert.Equal(
            [
                "SS1101 error 4:5 /items/0/authority",
                "SS4101 error 4:5 /items/0/process",
                "SS7101 warning 4:5 /items/0/contacts/consultation",
                "SS7102 warning 4:5 /items/0/contacts/complaint",
                "SS3101 error 8:45 /items/0/timeLimits/committed",
                "SS6101 error 9:31 /items/0/guide/fees/charged",
                "SS5101 warning 9:53 /items/0/guide/onsiteVisits",
            ],
            DiagnosticLines.Of(result.Diagnostics.Where(d => d.Severity != Severity.Info)));
    }

    [Fact]
    public void A_fee_item_that_cannot_be_read_is_one_error_and_not_a_finding_about_its_fees()
    {
        var result = InventoryValidator.Validate(InventoryLoader.LoadText(
            """
            schemaVersion: "1.0"
            region: { code: "610331" }
            items:
              - basicCode: "002043001000"
                name: 残疾人证办理
                type: publicService
                authority: 太白县残疾人联合会
                timeLimits: { committed: 视情况而定 }
                guide: { fees: { charged: true, items: [ { name: 工本费, amount: 五到十元 } ] } }
                contacts: { consultation: [ { phone: "0917-4821234" } ], complaint: [ { phone: "12345" } ] }
            """,
            DocumentFormat.Yaml));

        Assert.Equal(
            [
                "SS8103 warning 8:30 /items/0/timeLimits/committed",
                "SS1109 error 9:67 /items/0/guide/fees/items/0/amount",
            ],
            DiagnosticLines.Of(result.Diagnostics.Where(d => d.Severity != Severity.Info)));
        Assert.Equal(
            "“amount”的值“五到十元”无法读作数字；按原文保留。",
            result.Diagnostics.Single(d => d.Code == "SS1109").Message(new System.Globalization.CultureInfo("zh-CN")));
    }

    [Fact]
    public void A_value_that_cannot_be_read_is_written_back_as_it_was()
    {
        var load = InventoryLoader.LoadText(
            """
            schemaVersion: "1.0"
            region: { code: "610331" }
            items:
              - basicCode: "000123020000"
                name: 公共场所卫生许可
                type: publicService
                authority: 太白县卫生健康局
                guide:
                  onsiteVisits: 很多次
                  materials: [ { name: 申请表, copies: 原件两份复印件一份, required: 必要 } ]
                  channels: 窗口办理、上门办理
            """,
            DocumentFormat.Yaml);

        var yaml = CanonicalWriter.Write(InventoryNormalizer.Normalize(load.Inventory!).Inventory!, DocumentFormat.Yaml);

        Assert.Equal(
            """
            schemaVersion: "1.0"
            region:
              code: "610331"
              name: 太白县
            items:
              - basicCode: "000123020000"
                name: 公共场所卫生许可
                type: publicService
                status: active
                authority:
                  name: 太白县卫生健康局
                guide:
                  materials:
                    - name: 申请表
                      required: true
                      copies: 原件两份复印件一份
                  channels: 窗口办理、上门办理
                  onsiteVisits: 很多次

            """.ReplaceLineEndings("\n"),
            yaml);
        Assert.Equal(
            ["SS1109 /items/0/guide/onsiteVisits", "SS1109 /items/0/guide/materials/0/copies", "SS1103 /items/0/guide/channels/1"],
            load.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Path}"));
    }

    [Fact]
    public void An_item_with_no_basic_code_is_the_only_one_left_out_and_says_why()
    {
        var load = InventoryLoader.LoadText(
            """
            schemaVersion: "1.0"
            region: { code: "610331" }
            items:
              - { basicCode: "000123020000", name: 甲, type: publicService, authority: 某局 }
              - { name: 乙, type: publicService, authority: 某局 }
              - 丙
              - { basicCode: "000172005000", name: 丁, type: 不知道, authority: 某局 }
              - { basicCode: "000117006000", name: 戊, authority: 某局, guide: { onsiteVisits: 多次 } }
            """,
            DocumentFormat.Yaml);

        Assert.Equal(["000123020000"], load.Inventory!.Items.Select(i => i.BasicCode));
        Assert.Equal(5, load.ItemsWritten);
        Assert.Equal(
            ["1 SS1101 5:5 /items/1/basicCode", "2 SS1102 6:5 /items/2", "3 SS1103 7:49 /items/3/type", "4 SS1101 8:5 /items/4/type"],
            load.ExcludedItems.Select(e => $"{e.Index} {e.Reason.Code} {e.Reason.Position} {e.Reason.Path}"));
    }

    private static string Canonical(string file)
    {
        var load = InventoryLoader.LoadFile(Repository.Fixtures("AsWritten", file));
        return CanonicalWriter.Write(InventoryNormalizer.Normalize(load.Inventory!).Inventory!, DocumentFormat.Yaml);
    }
}
