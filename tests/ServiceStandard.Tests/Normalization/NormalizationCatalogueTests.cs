using ServiceStandard.Diagnostics;

namespace ServiceStandard.Tests.Normalization;

public sealed class NormalizationCatalogueTests
{
    [Fact]
    public void The_retired_time_limit_error_SS1108_is_gone_and_can_never_be_defined_again()
    {
        Assert.Null(DiagnosticCatalog.Find("SS1108"));
        Assert.Throws<InvalidOperationException>(() => DiagnosticCatalog.Define("SS1108", Severity.Warning, DiagnosticCategory.Normalization));
    }

    [Fact]
    public void Normalization_codes_are_in_the_SS8xxx_range_and_only_unreadable_phrases_and_conflicts_are_not_infos()
    {
        var normalization = DiagnosticCatalog.All.Where(d => d.Category == DiagnosticCategory.Normalization).ToArray();

        Assert.Equal(["SS8001", "SS8002", "SS8003", "SS8101", "SS8102", "SS8103", "SS8201", "SS8202", "SS8203", "SS8204", "SS8205"], normalization.Select(d => d.Code));
        Assert.All(normalization, d => Assert.StartsWith("SS8", d.Code, StringComparison.Ordinal));
        Assert.Equal(Severity.Error, DiagnosticCatalog.Find("SS8002")!.DefaultSeverity);
        Assert.Equal(Severity.Warning, DiagnosticCatalog.Find("SS8103")!.DefaultSeverity);
        Assert.All(normalization.Where(d => d.Code is not ("SS8002" or "SS8103")), d => Assert.Equal(Severity.Info, d.DefaultSeverity));
    }
}
