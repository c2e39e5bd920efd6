using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Codes;
using ServiceStandard.Divisions;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Normalization;

namespace ServiceStandard.Benchmarks;

/// <summary>
/// Writes a deterministic corpus of N regions x M items of valid, realistic format 1.0 inventories: the
/// items of examples/inventories are the templates; every region implements the same M basic codes with its
/// own authority (valid GB 32100 credit codes), limits, materials, fees, visits and depth. Same seed, same bytes.
/// </summary>
internal static class CorpusGenerator
{
    public static IReadOnlyList<string> Write(string examples, string output, int regions, int itemsPerRegion, Loading.DocumentFormat format, int seed, bool singleFile)
    {
        var templates = Directory.EnumerateFiles(examples).Order(StringComparer.Ordinal)
            .SelectMany(f => InventoryLoader.LoadFile(f).Inventory?.Items ?? [])
            .GroupBy(i => i.BasicCode).Select(g => g.First()).ToArray();
        var counties = DivisionTable.All.Where(d => d.Level == DivisionLevel.County).OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        Directory.CreateDirectory(output);
        var extension = format == Loading.DocumentFormat.Json ? ".json" : ".yaml";
        var written = new List<string>();
        var allItems = new List<ServiceItem>();
        for (var r = 0; r < regions; r++)
        {
            var random = new Random(seed * 7919 + r);
            var county = counties[(r * 97 + 13) % counties.Length];
            var items = Enumerable.Range(0, itemsPerRegion).Select(m => Item(templates[m % templates.Length], m, county, random)).ToArray();
            var inventory = new Inventory
            {
                SchemaVersion = "1.0",
                Region = new Region { Code = county.Code, Name = county.Name },
                Department = new Department { Name = county.Name + "行政审批服务局", CreditCode = Credit(county.Code, 1000 + r) },
                PublishedOn = new DateOnly(2026, 1 + (r % 12), 1 + (r % 28)),
                Items = items,
            };
            if (singleFile)
            {
                allItems.AddRange(items);
                continue;
            }

            var path = Path.Combine(output, $"region-{r + 1:D3}-{county.Code}{extension}");
            File.WriteAllText(path, CanonicalWriter.Write(inventory, format));
            written.Add(path);
        }

        if (singleFile)
        {
            var county = counties[13];
            var path = Path.Combine(output, $"single-{allItems.Count}{extension}");
            var distinct = allItems.Select((item, i) => item with { ImplementationCode = null, Authority = item.Authority with { Name = item.Authority.Name + "（" + (i / itemsPerRegion + 1).ToString(CultureInfo.InvariantCulture) + "）", CreditCode = null } }).ToArray();
            File.WriteAllText(path, CanonicalWriter.Write(new Inventory { SchemaVersion = "1.0", Region = new Region { Code = county.Code, Name = county.Name }, Items = distinct }, format));
            written.Add(path);
        }

        return written;
    }

    private static ServiceItem Item(ServiceItem template, int m, Division county, Random random)
    {
        var level = ExerciseLevel.County;
        var credit = Credit(county.Code, m % 40);
        var basicCode = "00" + CodeListCatalog.ItemTypes[template.Type].NationalCode + (m / 1000 % 10).ToString(CultureInfo.InvariantCulture) + (m % 1000).ToString("D3", CultureInfo.InvariantCulture) + template.BasicCode[8..];
        var legal = template.TimeLimits?.Legal;
        var legalDays = legal?.ToWorkingDays() ?? 30m;
        var immediate = template.HandlingType == HandlingType.Immediate && random.Next(3) == 0;
        var committed = immediate
            ? new TimeLimit { Value = 0, Unit = TimeUnit.Immediate }
            : new TimeLimit { Value = Math.Max(1, (int)(legalDays * (0.1m + (decimal)random.NextDouble() * 0.9m))), Unit = TimeUnit.WorkingDays };
        var stepCount = 2 + random.Next(3);
        var stepDays = committed.Value / stepCount;
        var steps = Enumerable.Range(0, stepCount).Select(s => new ProcessStep
        {
            Name = StepNames[s],
            TimeLimit = immediate ? new TimeLimit { Value = 0, Unit = TimeUnit.Immediate } : new TimeLimit { Value = Math.Floor(stepDays), Unit = TimeUnit.WorkingDays },
        }).ToArray();
        var guide = template.Guide ?? new Guide();
        var extraMaterials = random.Next(3);
        var materials = guide.Materials.Take(4).Concat(Enumerable.Range(0, extraMaterials).Select(i => new Material
        {
            Name = ExtraMaterials[(m + i) % ExtraMaterials.Length],
            Required = random.Next(4) != 0,
            Form = MaterialForm.Copy,
        })).Select(material => material with { Copies = null, Medium = null }).ToArray();
        var visits = random.Next(3);
        var depth = visits == 0 ? 3 + random.Next(2) : 2 + random.Next(2);
        var charged = random.Next(10) == 0;
        return template with
        {
            BasicCode = basicCode,
            ImplementationCode = credit + CodeListCatalog.ExerciseLevels[level].NationalCode + basicCode,
            Name = template.Name + (m < 12 ? string.Empty : "（" + (m / 12).ToString(CultureInfo.InvariantCulture) + "）"),
            Authority = template.Authority with { Name = county.Name + Departments[m % Departments.Length], CreditCode = credit, Level = level, LegalBasis = template.Authority.LegalBasis.Take(1).ToArray() },
            HandlingType = immediate ? HandlingType.Immediate : HandlingType.Promised,
            TimeLimits = new TimeLimits { Legal = legal, Committed = committed },
            Process = new Process { Steps = steps },
            Themes = template.Themes.Take(1).ToArray(),
            Extensions = null,
            Guide = guide with
            {
                AcceptanceConditions = guide.AcceptanceConditions.Take(1).ToArray(),
                Locations = guide.Locations.Take(1).Select(l => l with { Address = null }).ToArray(),
                QuantityLimit = null,
                Materials = materials,
                Fees = charged ? new Fees { Charged = true, Items = [new FeeItem { Name = "工本费", Amount = 5 + random.Next(20), Basis = "《行政事业性收费标准管理办法》" }] } : new Fees { Charged = false },
                Channels = visits == 0 ? [Channel.Window, Channel.Online, Channel.Mobile] : [Channel.Window, Channel.Online],
                OnlineDepth = depth,
                OnsiteVisits = visits,
                OnsiteVisitReason = visits > 0 ? "现场核验原件" : null,
                IntermediaryServices = random.Next(8) == 0 ? [new IntermediaryService { Name = "检测报告", Basis = "《公共场所卫生管理条例实施细则》" }] : [],
            },
            Contacts = new Contacts
            {
                Consultation = [new ContactPoint { Phone = "0" + (10 + random.Next(89)).ToString(CultureInfo.InvariantCulture) + "-" + (80000000 + random.Next(9999999)).ToString(CultureInfo.InvariantCulture) }],
                Complaint = [new ContactPoint { Phone = "12345" }],
            },
        };
    }

    /// <summary>A valid 18-character credit code registered in <paramref name="division"/>.</summary>
    private static string Credit(string division, int serial)
    {
        var organization = "MB" + (serial * 7919 % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var first17 = "11" + division + organization + OrganizationCode.CheckCharacter(organization);
        return first17 + CreditCode.CheckCharacter(first17);
    }

    private static readonly string[] StepNames = ["受理", "审查", "现场核查", "决定", "送达", "制证"];

    private static readonly string[] Departments = ["卫生健康局", "市场监督管理局", "住房和城乡建设局", "人力资源和社会保障局", "民政局", "交通运输局"];

    private static readonly string[] ExtraMaterials = ["营业执照副本", "法定代表人身份证明", "场所平面布局图", "从业人员健康合格证明", "卫生管理制度", "设备清单", "租赁合同", "委托书"];
}
