using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// One language per output (#18): every message, hint, help text and report header, rendered in Chinese and in
/// English, holds no word of the other language. What may cross over is data and the format's own words, each kind
/// named below; the lists are short on purpose, and a word added to them is a decision to review.
/// </summary>
public sealed partial class OneLanguageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// English words a Chinese text may hold: the tool and the commands a user types, words of the files a user writes
    /// (the rule-set values, YAML's true and false), and proper names (JSON Schema, draft-07, SQLite, PostgreSQL).
    /// Besides these: option names (--lang), codes (SS1101), words in capitals (JSON, YAML, UTF-8, MB), file names and
    /// paths, the keys of the format (basicCode), option values, and whatever is quoted or written as an example
    /// structure ({ ... }, [ ... ]).
    /// </summary>
    private static readonly HashSet<string> EnglishInChinese = new(StringComparer.Ordinal)
    {
        "svcstd", "dotnet", "iconv", "jq",
        "rules", "off", "error", "warning", "info", "true", "false", "null",
        "Schema", "draft-07", "SQLite", "PostgreSQL", "Merge", "Patch", "GitHub", "Excel",
    };

    /// <summary>
    /// Chinese terms an English text may use bare, as the standard's words for what the text tells the reader to
    /// write. Besides these: a Chinese gloss in brackets after the English term (immediate (即办件)), quoted values,
    /// example values (after "e.g.", in a { ... } or [ ... ] structure, in an Examples_ text), file names, and data.
    /// </summary>
    private static readonly HashSet<string> ChineseInEnglish = new(StringComparer.Ordinal) { "即办", "工作日", "自然日" };

    [Fact]
    public void Every_resource_text_of_the_library_and_the_tool_is_in_its_own_language()
    {
        var problems = new List<string>();
        foreach (var (source, resources) in ResourceFiles())
        {
            foreach (var name in Names(resources))
            {
                var zh = Placeholder().Replace(resources.GetString(name, Chinese)!, " ");
                var en = Placeholder().Replace(resources.GetString(name, English)!, " ");
                var examples = name.StartsWith("Examples_", StringComparison.Ordinal);
                problems.AddRange(EnglishWords(zh, examples).Select(w => $"{source} {name} (zh): '{w}' in {zh}"));
                problems.AddRange(ChineseWords(en, examples).Select(w => $"{source} {name} (en): '{w}' in {en}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_diagnostic_renders_its_message_and_hint_in_one_language_with_representative_arguments()
    {
        var problems = new List<string>();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            foreach (var culture in new[] { Chinese, English })
            {
                var template = descriptor.MessageFormat(culture) + " " + descriptor.Hint(culture);
                var arguments = Placeholder().Matches(template).Select(m => m.Value.Trim('{', '}')).Distinct()
                    .ToDictionary(n => n, Representative);
                var diagnostic = new Diagnostic(descriptor, descriptor.DefaultSeverity, "/items/0", null, arguments);
                var text = diagnostic.Message(culture) + " " + diagnostic.Hint(culture);
                problems.AddRange(Leaks(text, culture).Select(w => $"{descriptor.Code} ({culture.Name}): '{w}' in {text}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static TheoryData<string> CommandLines()
    {
        var data = new TheoryData<string>();
        foreach (var path in CommandPaths(BuildRoot(), string.Empty))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Every_command_help_is_in_one_language(string command)
    {
        foreach (var (lang, culture) in new[] { ("zh", Chinese), ("en", English) })
        {
            var (exit, output, error) = Cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", "--lang", lang]);

            Assert.Equal((0, string.Empty), (exit, error));
            var text = output.Replace(HostName + " ", "svcstd ", StringComparison.Ordinal);
            Assert.True(Leaks(text, culture).ToArray() is [], $"svcstd {command} --help --lang {lang}: " + string.Join(", ", Leaks(text, culture)));
        }
    }

    public static TheoryData<string, string[]> Reports() => new()
    {
        { "validate", ["validate", Cli.Repo("examples", "inventories"), Fixtures("Loading", "invalid"), Fixtures("AsWritten"), Cli.Repo("tests", "ServiceStandard.Cli.Tests", "Fixtures", "Hostile"), "--verbose"] },
        { "normalize", ["normalize", Fixtures("AsWritten", "county-export.as-written.yaml"), "--explain", "--check"] },
        { "diff text", ["diff", Cli.Repo("examples", "inventories")] },
        { "diff markdown", ["diff", Cli.Repo("examples", "inventories"), "--format", "markdown"] },
        { "diff html", ["diff", Cli.Repo("examples", "inventories"), "--format", "html"] },
        { "diff versions", ["diff", Fixtures("Comparison", "versions", "taibai-2026-01.yaml"), Fixtures("Comparison", "versions", "taibai-2026-07.yaml")] },
        { "diff versions markdown", ["diff", Fixtures("Comparison", "versions", "taibai-2026-01.yaml"), Fixtures("Comparison", "versions", "taibai-2026-07.yaml"), "--format", "markdown"] },
        { "diff versions html", ["diff", Fixtures("Comparison", "versions", "taibai-2026-01.yaml"), Fixtures("Comparison", "versions", "taibai-2026-07.yaml"), "--format", "html"] },
        { "score text", ["score", Cli.Repo("examples", "inventories"), "--basic", Cli.Repo("examples", "catalogues", "basic-catalogue.yaml")] },
        { "score markdown", ["score", Cli.Repo("examples", "inventories"), "--format", "markdown"] },
        { "score html", ["score", Cli.Repo("examples", "inventories"), "--format", "html"] },
        { "due", ["due", "--from", "2026-09-25", "--limit", "3个月"] },
        { "due hours", ["due", "--from", "2026-09-30", "--limit", "20个小时"] },
        { "event text", ["event", Cli.Repo("examples", "events", "restaurant-opening.yaml"), Cli.Repo("examples", "inventories")] },
        { "event markdown", ["event", Cli.Repo("examples", "events", "restaurant-opening.yaml"), Cli.Repo("examples", "inventories"), "--format", "markdown"] },
        { "event html", ["event", Cli.Repo("examples", "events", "business-start.yaml"), Cli.Repo("examples", "inventories"), "--format", "html"] },
        { "schema diff", ["schema", "diff", Cli.Repo("schemas", "inventory", "1.0", "inventory.schema.json"), Cli.Repo("schemas", "inventory", "1.1", "inventory.schema.json")] },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_report_and_its_lines_on_standard_error_are_in_one_language(string report, string[] args)
    {
        foreach (var (lang, culture) in new[] { ("zh", Chinese), ("en", English) })
        {
            var (_, output, error) = Cli.Run([.. args, "--lang", lang]);

            Assert.NotEmpty(output + error);
            var text = Visible(output) + "\n" + error;
            var ids = args[0] == "schema"
                ? Regex.Matches(Cli.Run([.. args, "--format", "json"]).Output, @"""kind"":\s*""([^""]+)""").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal)
                : [];
            var leaks = Leaks(text, culture, Data(args)).Where(w => !ids.Contains(w)).Distinct().ToArray();
            Assert.True(leaks is [], $"{report} --lang {lang}: " + string.Join(", ", leaks));
        }
    }

    [Fact]
    public void Every_catalogue_report_is_in_one_language()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-lang-").FullName;
        var broken = Path.Combine(folder, "broken.yaml");
        File.WriteAllText(broken, "schemaVersion: \"1.0\"\nregion: { code: \"610331\" }\nitems:\n  - { basicCode: \"000123020000\", name: 公共场所卫生许可, type: licence, authority: { name: 某局 } }\n");
        string[] inputs = [Cli.Repo("examples", "inventories"), broken];
        foreach (var (lang, culture) in new[] { ("zh", Chinese), ("en", English) })
        {
            var database = Path.Combine(folder, lang + ".db");
            var runs = new[]
            {
                Cli.Run("catalogue", "build", inputs[0], inputs[1], "--db", database, "--lang", lang),
                Cli.Run("catalogue", "search", "许可", "--db", database, "--lang", lang),
                Cli.Run("catalogue", "coverage", "--db", database, "--basic", Cli.Repo("examples", "catalogues", "basic-catalogue.yaml"), "--lang", lang),
                Cli.Run("due", "--item", "000123020000", "--db", database, "--from", "2026-03-02", "--lang", lang),
            };

            foreach (var (_, output, error) in runs)
            {
                var leaks = Leaks(output + "\n" + error, culture, Data([.. inputs, Cli.Repo("examples", "catalogues", "basic-catalogue.yaml")])).Distinct().ToArray();
                Assert.True(leaks is [], $"catalogue --lang {lang}: " + string.Join(", ", leaks));
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> that are not of <paramref name="culture"/>'s language.</summary>
    private static IEnumerable<string> Leaks(string text, CultureInfo culture, string data = "") =>
        culture.Name.StartsWith("zh", StringComparison.Ordinal)
            ? EnglishWords(text, examples: false)
            : ChineseWords(text, examples: false).Where(w => !data.Contains(w, StringComparison.Ordinal));

    private static IEnumerable<string> EnglishWords(string text, bool examples)
    {
        text = WithoutCommandLines(text);
        text = Regex.Replace(text, @"https?://\S+|<[\w|.-]+>", " ");
        text = Quoted().Replace(text, " ");
        text = Structure().Replace(text, " ");
        text = Pointer().Replace(text, " ");
        foreach (Match token in Token().Matches(text))
        {
            var word = token.Value.TrimEnd('.', ':', '-');
            if (!Regex.IsMatch(word, "[A-Za-z]{3}")
                || word.StartsWith('-')
                || Regex.IsMatch(word, @"^S[SD](\d+|n+)")
                || word.Contains('/') || word.Contains('\\') || Regex.IsMatch(word, @"\.\w")
                || word.Where(char.IsLetter).All(char.IsUpper)
                || EnglishInChinese.Contains(word)
                || FormatWords.Value.Contains(word)
                || (examples && word is "YYYY"))
            {
                continue;
            }

            yield return word;
        }
    }

    private static IEnumerable<string> ChineseWords(string text, bool examples)
    {
        text = WithoutCommandLines(text);
        text = Quoted().Replace(text, " ");
        text = Structure().Replace(text, " ");
        text = Gloss().Replace(text, " ");
        text = ForExample().Replace(text, " ");
        text = Regex.Replace(text, @"\S*\.(yaml|yml|json|db|csv|html|xlsx)\b", " ");
        foreach (Match run in Cjk().Matches(text))
        {
            if (!examples && !ChineseInEnglish.Contains(run.Value))
            {
                yield return run.Value;
            }
        }
    }

    /// <summary>
    /// Command lines (help examples, <c>svcstd ...</c> suggested in a message) are what the reader types: only their
    /// <c># comment</c> is text. The lines of a unified diff (<c>normalize --check</c>) are the file's.
    /// </summary>
    private static string WithoutCommandLines(string text) =>
        string.Join('\n', text.Split('\n').Select(line =>
            Regex.IsMatch(line, @"^\s*(svcstd|dotnet) ") ? (line.IndexOf(" # ", StringComparison.Ordinal) is var hash and >= 0 ? line[hash..] : string.Empty)
            : Regex.IsMatch(line, @"^(\+|-(?!-)|@@ |--- |\+\+\+ )") ? string.Empty
            : line));

    /// <summary>The text a reader sees of an HTML report (no markup, script or style); other formats as they are.</summary>
    private static string Visible(string output)
    {
        if (!output.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return output;
        }

        var text = Regex.Replace(output, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]*>", " ");
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>What the input files say (item, region, authority names): data, in whatever language it is written.</summary>
    private static string Data(IEnumerable<string> args) =>
        string.Join('\n', args.SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a) : File.Exists(a) ? [a] : [])
            .Where(f => !f.EndsWith(".db", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Append(string.Join('\n', args)));

    /// <summary>The keys of the format (every property name of the published schemas) and every value an option takes.</summary>
    private static readonly Lazy<HashSet<string>> FormatWords = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schema in Directory.EnumerateFiles(Cli.Repo("schemas"), "*.json", SearchOption.AllDirectories))
        {
            foreach (Match key in Regex.Matches(File.ReadAllText(schema), @"""(\w+)""\s*:"))
            {
                words.Add(key.Groups[1].Value);
            }
        }

        // The keys of the other files a user writes: weights, profiles, rule sets, holiday calendars, basic catalogues.
        foreach (var file in Directory.EnumerateFiles(Cli.Repo("examples"), "*.yaml", SearchOption.AllDirectories)
            .Append(Cli.Repo("src", "ServiceStandard", "Calendar", "holidays.json")))
        {
            foreach (Match key in Regex.Matches(File.ReadAllText(file), @"""?(\w+)""?\s*:\s"))
            {
                words.Add(key.Groups[1].Value);
            }
        }

        var root = BuildRoot();
        foreach (var command in Walk(root))
        {
            words.Add(command.Name);
            foreach (var option in command.Options)
            {
                words.UnionWith(option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label));
            }
        }

        return words;
    });

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, "en");
        foreach (var command in new[]
        {
            ServiceStandard.Cli.Commands.ValidateCommand.Create(context), ServiceStandard.Cli.Commands.NormalizeCommand.Create(context), ServiceStandard.Cli.Commands.SchemaCommand.Create(context),
            ServiceStandard.Cli.Commands.DiffCommand.Create(context), ServiceStandard.Cli.Commands.ScoreCommand.Create(context), ServiceStandard.Cli.Commands.MigrateCommand.Create(context),
            ServiceStandard.Cli.Commands.CatalogueCommand.Create(context), ServiceStandard.Cli.Commands.DueCommand.Create(context), ServiceStandard.Cli.Commands.EventCommand.Create(context),
            ServiceStandard.Cli.Commands.InitCommand.Create(context), ServiceStandard.Cli.Commands.TemplateCommand.Create(context),
            ServiceStandard.Cli.Commands.ServeCommand.Create(context),
        })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Walk(Command command) => command.Subcommands.SelectMany(Walk).Prepend(command);

    private static IEnumerable<string> CommandPaths(Command command, string prefix)
    {
        yield return prefix;
        foreach (var sub in command.Subcommands)
        {
            foreach (var path in CommandPaths(sub, (prefix + " " + sub.Name).Trim()))
            {
                yield return path;
            }
        }
    }

    /// <summary>Every resource file of the library (diagnostics, § words, report texts) and the tool's CliMessages.</summary>
    private static IEnumerable<(string Source, ResourceManager Resources)> ResourceFiles()
    {
        var library = typeof(Diagnostic).Assembly;
        foreach (var name in library.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var baseName = name[..^".resources".Length];
            yield return (baseName, new ResourceManager(baseName, library));
        }

        yield return ("CliMessages", new ResourceManager("ServiceStandard.Cli.CliMessages", typeof(CliText).Assembly));
    }

    private static IEnumerable<string> Names(ResourceManager resources) =>
        resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal);

    /// <summary>A value for a placeholder: a § word where the message takes one, else data of the kind its name says.</summary>
    private static string Representative(string placeholder) => placeholder switch
    {
        "expected" => "§Kind_Integer",
        "found" => "§Kind_List",
        "what" => "§Pattern_DivisionCode",
        "limit" => "§Limit_Depth",
        "extra" => "§Extra_QuoteCodes",
        "examples" => "§Examples_Count",
        "key" or "alias" or "canonical" => "basicCode",
        "path" or "pointer" => "/items/0/basicCode",
        _ => "2",
    };

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}")]
    private static partial Regex Placeholder();

    /// <summary>Quoted text is data: a value as written, a name, an example.</summary>
    [GeneratedRegex(@"“[^”]*”|‘[^’]*’|'[^'\n]*'|""[^""\n]*""|`[^`\n]*`|《[^》]*》")]
    private static partial Regex Quoted();

    /// <summary>An example of what to write in a file: <c>{ value: 20, unit: workingDays }</c>, <c>[{ year: 2027 }]</c>.</summary>
    [GeneratedRegex(@"\{[^{}\n]*(\{[^{}\n]*(\{[^{}\n]*\}[^{}\n]*)*\}[^{}\n]*)*\}|\[\{.*?\}\]")]
    private static partial Regex Structure();

    /// <summary>The JSON Pointer at the end of a finding, <c>[/items/0/type]</c>: a location, like a line and column.</summary>
    [GeneratedRegex(@"\[/[^\]]*\]")]
    private static partial Regex Pointer();

    /// <summary>A Chinese gloss in brackets, the standard's term after the English one: <c>(即办件: handled on the spot)</c>.</summary>
    [GeneratedRegex(@"\((?=[^()]*\p{IsCJKUnifiedIdeographs})[^()]*\)")]
    private static partial Regex Gloss();

    /// <summary>Examples after "e.g." up to the end of the sentence.</summary>
    [GeneratedRegex(@"e\.g\.[^;.)]*")]
    private static partial Regex ForExample();

    [GeneratedRegex(@"[-*./]*[A-Za-z][A-Za-z0-9_.\-/\\*]*")]
    private static partial Regex Token();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]*[\u3400-\u9fff][\u3400-\u9fff\u3000-\u303f\uff00-\uffef]*")]
    private static partial Regex Cjk();

    /// <summary>The executable System.CommandLine names in a usage line in-process (the test host).</summary>
    private static readonly string HostName = new RootCommand().Name;

    private static string Fixtures(params string[] parts) => Cli.Repo(["tests", "ServiceStandard.Tests", "Fixtures", .. parts]);
}
