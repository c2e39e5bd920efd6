using System.Text;
using ServiceStandard.Normalization;
using ServiceStandard.Text;

namespace ServiceStandard.Tests.Normalization;

/// <summary>The table of values as departments write them in docs/normalization.md, generated from <see cref="Wordings.Table"/> (the page must contain it verbatim).</summary>
internal static class WordingTable
{
    public static string Markdown()
    {
        var table = new StringBuilder()
            .Append("| value | written | read as |\n")
            .Append("| --- | --- | --- |\n");
        foreach (var wording in Wordings.Table())
        {
            table.Append($"| {wording.Element} | {wording.Written} | {wording.Reads} |\n");
        }

        return table.ToString();
    }
}
