namespace ServiceStandard.Cli.Tests;

/// <summary>Runs <c>svcstd</c> in-process and captures what it prints.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(null, args);

    /// <summary>As <see cref="Run(string[])"/>, with <paramref name="input"/> as standard input.</summary>
    public static (int Exit, string Output, string Error) RunWithInput(string input, params string[] args) =>
        Run(() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)), args);

    private static (int Exit, string Output, string Error) Run(Func<Stream>? input, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built svcstd.dll in a process of its own, as a user's shell does (output redirected).</summary>
    public static (int Exit, string Output, string Error) RunProcess(params string[] args) => RunProcessAs(null, args);

    /// <summary>As <see cref="RunProcess"/>, as another user (setpriv) when <paramref name="user"/> is given: a test run by root
    /// cannot otherwise meet a folder it may not read.</summary>
    public static (int Exit, string Output, string Error) RunProcessAs(int? user, params string[] args) => RunProcessWith(user, new Dictionary<string, string?>(), args);

    /// <summary>As <see cref="RunProcessAs"/>, with environment variables set (a value) or removed (<see langword="null"/>).</summary>
    public static (int Exit, string Output, string Error) RunProcessWith(int? user, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(user is null ? "dotnet" : "setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        if (user is { } id)
        {
            foreach (var arg in new[] { $"--reuid={id}", $"--regid={id}", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "svcstd.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.ReplaceLineEndings("\n"), error.Result);
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
