using System.Text.Json;
using CsCheck;
using ServiceStandard.CodeLists;
using ServiceStandard.Model;

namespace ServiceStandard.Tests.Normalization;

/// <summary>CsCheck generators of inventories written the way departments write them: stray spaces, full-width
/// digits, lower-case codes, dashes in phones, unsorted lists, and text every YAML reader could misread.</summary>
internal static class InventoryGenerator
{
    /// <summary>Strings YAML 1.1 or 1.2 could take for something else, and text departments write.</summary>
    public static readonly string[] TrickyTexts =
    [
        "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", "0123", "1.0", "1e3", "0x1F", "0o17", "-1", "+1", ".5",
        ".inf", "-.inf", ".NaN", "2026-01-20", "2026-01-20T10:00:00Z", "12:30", "190:20:30", "1_000", "<<", "=", "a: b", "a:b", "#note",
        "x #y", "- x", "? q", ": v", "[x]", "{x}", "x, y", "@at", "`tick", "%pct", "!tag", "&anchor", "*alias", "|", ">", "'single'",
        "\"double\"", "back\\slash", "tab\there", "line\nbreak", "trailing ", " leading", "\u2028", "\u0085", "\u00A0nbsp", "\uFEFFbom",
        "\u007F", "《公共场所卫生管理条例》", "专（兼）职", "２０２６ＡＢ", "公共　场所", "公共  场所", "周一至周五 9:00-17:00", "表情😀", "",
    ];

    private static readonly Gen<string> Tricky = Gen.OneOfConst(TrickyTexts);

    private static readonly Gen<string> Random =
        Gen.Char["ab Z09９《》：:#-\"'\\\n\t测试ＡYyNn~.,[]{}\u3000"].Array[0, 8].Select(chars => new string(chars));

    public static readonly Gen<string> Text = Gen.OneOf(Tricky, Random);

    private static readonly Gen<string> Name = Text.Where(t => !string.IsNullOrWhiteSpace(t));

    private static readonly Gen<string?> Optional = Gen.OneOf(Gen.Const((string?)null), Text.Select(t => (string?)t));

    private static readonly Gen<string?> Phone = Gen.OneOfConst<string?>(null, "0917—4821234", "１２３４５", " 12345 ", "0917 - 4821234", "13912345678");

    private static readonly Gen<JsonElement?> Verbatim = Gen.Select(Text, Text, Gen.Int[-5, 5], (key, value, number) =>
        (JsonElement?)JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["x-" + key] = value,
            ["number"] = number / 4m,
            ["list"] = new object?[] { value, true, null },
        }));

    private static readonly Gen<IReadOnlyDictionary<string, JsonElement>> Unknown = Gen.OneOf(
        Gen.Const(ModelElement.NoProperties),
        Gen.Select(Gen.OneOfConst("yes", "0123", "a: b", "#k", "- k", "本地字段", "~", "null", "x y"), Text, (key, value) =>
            (IReadOnlyDictionary<string, JsonElement>)new Dictionary<string, JsonElement> { [key] = JsonSerializer.SerializeToElement(value) }));

    private static readonly Gen<TimeLimit?> Limit = Gen.OneOf(
        Gen.Const((TimeLimit?)null),
        Gen.Select(Gen.Int[0, 400], Gen.Enum<TimeUnit>(), Optional, (value, unit, note) =>
            (TimeLimit?)new TimeLimit { Value = unit == TimeUnit.Immediate ? 0 : value / 4m, Unit = unit, Note = note }));

    private static readonly Gen<Authority> Authority = Gen.Select(Name, Gen.OneOfConst<string?>(null, "11610331MBE7CYH25A", "11610331mbe7cyh25a", " 11330400MB1234567X "), Gen.Enum<ExerciseLevel>(), Unknown,
        (name, credit, level, rest) => new Authority
        {
            Name = name,
            CreditCode = credit,
            Level = level,
            LegalBasis = [new LegalBasis { Title = name, Article = "第八条" }],
            AdditionalProperties = rest,
        });

    private static readonly Gen<Guide?> Guide = Gen.Select(Text.Array[0, 2], Name, Gen.Enum<Channel>().Array[0, 4], Gen.Int[0, 3], Optional, Gen.Bool, Unknown,
        (conditions, material, channels, visits, reason, charged, rest) => (Guide?)new Guide
        {
            AcceptanceConditions = conditions,
            Materials = [new Material { Name = material, Required = charged, Form = MaterialForm.Copy, Copies = visits }],
            Fees = new Fees { Charged = charged, Items = charged ? [new FeeItem { Name = material, Amount = 10.50m }] : [] },
            Channels = channels,
            OnlineDepth = visits + 1,
            OnsiteVisits = visits,
            OnsiteVisitReason = reason,
            AdditionalProperties = rest,
        });

    private static readonly Gen<ServiceItem> Item = Gen.Select(
        Gen.Select(Gen.OneOfConst("000123020000", "00013112700y", "０００１２３０２００００", " 000172005000 "), Name, Gen.Enum<ItemType>(), Authority),
        Gen.Select(Gen.Enum<ServiceObject>().Array[0, 4], Limit, Limit, Guide),
        Gen.Select(Phone, Text.Array[0, 2], Verbatim, Unknown),
        (a, b, c) => new ServiceItem
        {
            BasicCode = a.Item1,
            Name = a.Item2,
            Type = a.Item3,
            Authority = a.Item4,
            ServiceObjects = b.Item1,
            TimeLimits = b.Item2 is null && b.Item3 is null ? null : new TimeLimits { Legal = b.Item2, Committed = b.Item3 },
            Process = b.Item3 is null ? null : new Process { Steps = [new ProcessStep { Name = a.Item2, TimeLimit = b.Item3 }] },
            Guide = b.Item4,
            Contacts = c.Item1 is null ? null : new Contacts { Consultation = [new ContactPoint { Phone = c.Item1 }], Complaint = [new ContactPoint { Phone = "12345", Email = "ＡＢ@example.cn" }] },
            Themes = c.Item2,
            Extensions = c.Item3,
            AdditionalProperties = c.Item4,
        });

    /// <summary>An inventory of zero to three items.</summary>
    public static readonly Gen<Inventory> Inventory = Gen.Select(
        Gen.OneOfConst("330400", "６１０３３１", " 533300 ", "511011"), Optional, Item.Array[0, 3], Unknown,
        (code, name, items, rest) => new Inventory
        {
            SchemaVersion = "1.0",
            Region = new Region { Code = code, Name = name },
            Department = name is null ? null : new Department { Name = name, CreditCode = "11610331mbkcw9795q" },
            PublishedOn = new DateOnly(2026, 1, 20),
            Items = items,
            AdditionalProperties = rest,
        });
}
