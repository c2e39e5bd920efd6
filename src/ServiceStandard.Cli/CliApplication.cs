using System.CommandLine;
using System.Globalization;
using System.Text;
using ServiceStandard.Cli.Commands;
using ServiceStandard.Loading;

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

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, null);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>, standard input read from <paramref name="input"/> (a test's) instead of the console's.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream>? input)
    {
        // Whether output goes to a terminal is asked of the console the writers are, and before the encoding is set:
        // setting Console.OutputEncoding replaces Console.Out and Console.Error, so the writers given are compared
        // with the console's first and swapped for the new ones after.
        var (outputOnConsole, errorOnConsole) = (ReferenceEquals(output, Console.Out), ReferenceEquals(error, Console.Error));
        if (outputOnConsole)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            output = Console.Out;
            error = errorOnConsole ? Console.Error : error;
        }

        var context = new CliContext(output, error, LanguageOf(args))
        {
            StandardInput = new StandardInput(input ?? Console.OpenStandardInput),
            OutputIsTerminal = outputOnConsole && !Console.IsOutputRedirected,
            ErrorIsTerminal = errorOnConsole && !Console.IsErrorRedirected,
        };
        var root = new RootCommand(context.Help("svcstd"))
        {
            ValidateCommand.Create(context),
            NormalizeCommand.Create(context),
            SchemaCommand.Create(context),
            TemplateCommand.Create(context),
            DiffCommand.Create(context),
            ScoreCommand.Create(context),
            MigrateCommand.Create(context),
            CatalogueCommand.Create(context),
            DueCommand.Create(context),
            EventCommand.Create(context),
            ExportCommand.Create(context),
            InitCommand.Create(context),
            ServeCommand.Create(context),
        };
        root.Options.Add(new Option<string>(CliContext.LangName) { Description = context.Help("lang"), HelpName = "zh|en", Recursive = true });
        root.Options.Add(new Option<bool>(CliContext.VerboseName) { Description = context.Help("verbose"), Recursive = true });
        root.Options.Add(new Option<bool>(CliContext.ColorName) { Description = context.Help("color"), Recursive = true });
        root.Options.Add(new Option<bool>(CliContext.NoColorName) { Description = context.Help("no_color"), Recursive = true });
        ToolVersion.Install(root, context);
        HelpExamples.Install(root.WithExamples(context, "svcstd"), context);

        // System.CommandLine's own words (help headings, parse errors) are read in English, whatever the machine's
        // culture, and said again in the language chosen (HelpExamples, UsageErrors).
        var callersCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }); // '@file' is an argument as written, not a response file
            var asksForHelp = parsed.Action is System.CommandLine.Help.HelpAction || parsed.Action?.GetType().DeclaringType == typeof(HelpExamples);
            if (parsed.Errors.Count > 0 && !asksForHelp)
            {
                // Usage errors exit 2 (docs/format.md section 3), not System.CommandLine's default 1.
                foreach (var parseError in parsed.Errors)
                {
                    error.WriteLine("svcstd: " + TerminalText.Safe(UsageErrors.Describe(parseError, context.Culture)));
                }

                context.Report("SeeHelp");
                return Failure;
            }

            if (asksForHelp)
            {
                var help = new StringWriter { NewLine = "\n" };
                var helped = parsed.Invoke(new InvocationConfiguration { Output = help, Error = error, EnableDefaultExceptionHandler = false });
                output.Write(HelpExamples.Localize(help.ToString(), context.Culture).ReplaceLineEndings(output.NewLine));
                return helped;
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
            if (args.Contains(CliContext.VerboseName))
            {
                error.WriteLine(exception.ToString());
            }

            return Failure;
        }
        finally
        {
            CultureInfo.CurrentUICulture = callersCulture;
        }
    }

    /// <summary>
    /// The <c>--lang</c> value of the command line (<c>--lang en</c>, <c>--lang=en</c> or <c>--lang:en</c>), read before
    /// parsing: the commands' help texts are built in that language, and every message follows it.
    /// </summary>
    internal static string? LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (args[i] == CliContext.LangName && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].Length > CliContext.LangName.Length + 1 && args[i].StartsWith(CliContext.LangName, StringComparison.Ordinal) && args[i][CliContext.LangName.Length] is '=' or ':')
            {
                return args[i][(CliContext.LangName.Length + 1)..];
            }
        }

        return null;
    }

    /// <summary>The value of a text option of the command asked for, when it has that option and it was given.</summary>
    private static string? OptionValue(ParseResult parsed, string name) =>
        parsed.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == name) is { } option
            ? parsed.GetValue(option)
            : null;
}

/// <summary>The writers, the language of messages and the shared options every command uses.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, string? lang = null)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>The language of messages: <c>--lang</c> (read by <see cref="CliApplication.Run"/> before parsing), else the default.</summary>
    public CultureInfo Culture { get; } = CultureFor(lang);

    /// <summary>Writes one of the tool's own messages (<see cref="CliText"/>) to standard error: <c>svcstd: </c> and the text.</summary>
    public void Report(string message, params object?[] arguments) =>
        Error.WriteLine("svcstd: " + CliText.Get(Culture, message, [.. arguments.Select(a => a is string text ? TerminalText.Safe(text) : a)]));

    /// <summary>The name of the option that chooses the language of messages.</summary>
    public const string LangName = "--lang";

    /// <summary>The name of the option that lists infos too (and shows the stack trace of an unexpected failure).</summary>
    public const string VerboseName = "--verbose";

    /// <summary>
    /// The help text (a command's or an option's description) named <c>Help_</c><paramref name="name"/>, in the language
    /// of messages: commands are built after the language is chosen, so <c>--help</c> speaks it too.
    /// </summary>
    public string Help(string name, params object?[] arguments) => CliText.Get(Culture, "Help_" + name, arguments);

    /// <summary>Standard input, read when a verb is given the path <c>-</c>.</summary>
    public StandardInput StandardInput { get; init; } = new(() => Stream.Null);

    /// <summary>Whether standard output is a terminal (the console, not redirected): colour and wrapped help are for a terminal only.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal: progress is drawn there only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The name of the option that colours output even when it is not a terminal.</summary>
    public const string ColorName = "--color";

    /// <summary>The name of the option that never colours output.</summary>
    public const string NoColorName = "--no-color";

    /// <summary>
    /// Whether a report written to standard output (not to a file) is coloured: never with <c>--no-color</c>; always
    /// with <c>--color</c>; else never when <c>NO_COLOR</c> is set to anything (no-color.org), always when
    /// <c>FORCE_COLOR</c> is (but to <c>0</c>), and else only on a terminal that is not <c>TERM=dumb</c>.
    /// </summary>
    public bool Colour(ParseResult parse, string? target)
    {
        if (target is not (null or "-") || parse.GetValue<bool>(NoColorName))
        {
            return false;
        }

        if (parse.GetValue<bool>(ColorName))
        {
            return true;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            return false;
        }

        if (Environment.GetEnvironmentVariable("FORCE_COLOR") is { Length: > 0 } force && force != "0")
        {
            return true;
        }

        return OutputIsTerminal && Environment.GetEnvironmentVariable("TERM") != "dumb";
    }

    /// <summary>The name of the option that adds divisions to the built-in GB/T 2260 table.</summary>
    public const string DivisionsName = "--divisions";

    /// <summary>--divisions FILE: divisions created after the built-in table, read by <see cref="CliApplication"/> before the command runs.</summary>
    public static Option<string> DivisionsOption(CliContext context) => new(DivisionsName)
    {
        Description = context.Help("divisions", Divisions.DivisionTable.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        HelpName = "FILE",
    };

    public static CultureInfo CultureFor(string? lang)
    {
        var name = lang ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "zh");
        return name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
    }
}
