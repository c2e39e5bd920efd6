using System.Text.RegularExpressions;

namespace ServiceStandard.Loading;

/// <summary>
/// What a YAML or JSON parser said about a syntax error (YamlDotNet's and System.Text.Json's messages are English),
/// as a resource word of SS1001's <c>{detail}</c>, so that the reader gets it in the language of the message: each
/// message the parsers are known to give has its own text; any other is said in general words (the diagnostic's
/// line and column say where).
/// </summary>
internal static partial class SyntaxDetails
{
    /// <summary>What the YAML reader says when YamlDotNet's scanner fails without a message of its own.</summary>
    public const string Unparsable = "the text after this point is not valid YAML (an unclosed or misplaced { or [ ?)";

    private static readonly (Regex Said, string Word)[] Yaml =
    [
        (new("^" + Regex.Escape(Unparsable), RegexOptions.CultureInvariant), "§Syntax_Unparsable"),
        (TabIndentation(), "§Syntax_Tab"),
        (new(@"^While scanning a (quoted|double-quoted|single-quoted) scalar, found unexpected end of stream", RegexOptions.CultureInvariant), "§Syntax_UnclosedQuote"),
        (new(@"^While scanning a (quoted|double-quoted) scalar, found unknown escape character", RegexOptions.CultureInvariant), "§Syntax_UnknownEscape"),
        (new(@"^While scanning a multi-line (double|single)-quoted scalar", RegexOptions.CultureInvariant), "§Syntax_QuoteRunsOn"),
        (new(@"^While parsing a block mapping, did not find expected key", RegexOptions.CultureInvariant), "§Syntax_ExpectedKey"),
        (new(@"^While parsing a block collection, did not find expected '-' indicator", RegexOptions.CultureInvariant), "§Syntax_ExpectedDash"),
        (new(@"^While scanning a simple key, could not find expected ':'", RegexOptions.CultureInvariant), "§Syntax_ExpectedColon"),
        (new(@"^Mapping values are not allowed in this context", RegexOptions.CultureInvariant), "§Syntax_ColonInValue"),
        (new(@"^While parsing a flow (sequence|mapping), did not find expected ','", RegexOptions.CultureInvariant), "§Syntax_UnclosedFlow"),
        (new(@"^While (scanning|parsing) (an anchor or alias|a node), did not find expected", RegexOptions.CultureInvariant), "§Syntax_AnchorName"),
        (new(@"^While parsing a node, found undefined tag handle", RegexOptions.CultureInvariant), "§Syntax_Tag"),
        (new(@"^While scanning a (block scalar|plain scalar|simple key)", RegexOptions.CultureInvariant), "§Syntax_Indentation"),
        (new(@"^Did not find expected <document end>", RegexOptions.CultureInvariant), "§Syntax_AfterDocument"),
    ];

    private static readonly (Regex Said, string Word)[] Json =
    [
        (new(@"trailing comma", RegexOptions.CultureInvariant), "§Syntax_TrailingComma"),
        (new(@"^Expected end of string, but instead reached end of data", RegexOptions.CultureInvariant), "§Syntax_UnclosedQuote"),
        (new(@"reached end of data|Expected depth to be zero|open JSON object or array", RegexOptions.CultureInvariant), "§Syntax_Truncated"),
        (new(@"is invalid after a (value|property name)", RegexOptions.CultureInvariant), "§Syntax_ExpectedComma"),
        (new(@"is an invalid start of a property name", RegexOptions.CultureInvariant), "§Syntax_PropertyName"),
        (new(@"is an invalid start of a value|is invalid within a number|invalid within a JSON string|is an invalid escapable character", RegexOptions.CultureInvariant), "§Syntax_InvalidValue"),
        (new(@"UTF-16|surrogate", RegexOptions.CultureInvariant), "§Syntax_Surrogate"),
        (new(@"comments", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), "§Syntax_JsonComment"),
    ];

    /// <summary>The <c>{detail}</c> of SS1001 for what YamlDotNet said.</summary>
    public static string OfYaml(string said) => Find(Yaml, said) ?? "§Syntax_Other";

    /// <summary>The <c>{detail}</c> of SS1001 for what System.Text.Json said.</summary>
    public static string OfJson(string said) => Find(Json, said) ?? "§Syntax_Other";

    /// <summary>True when YamlDotNet's message is about a tab used as indentation.</summary>
    public static bool IsTab(string said) => TabIndentation().IsMatch(said);

    private static string? Find((Regex Said, string Word)[] known, string said)
    {
        foreach (var (pattern, word) in known)
        {
            if (pattern.IsMatch(said))
            {
                return word;
            }
        }

        return null;
    }

    [GeneratedRegex(@"found (invalid )?tab|tab character", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TabIndentation();
}
