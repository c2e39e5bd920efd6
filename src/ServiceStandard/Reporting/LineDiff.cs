using System.Globalization;
using System.Text;

namespace ServiceStandard.Reporting;

/// <summary>
/// A short unified diff of two texts, line by line, for <c>normalize --check</c>. Written by hand rather than
/// taken from a diff package: it needs one format, a few dozen lines, and no dependency for the tool to carry.
/// The common head and tail are skipped first; the middle is aligned by a longest common subsequence
/// (quadratic, so a middle too large for that is shown as one replaced block instead).
/// </summary>
internal static class LineDiff
{
    private const int Context = 3;
    private const long MaxCells = 4_000_000;

    /// <summary>
    /// The unified diff (<c>---</c>, <c>+++</c>, <c>@@</c> hunks), at most <paramref name="maxLines"/> lines of hunks
    /// (then how many more, in <paramref name="culture"/>'s language); empty when equal.
    /// </summary>
    public static string Unified(string before, string after, string beforeName, string afterName, CultureInfo culture, int maxLines = 60)
    {
        var a = Lines(before);
        var b = Lines(after);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == ' '))
        {
            return string.Empty;
        }

        var text = new StringBuilder().Append("--- ").Append(beforeName).Append('\n').Append("+++ ").Append(afterName).Append('\n');
        var written = 0;
        var total = 0;
        foreach (var hunk in Hunks(edits))
        {
            var lines = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"@@ -{hunk.BeforeStart + 1},{hunk.Edits.Count(e => e.Kind != '+')} +{hunk.AfterStart + 1},{hunk.Edits.Count(e => e.Kind != '-')} @@"),
            };
            lines.AddRange(hunk.Edits.Select(e => e.Kind + e.Line));
            foreach (var line in lines)
            {
                total++;
                if (written < maxLines)
                {
                    text.Append(line).Append('\n');
                    written++;
                }
            }
        }

        if (total > written)
        {
            text.Append("... ").Append(ReportText.Get(culture, "MoreDiffLines", total - written)).Append('\n');
        }

        return text.ToString();
    }

    private static string[] Lines(string text)
    {
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private readonly record struct Edit(char Kind, string Line, int Before, int After);

    private sealed record Hunk(int BeforeStart, int AfterStart, List<Edit> Edits);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var edits = new List<Edit>();
        for (var i = 0; i < head; i++)
        {
            edits.Add(new Edit(' ', a[i], i, i));
        }

        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        if ((long)n * m <= MaxCells)
        {
            // lcs[i, j]: the longest common subsequence of a[head + i ..] and b[head + j ..] (middle only).
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[head + i] == b[head + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[head + x] == b[head + y])
                {
                    edits.Add(new Edit(' ', a[head + x], head + x, head + y));
                    x++;
                    y++;
                }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    edits.Add(new Edit('-', a[head + x], head + x, head + y));
                    x++;
                }
                else
                {
                    edits.Add(new Edit('+', b[head + y], head + x, head + y));
                    y++;
                }
            }
        }
        else
        {
            edits.AddRange(a.Skip(head).Take(n).Select((line, i) => new Edit('-', line, head + i, head)));
            edits.AddRange(b.Skip(head).Take(m).Select((line, i) => new Edit('+', line, head + n, head + i)));
        }

        for (var i = 0; i < tail; i++)
        {
            edits.Add(new Edit(' ', a[a.Length - tail + i], a.Length - tail + i, b.Length - tail + i));
        }

        return edits;
    }

    /// <summary>Groups changed lines with up to three lines of context; hunks whose context touches are joined.</summary>
    private static IEnumerable<Hunk> Hunks(List<Edit> edits)
    {
        var changed = edits.Select((e, i) => (e, i)).Where(p => p.e.Kind != ' ').Select(p => p.i).ToList();
        var start = 0;
        while (start < changed.Count)
        {
            var end = start;
            while (end + 1 < changed.Count && changed[end + 1] - changed[end] <= (2 * Context) + 1)
            {
                end++;
            }

            var from = Math.Max(0, changed[start] - Context);
            var to = Math.Min(edits.Count - 1, changed[end] + Context);
            var slice = edits.GetRange(from, to - from + 1);
            yield return new Hunk(slice[0].Before, slice[0].After, slice);
            start = end + 1;
        }
    }
}
