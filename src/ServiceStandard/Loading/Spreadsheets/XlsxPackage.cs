using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Loading.Spreadsheets;

// Measured against DocumentFormat.OpenXml (SAX), MiniExcel and ExcelDataReader on a 20,000-item workbook's item sheet
// (benchmarks/xlsx-readers.sh, 2026-12-06): 0.41 s / 40 MB allocated here, 0.74-0.90 s / 240-740 MB for them, and only
// this reader refuses a zip bomb before inflating it; so it stays. docs/spreadsheets.md, "Why a reader of our own".

/// <summary>One sheet of a workbook: its name, its part in the package, and whether it is hidden.</summary>
internal sealed record SheetEntry(string Name, string Part, bool Hidden);

/// <summary>
/// An .xlsx package opened for reading, defensively: the workbook, its sheets, shared strings and date styles, read
/// with <see cref="ZipArchive"/> and <see cref="XmlReader"/> (no package dependency, no native code). Every part is
/// checked before it is inflated (declared size and compression ratio) and counted while it is (a header may lie);
/// no DTD is processed, no external resource resolved, no macro run, no formula evaluated, no link followed.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>The largest compression ratio of a part larger than <see cref="RatioFloor"/>: sheet XML compresses 5 to 30 times.</summary>
    internal const int MaxRatio = 200;

    /// <summary>Parts smaller than this are never refused for their ratio (a 1 MiB part is no bomb).</summary>
    private const long RatioFloor = 1024 * 1024;

    /// <summary>The most characters the shared-string table may hold: 64 Mi, and a quarter of the largest file in bytes.</summary>
    private long MaxSharedChars => Math.Min(64L * 1024 * 1024, options.MaxFileBytes / 4);

    private readonly ZipArchive zip;
    private readonly LoadOptions options;
    private readonly DiagnosticBag diagnostics;
    private bool[] dateStyles = [];

    private XlsxPackage(ZipArchive zip, LoadOptions options, DiagnosticBag diagnostics) =>
        (this.zip, this.options, this.diagnostics) = (zip, options, diagnostics);

    /// <summary>The sheets, in workbook order.</summary>
    public IReadOnlyList<SheetEntry> Sheets { get; private set; } = [];

    /// <summary>The shared strings, read on first use.</summary>
    public IReadOnlyList<string> SharedStrings { get; private set; } = [];

    /// <summary>True when cell style <paramref name="index"/> formats numbers as dates.</summary>
    public bool IsDateStyle(int index) => index >= 0 && index < dateStyles.Length && dateStyles[index];

    /// <summary>Opens a package; <see langword="null"/> after reporting why it cannot be read.</summary>
    public static XlsxPackage? Open(Stream content, LoadOptions options, DiagnosticBag diagnostics)
    {
        if (!Sniff(content, diagnostics))
        {
            return null;
        }

        XlsxPackage? package = null;
        try
        {
            package = new XlsxPackage(new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true), options, diagnostics);
            if (package.Load())
            {
                return package;
            }
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            Report(diagnostics, exception);
        }

        package?.Dispose();
        return null;
    }

    /// <summary>The failures reading a package may meet: a broken zip or XML, a part over its limit.</summary>
    internal static bool IsReadFailure(Exception exception) =>
        exception is InvalidDataException or XmlException or IOException or PartTooLargeException or SharedStringsOverflowException or NotSupportedException or FormatException or ArgumentException;

    /// <summary>Reports a failure met while reading.</summary>
    internal static void Report(DiagnosticBag diagnostics, Exception exception)
    {
        if (exception is PartTooLargeException large)
        {
            large.Report(diagnostics);
        }
        else if (exception is not SharedStringsOverflowException)
        {
            diagnostics.Add(SpreadsheetDiagnostics.Unreadable, string.Empty, null, null, ("detail", exception.Message));
        }
    }

    /// <summary>Tells a zip package from an OLE document (.xls, or an encrypted workbook) and from anything else.</summary>
    private static bool Sniff(Stream content, DiagnosticBag diagnostics)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read >= 4 && head[0] == 'P' && head[1] == 'K')
        {
            return true;
        }

        if (read == 8 && head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            // An OLE compound document: Excel keeps an encrypted .xlsx in one (with an EncryptionInfo stream), and
            // an old binary workbook (.xls, .et) is one.
            if (HasEncryptionInfo(content))
            {
                diagnostics.Add(Encrypted, string.Empty, null);
            }
            else
            {
                diagnostics.Add(SpreadsheetDiagnostics.RefusedFormat, string.Empty, null, null, ("extension", ".xls/.et"), ("reason", "§Sheet_OldBinary"));
            }

            return false;
        }

        diagnostics.Add(SpreadsheetDiagnostics.Unreadable, string.Empty, null, null, ("detail", "§Sheet_NotZip"));
        return false;
    }

    private static DiagnosticDescriptor Encrypted => SpreadsheetDiagnostics.Encrypted;

    private static bool HasEncryptionInfo(Stream content)
    {
        var name = Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[Math.Min(content.Length, 1L << 20)];
        content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        return buffer.AsSpan().IndexOf(name) >= 0;
    }

    private bool Load()
    {
        foreach (var entry in zip.Entries)
        {
            Check(entry);
        }

        var workbookPart = Relationships("_rels/.rels").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
        if (zip.GetEntry(workbookPart) is null)
        {
            diagnostics.Add(SpreadsheetDiagnostics.Unreadable, string.Empty, null, null, ("detail", "§Sheet_NoWorkbook"));
            return false;
        }

        if (zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) is { } macros)
        {
            diagnostics.Add(SpreadsheetDiagnostics.MacrosIgnored, string.Empty, null, null, ("part", macros.FullName));
        }

        var folder = workbookPart.Contains('/', StringComparison.Ordinal) ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : string.Empty;
        var rels = Relationships(folder + "_rels/" + workbookPart[folder.Length..] + ".rels");
        var targets = rels.Where(r => r.Target is not null).ToDictionary(r => r.Id, r => Resolve(folder, r.Target!), StringComparer.Ordinal);
        var externals = rels.Count(r => r.Type.EndsWith("/externalLink", StringComparison.Ordinal));
        if (externals > 0)
        {
            diagnostics.Add(SpreadsheetDiagnostics.ExternalLinks, string.Empty, null, null, ("count", externals.ToString(CultureInfo.InvariantCulture)));
        }

        var sheets = new List<SheetEntry>();
        using (var reader = Open(workbookPart))
        {
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" })
                {
                    var name = reader.GetAttribute("name") ?? string.Empty;
                    var id = reader.GetAttribute("id", RelationshipNamespace) ?? string.Empty;
                    var hidden = reader.GetAttribute("state") is "hidden" or "veryHidden";
                    if (targets.TryGetValue(id, out var part) && zip.GetEntry(part) is not null)
                    {
                        sheets.Add(new SheetEntry(name, part, hidden));
                    }
                }
            }
        }

        Sheets = sheets;
        var strings = rels.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        var styles = rels.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
        if (styles is not null && zip.GetEntry(Resolve(folder, styles)) is not null)
        {
            dateStyles = ReadDateStyles(Resolve(folder, styles));
        }

        if (strings is not null && zip.GetEntry(Resolve(folder, strings)) is not null)
        {
            SharedStrings = ReadSharedStrings(Resolve(folder, strings));
        }

        return true;
    }

    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A part name relative to a folder of the package (targets may be relative or start at the root).</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private List<(string Id, string Type, string? Target)> Relationships(string part)
    {
        var list = new List<(string, string, string?)>();
        if (zip.GetEntry(part) is null)
        {
            return list;
        }

        using var reader = Open(part);
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" })
            {
                var external = reader.GetAttribute("TargetMode") == "External";
                list.Add((reader.GetAttribute("Id") ?? string.Empty, reader.GetAttribute("Type") ?? string.Empty, external ? null : reader.GetAttribute("Target")));
            }
        }

        return list;
    }

    /// <summary>Refuses a part whose declared size or ratio is beyond the limits, before anything is inflated.</summary>
    private void Check(ZipArchiveEntry entry)
    {
        var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
        if (entry.Length > options.MaxFileBytes || (entry.Length > RatioFloor && ratio > MaxRatio))
        {
            throw new PartTooLargeException(entry.FullName, entry.Length, ratio, options.MaxFileBytes);
        }
    }

    /// <summary>An XML reader over a part: no DTD, no external resources, inflation counted against the part's declared size.</summary>
    public XmlReader Open(string part)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersInDocument = 0,
        };
        return XmlReader.Create(Inflate(part), settings);
    }

    /// <summary>
    /// Whether the bytes of a part may contain <paramref name="name"/> (an ASCII element name): false only when they
    /// are in an ASCII-compatible encoding (no UTF-16 or UTF-32 byte order mark, no NUL in the first bytes) and do not
    /// contain it. Inflating is checked as for <see cref="Open(string)"/>; scanning bytes costs a fraction of reading XML.
    /// </summary>
    public bool MayMention(string part, ReadOnlySpan<byte> name)
    {
        using var stream = Inflate(part);
        var buffer = new byte[1 << 16];
        var kept = 0;
        var first = true;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (first && filled >= 4)
            {
                first = false;
                if (buffer[0] is 0xFE or 0xFF || buffer.AsSpan(0, 4).Contains((byte)0))
                {
                    return true; // UTF-16 or UTF-32: the XML reader decides
                }
            }

            if (buffer.AsSpan(0, filled).IndexOf(name) >= 0)
            {
                return true;
            }

            // The last bytes may hold the start of the name: keep them for the next read.
            kept = Math.Min(name.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return first; // a part shorter than four bytes: the XML reader decides
    }

    private BoundedInflation Inflate(string part)
    {
        var entry = zip.GetEntry(part) ?? throw new InvalidDataException(part);
        Check(entry);
        return new BoundedInflation(entry.Open(), entry.FullName, entry.Length, entry.CompressedLength, options.MaxFileBytes);
    }

    private bool[] ReadDateStyles(string part)
    {
        var custom = new Dictionary<int, bool>();
        var styles = new List<bool>();
        using var reader = Open(part);
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    custom[id] = IsDateFormat(reader.GetAttribute("formatCode") ?? string.Empty);
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                    styles.Add(custom.TryGetValue(format, out var isDate) ? isDate : IsBuiltInDate(format));
                    break;
            }
        }

        return [.. styles];
    }

    /// <summary>The built-in number formats that show dates (ECMA-376 18.8.30, and the East Asian ones Excel and WPS use).</summary>
    private static bool IsBuiltInDate(int id) => id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58;

    /// <summary>True for a custom format that shows a date: y, m with d, or 年/月/日 outside quotes and brackets.</summary>
    internal static bool IsDateFormat(string code)
    {
        var plain = new StringBuilder();
        var (quoted, bracket) = (false, false);
        foreach (var c in code)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (bracket && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var text = plain.ToString();
        return text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal) || code.Contains('年', StringComparison.Ordinal) || code.Contains('日', StringComparison.Ordinal);
    }

    private string[] ReadSharedStrings(string part)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        long total = 0;
        using var reader = Open(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "si" })
            {
                reader.Read();
            }
            else
            {
                text.Clear();
                ReadRichText(reader, text, options.MaxScalarLength);

                total += text.Length;
                if (total > MaxSharedChars || strings.Count > options.MaxNodes)
                {
                    diagnostics.Add(DiagnosticCatalog.LimitExceeded, string.Empty, null, null,
                        ("limit", "§Sheet_SharedStrings"), ("value", total.ToString(CultureInfo.InvariantCulture)), ("max", MaxSharedChars.ToString(CultureInfo.InvariantCulture)));
                    throw new SharedStringsOverflowException();
                }

                strings.Add(text.ToString());
            }
        }

        return [.. strings];
    }

    /// <summary>
    /// The text of a string item (<c>si</c> or inline <c>is</c>), the reader on its start element: the <c>t</c> elements of
    /// it and of its runs; phonetic readings (<c>rPh</c>, furigana) are not part of the value.
    /// </summary>
    internal static void ReadRichText(XmlReader reader, StringBuilder text, int maxLength)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "rPh")
            {
                reader.Skip(); // a phonetic reading is not part of the value
            }
            else if (reader.LocalName == "t")
            {
                var value = reader.ReadElementContentAsString(); // leaves the reader on the next node
                if (text.Length + value.Length <= maxLength)
                {
                    text.Append(value);
                }
            }
            else
            {
                reader.Read(); // into a run (r), past its properties
            }
        }

        reader.Read(); // past the end of the string item
    }

    /// <inheritdoc />
    public void Dispose() => zip.Dispose();
}

/// <summary>The shared-string table is over its limit (already reported).</summary>
internal sealed class SharedStringsOverflowException : Exception
{
}

/// <summary>A part that would expand beyond the limits; reported as <c>SS1503</c>.</summary>
internal sealed class PartTooLargeException(string part, long size, long ratio, long max) : Exception("part too large")
{
    public void Report(DiagnosticBag diagnostics) =>
        diagnostics.Add(SpreadsheetDiagnostics.ZipBomb, string.Empty, null, null,
            ("part", part), ("size", size.ToString(CultureInfo.InvariantCulture)), ("ratio", ratio.ToString(CultureInfo.InvariantCulture)),
            ("max", max.ToString(CultureInfo.InvariantCulture)), ("maxRatio", XlsxPackage.MaxRatio.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>
/// The inflated bytes of one part, counted: more than the part declared (a lying header), or a ratio beyond the
/// limit once past the floor, stops inflation with <see cref="PartTooLargeException"/>.
/// </summary>
internal sealed class BoundedInflation(Stream inner, string part, long declared, long compressed, long max) : Stream
{
    private long read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        read += n;
        if (read > declared || read > max)
        {
            throw new PartTooLargeException(part, read, compressed == 0 ? read : read / compressed, max);
        }

        return n;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
