using System.Globalization;
using ServiceStandard.Loading;
using ServiceStandard.Scoring;
using ServiceStandard.Validation;

namespace ServiceStandard.Tests.Scoring;

/// <summary>
/// Two regions, five items, every figure computed by hand below. Reference: the union of the items,
/// 3 basic codes (X1 000123020000, X2 000172005000, X3 002015012000). Equal weights.
/// </summary>
public sealed class HandComputedScoreTests
{
    // 君山区: A1 (X1) and A2 (X2).
    //
    // A1: channels window, online, mobile, post (no self-service), depth 4, 0 visits, office with address and
    //     hours, consultation phone, complaint phone and URL, legal 20 / committed 5 working days, fees stated.
    //     channels 100 - 10 (self-service) = 90; guide 100; online 40 + 20 + 10 + 10 = 80; cut (20-5)/20 = 0.75.
    // A2: channel window only, depth 1, 2 visits (reason given), office with address but no hours, consultation
    //     phone, no complaint contact (SS7102), a vague material "其他材料" (SS5105), committed 25 > legal 20
    //     (SS3101), no fees key.
    //     channels: window 10 + location 10 + consultation 10 = 30 (no online, mobile, post, self-service,
    //       appointment, hours, complaint);
    //     guide: legal basis 10 + conditions 10 + location 10 + consultation phone 5 + process 10 + visits 10 = 55
    //       (lost: materials 10 vague, hours 10, complaint 5, time limits 10, fees 10);
    //     online: depth 1 = 10 (no zero visits, no online consultation: handled at a window only, no complaint URL);
    //     cut: committed above legal, so 0.
    // channelCompleteness = (90 + 30) / 2 = 60
    // itemCoverage        = 100 × 2 / 3 = 66.666… -> 66.7
    // guideAccuracy       = (100 + 55) / 2 = 77.5
    // onlineInteractivity = (80 + 10) / 2 + 20 × (0.75 + 0) / 2 = 45 + 7.5 = 52.5
    // index = (60 + 66.666… + 77.5 + 52.5) / 4 = 64.1666… -> 64.2, low
    private const string JunShan = """
        schemaVersion: "1.0"
        region: { code: "430611", name: 君山区 }
        items:
          - basicCode: "000123020000"
            name: 公共场所卫生许可
            type: administrativeLicensing
            authority: { name: 君山区卫生健康局, legalBasis: [ { title: 《公共场所卫生管理条例》, article: 第八条 } ] }
            handlingType: promised
            timeLimits: { legal: { value: 20, unit: workingDays }, committed: { value: 5, unit: workingDays } }
            process: { steps: [ { name: 受理 } ] }
            guide:
              acceptanceConditions: [ 申请人已取得营业执照 ]
              materials: [ { name: 公共场所卫生许可申请表 } ]
              fees: { charged: false }
              channels: [window, online, mobile, post]
              onlineDepth: 4
              onsiteVisits: 0
              locations: [ { name: 君山区政务服务中心, address: 君山区柳林洲镇1号, hours: "周一至周五 9:00-17:00" } ]
            contacts:
              consultation: [ { phone: "0730-8221234" } ]
              complaint: [ { phone: "12345", url: "https://12345.example.cn" } ]
          - basicCode: "000172005000"
            name: 药品零售企业许可
            type: administrativeLicensing
            authority: { name: 君山区市场监督管理局, legalBasis: [ { title: 《中华人民共和国药品管理法》, article: 第五十一条 } ] }
            handlingType: promised
            timeLimits: { legal: { value: 20, unit: workingDays }, committed: { value: 25, unit: workingDays } }
            process: { steps: [ { name: 受理 } ] }
            guide:
              acceptanceConditions: [ 有依法经过资格认定的药学技术人员 ]
              materials: [ { name: 药品经营许可证申请表 }, { name: 其他材料 } ]
              channels: [window]
              onlineDepth: 1
              onsiteVisits: 2
              onsiteVisitReason: 现场核查
              locations: [ { name: 君山区政务服务中心, address: 君山区柳林洲镇1号 } ]
            contacts:
              consultation: [ { phone: "0730-8221235" } ]
        """;

    // 岳阳楼区: B1 (X1), B2 (X2), B3 (X3).
    //
    // B1: all five channels, depth 4, 0 visits, office with hours, phones, complaint URL, immediate item with an
    //     immediate committed limit (legal 20): channels 100, guide 100, online 80, cut 1.
    // B2: window and online, depth 3, 1 visit (reason given), consultation phone without area code "8221234"
    //     (SS7103), complaint phone 12345 without URL, legal 20 / committed 10.
    //     channels: window, online, appointment (depth 3) 30 + location, hours, consultation, complaint 40 = 70;
    //     guide: 100 - 5 (malformed consultation phone) = 95;
    //     online: depth 30 + online consultation 10 = 40; cut (20-10)/20 = 0.5.
    // B3: a public service without legal basis (no rule fires for public services, but the census checks the
    //     element), window, online, mobile, depth 2, 1 visit, committed 10 days and no legal limit (not compared).
    //     channels: window, online, mobile, appointment 40 + 40 = 80; guide 100 - 10 = 90;
    //     online: depth 20 + online consultation 10 = 30.
    // channelCompleteness = (100 + 70 + 80) / 3 = 83.333… -> 83.3
    // itemCoverage        = 100 × 3 / 3 = 100
    // guideAccuracy       = (100 + 95 + 90) / 3 = 95
    // onlineInteractivity = (80 + 40 + 30) / 3 + 20 × (1 + 0.5) / 2 = 50 + 15 = 65
    // index = (83.333… + 100 + 95 + 65) / 4 = 85.8333… -> 85.8, high
    //
    // mean = (64.1666… + 85.8333…) / 2 = 75 exactly; one region (岳阳楼区) above it.
    private const string YueYangLou = """
        schemaVersion: "1.0"
        region: { code: "430602", name: 岳阳楼区 }
        items:
          - basicCode: "000123020000"
            name: 公共场所卫生许可
            type: administrativeLicensing
            authority: { name: 岳阳楼区卫生健康局, legalBasis: [ { title: 《公共场所卫生管理条例》, article: 第八条 } ] }
            handlingType: immediate
            timeLimits: { legal: { value: 20, unit: workingDays }, committed: { value: 0, unit: immediate } }
            process: { steps: [ { name: 受理 } ] }
            guide:
              acceptanceConditions: [ 申请人已取得营业执照 ]
              materials: [ { name: 公共场所卫生许可申请表 } ]
              fees: { charged: false }
              channels: [window, online, mobile, post, selfService]
              onlineDepth: 4
              onsiteVisits: 0
              locations: [ { name: 岳阳楼区政务服务中心, address: 岳阳楼区青年中路1号, hours: "周一至周五 9:00-17:00" } ]
            contacts:
              consultation: [ { phone: "0730-8881234" } ]
              complaint: [ { phone: "12345", url: "https://12345.example.cn" } ]
          - basicCode: "000172005000"
            name: 药品零售企业许可
            type: administrativeLicensing
            authority: { name: 岳阳楼区市场监督管理局, legalBasis: [ { title: 《中华人民共和国药品管理法》, article: 第五十一条 } ] }
            handlingType: promised
            timeLimits: { legal: { value: 20, unit: workingDays }, committed: { value: 10, unit: workingDays } }
            process: { steps: [ { name: 受理 } ] }
            guide:
              acceptanceConditions: [ 有依法经过资格认定的药学技术人员 ]
              materials: [ { name: 药品经营许可证申请表 } ]
              fees: { charged: false }
              channels: [window, online]
              onlineDepth: 3
              onsiteVisits: 1
              onsiteVisitReason: 现场检查
              locations: [ { name: 岳阳楼区政务服务中心, address: 岳阳楼区青年中路1号, hours: "周一至周五 9:00-17:00" } ]
            contacts:
              consultation: [ { phone: "8221234" } ]
              complaint: [ { phone: "12345" } ]
          - basicCode: "002015012000"
            name: 城镇职工基本养老保险参保登记
            type: publicService
            authority: { name: 岳阳楼区社会保险服务中心 }
            handlingType: promised
            timeLimits: { committed: { value: 10, unit: workingDays } }
            process: { steps: [ { name: 受理 } ] }
            guide:
              acceptanceConditions: [ 用人单位已依法登记 ]
              materials: [ { name: 参保登记表 } ]
              fees: { charged: false }
              channels: [window, online, mobile]
              onlineDepth: 2
              onsiteVisits: 1
              onsiteVisitReason: 核验原件
              locations: [ { name: 岳阳楼区政务服务中心, address: 岳阳楼区青年中路1号, hours: "周一至周五 9:00-17:00" } ]
            contacts:
              consultation: [ { phone: "0730-8881235" } ]
              complaint: [ { phone: "12345" } ]
        """;

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    internal static ScoreReport Score(ScoreOptions? options = null)
    {
        var results = new[] { JunShan, YueYangLou }
            .Select(text => InventoryValidator.Validate(InventoryLoader.LoadText(text, DocumentFormat.Yaml)))
            .ToArray();
        return CapabilityIndex.Score(results, options);
    }

    [Fact]
    public void The_validator_finds_exactly_the_problems_the_case_was_written_with()
    {
        var results = new[] { JunShan, YueYangLou }
            .Select(text => InventoryValidator.Validate(InventoryLoader.LoadText(text, DocumentFormat.Yaml)))
            .ToArray();

        Assert.Equal(["SS3101", "SS5105", "SS7102"], results[0].Diagnostics.Select(d => d.Code).Order().ToArray());
        Assert.Equal(["SS7103"], results[1].Diagnostics.Select(d => d.Code).ToArray());
    }

    [Fact]
    public void Every_dimension_the_index_and_the_band_are_the_hand_computed_figures()
    {
        var report = Score();

        Assert.Equal(["430602", "430611"], report.Regions.Select(r => r.Code).ToArray());
        var yueyanglou = report.Regions[0];
        Assert.Equal(3, yueyanglou.Items);
        Assert.Equal(250m / 3m, yueyanglou.Dimensions.ChannelCompleteness, 20);
        Assert.Equal(100m, yueyanglou.Dimensions.ItemCoverage);
        Assert.Equal(95m, yueyanglou.Dimensions.GuideAccuracy, 20);
        Assert.Equal(65m, yueyanglou.Dimensions.OnlineInteractivity, 20);
        Assert.Equal(85.8333333333m, yueyanglou.Index, 10);
        Assert.Equal(ScoreBand.High, yueyanglou.Band);

        var junshan = report.Regions[1];
        Assert.Equal(2, junshan.Items);
        Assert.Equal(60m, junshan.Dimensions.ChannelCompleteness);
        Assert.Equal(66.6666666667m, junshan.Dimensions.ItemCoverage, 10);
        Assert.Equal(77.5m, junshan.Dimensions.GuideAccuracy);
        Assert.Equal(52.5m, junshan.Dimensions.OnlineInteractivity);
        Assert.Equal(64.1666666667m, junshan.Index, 10);
        Assert.Equal(ScoreBand.Low, junshan.Band);

        Assert.Equal(ReferenceKind.Union, report.Reference.Kind);
        Assert.Equal(["000123020000", "000172005000", "002015012000"], report.Reference.Items.Select(i => i.BasicCode).ToArray());
        Assert.Equal(75m, report.Mean, 20);
        Assert.Equal(1, report.AboveMean);
    }

    [Fact]
    public void Rounded_figures_are_those_the_report_prints()
    {
        var junshan = Score().Regions[1];

        Assert.Equal(
            [60.0m, 66.7m, 77.5m, 52.5m, 64.2m],
            new[] { junshan.Dimensions.ChannelCompleteness, junshan.Dimensions.ItemCoverage, junshan.Dimensions.GuideAccuracy, junshan.Dimensions.OnlineInteractivity, junshan.Index }
                .Select(CapabilityIndex.Round).ToArray());
    }

    [Fact]
    public void Each_deficiency_costs_exactly_the_hand_computed_points()
    {
        var junshan = Score().Regions[1];

        // (deficiency, items, points per dimension (C channels, V coverage, G guide, O online), index points).
        string[] expected =
        [
            "MissingReferenceItems 1 V33.3333 I8.3333",   // 100 / 3 reference items
            "NotFullyOnline 1 O15.0000 I3.7500",          // A2: 3 levels × 10 / 2 items
            "LimitsNotCut 2 O12.5000 I3.1250",            // 20 × (1 - 0.375); neither is cut to nothing
            "NoSelfService 2 C10.0000 I2.5000",           // 2 × 10 / 2
            "NoHours 1 C5.0000 G5.0000 I2.5000",
            "NotZeroVisit 1 O10.0000 I2.5000",
            "NoComplaintContact 1 C5.0000 G2.5000 I1.8750",
            "NoOnline 1 C5.0000 I1.2500",
            "NoMobile 1 C5.0000 I1.2500",
            "NoPost 1 C5.0000 I1.2500",
            "NoAppointment 1 C5.0000 I1.2500",
            "VagueMaterials 1 G5.0000 I1.2500",
            "InconsistentTimeLimits 1 G5.0000 I1.2500",
            "NoFees 1 G5.0000 I1.2500",
            "NoOnlineConsultation 1 O5.0000 I1.2500",
            "NoOnlineComplaint 1 O5.0000 I1.2500",
        ];

        Assert.Equal(expected, junshan.Findings.Select(Describe).ToArray());
    }

    [Fact]
    public void The_findings_of_the_better_region_are_its_malformed_phone_missing_legal_basis_and_uncut_limits()
    {
        var yueyanglou = Score().Regions[0];

        string[] expected =
        [
            "NotZeroVisit 2 O13.3333 I3.3333",            // B2, B3: 2 × 20 / 3
            "NotFullyOnline 2 O10.0000 I2.5000",          // B2 1 level, B3 2 levels: 3 × 10 / 3
            "NoPost 2 C6.6667 I1.6667",                   // ties: the order of ScoreDeficiency
            "NoSelfService 2 C6.6667 I1.6667",
            "NoOnlineComplaint 2 O6.6667 I1.6667",
            "LimitsNotCut 1 O5.0000 I1.2500",             // 20 × (1 - 0.75); B2 is the one not cut to nothing
            "NoMobile 1 C3.3333 I0.8333",
            "NoLegalBasis 1 G3.3333 I0.8333",
            "MalformedConsultationPhone 1 G1.6667 I0.4167",
        ];

        Assert.Equal(expected, yueyanglou.Findings.Select(Describe).ToArray());
    }

    [Fact]
    public void Findings_add_up_to_exactly_what_each_dimension_and_the_index_miss()
    {
        foreach (var region in Score().Regions)
        {
            foreach (var dimension in Enum.GetValues<ScoreDimension>())
            {
                var lost = region.Findings.SelectMany(f => f.Points).Where(p => p.Dimension == dimension).Sum(p => p.Points);
                Assert.Equal(100m - region.Dimensions.Of(dimension), lost, 20);
            }

            Assert.Equal(100m - region.Index, region.Findings.Sum(f => f.IndexPoints), 20);
        }
    }

    [Fact]
    public void The_top_findings_read_in_english_and_in_chinese()
    {
        var junshan = Score().Regions[1];

        Assert.Equal(
            [
                "1 of 3 reference items are not implemented (城镇职工基本养老保险参保登记)",
                "1 of 2 items are not fully online (网上办理深度 below 4, 全程网办)",
                "committed time limits are 37.5% below the legal ones on average; 2 of 2 items compared are not immediate (减时间)",
                "2 of 2 items have no self-service terminal (自助终端)",
                "1 of 2 items do not publish opening hours for every office (办理时间)",
            ],
            junshan.Findings.Take(5).Select(f => f.Message(English)).ToArray());
        Assert.Equal(
            [
                "参照的 3 个事项中有 1 个未实施（城镇职工基本养老保险参保登记）",
                "2 个事项中有 1 个未实现全程网办（网上办理深度低于 4）",
                "承诺时限平均比法定时限压缩 37.5%；可比的 2 个事项中有 2 个未压缩为即办（减时间）",
                "2 个事项中有 2 个不能在自助终端办理",
                "2 个事项中有 1 个未公布全部办理地点的办理时间",
            ],
            junshan.Findings.Take(5).Select(f => f.Message(Chinese)).ToArray());
        Assert.Equal(["002015012000"], junshan.Findings[0].ItemCodes);
    }

    [Fact]
    public void A_rule_turned_off_costs_nothing()
    {
        var rules = RuleSet.Create(new Dictionary<string, ServiceStandard.Diagnostics.Severity?> { ["SS5105"] = null });
        var results = new[] { JunShan, YueYangLou }
            .Select(text => InventoryValidator.Validate(InventoryLoader.LoadText(text, DocumentFormat.Yaml), new ValidationOptions { Rules = rules }))
            .ToArray();

        var junshan = CapabilityIndex.Score(results).Regions.Single(r => r.Code == "430611");

        Assert.Equal(82.5m, junshan.Dimensions.GuideAccuracy);
        Assert.DoesNotContain(junshan.Findings, f => f.Deficiency == ScoreDeficiency.VagueMaterials);
    }

    [Fact]
    public void Inventories_built_in_code_are_validated_and_scored_the_same_way()
    {
        var inventories = new[] { JunShan, YueYangLou }
            .Select(text => InventoryLoader.LoadText(text, DocumentFormat.Yaml).Inventory!)
            .ToArray();

        var report = CapabilityIndex.Score(inventories);

        Assert.Equal(Score().Regions.Select(r => r.Index), report.Regions.Select(r => r.Index));
    }

    internal static string Describe(ScoreFinding finding)
    {
        var letters = new Dictionary<ScoreDimension, char>
        {
            [ScoreDimension.ChannelCompleteness] = 'C',
            [ScoreDimension.ItemCoverage] = 'V',
            [ScoreDimension.GuideAccuracy] = 'G',
            [ScoreDimension.OnlineInteractivity] = 'O',
        };
        var points = finding.Points.Select(p => FormattableString.Invariant($"{letters[p.Dimension]}{decimal.Round(p.Points, 4):0.0000}"));
        return FormattableString.Invariant($"{finding.Deficiency} {finding.Count} {string.Join(" ", points)} I{decimal.Round(finding.IndexPoints, 4):0.0000}");
    }
}
