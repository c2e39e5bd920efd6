namespace ServiceStandard.Cli.Tests;

/// <summary>Runs <c>svcstd</c> in-process and captures what it prints.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string Repo(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceStandard.sln")))
            {
                return Path.Combine([folder.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    public static string TempFile(string name, string content)
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-test-").FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
