using System.Globalization;
using System.Text;
using ServiceStandard.Diagnostics;

namespace ServiceStandard.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=F,line=L,col=C,title=SSnnnn::message</c>), one per error
/// (<c>::error</c>) or warning (<c>::warning</c>), infos (<c>::notice</c>) only when verbose, in the order of text output;
/// then the summary line, as text output writes it. GitHub shows each annotation on its line of the pull request.
/// Values are escaped by GitHub's rules (<c>%</c>, CR and LF in the message; also <c>:</c> and <c>,</c> in properties),
/// then made safe for a terminal (<see cref="TerminalText.Safe"/>): a value can neither end the command nor start another.
/// </summary>
public static class GitHubAnnotationWriter
{
    /// <summary>The annotations of <paramref name="report"/>, then its summary lines.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <param name="verbose">True to annotate infos too.</param>
    public static string Write(ValidationReport report, CultureInfo culture, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var diagnostic in report.Shown(verbose))
        {
            text.Append(Line(diagnostic, culture));
        }

        // The summary as text output ends: plain lines, which the log shows as they are.
        return text.Append(ValidationReportWriter.Closing(report, culture, verbose)).ToString();
    }

    /// <summary>One annotation and a newline.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="culture">The language of the message.</param>
    public static string Line(Diagnostic diagnostic, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>(4);
        if (diagnostic.File is { } file)
        {
            properties.Add("file=" + Property(file.Replace('\\', '/')));
        }

        if (diagnostic.Position is { } position)
        {
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={position.Line}"));
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={position.Column}"));
        }

        properties.Add("title=" + Property(diagnostic.Code));
        return $"::{command} {string.Join(',', properties)}::{Message(diagnostic.Message(culture))}\n";
    }

    /// <summary>A message as GitHub reads it: <c>%</c>, CR and LF escaped, then other control characters made visible.</summary>
    internal static string Message(string text) =>
        TerminalText.Safe(text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>A property value: as a message, and <c>:</c> and <c>,</c> escaped too.</summary>
    internal static string Property(string text) =>
        Message(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
