using System.CommandLine;
using ServiceStandard.Loading;

namespace ServiceStandard.Cli;

/// <summary>
/// The options every verb that reads inventories shares, declared once here and added to each such verb: input limits,
/// the text encoding, the syntax of standard input (<c>--input-format</c>) and the divisions added to the built-in
/// table (<c>--divisions</c>, read by <see cref="CliApplication"/> before the verb runs).
/// </summary>
internal sealed class LoadingOptions
{
    private readonly Option<long?> maxFileSize;
    private readonly Option<int?> maxDepth;
    private readonly Option<long?> maxNodes;
    private readonly Option<long?> maxAliasText;
    private readonly Option<int?> maxScalar;
    private readonly Option<int?> maxItems;
    private readonly Option<string> encoding;
    private readonly Option<string?> inputFormat;
    private readonly Option<string> divisions;
    private readonly Option<string?> region;

    public LoadingOptions(CliContext context)
    {
        var defaults = LoadOptions.Default;
        maxFileSize = new("--max-file-size") { Description = context.Help("max_file_size", defaults.MaxFileBytes), HelpName = "BYTES" };
        maxDepth = new("--max-depth") { Description = context.Help("max_depth", defaults.MaxDepth), HelpName = "N" };
        maxNodes = new("--max-nodes") { Description = context.Help("max_nodes", defaults.MaxNodes), HelpName = "N" };
        maxAliasText = new("--max-alias-text") { Description = context.Help("max_alias_text", defaults.MaxAliasText), HelpName = "N" };
        maxScalar = new("--max-scalar-length") { Description = context.Help("max_scalar_length", defaults.MaxScalarLength), HelpName = "N" };
        maxItems = new("--max-items") { Description = context.Help("max_items", defaults.MaxItems), HelpName = "N" };
        encoding = new("--encoding") { Description = context.Help("encoding"), DefaultValueFactory = _ => "auto" };
        region = new("--region") { Description = context.Help("region"), HelpName = "CODE" };
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "utf8", "gb18030", "gbk");
        inputFormat = new("--input-format") { Description = context.Help("input_format"), HelpName = "yaml|json" };
        inputFormat.AcceptOnlyFromAmong("yaml", "json");
        divisions = CliContext.DivisionsOption(context);
        foreach (var option in new Option[] { maxFileSize, maxDepth, maxNodes, maxAliasText, maxScalar, maxItems })
        {
            UsageErrors.RequireAtLeast(option, 1, "Usage_NotPositive", context);
        }

        maxDepth.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > LoadOptions.DepthCeiling)
            {
                result.AddError(CliText.Get(context.Culture, "Usage_DepthCeiling", maxDepth.Name, LoadOptions.DepthCeiling));
            }
        });
    }

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { maxFileSize, maxDepth, maxNodes, maxAliasText, maxScalar, maxItems, encoding, inputFormat, divisions, region })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The limits and encoding the user asked for.</summary>
    public LoadOptions Read(ParseResult parse)
    {
        var defaults = LoadOptions.Default;
        return new LoadOptions
        {
            MaxFileBytes = parse.GetValue(maxFileSize) ?? defaults.MaxFileBytes,
            MaxDepth = parse.GetValue(maxDepth) ?? defaults.MaxDepth,
            MaxNodes = parse.GetValue(maxNodes) ?? defaults.MaxNodes,
            MaxAliasText = parse.GetValue(maxAliasText) ?? defaults.MaxAliasText,
            MaxScalarLength = parse.GetValue(maxScalar) ?? defaults.MaxScalarLength,
            MaxItems = parse.GetValue(maxItems) ?? defaults.MaxItems,
            Region = parse.GetValue(region),
            Encoding = parse.GetValue(encoding) switch
            {
                "utf-8" or "utf8" => TextEncoding.Utf8,
                "gb18030" or "gbk" => TextEncoding.Gb18030,
                _ => TextEncoding.Auto,
            },
        };
    }

    /// <summary>How to read the inventories: the limits and encoding asked for, and the syntax of standard input.</summary>
    public InventoryReading Reading(ParseResult parse, CliContext context) =>
        new(Read(parse), parse.GetValue(inputFormat) switch
        {
            "json" => DocumentFormat.Json,
            "yaml" => DocumentFormat.Yaml,
            _ => null,
        }, context.StandardInput);
}
