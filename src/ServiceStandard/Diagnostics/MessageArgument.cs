using System.Globalization;

namespace ServiceStandard.Diagnostics;

/// <summary>How the parts of a <see cref="MessageArgument"/> are joined; each way is a text of the library's messages, so it reads as the language writes it.</summary>
public enum MessageJoin
{
    /// <summary>A list: 、 in Chinese, a comma in English (<c>Join_List</c>).</summary>
    List,

    /// <summary>Groups of a list: ； in Chinese, a semicolon in English (<c>Join_Groups</c>).</summary>
    Groups,

    /// <summary>Two parts, a label and its value: the language's colon between them (<c>Join_Label</c>).</summary>
    Label,

    /// <summary>Words side by side: a space in both languages (<c>Join_Space</c>).</summary>
    Space,

    /// <summary>Titles of laws: side by side in Chinese (《…》《…》), a comma in English (<c>Join_Titles</c>).</summary>
    Titles,
}

/// <summary>
/// A message as data, or the value of one of its placeholders: text inserted as written (<see cref="Text"/>), a
/// message of the library's texts with its own named arguments (<see cref="Key"/>, <see cref="Arguments"/>), or
/// parts joined as the language joins them (<see cref="Join"/>, <see cref="Parts"/>). A finding keeps one of
/// these rather than sentences and is rendered in the reader's language only when read (<see cref="Render"/>).
/// </summary>
public sealed class MessageArgument
{
    private static readonly IReadOnlyDictionary<string, MessageArgument> NoArguments = new Dictionary<string, MessageArgument>();

    private MessageArgument(string? text, string? key, IReadOnlyDictionary<string, MessageArgument> arguments, MessageJoin? join, IReadOnlyList<MessageArgument> parts)
    {
        Text = text;
        Key = key;
        Arguments = arguments;
        Join = join;
        Parts = parts;
    }

    /// <summary>Data inserted as written (a region's name, a figure), or <see langword="null"/> for a message or a join.</summary>
    public string? Text { get; }

    /// <summary>The key of a message of the library's texts (such as <c>Finding_Metric</c> or <c>WorkingDays</c>), or <see langword="null"/>.</summary>
    public string? Key { get; }

    /// <summary>The values of the message's named placeholders (empty unless <see cref="Key"/> is set).</summary>
    public IReadOnlyDictionary<string, MessageArgument> Arguments { get; }

    /// <summary>How <see cref="Parts"/> are joined, or <see langword="null"/> for text or a message.</summary>
    public MessageJoin? Join { get; }

    /// <summary>The parts joined (empty unless <see cref="Join"/> is set).</summary>
    public IReadOnlyList<MessageArgument> Parts { get; }

    /// <summary>Data inserted as written.</summary>
    /// <param name="text">The text.</param>
    public static MessageArgument Data(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessageArgument(text, null, NoArguments, null, []);
    }

    /// <summary>A message of the library's texts, its placeholders filled by <paramref name="arguments"/>.</summary>
    /// <param name="key">The message's key, such as <c>WorkingDays</c>.</param>
    /// <param name="arguments">The values of its placeholders, by name.</param>
    public static MessageArgument Message(string key, params (string Name, MessageArgument Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(arguments);
        return new MessageArgument(null, key, arguments.Length == 0 ? NoArguments : arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), null, []);
    }

    /// <summary>Parts joined as the language joins them.</summary>
    /// <param name="join">How.</param>
    /// <param name="parts">The parts, in order.</param>
    public static MessageArgument Joined(MessageJoin join, IEnumerable<MessageArgument> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        MessageArgument[] all = [.. parts];
        if (join == MessageJoin.Label && all.Length != 2)
        {
            throw new ArgumentException("A label joins exactly two parts: the label and its value.", nameof(parts));
        }

        return new MessageArgument(null, null, NoArguments, join, all);
    }

    /// <summary>Data inserted as written.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator MessageArgument(string text) => Data(text);

    /// <summary>The text in a language: data as written, a message from the library's texts, parts joined.</summary>
    /// <param name="culture">zh for Chinese; English otherwise; the current UI culture when omitted.</param>
    public string Render(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (Text is { } text)
        {
            return text;
        }

        if (Key is { } key)
        {
            var template = MessageTexts.Cached(key, culture);
            return Arguments.Count == 0
                ? template
                : MessageTexts.Format(template, Arguments.ToDictionary(a => a.Key, a => a.Value.Render(culture), StringComparer.Ordinal), culture);
        }

        var join = MessageTexts.Cached("Join_" + Join, culture);
        return Join == MessageJoin.Label
            ? MessageTexts.Format(join, new Dictionary<string, string>(StringComparer.Ordinal) { ["label"] = Parts[0].Render(culture), ["value"] = Parts[1].Render(culture) }, culture)
            : string.Join(join, Parts.Select(p => p.Render(culture)));
    }

    /// <inheritdoc/>
    public override string ToString() => Render(CultureInfo.InvariantCulture);
}
