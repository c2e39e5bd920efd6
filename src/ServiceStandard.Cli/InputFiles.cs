using ServiceStandard.Loading;

namespace ServiceStandard.Cli;

/// <summary>The paths a user gives, expanded by the library (<see cref="InventoryFiles"/>), and what it did not take said on standard error.</summary>
internal static class InputFiles
{
    /// <summary>The files, or <see langword="null"/> after telling the user that a path does not exist or that no inventory was found.</summary>
    public static IReadOnlyList<string>? ExpandOrReport(CliContext context, IEnumerable<string> paths)
    {
        var set = ExpandAndReport(context, paths);
        if (set.Missing.Count > 0)
        {
            return null;
        }

        if (set.Files.Count == 0)
        {
            context.Report("NoInventoryFiles");
            return null;
        }

        return set.Files;
    }

    /// <summary>The files; each missing path and each skipped one is reported on standard error.</summary>
    public static InventoryFileSet ExpandAndReport(CliContext context, IEnumerable<string> paths)
    {
        var set = InventoryFiles.Expand(paths);
        foreach (var path in set.Missing)
        {
            if (PathPattern.IsPattern(path))
            {
                context.Report("NoMatch", path);
            }
            else
            {
                context.Report("NoSuchFileOrFolder", path);
            }
        }

        foreach (var skip in set.Skipped)
        {
            context.Report("SkippedPath", skip.Path, skip.Describe(context.Culture));
        }

        return set;
    }
}
