using System.Diagnostics;

namespace ServiceStandard.Cli;

/// <summary>
/// Progress of long work as one line on standard error that is drawn over again (<c>\r</c>, then the text, then
/// "erase to the end of the line"), and erased when the work is done: only when standard error is a terminal
/// (<see cref="For"/> gives <see langword="null"/> otherwise, so a redirected or piped standard error, a log, a CI
/// run, never holds it). Nothing is drawn in the first half second (short work stays quiet), and then at most ten
/// times a second; a line wider than the terminal is cut at its start, so it never wraps. Safe to call from many threads.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly TextWriter error;
    private readonly long delay;
    private readonly long every;
    private readonly int width;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long drawnAt = long.MinValue / 2; // long ago (a difference from MinValue would overflow)
    private bool drawn;

    /// <param name="error">Where to draw.</param>
    /// <param name="delay">How long to stay quiet at first.</param>
    /// <param name="every">The least time between two drawings.</param>
    /// <param name="width">The terminal's width in columns.</param>
    internal ProgressLine(TextWriter error, TimeSpan delay, TimeSpan every, int width)
    {
        this.error = error;
        this.delay = (long)delay.TotalMilliseconds;
        this.every = (long)every.TotalMilliseconds;
        this.width = Math.Max(width, 20);
    }

    /// <summary>A progress line on standard error when it is a terminal; <see langword="null"/> (nothing drawn) otherwise.</summary>
    public static ProgressLine? For(CliContext context) =>
        context.ErrorIsTerminal ? new ProgressLine(context.Error, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(100), TerminalWidth()) : null;

    /// <summary>Draws <paramref name="text"/> over the line, unless it was drawn too recently; <paramref name="last"/> draws it whatever the time.</summary>
    public void Show(string text, bool last = false)
    {
        lock (gate)
        {
            var now = clock.ElapsedMilliseconds;
            if (!last && (now < delay || now - drawnAt < every))
            {
                return;
            }

            drawnAt = now;
            drawn = true;
            error.Write("\r" + Fit(ServiceStandard.Reporting.TerminalText.Safe(text), width - 1) + "\u001b[K");
            error.Flush();
        }
    }

    /// <summary>Erases the line, when anything was drawn, so that what follows starts on a clean line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (drawn)
            {
                error.Write("\r\u001b[K");
                error.Flush();
                drawn = false;
            }
        }
    }

    /// <summary>The text cut at its start (to <c>…</c>) to at most <paramref name="columns"/> columns; a wide (CJK) character takes two.</summary>
    internal static string Fit(string text, int columns)
    {
        if (text.Sum(Columns) <= columns)
        {
            return text;
        }

        var (used, start) = (1, text.Length);
        while (start > 0 && used + Columns(text[start - 1]) <= columns)
        {
            used += Columns(text[--start]);
        }

        return "…" + text[start..];
    }

    private static int Columns(char c) =>
        c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6))
            ? 2
            : 1;

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return 80;
        }
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the thread that reports (<see cref="Progress{T}"/> would post to the thread pool, and draw after the work is done).</summary>
internal sealed class Reported<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
