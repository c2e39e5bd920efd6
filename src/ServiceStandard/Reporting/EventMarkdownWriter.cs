using System.Text;

namespace ServiceStandard.Reporting;

/// <summary>An event as Markdown (GitHub tables); text from the files is escaped.</summary>
internal static class EventMarkdownWriter
{
    public static string Write(EventView view)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(ScoreMarkdownWriter.Escape(view.Title)).Append("\n\n");
        LeftOutWriter.Markdown(md, view.LeftOut, view.Culture);
        md.Append(ScoreMarkdownWriter.Escape(view.Heading)).Append("\n\n");
        for (var i = 0; i < view.Event.Steps.Count; i++)
        {
            md.Append(i + 1).Append(". ").Append(ScoreMarkdownWriter.Escape(view.StepLabel(i) + view.Colon + view.StepItems(i))).Append('\n');
        }

        md.Append('\n');
        foreach (var line in new[] { view.Target, view.Source })
        {
            if (line is not null)
            {
                md.Append(ScoreMarkdownWriter.Escape(line)).Append("\n\n");
            }
        }

        var headings = view.Headings;
        md.Append("| ").Append(string.Join(" | ", headings)).Append(" |\n")
            .Append("| ").Append(string.Join(" | ", headings.Select((_, c) => EventView.IsText(c) ? "---" : "---:"))).Append(" |\n");
        for (var i = 0; i < view.Report.Regions.Count; i++)
        {
            md.Append("| ").Append(string.Join(" | ", view.Row(view.Report.Regions[i], i + 1).Select(ScoreMarkdownWriter.Escape))).Append(" |\n");
        }

        md.Append('\n');
        var notes = view.Notes;
        foreach (var note in notes)
        {
            md.Append("- ").Append(ScoreMarkdownWriter.Escape(note)).Append('\n');
        }

        md.Append(notes.Count > 0 ? "\n" : string.Empty).Append(ScoreMarkdownWriter.Escape(view.Method)).Append('\n');
        return md.ToString();
    }
}
