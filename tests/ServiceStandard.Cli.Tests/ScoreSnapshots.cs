namespace ServiceStandard.Cli.Tests;

/// <summary>
/// Approved files for the score reports: the output must equal tests/ServiceStandard.Cli.Tests/Approved/NAME exactly.
/// On a difference the output is written beside it as NAME.received; if the change is intended, move it over the
/// approved file (or run the tests once with SVCSTD_APPROVE=1) and review the diff.
/// </summary>
internal static class ScoreSnapshots
{
    public static void Verify(string name, string actual)
    {
        var approved = Cli.Repo("tests", "ServiceStandard.Cli.Tests", "Approved", name);
        var received = approved + ".received";
        if (Environment.GetEnvironmentVariable("SVCSTD_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
            File.WriteAllText(approved, actual);
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"{name} differs from its approved file. Received: {received}. If the change is intended: mv {received} {approved} (or run with SVCSTD_APPROVE=1) and review the diff.");
    }
}
