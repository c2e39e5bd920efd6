using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Reporting;

/// <summary>
/// What a report over many files (a comparison, a score, an event timeline) takes in from one file: its inventory when
/// it can be read (faults and all), what is left out of it, and how many other loading errors it has (which do not stop
/// anything).
/// </summary>
/// <param name="Inventory">The inventory, or <see langword="null"/> when the file cannot be read at all.</param>
/// <param name="LeftOut">The whole file, or the elements of its items list not in <paramref name="Inventory"/>.</param>
/// <param name="OtherErrors">The file's errors about what was read (not about what was left out).</param>
public sealed record FileIntake(Inventory? Inventory, IReadOnlyList<LeftOut> LeftOut, int OtherErrors)
{
    /// <summary>What a report can take in of a loaded document.</summary>
    /// <param name="file">The file, as the user named it.</param>
    /// <param name="load">What the loader made of it: its errors are counted, but for those about an item left out.</param>
    public static FileIntake Of(string file, LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
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
/// Gathers, file by file and in file order, what a report over many files left out (<see cref="FileIntake"/>): the
/// <c>excluded</c> list its writers take, and the counts a summary line gives. Not thread-safe: add in file order.
/// </summary>
public sealed class LeftOutTally
{
    private readonly List<LeftOut> leftOut = [];

    /// <summary>Everything left out so far, in file order, then item order.</summary>
    public IReadOnlyList<LeftOut> LeftOut => leftOut;

    /// <summary>The files left out whole.</summary>
    public int WholeFiles => leftOut.Count(l => l.Item is null);

    /// <summary>The items left out of files that were read.</summary>
    public int Items => leftOut.Count(l => l.Item is not null);

    /// <summary>The loading errors about what was read (they did not leave anything out).</summary>
    public int OtherErrors { get; private set; }

    /// <summary>The files with anything left out or any other error.</summary>
    public int FilesWithErrors { get; private set; }

    /// <summary>Takes one file in; returns its inventory, or <see langword="null"/> when the whole file is left out.</summary>
    /// <param name="file">What was taken in from the file.</param>
    public Inventory? Add(FileIntake file)
    {
        ArgumentNullException.ThrowIfNull(file);
        leftOut.AddRange(file.LeftOut);
        OtherErrors += file.OtherErrors;
        FilesWithErrors += file.OtherErrors > 0 || file.LeftOut.Count > 0 ? 1 : 0;
        return file.Inventory;
    }
}
