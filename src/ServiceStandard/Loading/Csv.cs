using System.Text;

namespace ServiceStandard.Loading;

/// <summary>
/// CSV as spreadsheets export it (RFC 4180), for basic catalogues. Written by hand: the format is one small
/// function, and no CSV package is in this project's dependencies.
/// </summary>
internal static class Csv
{
    /// <summary>RFC 4180 rows: fields separated by commas, optionally in double quotes (a quote doubled inside).</summary>
    public static IEnumerable<(List<string> Fields, int Line)> Rows(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, any) = (1, 1, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                (quoted, any) = (true, true);
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    yield return (fields, start);
                }

                (fields, line, any) = (new List<string>(), line + 1, false);
                field.Clear();
                start = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (fields, start);
        }
    }
}
