namespace ServiceStandard.Cli;

/// <summary>Expands the paths a user gives into inventory files: files as given, folders walked for *.yaml, *.yml, *.json.</summary>
internal static class InputFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The files, or <see langword="null"/> after telling the user that a path does not exist or that no inventory was found.</summary>
    public static IReadOnlyList<string>? ExpandOrReport(CliContext context, IEnumerable<string> paths)
    {
        var files = Expand(paths, out var missing);
        foreach (var path in missing)
        {
            context.Report("NoSuchFileOrFolder", path);
        }

        if (missing.Count > 0)
        {
            return null;
        }

        if (files.Count == 0)
        {
            context.Report("NoInventoryFiles");
            return null;
        }

        return files;
    }

    /// <summary>The files, sorted within each folder; <paramref name="missing"/> lists paths that do not exist.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var absent = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
                };
                files.AddRange(Directory.EnumerateFiles(path, "*", options)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                absent.Add(path);
            }
        }

        missing = absent;
        return files;
    }
}
