using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Documentation;

/// <summary>
/// The README is the entrance and docs/ the manual: every relative link of README.md and docs/*.md leads to a file
/// that exists, and to a heading of it when it names one; the README stays short.
/// </summary>
public sealed partial class ManualLinkTests
{
    /// <summary>
    /// Pages other branches are writing while this one was made: linked from the index already. Once a page is
    /// merged, this test fails until it is removed from here, so that its links and anchors are checked too.
    /// </summary>
    private static readonly string[] Pending =
    [
    ];

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Repository.PathOf("docs"), "*.md").Order(StringComparer.Ordinal))
        {
            pages.Add("docs/" + Path.GetFileName(page));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string page)
    {
        var broken = new List<string>();
        foreach (var (line, target) in Links(Read(page)))
        {
            if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            var relative = path.Length == 0 ? page : Normalize(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
            var full = Repository.PathOf(relative.Split('/'));
            if (Pending.Contains(relative, StringComparer.Ordinal))
            {
                continue;
            }

            if (!File.Exists(full) && !Directory.Exists(full))
            {
                broken.Add($"{page}:{line}: {target}: {relative} does not exist");
            }
            else if (anchor is not null && relative.EndsWith(".md", StringComparison.Ordinal) && !Anchors(Read(relative)).Contains(anchor))
            {
                broken.Add($"{page}:{line}: {target}: {relative} has no heading whose anchor is #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_pending_page_is_still_missing()
    {
        var merged = Pending.Where(p => File.Exists(Repository.PathOf(p.Split('/')))).ToList();

        Assert.True(merged.Count == 0, "These pages exist now: remove them from ManualLinkTests.Pending so that their links are checked:\n" + string.Join("\n", merged));
    }

    [Fact]
    public void The_index_of_the_manual_links_every_page_of_docs()
    {
        var index = Links(Read("docs/README.md")).Select(l => l.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var unlisted = Directory.GetFiles(Repository.PathOf("docs"), "*.md").Select(p => Path.GetFileName(p)).Where(p => p != "README.md" && !index.Contains(p)).ToList();

        Assert.True(unlisted.Count == 0, "docs/README.md does not link: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void The_readme_is_an_entrance_of_under_300_lines()
    {
        var lines = Read("README.md").Split('\n').Length;

        Assert.True(lines < 300, $"README.md has {lines} lines; move detail to a page of docs/ and link it.");
    }

    [Fact]
    public void A_broken_link_and_a_missing_heading_are_found()
    {
        var links = Links("See [a](format.md#nothing-here) and ![b](picture.png), `[not](a-link.md)`.\n```\n[nor](this.md)\n```\n").ToList();

        Assert.Equal([(1, "format.md#nothing-here"), (1, "picture.png")], links);
        Assert.Contains("4-validation-report", Anchors(Read("docs/format.md")));
        Assert.DoesNotContain("nothing-here", Anchors(Read("docs/format.md")));
        Assert.Equal(["events-一件事", "what-is-left-out", "what-is-left-out-1"], Anchors("## Events (一件事)\n### What is left out\n## What is left out\n"));
    }

    private static string Read(string page) => File.ReadAllText(Repository.PathOf(page.Split('/'))).ReplaceLineEndings("\n");

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The targets of Markdown links and images, with their line, outside code blocks and code spans.</summary>
    private static IEnumerable<(int Line, string Target)> Links(string markdown)
    {
        var fenced = false;
        var number = 0;
        foreach (var line in markdown.Split('\n'))
        {
            number++;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced)
            {
                continue;
            }

            foreach (Match link in LinkPattern().Matches(CodeSpan().Replace(line, string.Empty)))
            {
                yield return (number, link.Groups["target"].Value);
            }
        }
    }

    /// <summary>The anchors GitHub gives the headings of a page: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    private static List<string> Anchors(string markdown)
    {
        var anchors = new List<string>();
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && Heading().Match(line) is { Success: true } heading)
            {
                var slug = new StringBuilder();
                foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
                {
                    if (char.IsLetterOrDigit(c) || c is '-' or '_')
                    {
                        slug.Append(c);
                    }
                    else if (c == ' ')
                    {
                        slug.Append('-');
                    }
                }

                var anchor = slug.ToString();
                var repeats = anchors.Count(a => a == anchor || a.StartsWith(anchor + "-", StringComparison.Ordinal) && int.TryParse(a[(anchor.Length + 1)..], out _));
                anchors.Add(repeats == 0 ? anchor : $"{anchor}-{repeats}");
            }
        }

        return anchors;
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
