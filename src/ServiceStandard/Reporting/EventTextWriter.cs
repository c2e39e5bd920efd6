using System.Text;

namespace ServiceStandard.Reporting;

/// <summary>An event as plain text: the event and its steps, the target, the ranking table (aligned for CJK), incomplete regions and missed targets.</summary>
internal static class EventTextWriter
{
    public static string Write(EventView view)
    {
        var text = new StringBuilder(LeftOutWriter.Text(view.LeftOut, view.Culture));
        text.Append(view.Zh ? "一件事：" : "Event: ").Append(view.Heading).Append('\n');
        for (var i = 0; i < view.Event.Steps.Count; i++)
        {
            text.Append("  ").Append(view.StepLabel(i)).Append(view.Colon).Append(view.StepItems(i)).Append('\n');
        }

        foreach (var line in new[] { view.Target, view.Source })
        {
            if (line is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        text.Append('\n');
        var rows = new List<string[]> { view.Headings };
        rows.AddRange(view.Report.Regions.Select((r, i) => view.Row(r, i + 1)));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(row => ScoreTextWriter.Width(row[c]))).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => ScoreTextWriter.Pad(cell, widths[c], right: !EventView.IsText(c)));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        var notes = view.Notes;
        if (notes.Count > 0)
        {
            text.Append('\n');
            foreach (var note in notes)
            {
                text.Append(note).Append('\n');
            }
        }

        text.Append('\n').Append(view.Method).Append('\n');
        return text.ToString();
    }
}
