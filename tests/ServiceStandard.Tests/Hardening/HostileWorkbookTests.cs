using System.IO.Compression;
using System.Text;
using CsCheck;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Spreadsheets;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Hardening;

/// <summary>
/// Hostile workbooks, made here rather than committed: each is refused (or its dangerous part ignored) with a
/// diagnostic, never inflated, run, evaluated or followed, and never an exception.
/// </summary>
public sealed class HostileWorkbookTests
{
    private static byte[] Valid()
    {
        var workbook = new WorkbookWriter();
        var items = workbook.Sheet("事项");
        items.Add("基本编码", "事项名称", "事项类型", "实施主体");
        items.Add("000123020000", "公共场所卫生许可", "行政许可", "太白县卫生健康局");
        workbook.Sheet("清单").Add("行政区划代码", "610331");
        return workbook.ToArray();
    }

    /// <summary>A copy of a workbook with parts replaced or added.</summary>
    private static byte[] With(byte[] workbook, params (string Part, byte[] Content)[] parts)
    {
        using var memory = new MemoryStream();
        memory.Write(workbook);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (part, content) in parts)
            {
                zip.GetEntry(part)?.Delete();
                using var stream = zip.CreateEntry(part).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static string Part(byte[] workbook, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<string> Codes(byte[] content, LoadOptions? options = null, Severity least = Severity.Warning) =>
        InventoryLoader.Load(content, DocumentFormat.Xlsx, "x.xlsx", options).Diagnostics.Where(d => d.Severity >= least).Select(d => d.Code).ToArray();

    [Fact]
    public void A_zip_bomb_is_refused_from_its_declared_size_and_ratio_before_anything_is_inflated()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in new ZipArchive(new MemoryStream(Valid())).Entries)
            {
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                {
                    var spaces = new byte[1 << 20];
                    Array.Fill(spaces, (byte)' ');
                    for (var i = 0; i < 64; i++)
                    {
                        target.Write(spaces); // 64 MiB of white space: about 64 KiB compressed
                    }
                }
                else
                {
                    entry.Open().CopyTo(target);
                }
            }
        }

        var load = InventoryLoader.Load(memory.ToArray(), DocumentFormat.Xlsx, "bomb.xlsx");

        var refusal = Assert.Single(load.Diagnostics);
        Assert.Equal("SS1503", refusal.Code);
        Assert.Equal("xl/worksheets/sheet1.xml", refusal.Arguments["part"]);
        Assert.Null(load.Inventory);
    }

    [Fact]
    public void A_part_that_inflates_beyond_the_size_its_header_declares_is_stopped_there()
    {
        // The shared strings' declared size patched down to 40 bytes in both zip headers: a lying header.
        var workbook = Valid();
        var name = Encoding.ASCII.GetBytes("xl/sharedStrings.xml");
        for (var at = 0; at < workbook.Length - 46; at++)
        {
            var local = workbook[at] == 0x50 && workbook[at + 1] == 0x4B && workbook[at + 2] == 3 && workbook[at + 3] == 4 && workbook.AsSpan(at + 30).StartsWith(name);
            var central = workbook[at] == 0x50 && workbook[at + 1] == 0x4B && workbook[at + 2] == 1 && workbook[at + 3] == 2 && workbook.AsSpan(at + 46).StartsWith(name);
            if (local || central)
            {
                BitConverter.TryWriteBytes(workbook.AsSpan(at + (local ? 22 : 24), 4), 40);
            }
        }

        var load = InventoryLoader.Load(workbook, DocumentFormat.Xlsx, "x.xlsx");

        // Inflation stops at the declared 40 bytes (the runtime's zip reader and BoundedInflation both hold to it):
        // the part ends in the middle of its XML.
        var refusal = Assert.Single(load.Diagnostics);
        Assert.Equal("SS1501", refusal.Code);
        Assert.Contains("Unexpected end of file", refusal.Message(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_shared_string_table_is_refused_at_its_limit()
    {
        var valid = Valid();
        var written = Part(valid, "xl/sharedStrings.xml");
        var strings = new StringBuilder(written[..written.IndexOf("</sst>", StringComparison.Ordinal)]);
        for (var i = 0; i < 400; i++)
        {
            strings.Append("<si><t>").Append(new string('a', 1000)).Append("</t></si>");
        }

        var hostile = With(valid, ("xl/sharedStrings.xml", Text(strings.Append("</sst>").ToString())));

        Assert.Equal(["SS1006"], Codes(hostile, new LoadOptions { MaxFileBytes = 1 << 20 }));
        Assert.Equal([], Codes(hostile)); // within the default limits: read (its strings are simply not used)
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_is_ever_expanded()
    {
        var laughs = """<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>""";

        Assert.Equal(["SS1501"], Codes(With(Valid(), ("xl/sharedStrings.xml", Text(laughs)))));
    }

    [Fact]
    public void Macros_are_ignored_with_a_warning_and_never_run()
    {
        var hostile = With(Valid(), ("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]));

        var load = InventoryLoader.Load(hostile, DocumentFormat.Xlsx, "x.xlsx");

        Assert.Equal(["SS1505 warning - /"], DiagnosticLines.Of(load.Diagnostics));
        Assert.True(load.IsValid);
    }

    [Fact]
    public void External_links_are_named_and_not_followed()
    {
        var valid = Valid();
        var rels = Part(valid, "xl/_rels/workbook.xml.rels").Replace(
            "</Relationships>",
            """<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>""",
            StringComparison.Ordinal);
        var link = """<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>""";

        var hostile = With(valid, ("xl/_rels/workbook.xml.rels", Text(rels)), ("xl/externalLinks/externalLink1.xml", Text(link)));

        Assert.Equal(["SS1508"], Codes(hostile));
    }

    [Fact]
    public void An_encrypted_workbook_and_an_old_binary_workbook_are_told_apart_and_refused()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        byte[] encrypted = [.. ole, .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]];

        Assert.Equal(["SS1504"], Codes(encrypted));
        Assert.Equal(["SS1502"], Codes(ole));
        Assert.Contains(".xlsx", InventoryLoader.Load(ole, DocumentFormat.Xlsx).Diagnostics[0].Hint(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Old_and_macro_workbooks_are_refused_by_name_with_the_advice_to_save_as_xlsx()
    {
        foreach (var name in new[] { "清单.xls", "清单.et", "清单.xlsm" })
        {
            var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + name);
            File.WriteAllBytes(path, Valid());
            try
            {
                var load = InventoryLoader.LoadFile(path);

                var refusal = Assert.Single(load.Diagnostics);
                Assert.Equal("SS1502", refusal.Code);
                Assert.Contains("另存为", refusal.Hint(new System.Globalization.CultureInfo("zh-CN")), StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void Not_a_zip_and_a_truncated_zip_are_unreadable_workbooks()
    {
        var valid = Valid();

        Assert.Equal(["SS1501"], Codes(Text("基本编码,事项名称\n")));
        Assert.Equal(["SS1501"], Codes(valid[..(valid.Length / 2)]));
    }

    [Fact]
    public void Mutated_workbooks_never_throw()
    {
        var valid = Valid();
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte.Array[1, 8]).Sample((at, bytes) =>
        {
            var mutated = (byte[])valid.Clone();
            bytes.AsSpan(0, Math.Min(bytes.Length, mutated.Length - at)).CopyTo(mutated.AsSpan(at));
            var load = InventoryLoader.Load(mutated, DocumentFormat.Xlsx, "x.xlsx");
            Assert.True(load.Inventory is not null || load.Diagnostics.Any(d => d.Severity == Severity.Error));
        }, iter: 500);
    }

    [Fact]
    public void A_sheet_that_is_not_well_formed_is_refused_with_nothing_from_the_rows_before_the_fault()
    {
        // No merged range, so the rows are read in one pass; the formula in row 3 (SS1506) comes before the fault.
        var sheet = Part(Valid(), "xl/worksheets/sheet1.xml");
        var end = sheet.IndexOf("</sheetData>", StringComparison.Ordinal);
        var formula = "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>A2</f><v>000123020001</v></c></row>";
        var wellFormed = sheet[..end] + formula + sheet[end..];
        var broken = sheet[..end] + formula + "<row r=\"4\"><c r=\"A4\"><v>1</v></x></row></sheetData></worksheet>";
        Assert.DoesNotContain("mergeCell", broken, StringComparison.Ordinal);

        Assert.Contains("SS1506", Codes(With(Valid(), ("xl/worksheets/sheet1.xml", Text(wellFormed))), least: Severity.Info));
        Assert.Equal(["SS1501"], Codes(With(Valid(), ("xl/worksheets/sheet1.xml", Text(broken))), least: Severity.Info));
    }
}
