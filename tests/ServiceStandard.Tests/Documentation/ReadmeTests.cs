using System.Globalization;
using System.Text;
using ServiceStandard.Diagnostics;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Documentation;

public sealed class ReadmeTests
{
    /// <summary>The rules table of docs/rules.md, generated from the catalogue (English titles and hints).</summary>
    public static string RulesTable()
    {
        var table = new StringBuilder("| code | severity | rule | fix |\n| --- | --- | --- | --- |\n");
        foreach (var rule in DiagnosticCatalog.All)
        {
            var zh = rule.Title(CultureInfo.GetCultureInfo("zh-CN"));
            table.Append(CultureInfo.InvariantCulture, $"| {rule.Code} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {rule.Title(CultureInfo.InvariantCulture)} ({zh}) | {rule.Hint(CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return table.ToString();
    }

    [Fact]
    public void The_rules_page_lists_every_rule_exactly_as_the_catalogue_defines_it()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "rules.md")).ReplaceLineEndings("\n");
        var table = RulesTable();

        Assert.True(page.Contains("<!-- rules:begin -->\n" + table + "<!-- rules:end -->", StringComparison.Ordinal), "docs/rules.md's rules table is out of date (bash scripts/update-rules-table.sh rewrites it). Replace it with:\n\n" + table);
    }

    [Fact]
    public void The_rules_page_says_why_every_business_rule_has_its_severity_and_states_that_severity()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "rules.md")).ReplaceLineEndings("\n");

        Assert.All(
            DiagnosticCatalog.All.Where(d => d.Category is DiagnosticCategory.Identity or DiagnosticCategory.TimeLimits or DiagnosticCategory.Process or DiagnosticCategory.Guide or DiagnosticCategory.Fees or DiagnosticCategory.Contacts),
            rule => Assert.Contains($"| {rule.Code} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | ", page, StringComparison.Ordinal));
    }
}
