namespace ServiceStandard.Cli.Tests;

/// <summary>
/// Plain approved files: the output must equal tests/ServiceStandard.Cli.Tests/Approved/NAME byte for byte. On a
/// difference the output is written beside it as NAME.received; if the change is intended, copy it over the approved
/// file (or run the tests once with SVCSTD_APPROVE=1, which rewrites every approved file) and review the diff.
/// </summary>
internal static class Approvals
{
    public static void Verify(string name, string actual)
    {
        var approved = Cli.Repo("tests", "ServiceStandard.Cli.Tests", "Approved", name);
        var received = approved + ".received";
        if (Environment.GetEnvironmentVariable("SVCSTD_APPROVE") == "1")
        {
            File.WriteAllText(approved, actual);
            File.Delete(received);
            return;
        }

        // Bytes, not ReadAllText: a byte-order mark is part of the output (the CSV starts with one).
        var expected = File.Exists(approved) ? System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(approved)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(
            $"{name} differs from its approved file{(expected is null ? " (which does not exist yet)" : string.Empty)}.\n"
            + $"Received: {received}\nApproved: {approved}\n"
            + "If the change is intended: mv the received file over the approved one (or run with SVCSTD_APPROVE=1) and review the diff.\n"
            + FirstDifference(expected ?? string.Empty, actual));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "<end>";
            var y = i < a.Length ? a[i] : "<end>";
            if (x != y)
            {
                return $"First difference at line {i + 1}:\n  approved: {x}\n  received: {y}";
            }
        }

        return string.Empty;
    }
}
