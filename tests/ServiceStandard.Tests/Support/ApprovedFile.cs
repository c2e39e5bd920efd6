using System.Runtime.CompilerServices;
using System.Text;

namespace ServiceStandard.Tests.Support;

/// <summary>
/// Snapshot testing with plain files: the output must equal the committed approved file exactly. On a
/// difference, the output is written beside it as <c>*.received.*</c> and the failure shows the changed
/// lines; <c>APPROVE=1 dotnet test</c> makes the received output the approved file.
/// </summary>
internal static class ApprovedFile
{
    public static void Verify(string approvedPath, string received, [CallerMemberName] string test = "")
    {
        received = received.ReplaceLineEndings("\n");
        var receivedPath = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        if (receivedPath == approvedPath)
        {
            receivedPath = Path.ChangeExtension(approvedPath, ".received" + Path.GetExtension(approvedPath));
        }

        if (Environment.GetEnvironmentVariable("APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The output differs from {approvedPath} (- approved, + received):\n{Diff(approved, received)}\n"
            + $"The output was written to {receivedPath}. If the change is intended, accept it with\n"
            + $"  APPROVE=1 dotnet test --filter {test}\nor copy the received file over the approved one, and commit it.");
    }

    /// <summary>The changed lines of a line-by-line longest-common-subsequence diff, at most 60.</summary>
    private static string Diff(string approved, string received)
    {
        var a = approved.Split('\n');
        var b = received.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        var shown = 0;
        for (int i = 0, j = 0; (i < a.Length || j < b.Length) && shown < 60;)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                (i, j) = (i + 1, j + 1);
            }
            else if (i < a.Length && (j == b.Length || common[i + 1, j] >= common[i, j + 1]))
            {
                diff.Append("- ").Append(a[i++]).Append('\n');
                shown++;
            }
            else
            {
                diff.Append("+ ").Append(b[j++]).Append('\n');
                shown++;
            }
        }

        return diff.ToString();
    }
}
