namespace ServiceStandard.Tests.Support;

/// <summary>Finds files of the repository (schemas/, examples/) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Fixtures(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceStandard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ServiceStandard.sln not found above " + AppContext.BaseDirectory);
    }
}
