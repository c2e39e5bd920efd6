using ServiceStandard.Diagnostics;

[assembly: DiagnosticDescriptors(typeof(ServiceStandard.Loading.Spreadsheets.SpreadsheetDiagnostics))]

namespace ServiceStandard.Loading.Spreadsheets;

/// <summary>
/// The rules of reading spreadsheets (SS15xx): workbooks that cannot or must not be read (old formats, encryption,
/// zip bombs), what a workbook holds that is never run (macros, formulas, links), and the layout of docs/format.md section 8
/// (header row, child sheets and their links, the region).
/// </summary>
internal static class SpreadsheetDiagnostics
{
    /// <summary>The file is not a readable .xlsx package.</summary>
    internal static readonly DiagnosticDescriptor Unreadable = DiagnosticCatalog.Define("SS1501", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>An .xls, .et, .xlsb or .xlsm file: not read; save it as .xlsx.</summary>
    internal static readonly DiagnosticDescriptor RefusedFormat = DiagnosticCatalog.Define("SS1502", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>A part of the workbook would expand beyond the limits: refused as a possible zip bomb.</summary>
    internal static readonly DiagnosticDescriptor ZipBomb = DiagnosticCatalog.Define("SS1503", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>The workbook is encrypted (password-protected).</summary>
    internal static readonly DiagnosticDescriptor Encrypted = DiagnosticCatalog.Define("SS1504", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>The workbook holds macros: ignored, never run.</summary>
    internal static readonly DiagnosticDescriptor MacrosIgnored = DiagnosticCatalog.Define("SS1505", Severity.Warning, DiagnosticCategory.Loading);

    /// <summary>A cell holds a formula: its cached value was read, the formula never evaluated.</summary>
    internal static readonly DiagnosticDescriptor FormulaCached = DiagnosticCatalog.Define("SS1506", Severity.Info, DiagnosticCategory.Loading);

    /// <summary>A cell holds a formula with no cached value: read as empty.</summary>
    internal static readonly DiagnosticDescriptor FormulaWithoutValue = DiagnosticCatalog.Define("SS1507", Severity.Warning, DiagnosticCategory.Loading);

    /// <summary>The workbook links to other workbooks: the links are not followed.</summary>
    internal static readonly DiagnosticDescriptor ExternalLinks = DiagnosticCatalog.Define("SS1508", Severity.Warning, DiagnosticCategory.Loading);

    /// <summary>The item sheet has no header row naming item columns.</summary>
    internal static readonly DiagnosticDescriptor NoHeaderRow = DiagnosticCatalog.Define("SS1509", Severity.Error, DiagnosticCategory.Loading);

    /// <summary>Merged cells: the value of the top-left cell applies to the whole range.</summary>
    internal static readonly DiagnosticDescriptor MergedCells = DiagnosticCatalog.Define("SS1510", Severity.Warning, DiagnosticCategory.Loading);

    /// <summary>A hidden sheet of the layout: read like the others.</summary>
    internal static readonly DiagnosticDescriptor HiddenSheet = DiagnosticCatalog.Define("SS1511", Severity.Warning, DiagnosticCategory.Loading);

    /// <summary>A sheet that is not part of the layout: not read.</summary>
    internal static readonly DiagnosticDescriptor SheetNotRead = DiagnosticCatalog.Define("SS1512", Severity.Warning, DiagnosticCategory.Loading);

    /// <summary>A child-sheet row links to a code no item has.</summary>
    internal static readonly DiagnosticDescriptor ChildUnlinked = DiagnosticCatalog.Define("SS1513", Severity.Error, DiagnosticCategory.Schema);

    /// <summary>A child-sheet row gives no code to link it to an item.</summary>
    internal static readonly DiagnosticDescriptor ChildWithoutLink = DiagnosticCatalog.Define("SS1514", Severity.Error, DiagnosticCategory.Schema);

    /// <summary>A child-sheet row links to a code several items share.</summary>
    internal static readonly DiagnosticDescriptor ChildAmbiguous = DiagnosticCatalog.Define("SS1515", Severity.Error, DiagnosticCategory.Schema);

    /// <summary>The spreadsheet names no region and none was given.</summary>
    internal static readonly DiagnosticDescriptor NoRegion = DiagnosticCatalog.Define("SS1516", Severity.Error, DiagnosticCategory.Schema);

    /// <summary>A cell holds a spreadsheet error value (#N/A, #REF! ...).</summary>
    internal static readonly DiagnosticDescriptor ErrorValue = DiagnosticCatalog.Define("SS1517", Severity.Error, DiagnosticCategory.Schema);
}
