using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Tests.Support;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Validation;

/// <summary>
/// One test per rule: the base document below passes every rule (the passing twin); one textual change
/// makes it fail with exactly the expected diagnostic (code, severity, line:column, pointer).
/// </summary>
public sealed class RuleTests
{
    public const string Base = """
        schemaVersion: "1.0"
        region: { code: "330400", name: 嘉兴市 }
        department: { name: 嘉兴市行政审批局, creditCode: "11330400MBM36CHU2P" }
        items:
          - basicCode: "000123020000"
            implementationCode: "11330400MB879MKF0J3000123020000"
            name: 公共场所卫生许可
            type: administrativeLicensing
            handlingType: promised
            authority:
              name: 嘉兴市卫生健康委员会
              creditCode: "11330400MB879MKF0J"
              level: municipal
              legalBasis:
                - { title: 《公共场所卫生管理条例》, article: 第八条 }
            timeLimits:
              legal: { value: 20, unit: workingDays }
              committed: { value: 7, unit: workingDays }
            process:
              steps:
                - { name: 受理, timeLimit: { value: 1, unit: workingDays } }
                - { name: 决定, timeLimit: { value: 6, unit: workingDays } }
            guide:
              acceptanceConditions: [ 已取得营业执照 ]
              materials:
                - { name: 卫生许可申请表, required: true }
              fees: { charged: false }
              channels: [window, online]
              onlineDepth: 3
              onsiteVisits: 1
              onsiteVisitReason: 现场核查
              result: { type: certificate, name: 公共场所卫生许可证 }
            contacts:
              consultation: [ { phone: "0573-82345678" } ]
              complaint: [ { phone: "12345" } ]
        """;

    [Theory]
    [InlineData("(0379)66831234")]
    [InlineData("（0379）66831234")]
    [InlineData("0572-5129111/5129112")]
    [InlineData("0572-5129111转8001")]
    [InlineData("028-87920125（工作日 9:00-17:00）")]
    [InlineData("0738-12345")]
    [InlineData("0917—4821234")]
    [InlineData("400-123-4567")]
    [InlineData("13812345678")]
    public void A_phone_number_as_guides_write_it_is_valid(string phone) => Assert.Null(RuleText.PhoneProblem(phone));

    [Theory]
    [InlineData("823456", "§Phone_TooShort")]
    [InlineData("5129111", "§Phone_NoAreaCode")]
    [InlineData("0572-5129111/512", "§Phone_Shape")]
    [InlineData("电话", "§Phone_Shape")]
    public void A_phone_number_that_cannot_be_dialled_says_why(string phone, string reason) => Assert.Equal(reason, RuleText.PhoneProblem(phone));

    [Fact]
    public void No_visit_with_no_channel_named_at_all_is_no_contradiction()
    {
        var document = Base.Replace("channels: [window, online]\n      onlineDepth: 3\n      onsiteVisits: 1\n      onsiteVisitReason: 现场核查", "onlineDepth: 3\n      onsiteVisits: 0", StringComparison.Ordinal);

        Assert.Empty(Validate(document).Diagnostics);
    }

    [Fact]
    public void A_json_schema_reference_for_editors_is_accepted_silently_and_kept_first()
    {
        var document = "$schema: \"https://example.org/inventory.schema.json\"\n" + Base;

        var result = Validate(document);
        var yaml = ServiceStandard.Normalization.InventoryNormalizer.Normalize(result.Load).Write(DocumentFormat.Yaml);

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("$schema: https://example.org/inventory.schema.json\nschemaVersion: \"1.0\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_document_passes_every_rule()
    {
        Assert.Empty(Validate(Base).Diagnostics);
    }

    [Theory]
    // Identity
    [InlineData("SS2101", "\"11330400MB879MKF0J\"", "\"11330400MB879MKF0K\"", "SS2103 error 6:25 /items/0/implementationCode|SS2101 error 12:19 /items/0/authority/creditCode")]
    [InlineData("SS2101 department", "\"11330400MBM36CHU2P\"", "\"11330400MBM36CHU2Q\"", "SS2101 error 3:43 /department/creditCode")]
    [InlineData("SS2102", "\"11330400MBM36CHU2P\"", "\"11330400MBM36CHU3T\"", "SS2102 error 3:43 /department/creditCode")]
    [InlineData("SS2103", "3000123020000\"", "4000123020000\"", "SS2103 error 6:25 /items/0/implementationCode")]
    [InlineData("SS2104", "code: \"330400\", name", "code: \"330499\", name", "SS2104 error 2:17 /region/code|SS2105 warning 3:43 /department/creditCode|SS2105 warning 12:19 /items/0/authority/creditCode")]
    [InlineData("SS2105", "code: \"330400\", name: 嘉兴市", "code: \"610331\", name: 太白县", "SS2105 warning 3:43 /department/creditCode|SS2105 warning 12:19 /items/0/authority/creditCode")]
    [InlineData("SS2106", "type: administrativeLicensing", "type: administrativeConfirmation\n    status: suspended", "SS2106 warning 5:16 /items/0/basicCode")]
    [InlineData("SS2201", "      legalBasis:\n        - { title: 《公共场所卫生管理条例》, article: 第八条 }\n", "", "SS2201 error 10:5 /items/0/authority/legalBasis")]
    // Time limits
    [InlineData("SS3101", "committed: { value: 7, unit: workingDays }", "committed: { value: 30, unit: calendarDays }", "SS3101 error 18:7 /items/0/timeLimits/committed")]
    [InlineData("SS3102", "handlingType: promised\n    authority:", "handlingType: immediate\n    authority:", "SS3107 error 18:7 /items/0/timeLimits/committed")]
    [InlineData("SS3102 a day", "handlingType: promised\n    authority:\n      name: 嘉兴市卫生健康委员会\n      creditCode: \"11330400MB879MKF0J\"\n      level: municipal\n      legalBasis:\n        - { title: 《公共场所卫生管理条例》, article: 第八条 }\n    timeLimits:\n      legal: { value: 20, unit: workingDays }\n      committed: { value: 7, unit: workingDays }\n    process:\n      steps:\n        - { name: 受理, timeLimit: { value: 1, unit: workingDays } }\n        - { name: 决定, timeLimit: { value: 6, unit: workingDays } }", "handlingType: immediate\n    authority:\n      name: 嘉兴市卫生健康委员会\n      creditCode: \"11330400MB879MKF0J\"\n      level: municipal\n      legalBasis:\n        - { title: 《公共场所卫生管理条例》, article: 第八条 }\n    timeLimits:\n      legal: { value: 20, unit: workingDays }\n      committed: { value: 4, unit: hours }\n    process:\n      steps:\n        - { name: 受理, timeLimit: { value: 1, unit: hours } }\n        - { name: 决定, timeLimit: { value: 3, unit: hours } }", "SS3102 warning 18:7 /items/0/timeLimits/committed")]
    [InlineData("SS3103", "committed: { value: 7, unit: workingDays }", "committed: { value: 0, unit: immediate }", "SS3103 error 18:7 /items/0/timeLimits/committed|SS3104 warning 20:7 /items/0/process/steps")]
    [InlineData("SS3104", "{ value: 6, unit: workingDays }", "{ value: 9, unit: workingDays }", "SS3104 warning 20:7 /items/0/process/steps")]
    [InlineData("SS3105", "legal: { value: 20, unit: workingDays }", "legal: { value: 20, unit: immediate }", "SS3105 error 17:23 /items/0/timeLimits/legal/value|SS3101 error 18:7 /items/0/timeLimits/committed")]
    [InlineData("SS3106", "      committed: { value: 7, unit: workingDays }\n", "", "SS3106 warning 16:5 /items/0/timeLimits")]
    // Process
    [InlineData("SS4101", "    process:\n      steps:\n        - { name: 受理, timeLimit: { value: 1, unit: workingDays } }\n        - { name: 决定, timeLimit: { value: 6, unit: workingDays } }\n", "", "SS4101 error 5:5 /items/0/process")]
    // Guide
    [InlineData("SS5101", "      onsiteVisitReason: 现场核查\n", "", "SS5101 warning 30:21 /items/0/guide/onsiteVisits")]
    [InlineData("SS5102", "onlineDepth: 3", "onlineDepth: 4", "SS5102 error 29:20 /items/0/guide/onlineDepth")]
    [InlineData("SS5103", "channels: [window, online]\n      onlineDepth: 3\n      onsiteVisits: 1\n      onsiteVisitReason: 现场核查", "channels: [window]\n      onlineDepth: 3\n      onsiteVisits: 0", "SS5103 error 30:21 /items/0/guide/onsiteVisits")]
    [InlineData("SS5104", "result: { type: certificate", "result: { type: approvalDocument", "SS5104 warning 32:23 /items/0/guide/result/type")]
    [InlineData("SS5105", "name: 卫生许可申请表", "name: 其他材料", "SS5105 warning 26:19 /items/0/guide/materials/0/name")]
    [InlineData("SS5105 trailing", "name: 卫生许可申请表", "name: 营业执照、卫生检测报告等", "SS5105 warning 26:19 /items/0/guide/materials/0/name")]
    [InlineData("SS5106", "[ 已取得营业执照 ]", "[ 详见相关文件 ]", "SS5106 warning 24:31 /items/0/guide/acceptanceConditions/0")]
    // Fees
    [InlineData("SS6101", "fees: { charged: false }", "fees: { charged: true }", "SS6101 error 27:24 /items/0/guide/fees/charged")]
    [InlineData("SS6102", "fees: { charged: false }", "fees: { charged: true, items: [ { name: 工本费, amount: 10 } ] }", "SS6102 warning 27:39 /items/0/guide/fees/items/0/basis")]
    [InlineData("SS6103", "fees: { charged: false }", "fees: { charged: false, items: [ { name: 工本费, amount: 10, basis: 文件 } ] }", "SS6103 error 27:31 /items/0/guide/fees/items")]
    // Contacts
    [InlineData("SS7101", "      consultation: [ { phone: \"0573-82345678\" } ]\n", "", "SS7101 warning 33:5 /items/0/contacts/consultation")]
    [InlineData("SS7102", "      complaint: [ { phone: \"12345\" } ]", "      complaint: []", "SS7102 warning 35:7 /items/0/contacts/complaint")]
    [InlineData("SS7103", "\"0573-82345678\"", "\"82345678\"", "SS7103 warning 34:32 /items/0/contacts/consultation/0/phone")]
    [InlineData("SS7103 shape", "\"12345\"", "\"123-45\"", "SS7103 warning 35:29 /items/0/contacts/complaint/0/phone")]
    [InlineData("SS7103 short", "\"0573-82345678\"", "\"823456\"", "SS7103 warning 34:32 /items/0/contacts/consultation/0/phone")]
    [InlineData("SS7104", "\"12345\"", "\"0573-82345678；12345\"", "SS7104 warning 35:29 /items/0/contacts/complaint/0/phone")]
    public void A_rule_fires_on_its_minimal_failing_document_at_the_exact_place(string rule, string find, string replace, string expected)
    {
        Assert.Contains(find, Base, StringComparison.Ordinal);
        var document = Base.Replace(find, replace, StringComparison.Ordinal);

        var result = Validate(document);

        Assert.True(rule.Length > 0);
        Assert.Equal(expected.Split('|'), DiagnosticLines.Of(result.Diagnostics));
    }

    [Theory]
    [InlineData("applicable: true, replacesMaterials: [ 卫生许可申请表 ]", "")]
    [InlineData("applicable: true, replacesMaterials: [ 营业执照复印件 ]", "SS5107 warning 33:70 /items/0/notificationCommitment/replacesMaterials/0")]
    [InlineData("applicable: false, replacesMaterials: [ 卫生许可申请表 ]", "SS5108 warning 33:43 /items/0/notificationCommitment/applicable")]
    [InlineData("applicable: false, replacesMaterials: [ 卫生许可申请表, 其他 ]", "SS5108 warning 33:43 /items/0/notificationCommitment/applicable|SS5107 warning 33:80 /items/0/notificationCommitment/replacesMaterials/1")]
    [InlineData("applicable: false", "")]
    public void A_notification_commitment_of_format_1_1_replaces_only_listed_materials_and_only_when_it_applies(string commitment, string expected)
    {
        var result = Validate(WithCommitment(commitment));

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), DiagnosticLines.Of(result.Diagnostics));
    }

    [Fact]
    public void A_replaced_material_that_is_not_listed_is_named_in_both_languages()
    {
        var finding = Assert.Single(Validate(WithCommitment("applicable: true, replacesMaterials: [ 营业执照复印件 ]")).Diagnostics);

        Assert.Equal("The notification commitment replaces '营业执照复印件', which is not among the item's materials.", finding.Message(CultureInfo.InvariantCulture));
        Assert.Equal("告知承诺声明代替材料“营业执照复印件”，但申请材料中没有该材料。", finding.Message(CultureInfo.GetCultureInfo("zh-CN")));
    }

    /// <summary>The base document in format 1.1, its item with a notificationCommitment written inline.</summary>
    private static string WithCommitment(string commitment) => Base
        .Replace("schemaVersion: \"1.0\"", "schemaVersion: \"1.1\"", StringComparison.Ordinal)
        .Replace("    contacts:\n", "    notificationCommitment: { " + commitment + " }\n    contacts:\n", StringComparison.Ordinal);

    [Fact]
    public void A_duplicate_item_is_reported_at_the_second_occurrence()
    {
        var items = Base[Base.IndexOf("  - basicCode", StringComparison.Ordinal)..];
        var document = Base + "\n" + items;

        var result = Validate(document);

        Assert.Equal(["SS2107 error 36:5 /items/1"], DiagnosticLines.Of(result.Diagnostics));
        Assert.Equal("000123020000", result.Diagnostics[0].ItemCode);
        Assert.Equal("This item repeats item 1 (same implementation code).", result.Diagnostics[0].Message(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Each_item_reports_its_own_findings_once_at_its_own_index()
    {
        var items = Base[Base.IndexOf("  - basicCode", StringComparison.Ordinal)..];
        var document = Base.Replace("onlineDepth: 3", "onlineDepth: 4", StringComparison.Ordinal) + "\n" + items.Replace("name: 卫生许可申请表", "name: 其他材料", StringComparison.Ordinal);

        var result = Validate(document);

        Assert.Equal(
            ["SS5102 error 29:20 /items/0/guide/onlineDepth", "SS2107 error 36:5 /items/1", "SS5105 warning 57:19 /items/1/guide/materials/0/name"],
            DiagnosticLines.Of(result.Diagnostics));
    }

    [Fact]
    public void Findings_without_positions_come_by_code_then_in_the_order_of_items_and_of_their_lists()
    {
        var item = InventoryLoader.LoadText(Base, DocumentFormat.Yaml).Inventory!.Items[0] with
        {
            Contacts = new Contacts { Consultation = [new ContactPoint { Phone = "82345678" }], Complaint = [new ContactPoint { Phone = "123-45" }] },
        };
        var immediate = new TimeLimit { Value = 2, Unit = TimeUnit.Immediate };
        var other = item with
        {
            ImplementationCode = null,
            Authority = item.Authority with { CreditCode = null },
            Process = item.Process! with
            {
                Steps = [item.Process.Steps[0] with { TimeLimit = immediate }],
                SpecialProcedures = [new SpecialProcedure { Kind = SpecialProcedureKind.Extension, TimeLimit = immediate }],
            },
        };
        var inventory = InventoryLoader.LoadText(Base, DocumentFormat.Yaml).Inventory! with { Items = [item, other] };

        var result = InventoryValidator.Validate(inventory);

        Assert.Equal(
            [
                "SS3105 error - /items/1/process/steps/0/timeLimit/value",
                "SS3105 error - /items/1/process/specialProcedures/0/timeLimit/value",
                "SS7103 warning - /items/0/contacts/consultation/0/phone",
                "SS7103 warning - /items/0/contacts/complaint/0/phone",
                "SS7103 warning - /items/1/contacts/consultation/0/phone",
                "SS7103 warning - /items/1/contacts/complaint/0/phone",
            ],
            DiagnosticLines.Of(result.Diagnostics));
    }

    [Fact]
    public void A_rule_set_turns_a_rule_off_or_changes_its_severity_and_strict_makes_warnings_errors()
    {
        var document = Base.Replace("name: 卫生许可申请表", "name: 其他材料", StringComparison.Ordinal).Replace("onlineDepth: 3", "onlineDepth: 4", StringComparison.Ordinal);

        var off = Validate(document, new ValidationOptions { Rules = RuleSet.Create(new Dictionary<string, Severity?> { ["SS5105"] = null, ["SS5102"] = Severity.Info }) });
        var strict = Validate(document, new ValidationOptions { Strict = true });

        Assert.Equal(["SS5102 info 29:20 /items/0/guide/onlineDepth"], DiagnosticLines.Of(off.Diagnostics));
        Assert.True(off.IsValid);
        Assert.Equal(["SS5105 error 26:19 /items/0/guide/materials/0/name", "SS5102 error 29:20 /items/0/guide/onlineDepth"], DiagnosticLines.Of(strict.Diagnostics));
    }

    [Fact]
    public void Item_pointers_count_items_as_written_even_when_an_earlier_item_failed_to_bind()
    {
        var items = Base[Base.IndexOf("  - basicCode", StringComparison.Ordinal)..];
        var broken = "  - { name: 无编码事项 }\n";
        var document = Base[..Base.IndexOf("  - basicCode", StringComparison.Ordinal)] + broken + items.Replace("onlineDepth: 3", "onlineDepth: 4", StringComparison.Ordinal);

        var result = Validate(document);

        Assert.Contains("SS5102 error 30:20 /items/1/guide/onlineDepth", DiagnosticLines.Of(result.Diagnostics));
        Assert.Equal("000123020000", result.Diagnostics.Single(d => d.Code == "SS5102").ItemCode);
    }

    private static ValidationResult Validate(string yaml, ValidationOptions? options = null) =>
        InventoryValidator.Validate(InventoryLoader.LoadText(yaml, DocumentFormat.Yaml), options);
}
