using CsCheck;
using ServiceStandard.CodeLists;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;
using ServiceStandard.Spreadsheets;
using ServiceStandard.Tests.Support;

namespace ServiceStandard.Tests.Spreadsheets;

/// <summary>Writing an inventory as a workbook and reading it back gives the same inventory.</summary>
public sealed class WorkbookRoundTripTests
{
    private static (Inventory Read, IReadOnlyList<string> LeftOut, LoadResult Load) RoundTrip(Inventory inventory)
    {
        using var memory = new MemoryStream();
        var leftOut = InventoryWorkbook.Write(inventory, memory);
        var load = InventoryLoader.Load(memory.ToArray(), DocumentFormat.Xlsx, "清单.xlsx");
        return (load.Inventory!, leftOut, load);
    }

    public static TheoryData<string> Guides() => new(
        "county-export", "nujiang-public-venue-hygiene", "loudi-prepackaged-food-filing", "chenggong-individual-business", "zhangdian-disability-card");

    [Theory]
    [MemberData(nameof(Guides))]
    public void A_canonical_guide_written_as_a_workbook_reads_back_the_same(string name)
    {
        var load = InventoryLoader.LoadFile(Repository.Fixtures("AsWritten", name + ".as-written.yaml"));
        var canonical = InventoryNormalizer.Normalize(load).Inventory!;

        var (read, leftOut, back) = RoundTrip(canonical);

        Assert.Empty(leftOut);
        Assert.Equal(CanonicalWriter.Write(canonical, DocumentFormat.Yaml), CanonicalWriter.Write(read, DocumentFormat.Yaml));
        Assert.DoesNotContain(back.Diagnostics, d => d.Code.StartsWith("SS15", StringComparison.Ordinal) || d.Code == "SS1201");
    }

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOfConst("yes", "No", "true", "null", "~", "0123", "1.0", "1e3", "2026-01-20", "12:30", "#note", "x, y", "'single'", "\"double\"", "《公共场所卫生管理条例》", "专（兼）职", "表情😀", "a: b"),
        Gen.Char["ab Z09《》：:#-\"'测试ＡYy~,[]{}"].Array[1, 8].Select(c => new string(c).Trim()).Where(t => t.Length > 0 && t[0] is not ('-' or '#')));

    private static readonly Gen<TimeLimit?> Limit = Gen.OneOf(
        Gen.Const((TimeLimit?)null),
        Gen.Select(Gen.Int[0, 400], Gen.Enum<TimeUnit>(), Gen.OneOf(Gen.Const((string?)null), Text.Select(t => (string?)t)), (value, unit, note) =>
            (TimeLimit?)new TimeLimit { Value = unit == TimeUnit.Immediate ? 0 : value / 4m, Unit = unit, Note = note }));

    private static readonly Gen<ServiceItem> Item = Gen.Select(
        Gen.Select(Gen.OneOfConst("000123020000", "000172005000", "000123006000"), Text, Gen.Enum<ItemType>(), Gen.Enum<ExerciseLevel>()),
        Gen.Select(Gen.Enum<ServiceObject>().Array[0, 3], Limit, Limit, Gen.Enum<Channel>().Array[0, 3]),
        Gen.Select(Text.Array[0, 2], Text, Gen.Int[0, 3], Gen.Bool),
        (a, b, c) => new ServiceItem
        {
            BasicCode = a.Item1,
            Name = a.Item2,
            Type = a.Item3,
            Authority = new Authority { Name = a.Item2, Level = a.Item4, LegalBasis = [new LegalBasis { Title = c.Item2, Article = "第八条" }] },
            ServiceObjects = b.Item1.Distinct().ToArray(),
            TimeLimits = b.Item2 is null && b.Item3 is null ? null : new TimeLimits { Legal = b.Item2, Committed = b.Item3 },
            Process = b.Item3 is null ? null : new Process { Steps = [new ProcessStep { Name = c.Item2, TimeLimit = b.Item3 }] },
            Guide = new Guide
            {
                AcceptanceConditions = c.Item1,
                Materials = [new Material { Name = c.Item2, Required = c.Item4, Form = MaterialForm.Copy, Copies = c.Item3 }],
                Fees = new Fees { Charged = c.Item4, Items = c.Item4 ? [new FeeItem { Name = c.Item2, Amount = 10.50m }] : [] },
                Channels = b.Item4.Distinct().ToArray(),
                OnlineDepth = c.Item3 + 1,
                OnsiteVisits = c.Item3,
                Result = new Result { Type = ResultType.Certificate, Name = c.Item2, Validity = "P4Y" },
            },
            Contacts = new Contacts { Consultation = [new ContactPoint { Phone = "0917-4821234" }], Complaint = [new ContactPoint { Phone = "12345", Email = "a@example.cn" }] },
        });

    private static readonly Gen<Inventory> Inventory = Gen.Select(Gen.OneOfConst("330400", "610331", "533300"), Text, Item.Array[0, 4], (code, name, items) => new Inventory
    {
        SchemaVersion = "1.0",
        Region = new Region { Code = code, Name = name },
        Department = new Department { Name = name, CreditCode = "11610331MBKCW9795Q" },
        PublishedOn = new DateOnly(2026, 1, 20),
        Items = items, // items may share 基本编码 and 事项名称: their child rows then link by 事项行号
    });

    [Fact]
    public void Any_canonical_inventory_written_as_a_workbook_reads_back_the_same()
    {
        Inventory.Sample(inventory =>
        {
            var canonical = InventoryNormalizer.Normalize(InventoryLoader.LoadText(CanonicalWriter.Write(inventory, DocumentFormat.Json), DocumentFormat.Json)).Inventory!;

            var (read, leftOut, _) = RoundTrip(canonical);

            Assert.Empty(leftOut);
            Assert.Equal(CanonicalWriter.Write(canonical, DocumentFormat.Yaml), CanonicalWriter.Write(read, DocumentFormat.Yaml));
        }, iter: 200);
    }

    [Fact]
    public void Extensions_and_unknown_keys_are_named_as_left_out()
    {
        var inventory = InventoryLoader.LoadText(
            """
            schemaVersion: "1.0"
            region: { code: "610331" }
            本地字段: 1
            items:
              - basicCode: "000123020000"
                name: 公共场所卫生许可
                type: administrativeLicensing
                authority: 太白县卫生健康局
                extensions: { x-local: 1 }
            """,
            DocumentFormat.Yaml).Inventory!;

        Assert.Equal(["/items/0/extensions", "/本地字段"], RoundTrip(inventory).LeftOut);
    }
}
