using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Spreadsheets;

namespace ServiceStandard.Cli;

/// <summary>
/// Where normalize and migrate write an inventory, and as what: the output file's extension decides (.yaml, .yml,
/// .json, .xlsx); standard output gets the input's syntax, YAML for a spreadsheet. A workbook is written in the layout
/// of docs/format.md section 8; what it cannot hold (extensions, unknown keys) is named on standard error.
/// </summary>
internal static class InventoryOutput
{
    /// <summary>The format to write, or <see langword="null"/> when the output file's extension names none this tool writes (.csv).</summary>
    public static DocumentFormat? Format(string? target, DocumentFormat input)
    {
        if (target is null || target == "-")
        {
            return input.IsSpreadsheet() ? DocumentFormat.Yaml : input;
        }

        return DocumentFormats.FromPath(target) is { } format && format != DocumentFormat.Csv ? format : null;
    }

    /// <summary>Writes the inventory to the file or to standard output.</summary>
    public static int Write(CliContext context, string? target, Inventory inventory, DocumentFormat format, Func<string> text)
    {
        if (format != DocumentFormat.Xlsx)
        {
            return OutputFile.WriteOrPrint(context, target, text());
        }

        IReadOnlyList<string> leftOut = [];
        var written = OutputFile.WriteOrPrint(context, target, stream => leftOut = InventoryWorkbook.Write(inventory, stream));
        foreach (var pointer in leftOut)
        {
            context.Report("NotInWorkbook", target ?? "-", pointer);
        }

        return written;
    }
}
