using System.Text.RegularExpressions;

namespace ServiceStandard.Cli.Tests;

public sealed partial class CatalogueExportTests
{
    private const string Hostile = "</script><script>alert(1)</script><!--";

    private static (string Folder, string Db) Catalogue(string inventory)
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-cli-export-").FullName;
        File.WriteAllText(Path.Combine(folder, "inventory.yaml"), inventory);
        var db = Path.Combine(folder, "catalogue.db");
        Assert.Equal(0, Cli.Run("catalogue", "build", Path.Combine(folder, "inventory.yaml"), "--db", db).Exit);
        return (folder, db);
    }

    [Fact]
    public void The_site_is_one_self_contained_page_that_no_value_can_break_out_of()
    {
        var (folder, db) = Catalogue($"""
            schemaVersion: "1.0"
            region: {"{"} code: "330402", name: '{Hostile}' {"}"}
            items:
              - basicCode: "002099001000"
                name: '<img src=x onerror=alert(2)>事项 & "引号"'
                type: publicService
                authority: {"{"} name: '{Hostile}' {"}"}
                themes: ['{Hostile}']
            """);

        var (exit, output, _) = Cli.Run("catalogue", "export", "--db", db, "--format", "html", "-o", Path.Combine(folder, "site"), "--title", "<b>目录</b> & co");
        var page = File.ReadAllText(Path.Combine(folder, "site", "index.html"));

        Assert.Equal(0, exit);
        Assert.Equal($"{Path.Combine(folder, "site", "index.html")}: 1 items, 1 regions\n", output);
        Assert.Contains("<title>&lt;b&gt;目录&lt;/b&gt; &amp; co</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)", page, StringComparison.Ordinal);
        // Four scripts: the labels, the data, the working-day calendar (all JSON) and the page's own script.
        Assert.Equal(4, ScriptOpening().Matches(page).Count);
        Assert.Equal(4, Regex.Matches(page, "</script>").Count);
        // No address but the schema.org context of each item's GovernmentService JSON-LD: a name, never fetched.
        var addresses = page.Replace("\"@context\":\"https://schema.org\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", addresses, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", addresses, StringComparison.Ordinal);
        Assert.Matches("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]{44}'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; img-src data:; base-uri 'none'; form-action 'none'\">", page);
    }

    [Fact]
    public void A_catalogue_above_the_site_limit_is_refused_with_a_pointer_to_serve()
    {
        var items = string.Concat(Enumerable.Range(0, 3001).Select(i =>
            $"  - {{ basicCode: \"{i:D12}\", name: 事项{i}, type: publicService, authority: {{ name: 某局 }} }}\n"));
        var (folder, db) = Catalogue("schemaVersion: \"1.0\"\nregion: { code: \"330402\" }\nitems:\n" + items);

        var (exit, output, error) = Cli.Run("catalogue", "export", "--db", db, "-o", Path.Combine(folder, "site"), "--lang", "en");
        var json = Cli.Run("catalogue", "export", "--db", db, "--format", "json", "-o", Path.Combine(folder, "all.json"));

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal($"svcstd: the catalogue has 3001 items; the exported site inlines at most 3000 (a larger page is too slow to open). Serve it instead: svcstd serve --db {db}\n", error);
        Assert.False(File.Exists(Path.Combine(folder, "site", "index.html")));
        Assert.Equal(0, json.Exit); // the JSON export has no such limit
    }

    [Fact]
    public void The_policy_allows_exactly_the_inline_script_and_style_of_the_page()
    {
        var (folder, db) = Catalogue("schemaVersion: \"1.0\"\nregion: { code: \"330402\" }\nitems: []\n");
        Cli.Run("catalogue", "export", "--db", db, "-o", Path.Combine(folder, "site"));
        var page = File.ReadAllText(Path.Combine(folder, "site", "index.html"));

        var script = Regex.Match(page, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains($"script-src 'sha256-{Hash(script)}'", page, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{Hash(style)}'", page, StringComparison.Ordinal);

        static string Hash(string text) => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Exporting_a_site_needs_a_folder()
    {
        var (exit, _, error) = Cli.Run("catalogue", "export", "--db", "/no/such.db", "--format", "html", "--lang", "en");

        Assert.Equal((2, "svcstd: --format html needs -o FOLDER (the site is written to FOLDER/index.html).\n"), (exit, error));
    }

    [GeneratedRegex("<script[ >]")]
    private static partial Regex ScriptOpening();
}
