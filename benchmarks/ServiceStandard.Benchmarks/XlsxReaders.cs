using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using MiniExcelLibs;
using ServiceStandard.Loading;

namespace ServiceStandard.Benchmarks;

/// <summary>
/// Reads every cell of a workbook's item sheet (or of every sheet) with each candidate reader, timed with a
/// stopwatch, allocated bytes counted, peak working set at the end (run one reader per process for that).
/// <c>dotnet ServiceStandard.Benchmarks.dll xlsx-readers FILE [--reader NAME] [--runs 3] [--all-sheets]</c>.
/// </summary>
internal static class XlsxReaders
{
    private const string ItemSheet = "事项";

    private static readonly (string Name, Func<string, bool, long> Read)[] Readers =
    [
        ("svcstd-load", (path, _) => InventoryLoader.LoadFile(path).Inventory?.Items.Count ?? -1),
        ("svcstd-cells", OwnReader),
        ("openxml-sax", OpenXmlSax),
        ("miniexcel", MiniExcelQuery),
        ("exceldatareader", ExcelDataReaderRows),
    ];

    public static int Run(string[] args)
    {
        string Option(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var path = args[1];
        var runs = int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture);
        var only = Option("--reader", string.Empty);
        var all = args.Contains("--all-sheets");
        foreach (var (name, read) in Readers.Where(r => only.Length == 0 || r.Name == only))
        {
            for (var run = 1; run <= runs; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                long count;
                try
                {
                    count = read(path, all);
                }
                catch (Exception exception)
                {
                    // Hostile workbooks (docs/spreadsheets.md): a reader that refuses one says so here.
                    Console.WriteLine($"{name,-16} refused: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
                    continue;
                }

                clock.Stop();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                Console.WriteLine(FormattableString.Invariant(
                    $"{name,-16} {(name == "svcstd-load" ? "whole load" : all ? "all sheets" : "item sheet"),-10} run {run}  {clock.Elapsed.TotalSeconds,6:F2} s  allocated {allocated / 1048576.0,7:F0} MB  count {count}"));
            }
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return 0;
    }

    /// <summary>
    /// The project's own reader (XlsxPackage + XlsxSheet.Rows, internal: reached by reflection, one call per sheet
    /// and one property read per row), every cell of every row, without binding items.
    /// </summary>
    private static long OwnReader(string path, bool all)
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var assembly = typeof(InventoryLoader).Assembly;
        var bag = Activator.CreateInstance(assembly.GetType("ServiceStandard.Loading.DiagnosticBag")!, path, true)!;
        var packageType = assembly.GetType("ServiceStandard.Loading.Spreadsheets.XlsxPackage")!;
        var sheetType = assembly.GetType("ServiceStandard.Loading.Spreadsheets.XlsxSheet")!;
        using var stream = File.OpenRead(path);
        var open = packageType.GetMethods(Any).Single(m => m.Name == "Open" && m.IsStatic && m.GetParameters() is [{ ParameterType: var first }, _, _] && first == typeof(Stream));
        using var package = (IDisposable?)open.Invoke(null, [stream, LoadOptions.Default, bag])
            ?? throw new InvalidDataException("XlsxPackage.Open refused the workbook (its diagnostic is reported)");
        long cells = 0;
        foreach (var entry in (System.Collections.IEnumerable)packageType.GetProperty("Sheets", Any)!.GetValue(package)!)
        {
            if (!all && (string)entry.GetType().GetProperty("Name")!.GetValue(entry)! != ItemSheet)
            {
                continue;
            }

            var sheet = Activator.CreateInstance(sheetType, Any, null, [package, entry], null)!;
            PropertyInfo? cellsOf = null;
            foreach (var row in (System.Collections.IEnumerable)sheetType.GetMethod("Rows", Any)!.Invoke(sheet, [bag])!)
            {
                cellsOf ??= row.GetType().GetProperty("Cells", Any)!;
                cells += ((System.Collections.ICollection)cellsOf.GetValue(row)!).Count;
            }
        }

        return cells;
    }

    /// <summary>DocumentFormat.OpenXml's SAX reader: shared strings first, then each cell element loaded on its own.</summary>
    private static long OpenXmlSax(string path, bool all)
    {
        // The SDK's own bound on a part's size (characters); without it a 1 MB workbook of 1 GiB of blanks runs out of memory.
        using var document = SpreadsheetDocument.Open(path, isEditable: false, new OpenSettings { MaxCharactersInPart = 64L * 1024 * 1024 });
        var workbook = document.WorkbookPart!;
        var shared = new List<string>();
        if (workbook.SharedStringTablePart is { } strings)
        {
            using var reader = OpenXmlReader.Create(strings);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    shared.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
                }
                else
                {
                    reader.Read();
                }
            }
        }

        long cells = 0, chars = 0;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>().Where(s => all || s.Name == ItemSheet))
        {
            using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id!));
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var text = cell.DataType?.Value == CellValues.SharedString
                        ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
                    cells++;
                    chars += text?.Length ?? 0;
                }
                else
                {
                    reader.Read();
                }
            }
        }

        return cells + (chars > 0 ? 0 : -1);
    }

    /// <summary>MiniExcel's streaming <c>Query</c> (rows as dictionaries, no header row).</summary>
    private static long MiniExcelQuery(string path, bool all)
    {
        long cells = 0;
        foreach (var sheet in MiniExcel.GetSheetNames(path).Where(s => all || s == ItemSheet))
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, sheetName: sheet))
            {
                cells += row.Values.Count(v => v is not null);
            }
        }

        return cells;
    }

    /// <summary>ExcelDataReader's forward-only <see cref="IExcelDataReader"/>.</summary>
    private static long ExcelDataReaderRows(string path, bool all)
    {
        // ExcelReaderConfiguration's constructor asks for code page 1252 (the .xls fallback encoding) even for .xlsx.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        long cells = 0;
        do
        {
            if (!all && reader.Name != ItemSheet)
            {
                continue;
            }

            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    cells += reader.GetValue(column) is null ? 0 : 1;
                }
            }
        }
        while (reader.NextResult());
        return cells;
    }
}
