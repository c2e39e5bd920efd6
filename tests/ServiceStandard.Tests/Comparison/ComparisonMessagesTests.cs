using System.Collections;
using System.Globalization;
using System.Resources;
using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Tests.Comparison;

public sealed class ComparisonMessagesTests
{
    [Fact]
    public void Every_comparison_text_exists_in_chinese_and_in_english()
    {
        var resources = new ResourceManager("ServiceStandard.Comparison.ComparisonMessages", typeof(RegionalComparison).Assembly);
        var names = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToArray();

        Assert.Equal(25, names.Length);
        Assert.All(names, n => Assert.True(MessageTexts.ExistsIn(n, CultureInfo.GetCultureInfo("zh")), $"{n} has no Chinese text"));
    }

    [Fact]
    public void Every_metric_has_a_label_in_both_languages()
    {
        Assert.Equal(
            ["承诺办结时限（工作日）", "法定办结时限（工作日）", "必要申请材料（项）", "收费（元）", "到办事现场次数", "办理环节（个）", "中介服务（项）", "网上办理深度（1-4）"],
            ComparisonMetrics.All.Select(m => ComparisonMetrics.Label(m, CultureInfo.GetCultureInfo("zh-CN"))));
        Assert.Equal(
            ["committedWorkingDays", "legalWorkingDays", "materials", "feeTotal", "onsiteVisits", "processSteps", "intermediaryServices", "onlineDepth"],
            ComparisonMetrics.All.Select(ComparisonMetrics.Name));
        Assert.Equal("online depth (1-4)", ComparisonMetrics.Label(ComparisonMetric.OnlineDepth, CultureInfo.GetCultureInfo("en")));
    }
}
