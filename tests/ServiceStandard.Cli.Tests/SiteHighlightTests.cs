using ServiceStandard.Catalogue.Reporting;
using System.Text.RegularExpressions;

namespace ServiceStandard.Cli.Tests;

/// <summary>The exported site's search highlight, run as the page runs it (its function, in Node.js).</summary>
public sealed class SiteHighlightTests
{
    [Theory]
    [InlineData("建筑工程施工许可核发", "施工许可 许可证", "建筑工程[施工许可]核发")]
    [InlineData("建筑工程施工许可核发", "施工许可 许可核", "建筑工程[施工许可核]发")]
    [InlineData("建筑工程施工许可核发", "工程 施工", "建筑[工程施工]许可核发")]
    [InlineData("公共场所卫生许可", "卫生 许可 公共", "[公共]场所[卫生许可]")]
    public void Overlapping_words_are_marked_once_and_no_character_is_lost(string name, string query, string expected)
    {
        var highlight = Regex.Match(CatalogueSiteTemplate.Script, @"function highlight\(text, ws\) \{.*?return out;\s*\}", RegexOptions.Singleline).Value;
        var lower = Regex.Match(CatalogueSiteTemplate.Script, @"function lower\(s\) \{[^\n]*").Value;
        Assert.NotEmpty(highlight);
        var script = $$"""
            {{lower}}
            function el(spec, attrs) { return '[' + attrs.text + ']'; }
            {{highlight}}
            var out = highlight({{System.Text.Json.JsonSerializer.Serialize(name)}}, {{System.Text.Json.JsonSerializer.Serialize(query.Split(' '))}});
            process.stdout.write(Array.isArray(out) ? out.join('') : out);
            """;

        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, StandardOutputEncoding = System.Text.Encoding.UTF8, StandardInputEncoding = new System.Text.UTF8Encoding(false) };
        using var node = System.Diagnostics.Process.Start(start)!;
        node.StandardInput.Write(script);
        node.StandardInput.Close();
        var shown = node.StandardOutput.ReadToEnd();
        node.WaitForExit();

        Assert.Equal(expected, shown);
    }
}
