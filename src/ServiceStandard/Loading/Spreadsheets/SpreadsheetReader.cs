using System.Runtime.InteropServices;
using System.Text;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Loading.Spreadsheets;

/// <summary>The one place that turns a spreadsheet's bytes (.xlsx or .csv) into a document tree.</summary>
internal static class SpreadsheetReader
{
    /// <summary>The tree of a workbook or CSV text; <see langword="null"/> after reporting why there is none.</summary>
    public static SourceNode? Read(ReadOnlyMemory<byte> content, DocumentFormat format, LoadOptions options, DiagnosticBag diagnostics, ItemStream? stream)
    {
        if (format == DocumentFormat.Csv)
        {
            return TextDecoding.ToUtf8(content, diagnostics, options.Encoding) is { } utf8
                ? SpreadsheetTree.Read([new CsvSheet(Encoding.UTF8.GetString(utf8.Span))], options, diagnostics, stream)
                : null;
        }

        using var memory = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        using var package = XlsxPackage.Open(memory, options, diagnostics);
        if (package is null)
        {
            return null;
        }

        try
        {
            return SpreadsheetTree.Read([.. package.Sheets.Select(s => new XlsxSheet(package, s))], options, diagnostics, stream);
        }
        catch (Exception exception) when (XlsxPackage.IsReadFailure(exception))
        {
            XlsxPackage.Report(diagnostics, exception);
            return null;
        }
    }

    /// <summary>The reason an .xls, .et, .xlsb or .xlsm file is not read, for SS1502; <see langword="null"/> for any other file.</summary>
    public static void RefuseByName(string path, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reason = extension is ".xlsm" ? "§Sheet_Macros" : extension is ".xlsb" ? "§Sheet_Binary" : "§Sheet_OldBinary";
        diagnostics.Add(SpreadsheetDiagnostics.RefusedFormat, string.Empty, null, null, ("extension", extension), ("reason", reason));
    }
}
