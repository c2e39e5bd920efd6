using System.CommandLine;
using System.Globalization;
using ServiceStandard.Calendar;
using ServiceStandard.Cli.Rendering;
using ServiceStandard.Model;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd due [--from DATE] (--limit TEXT | --item CODE --db FILE) [--calendar FILE] [--format text|json] [--lang zh|en]</c>:
/// the last day of a time limit for an application accepted on a day (FORMAT.md section 10). Exit 0, or 2 on a usage
/// problem, a date outside the known years, a limit it cannot read, an item the catalogue does not have, or I/O.
/// </summary>
internal static class DueCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string?>("--from") { Description = "The day the application was accepted (受理之日), YYYY-MM-DD; counting starts the day after. Default: today.", HelpName = "DATE" };
        var limit = new Option<string?>("--limit") { Description = "The time limit: a phrase as departments write it (20个工作日, 15个自然日, 3个月, 0天2.0小时, 即办) or a value and a unit token (\"5 workingDays\", \"15 calendarDays\", \"2 hours\", \"3 months\", immediate). 日 alone is refused: write 工作日 or 自然日.", HelpName = "TEXT" };
        var item = new Option<string?>("--item") { Description = "The basic code (基本编码) of an item of the catalogue given by --db: the due dates of its legal and committed limits in every region that implements it.", HelpName = "CODE" };
        var database = new Option<string?>("--db") { Description = "The catalogue database written by 'svcstd catalogue build' (with --item).", HelpName = "FILE" };
        var calendar = new Option<string?>("--calendar") { Description = "A holiday calendar file (YAML or JSON, README: Working days and due dates) whose years are added to the shipped ones (2020-2026), or replace them.", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "Output format: text, or json (FORMAT.md section 10).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var lang = CliContext.LangOption();
        var command = new Command("due", """
            The last day of a time limit for an application accepted on a given day, by the State Council's holiday notices
            (shipped: 2020-2026). Counting starts the day after acceptance; working days skip weekends and holidays and count
            make-up working days (调休上班); hours are 8 to a working day, rounded up; calendar days count every day, months end
            on the same day number (or the month's last day); a limit in calendar days or months that ends on a rest day ends
            on the next working day (民法典 Arts. 201-203). Immediate is the same day.
            Exit 0, or 2 on a usage problem, a date outside the known years, a limit it cannot read or an unknown item.
            """)
        {
            from, limit, item, database, calendar, format, lang,
        };
        command.WithExamples(
            "svcstd due --from 2026-03-02 --limit 20个工作日               # the last day of 20 working days",
            "svcstd due --from 2026-09-03 --limit \"30 calendarDays\" --format json",
            "svcstd due --from 2026-03-02 --item 000123020000 --db catalogue.db   # an item's legal and committed limits, region by region",
            "svcstd due --from 2027-03-01 --limit 5个工作日 --calendar holidays-2027.yaml   # a year whose notice is newer than svcstd");
        command.SetAction(parse =>
        {
            var culture = context.Culture;
            var (limitText, itemCode, databasePath) = (parse.GetValue(limit), parse.GetValue(item), parse.GetValue(database));
            if ((limitText is null) == (itemCode is null) || (itemCode is null) != (databasePath is null))
            {
                context.Report("DueNeedsLimitOrItem");
                return CliApplication.Failure;
            }

            var accepted = DateOnly.FromDateTime(DateTime.Now);
            if (parse.GetValue(from) is { } fromText
                && !DateOnly.TryParseExact(fromText.Trim(), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out accepted))
            {
                context.Report("NotADate", fromText);
                return CliApplication.Failure;
            }

            var days = parse.GetValue(calendar) is { } calendarFile ? SideFiles.Read(context, calendarFile, WorkingDayCalendar.Read) : WorkingDayCalendar.Official;
            if (days is null)
            {
                return CliApplication.Failure;
            }

            var json = parse.GetValue(format) == "json";
            if (limitText is not null)
            {
                if (TimeLimit.Read(limitText) is not { } timeLimit)
                {
                    context.Report("NotATimeLimit", limitText);
                    return CliApplication.Failure;
                }

                var due = days.DueDate(accepted, timeLimit);
                if (!Known(context, [due]))
                {
                    return CliApplication.Failure;
                }

                context.Output.Write(json ? DueWriter.Json(due) : DueWriter.Text(accepted, null, [new DueLine(null, null, due)], days, culture));
                return CliApplication.Success;
            }

            using var catalogue = CatalogueCommand.Open(context, databasePath!);
            if (catalogue is null)
            {
                return CliApplication.Failure;
            }

            var implementations = catalogue.Implementations(itemCode!.Trim());
            if (implementations.Count == 0)
            {
                context.Report("NoSuchItem", databasePath, itemCode);
                return CliApplication.Failure;
            }

            var lines = implementations.SelectMany(i => new[]
            {
                new DueLine((i.Region.Code, i.Region.Name), "legal", i.Item.TimeLimits?.Legal is { } legal ? days.DueDate(accepted, legal) : null),
                new DueLine((i.Region.Code, i.Region.Name), "committed", i.Item.TimeLimits?.Committed is { } committed ? days.DueDate(accepted, committed) : null),
            }).ToArray();
            if (!Known(context, lines.Select(l => l.DueDate).OfType<DueDate>()))
            {
                return CliApplication.Failure;
            }

            var (code, name) = (implementations[0].Item.BasicCode, implementations[0].Item.Name ?? string.Empty);
            context.Output.Write(json
                ? DueWriter.Json(accepted, code, name, lines)
                : DueWriter.Text(accepted, $"{code} {name}", lines, days, culture));
            return CliApplication.Success;
        });
        return command;
    }

    /// <summary>True when every due date is known; else each distinct SS1305 error on standard error, with what to do.</summary>
    private static bool Known(CliContext context, IEnumerable<DueDate> dueDates)
    {
        var problems = dueDates.SelectMany(d => d.Diagnostics).DistinctBy(d => d.Message(context.Culture)).ToArray();
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"svcstd: {ValidationReportWriter.SeverityWord(problem.Severity)} {problem.Code}: {problem.Message(context.Culture)} {problem.Hint(context.Culture)}");
        }

        return problems.Length == 0;
    }
}
