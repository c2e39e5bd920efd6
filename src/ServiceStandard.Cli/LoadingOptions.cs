using System.CommandLine;
using ServiceStandard.Loading;

namespace ServiceStandard.Cli;

/// <summary>The options every verb that reads inventories shares: input limits and the text encoding.</summary>
internal sealed class LoadingOptions
{
    private readonly Option<long?> maxFileSize = new("--max-file-size") { Description = $"Largest file in bytes (default {LoadOptions.Default.MaxFileBytes}).", HelpName = "BYTES" };
    private readonly Option<int?> maxDepth = new("--max-depth") { Description = $"Deepest nesting (default {LoadOptions.Default.MaxDepth}).", HelpName = "N" };
    private readonly Option<long?> maxNodes = new("--max-nodes") { Description = $"Most nodes YAML aliases may add (default {LoadOptions.Default.MaxNodes}).", HelpName = "N" };
    private readonly Option<long?> maxAliasText = new("--max-alias-text") { Description = $"Most characters YAML aliases may add (default {LoadOptions.Default.MaxAliasText}).", HelpName = "N" };
    private readonly Option<int?> maxScalar = new("--max-scalar-length") { Description = $"Longest value in characters (default {LoadOptions.Default.MaxScalarLength}).", HelpName = "N" };
    private readonly Option<int?> maxItems = new("--max-items") { Description = $"Most items per inventory (default {LoadOptions.Default.MaxItems}).", HelpName = "N" };
    private readonly Option<string> encoding = new("--encoding")
    {
        Description = "Encoding of files without a byte-order mark: auto (UTF-8, GB18030 detected), utf-8, or gb18030.",
        DefaultValueFactory = _ => "auto",
    };

    public LoadingOptions()
    {
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "utf8", "gb18030", "gbk");
        foreach (var option in new Option[] { maxFileSize, maxDepth, maxNodes, maxAliasText, maxScalar, maxItems })
        {
            option.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && long.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 0)
                {
                    result.AddError($"{option.Name} must be a positive number.");
                }
            });
        }

        maxDepth.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > LoadOptions.DepthCeiling)
            {
                result.AddError($"{maxDepth.Name} can be at most {LoadOptions.DepthCeiling} (the JSON reader's and writer's own limit).");
            }
        });
    }

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { maxFileSize, maxDepth, maxNodes, maxAliasText, maxScalar, maxItems, encoding })
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
            Encoding = parse.GetValue(encoding) switch
            {
                "utf-8" or "utf8" => TextEncoding.Utf8,
                "gb18030" or "gbk" => TextEncoding.Gb18030,
                _ => TextEncoding.Auto,
            },
        };
    }
}
