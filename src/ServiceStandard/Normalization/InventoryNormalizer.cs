using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Divisions;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Normalization;

/// <summary>
/// Normalizes inventories: the canonical form of what departments actually write. Loading has already read
/// Chinese element names and flat spreadsheet keys as canonical keys, national codes and Chinese labels as
/// code-list values, and time-limit phrases as { value, unit, note }; normalization then tidies text (trim,
/// half-width letters and digits, single spaces, <c>-</c> in phone numbers, upper-case codes), fills the
/// region's name from GB/T 2260 and puts service objects and channels in code-list order. Unknown keys and
/// extensions are kept verbatim. Normalizing a normalized inventory changes nothing. Safe to call from many
/// threads at once.
/// </summary>
public static class InventoryNormalizer
{
    /// <summary>Loads and normalizes a file.</summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <param name="options">Loading limits; defaults when omitted.</param>
    public static NormalizationResult NormalizeFile(string path, LoadOptions? options = null) =>
        Normalize(InventoryLoader.LoadFile(path, options));

    /// <summary>
    /// Normalizes a loaded document, errors and all: every item the inventory holds (the elements of the items list
    /// that are not in it, <see cref="LoadResult.ExcludedItems"/>, are not either). A document that cannot be read at
    /// all is not normalized (<see cref="NormalizationResult.Inventory"/> is null).
    /// </summary>
    /// <param name="load">The result of <see cref="InventoryLoader"/>.</param>
    public static NormalizationResult Normalize(LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var diagnostics = InOrder(load.Diagnostics);
        if (load.Inventory is null)
        {
            return new NormalizationResult(null, diagnostics, []);
        }

        var pass = new Pass(load);
        var inventory = pass.Inventory(load.Inventory!);
        var phrases = load.Diagnostics.Where(d => d.Descriptor == NormalizationDiagnostics.PhraseRead || d.Descriptor == NormalizationDiagnostics.DayRule);
        return new NormalizationResult(inventory, diagnostics, InOrder(load.Rewrites.Concat(phrases).Concat(pass.Changes)));
    }

    /// <summary>Normalizes an inventory built in code (changes carry paths but no line numbers).</summary>
    /// <param name="inventory">The inventory.</param>
    public static NormalizationResult Normalize(Inventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var pass = new Pass(null);
        return new NormalizationResult(pass.Inventory(inventory), [], pass.Changes);
    }

    private static Diagnostic[] InOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Position?.Line ?? int.MaxValue).ThenBy(d => d.Position?.Column ?? int.MaxValue).ToArray();

    /// <summary>One walk over the model, rebuilding what changes and listing each change at its canonical path.</summary>
    private sealed class Pass(LoadResult? load)
    {
        private string? itemCode;

        public List<Diagnostic> Changes { get; } = [];

        public Inventory Inventory(Inventory inventory) => inventory with
        {
            Region = Region(inventory.Region),
            Department = inventory.Department is { } department
                ? department with
                {
                    Name = Prose(department.Name, "/department/name"),
                    CreditCode = Code(department.CreditCode, "/department/creditCode"),
                }
                : null,
            // Changes are placed where each item is written: its index in the document's items list.
            Items = inventory.Items.Select((item, i) => Item(item, "/items/" + SourceIndex(i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
        };

        private int SourceIndex(int item) => load?.SourceIndexOf(item) ?? item;

        private Region Region(Region region)
        {
            var code = Code(region.Code, "/region/code")!;
            var name = Prose(region.Name, "/region/name");
            if (string.IsNullOrWhiteSpace(name) && DivisionTable.Find(code) is { } division)
            {
                name = division.Name;
                Add(NormalizationDiagnostics.RegionNameFilled, "/region/name", ("name", name));
            }

            return region with { Code = code, Name = name };
        }

        private ServiceItem Item(ServiceItem item, string path)
        {
            itemCode = item.BasicCode;
            return item with
            {
                BasicCode = Code(item.BasicCode, path + "/basicCode")!,
                ImplementationCode = Code(item.ImplementationCode, path + "/implementationCode"),
                Name = Prose(item.Name, path + "/name")!,
                Authority = Authority(item.Authority, path + "/authority"),
                ServiceObjects = Ordered(item.ServiceObjects, CodeListCatalog.ServiceObjects, path + "/serviceObjects"),
                TimeLimits = item.TimeLimits is { } limits
                    ? limits with
                    {
                        Legal = Limit(limits.Legal, path + "/timeLimits/legal"),
                        Committed = Limit(limits.Committed, path + "/timeLimits/committed"),
                    }
                    : null,
                Process = item.Process is { } process
                    ? process with
                    {
                        Steps = Each(process.Steps, path + "/process/steps", (step, p) => step with
                        {
                            Name = Prose(step.Name, p + "/name")!,
                            Actor = Prose(step.Actor, p + "/actor"),
                            TimeLimit = Limit(step.TimeLimit, p + "/timeLimit"),
                        }),
                        SpecialProcedures = Each(process.SpecialProcedures, path + "/process/specialProcedures", (procedure, p) => procedure with
                        {
                            Description = Prose(procedure.Description, p + "/description"),
                            TimeLimit = Limit(procedure.TimeLimit, p + "/timeLimit"),
                        }),
                    }
                    : null,
                Guide = item.Guide is { } guide ? Guide(guide, path + "/guide") : null,
                Contacts = item.Contacts is { } contacts
                    ? contacts with
                    {
                        Consultation = Each(Split(contacts.Consultation, path + "/contacts/consultation"), path + "/contacts/consultation", Contact),
                        Complaint = Each(Split(contacts.Complaint, path + "/contacts/complaint"), path + "/contacts/complaint", Contact),
                    }
                    : null,
                Themes = Each(item.Themes, path + "/themes", (theme, p) => Prose(theme, p)!),
            };
        }

        private Authority Authority(Authority authority, string path) => authority with
        {
            Name = Prose(authority.Name, path + "/name")!,
            CreditCode = Code(authority.CreditCode, path + "/creditCode"),
            LegalBasis = Each(authority.LegalBasis, path + "/legalBasis", (basis, p) => basis with
            {
                Title = Prose(basis.Title, p + "/title")!,
                Article = Prose(basis.Article, p + "/article"),
            }),
        };

        private Guide Guide(Guide guide, string path) => guide with
        {
            AcceptanceConditions = Each(guide.AcceptanceConditions, path + "/acceptanceConditions", (condition, p) => Prose(condition, p)!),
            Materials = Each(guide.Materials, path + "/materials", (material, p) => material with { Name = Prose(material.Name, p + "/name")! }),
            Fees = guide.Fees is { } fees
                ? fees with
                {
                    Items = Each(fees.Items, path + "/fees/items", (fee, p) => fee with
                    {
                        Name = Prose(fee.Name, p + "/name")!,
                        Basis = Prose(fee.Basis, p + "/basis"),
                    }),
                }
                : null,
            Channels = Ordered(guide.Channels, CodeListCatalog.Channels, path + "/channels"),
            OnsiteVisitReason = Prose(guide.OnsiteVisitReason, path + "/onsiteVisitReason"),
            Locations = Each(guide.Locations, path + "/locations", (location, p) => location with
            {
                Name = Prose(location.Name, p + "/name")!,
                Address = Prose(location.Address, p + "/address"),
                Hours = Prose(location.Hours, p + "/hours"),
            }),
            IntermediaryServices = Each(guide.IntermediaryServices, path + "/intermediaryServices", (service, p) => service with
            {
                Name = Prose(service.Name, p + "/name")!,
                Basis = Prose(service.Basis, p + "/basis"),
            }),
            Result = guide.Result is { } result
                ? result with
                {
                    Name = Prose(result.Name, path + "/result/name"),
                    Validity = Prose(result.Validity, path + "/result/validity"),
                }
                : null,
            QuantityLimit = Prose(guide.QuantityLimit, path + "/quantityLimit"),
        };

        /// <summary>A contact point whose phone holds several numbers becomes one per number; the first keeps the rest of what it says.</summary>
        private IReadOnlyList<ContactPoint> Split(IReadOnlyList<ContactPoint> contacts, string path)
        {
            List<ContactPoint>? split = null;
            for (var i = 0; i < contacts.Count; i++)
            {
                var numbers = contacts[i].Phone is { } phone ? TextForms.PhoneNumbers(phone) : [];
                if (numbers.Length > 1)
                {
                    split ??= [.. contacts.Take(i)];
                    Add(NormalizationDiagnostics.PhonesSplit, path + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/phone",
                        ("value", contacts[i].Phone!), ("count", numbers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    split.Add(contacts[i] with { Phone = numbers[0] });
                    split.AddRange(numbers.Skip(1).Select(n => new ContactPoint { Phone = n }));
                }
                else
                {
                    split?.Add(contacts[i]);
                }
            }

            return split ?? contacts;
        }

        private ContactPoint Contact(ContactPoint contact, string path) => contact with
        {
            Phone = Tidy(contact.Phone, TextForms.Phone, path + "/phone"),
            Email = Tidy(contact.Email, TextForms.Address, path + "/email"),
            Url = Tidy(contact.Url, TextForms.Address, path + "/url"),
            Address = Prose(contact.Address, path + "/address"),
        };

        private TimeLimit? Limit(TimeLimit? limit, string path) =>
            limit is null ? null : limit with { Note = Prose(limit.Note, path + "/note") };

        private IReadOnlyList<T> Ordered<T>(IReadOnlyList<T> values, CodeList<T> list, string path)
            where T : struct, Enum
        {
            var ordered = list.Entries.Select(e => e.Value).Where(values.Contains).ToArray();
            if (!ordered.SequenceEqual(values))
            {
                Add(NormalizationDiagnostics.ListOrdered, path,
                    ("key", path[(path.LastIndexOf('/') + 1)..]), ("values", string.Join(", ", ordered.Select(v => list[v].Token))));
            }

            return ordered;
        }

        private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, string path, Func<T, string, T> normalize) =>
            items.Select((item, i) => normalize(item, path + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        private string? Prose(string? text, string path) => Tidy(text, TextForms.Prose, path);

        private string? Code(string? text, string path) => Tidy(text, TextForms.Code, path);

        private string? Tidy(string? text, Func<string, string> form, string path)
        {
            if (text is null)
            {
                return null;
            }

            var tidy = form(text);
            if (tidy != text)
            {
                Add(NormalizationDiagnostics.TextTidied, path, ("before", text), ("after", tidy));
            }

            return tidy;
        }

        private void Add(DiagnosticDescriptor descriptor, string path, params (string Name, string Value)[] arguments) =>
            Changes.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, path, load?.Locate(path),
                arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal))
            {
                File = load?.File,
                ItemCode = path.StartsWith("/items/", StringComparison.Ordinal) ? itemCode : null,
            });
    }
}
