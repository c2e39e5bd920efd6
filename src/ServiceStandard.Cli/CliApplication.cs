using System.CommandLine;
using System.Globalization;
using System.Text;
using ServiceStandard.Cli.Commands;

namespace ServiceStandard.Cli;

/// <summary>The <c>svcstd</c> command line: parses arguments, calls the library, renders, returns the exit code.</summary>
internal static class CliApplication
{
    /// <summary>Exit code: success (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>Exit code: the input has errors (or is not canonical, for <c>normalize --check</c>).</summary>
    public const int Findings = 1;

    /// <summary>Exit code: usage or I/O failure, or an unexpected failure.</summary>
    public const int Failure = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (ReferenceEquals(output, Console.Out))
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        var context = new CliContext(output, error);
        var root = new RootCommand("svcstd: validate, normalize and compare government service item inventories (政务服务事项清单).")
        {
            ValidateCommand.Create(context),
            NormalizeCommand.Create(context),
            SchemaCommand.Create(context),
            DiffCommand.Create(context),
            ScoreCommand.Create(context),
            MigrateCommand.Create(context),
            CatalogueCommand.Create(context),
            DueCommand.Create(context),
            EventCommand.Create(context),
        };
        root.Options.Add(new Option<bool>("--verbose") { Description = "Show the stack trace of an unexpected failure.", Recursive = true });
        ToolVersion.Install(root);
        HelpExamples.Install(root.WithExamples(
            "svcstd validate examples/inventories          # check every *.yaml, *.yml and *.json of a folder",
            "svcstd validate --help                        # the options of one command",
            "dotnet tool install --global svcstd           # install for the current user (update: dotnet tool update)"));

        try
        {
            var parsed = root.Parse(args);
            context.UseLanguage(LanguageOf(parsed));
            var asksForHelp = parsed.Action is System.CommandLine.Help.HelpAction || parsed.Action?.GetType().DeclaringType == typeof(HelpExamples);
            if (parsed.Errors.Count > 0 && !asksForHelp)
            {
                // Usage errors exit 2 (FORMAT.md section 3), not System.CommandLine's default 1.
                foreach (var parseError in parsed.Errors)
                {
                    error.WriteLine($"svcstd: {parseError.Message}");
                }

                context.Report("SeeHelp");
                return Failure;
            }

            // Divisions created after the built-in table (--divisions FILE) count for the whole command.
            IDisposable? added = null;
            if (OptionValue(parsed, CliContext.DivisionsName) is { } divisionsFile)
            {
                if (Commands.SideFiles.Read(context, divisionsFile, Divisions.DivisionTable.Read) is not { } divisions)
                {
                    return Failure;
                }

                added = Divisions.DivisionTable.Use(divisions);
            }

            using (added)
            {
                return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
        }
        catch (Exception exception)
        {
            // One line, whatever failed; the trace only when asked for.
            context.Report("UnexpectedFailure", exception.GetType().Name, exception.Message.ReplaceLineEndings(" "));
            if (args.Contains("--verbose"))
            {
                error.WriteLine(exception.ToString());
            }

            return Failure;
        }
    }

    /// <summary>
    /// The <c>--lang</c> of the command asked for (every command that prints messages has one), chosen here once for
    /// all of them, before the command runs or its usage error is reported.
    /// </summary>
    private static string? LanguageOf(ParseResult parsed) => OptionValue(parsed, CliContext.LangName);

    /// <summary>The value of a text option of the command asked for, when it has that option and it was given.</summary>
    private static string? OptionValue(ParseResult parsed, string name) =>
        parsed.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == name) is { } option
            ? parsed.GetValue(option)
            : null;
}

/// <summary>The writers, the language of messages and the shared options every command uses.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>The language of messages: the command's <c>--lang</c> (set by <see cref="CliApplication.Run"/>), else the default.</summary>
    public CultureInfo Culture { get; private set; } = CultureFor(null);

    /// <summary>Sets the language of messages from a <c>--lang</c> value (null: the default).</summary>
    public void UseLanguage(string? lang) => Culture = CultureFor(lang);

    /// <summary>Writes one of the tool's own messages (<see cref="CliText"/>) to standard error: <c>svcstd: </c> and the text.</summary>
    public void Report(string message, params object?[] arguments) =>
        Error.WriteLine("svcstd: " + CliText.Get(Culture, message, arguments));

    /// <summary>The name of the option that chooses the language of messages.</summary>
    public const string LangName = "--lang";

    public static Option<string> LangOption() => new(LangName)
    {
        Description = "Language of messages: zh or en (default: the current culture, else zh).",
        HelpName = "zh|en",
    };

    /// <summary>The name of the option that adds divisions to the built-in GB/T 2260 table.</summary>
    public const string DivisionsName = "--divisions";

    /// <summary>--divisions FILE: divisions created after the built-in table, read by <see cref="CliApplication"/> before the command runs.</summary>
    public static Option<string> DivisionsOption() => new(DivisionsName)
    {
        Description = $"GB/T 2260 divisions to add to the built-in table or override in it: a CSV file of code,name lines, for a division created after the table's date ({Divisions.DivisionTable.Date:yyyy-MM-dd}, the 2023 statistical division codes).",
        HelpName = "FILE",
    };

    public static CultureInfo CultureFor(string? lang)
    {
        var name = lang ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "zh");
        return name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
    }
}
