using System.CommandLine;
using System.Globalization;
using ServiceStandard.Calendar;
using ServiceStandard.Model;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd due [--from DATE] (--limit TEXT | --item CODE --db FILE) [--calendar FILE] [--format text|json] [--lang zh|en]</c>:
/// the last day of a time limit for an application accepted on a day (docs/format.md section 10). Exit 0, or 2 on a usage
/// problem, a date outside the known years, a limit it cannot read, an item the catalogue does not have, or I/O.
/// </summary>
internal static class DueCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string?>("--from") { Description = context.Help("due_from"), HelpName = "DATE" };
        var limit = new Option<string?>("--limit") { Description = context.Help("due_limit"), HelpName = "TEXT" };
        var item = new Option<string?>("--item") { Description = context.Help("due_item"), HelpName = "CODE" };
        var database = new Option<string?>("--db") { Description = context.Help("due_db"), HelpName = "FILE" };
        var calendar = new Option<string?>("--calendar") { Description = context.Help("due_calendar"), HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = context.Help("due_format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("due", context.Help("due"))
        {
            from, limit, item, database, calendar, format,
        };
        command.WithExamples(context, "due");
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
            context.Error.WriteLine($"svcstd: {ValidationReportWriter.SeverityLabel(problem.Severity, context.Culture)} {problem.Code}: {problem.Message(context.Culture)} {problem.Hint(context.Culture)}");
        }

        return problems.Length == 0;
    }
}
