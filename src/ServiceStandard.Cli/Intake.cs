using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Cli;

/// <summary>
/// What <c>diff</c> and <c>score</c> take in from each file: its inventory when it can be read (faults and all),
/// what is left out of it, and how many other loading errors it has (which do not stop anything).
/// </summary>
/// <param name="Inventory">The inventory, or <see langword="null"/> when the file cannot be read at all.</param>
/// <param name="LeftOut">The whole file, or the elements of its items list not in <paramref name="Inventory"/>.</param>
/// <param name="OtherErrors">The file's errors about what was read (not about what was left out): the verb goes on regardless.</param>
internal sealed record FileIntake(Inventory? Inventory, IReadOnlyList<LeftOut> LeftOut, int OtherErrors)
{
    /// <summary>What a verb can take in of a loaded document.</summary>
    /// <param name="file">The file, as the user named it.</param>
    /// <param name="load">What the loader made of it: its errors are counted, but for those about an item left out.</param>
    public static FileIntake Of(string file, LoadResult load)
    {
        if (load.Inventory is null)
        {
            return new FileIntake(null, [new LeftOut(file, null, load.Diagnostics.First(d => d.Severity == Severity.Error))], 0);
        }

        var excluded = load.ExcludedItems.Select(e => e.Index).ToHashSet();
        return new FileIntake(
            load.Inventory,
            load.ExcludedItems.Select(e => new LeftOut(file, e.Index, e.Reason)).ToArray(),
            load.Diagnostics.Count(d => d.Severity == Severity.Error && !(d.ItemIndex is { } item && excluded.Contains(item))));
    }
}

/// <summary>
/// Gathers, file by file and in file order, what <c>diff</c> or <c>score</c> left out, and says so: a compact
/// summary on standard error (every finding is <c>validate</c>'s job), the exit code (<c>--strict</c>: 1 when
/// anything was left out).
/// </summary>
internal sealed class Intake
{
    private readonly List<LeftOut> leftOut = [];
    private int otherErrors;
    private int filesWithErrors;

    /// <summary>Everything left out so far, in file order, then item order.</summary>
    public IReadOnlyList<LeftOut> LeftOut => leftOut;

    /// <summary>Takes one file in; returns its inventory, or <see langword="null"/> when the whole file is left out.</summary>
    public Inventory? Add(FileIntake file)
    {
        leftOut.AddRange(file.LeftOut);
        otherErrors += file.OtherErrors;
        filesWithErrors += file.OtherErrors > 0 || file.LeftOut.Count > 0 ? 1 : 0;
        return file.Inventory;
    }

    /// <summary>One line on standard error when anything was left out or read around errors; nothing otherwise.</summary>
    public void ReportSummary(CliContext context)
    {
        if (leftOut.Count > 0 || otherErrors > 0)
        {
            context.Report("LeftOutSummary", leftOut.Count(l => l.Item is null), leftOut.Count(l => l.Item is not null), otherErrors, filesWithErrors);
        }
    }

    /// <summary>Each left-out line on standard error (when there is no report to carry them).</summary>
    public void ReportEach(CliContext context)
    {
        foreach (var line in leftOut)
        {
            context.Error.WriteLine("svcstd: " + LeftOutWriter.Line(line, context.Culture));
        }
    }

    /// <summary>0, or with <c>--strict</c> 1 when anything was left out.</summary>
    public int ExitCode(bool strict) => strict && leftOut.Count > 0 ? CliApplication.Findings : CliApplication.Success;
}
