using ServiceStandard.Model;

namespace ServiceStandard.Cli;

/// <summary>
/// What <c>diff</c>, <c>score</c> and <c>event</c> left out (the library's <see cref="LeftOutTally"/>), said: a compact
/// summary on standard error (every finding is <c>validate</c>'s job), the exit code (<c>--strict</c>: 1 when anything
/// was left out).
/// </summary>
internal sealed class Intake
{
    private readonly LeftOutTally tally = new();

    /// <summary>Everything left out so far, in file order, then item order.</summary>
    public IReadOnlyList<LeftOut> LeftOut => tally.LeftOut;

    /// <summary>Takes one file in; returns its inventory, or <see langword="null"/> when the whole file is left out.</summary>
    public Inventory? Add(FileIntake file) => tally.Add(file);

    /// <summary>One line on standard error when anything was left out or read around errors; nothing otherwise.</summary>
    public void ReportSummary(CliContext context)
    {
        if (tally.LeftOut.Count > 0 || tally.OtherErrors > 0)
        {
            context.Report("LeftOutSummary", tally.WholeFiles, tally.Items, tally.OtherErrors, tally.FilesWithErrors);
        }
    }

    /// <summary>Each left-out line on standard error (when there is no report to carry them).</summary>
    public void ReportEach(CliContext context)
    {
        foreach (var line in tally.LeftOut)
        {
            context.Error.WriteLine("svcstd: " + LeftOutWriter.Line(line, context.Culture));
        }
    }

    /// <summary>0, or with <c>--strict</c> 1 when anything was left out.</summary>
    public int ExitCode(bool strict) => strict && tally.LeftOut.Count > 0 ? CliApplication.Findings : CliApplication.Success;
}
