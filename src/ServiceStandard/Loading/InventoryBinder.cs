using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;
using ServiceStandard.Text;

namespace ServiceStandard.Loading;

/// <summary>
/// Binds a <see cref="SourceNode"/> tree to the model of the format version the document declares (1.0 or 1.1), checking the structure the JSON Schema
/// describes (required keys, types, code lists, patterns, ranges) with a position for every finding.
/// Written by hand rather than by reflection so that it stays fast and says exactly where and what.
/// </summary>
internal sealed partial class InventoryBinder(DiagnosticBag diagnostics, DiagnosticBag rewrites, LoadOptions? options = null)
{
    /// <summary>The format versions this binder reads.</summary>
    public static readonly IReadOnlyList<string> SupportedVersions = ["1.0", "1.1"];

    private string? itemCode;
    private int itemOrdinal;

    /// <summary>For each bound item, its index in the document's items list (items that failed to bind are skipped).</summary>
    public List<int> ItemSourceIndices { get; } = [];

    /// <summary>How many elements of the items list were read, bound or not.</summary>
    public int ItemsRead => itemOrdinal;

    /// <summary>The type of the item being bound: 日 in a time-limit phrase counts working days for a licence.</summary>
    private ItemType? itemType;

    private Version formatVersion = Version.Parse(SupportedVersions[^1]);

    public string FormatVersion
    {
        get => formatVersion.ToString();
        internal set => formatVersion = Version.Parse(value);
    }

    /// <summary>Readers whose objects are bound, for the next objects (see <see cref="ObjectAt{T}"/>).</summary>
    private readonly Stack<ObjectReader> freeReaders = new();

    /// <summary>True when the document's version has what <paramref name="version"/> added (keys marked [Since]).</summary>
    internal bool Since(string version) => formatVersion >= ParsedVersions[version];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, Version> ParsedVersions =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(SupportedVersions, v => v, Version.Parse, StringComparer.Ordinal);

    public Inventory? Bind(SourceNode root)
    {
        switch (root)
        {
            case ScalarNode { IsNull: true }:
                diagnostics.Add(DiagnosticCatalog.EmptyDocument, string.Empty, new SourcePosition(1, 1));
                return null;
            case not MappingNode:
                diagnostics.Add(DiagnosticCatalog.RootNotMapping, string.Empty, root.Position, null, ("found", KindWord(root)));
                return null;
        }

        var limits = options ?? LoadOptions.Default;
        if (((MappingNode)root).Entries.FirstOrDefault(e => e.Key == "items").Value is SequenceNode { Items.Count: var count } list && count > limits.MaxItems)
        {
            diagnostics.Add(DiagnosticCatalog.LimitExceeded, "/items", list.Position, null,
                ("limit", "§Limit_Items"), ("value", count.ToString(CultureInfo.InvariantCulture)), ("max", limits.MaxItems.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var r = new ObjectReader(this, (MappingNode)root, new NodePath(null, null), typeof(Inventory));
        var version = r.Text("schemaVersion", required: true);
        if (version is not null && !SupportedVersions.Contains(version))
        {
            var versionNode = ((MappingNode)root).Entries.First(e => e.Key == "schemaVersion").Value;
            diagnostics.Add(DiagnosticCatalog.UnsupportedVersion, "/schemaVersion", versionNode.Position, null,
                ("version", version), ("supported", string.Join(", ", SupportedVersions)));
            return null;
        }

        // A missing version is reported and the document read as the newest one, so that its other faults are found too.
        FormatVersion = version ?? FormatVersion;
        var region = r.Object("region", typeof(Region), BindRegion, required: true);
        var department = r.Object("department", typeof(Department), BindDepartment);
        var publishedOn = r.Date("publishedOn");
        var items = r.List("items", BindItem, required: true);
        r.Tolerate("$schema"); // how editors attach a JSON Schema to a document: kept, and no unknown key
        var rest = r.Rest();
        if (region is null)
        {
            return null; // whose inventory it is decides every comparison: without a region, nothing can use it
        }

        return new Inventory
        {
            SchemaVersion = version ?? FormatVersion,
            Region = region,
            Department = department,
            PublishedOn = publishedOn,
            Items = items ?? [],
            AdditionalProperties = rest,
        };
    }

    private static Region? BindRegion(ObjectReader r)
    {
        var code = r.Text("code", required: true, DivisionCodePattern(), "DivisionCode");
        var name = r.Text("name");
        var rest = r.Rest();
        return r.Failed ? null : new Region { Code = code!, Name = name, AdditionalProperties = rest };
    }

    private static Department? BindDepartment(ObjectReader r) => new()
    {
        Name = r.Text("name"),
        CreditCode = r.Text("creditCode", pattern: CreditCodePattern(), patternName: "CreditCode"),
        AdditionalProperties = r.Rest(),
    };

    private ServiceItem? BindItem(SourceNode node, NodePath path)
    {
        var ordinal = itemOrdinal++;
        var item = node is BoundItemNode bound ? bound.Item : BindItemAt(node, path);
        if (item is not null)
        {
            ItemSourceIndices.Add(ordinal);
        }

        return item;
    }

    /// <summary>Binds one element of the items list (also called by <see cref="ItemStream"/> while the document is read).</summary>
    internal ServiceItem? BindItemAt(SourceNode node, NodePath path)
    {
        itemCode = (node as MappingNode)?.Entries.FirstOrDefault(e => e.Key == "basicCode").Value is ScalarNode
        {
            Style: ScalarStyle.Text or ScalarStyle.Plain,
        } code
            ? code.Text
            : null;
        try
        {
            return ObjectAt(node, path, "items", typeof(ServiceItem), r =>
            {
                var basicCode = r.Text("basicCode", required: true, BasicCodePattern(), "BasicCode");
                var implementationCode = r.Text("implementationCode", pattern: ImplementationCodePattern(), patternName: "ImplementationCode");
                var name = r.Text("name", required: true);
                var type = r.Code("type", CodeListCatalog.ItemTypes, required: true);
                itemType = type;
                var status = r.Code("status", CodeListCatalog.ItemStatuses);
                var authority = r.Object("authority", typeof(Authority), BindAuthority, required: true);
                var serviceObjects = r.Codes("serviceObjects", CodeListCatalog.ServiceObjects);
                var handlingType = r.Code("handlingType", CodeListCatalog.HandlingTypes);
                var timeLimits = r.Object("timeLimits", typeof(TimeLimits), BindTimeLimits);
                var process = r.Object("process", typeof(Process), BindProcess);
                var guide = r.Object("guide", typeof(Guide), BindGuide);
                var contacts = r.Object("contacts", typeof(Contacts), BindContacts);
                var crossRegionScope = Since("1.1") ? r.Code("crossRegionScope", CodeListCatalog.CrossRegionScopes) : null;
                var commitment = Since("1.1") ? r.Object("notificationCommitment", typeof(NotificationCommitment), BindCommitment) : null;
                var themes = r.Texts("themes");
                var extensions = r.Any("extensions");
                var rest = r.Rest();

                // Only what tells items apart and decides which rules apply leaves an item out; a missing name or
                // authority is reported and stands empty, so that every other fault of the item is found in the same pass.
                return basicCode is null || type is null
                    ? null
                    : new ServiceItem
                    {
                        BasicCode = basicCode,
                        ImplementationCode = implementationCode,
                        Name = name ?? string.Empty,
                        Type = type.Value,
                        Status = status ?? ItemStatus.Active,
                        Authority = authority ?? new Authority { Name = string.Empty },
                        ServiceObjects = serviceObjects ?? [],
                        HandlingType = handlingType,
                        TimeLimits = timeLimits,
                        Process = process,
                        Guide = guide,
                        Contacts = contacts,
                        CrossRegionScope = crossRegionScope,
                        NotificationCommitment = commitment,
                        Themes = themes ?? [],
                        Extensions = extensions,
                        AdditionalProperties = rest,
                    };
            });
        }
        finally
        {
            itemCode = null;
            itemType = null;
        }
    }

    private static NotificationCommitment? BindCommitment(ObjectReader r)
    {
        var applicable = r.Boolean("applicable", required: true);
        var replaces = r.Texts("replacesMaterials");
        var description = r.Text("description");
        var rest = r.Rest();
        return r.Failed
            ? null
            : new NotificationCommitment { Applicable = applicable!.Value, ReplacesMaterials = replaces ?? [], Description = description, AdditionalProperties = rest };
    }

    private static Authority? BindAuthority(ObjectReader r)
    {
        var name = r.Text("name", required: true);
        var creditCode = r.Text("creditCode", pattern: CreditCodePattern(), patternName: "CreditCode");
        var nature = r.Code("nature", CodeListCatalog.AuthorityNatures);
        var level = r.Code("level", CodeListCatalog.ExerciseLevels);
        var source = r.Code("source", CodeListCatalog.PowerSources);
        var legalBasis = r.Objects("legalBasis", typeof(LegalBasis), BindLegalBasis, "title");
        var rest = r.Rest();
        return new Authority
            {
                Name = name ?? string.Empty,
                CreditCode = creditCode,
                Nature = nature,
                Level = level,
                Source = source,
                LegalBasis = legalBasis ?? [],
                AdditionalProperties = rest,
            };
    }

    private static LegalBasis? BindLegalBasis(ObjectReader r)
    {
        var title = r.Text("title", required: true);
        var article = r.Text("article");
        var rest = r.Rest();
        return new LegalBasis { Title = title ?? string.Empty, Article = article, AdditionalProperties = rest };
    }

    private static TimeLimits? BindTimeLimits(ObjectReader r) => new()
    {
        Legal = r.TimeLimit("legal", BindTimeLimit),
        Committed = r.TimeLimit("committed", BindTimeLimit),
        AdditionalProperties = r.Rest(),
    };

    private static TimeLimit? BindTimeLimit(ObjectReader r)
    {
        var unit = r.Code("unit", CodeListCatalog.TimeUnits, required: true);
        var value = r.Number("value", required: true, min: 0, max: DomainBounds.TimeLimit(unit));
        var note = r.Text("note");
        var rest = r.Rest();
        return r.Failed ? null : new TimeLimit { Value = value!.Value, Unit = unit!.Value, Note = note, AdditionalProperties = rest };
    }

    private static Process? BindProcess(ObjectReader r) => new()
    {
        Steps = r.Objects("steps", typeof(ProcessStep), BindStep, "name") ?? [],
        SpecialProcedures = r.Objects("specialProcedures", typeof(SpecialProcedure), BindSpecialProcedure) ?? [],
        AdditionalProperties = r.Rest(),
    };

    private static ProcessStep? BindStep(ObjectReader r)
    {
        var name = r.Text("name", required: true);
        var actor = r.Text("actor");
        var timeLimit = r.TimeLimit("timeLimit", BindTimeLimit);
        var rest = r.Rest();
        return new ProcessStep { Name = name ?? string.Empty, Actor = actor, TimeLimit = timeLimit, AdditionalProperties = rest };
    }

    private static SpecialProcedure? BindSpecialProcedure(ObjectReader r)
    {
        // A kind written in words (延长审查, 现场核查): the closest kind, the words kept in the description.
        var written = r.Peek("kind");
        var words = written is null || CodeListCatalog.SpecialProcedureKinds.TryParse(TextForms.Narrow(written), out _, out _)
            ? null
            : r.Words("kind", Wordings.ProcedureKind, k => CodeListCatalog.SpecialProcedureKinds[k].Token);
        var kind = words ?? r.Code("kind", CodeListCatalog.SpecialProcedureKinds, required: true);
        var description = r.Text("description");
        if (words is not null)
        {
            var text = TextForms.Prose(written!);
            description = description is null ? text : description.Contains(text, StringComparison.Ordinal) ? description : $"{text}：{description}";
        }

        var timeLimit = r.TimeLimit("timeLimit", BindTimeLimit);
        var rest = r.Rest();
        return r.Failed ? null : new SpecialProcedure { Kind = kind!.Value, Description = description, TimeLimit = timeLimit, AdditionalProperties = rest };
    }

    private static Guide? BindGuide(ObjectReader r) => new()
    {
        AcceptanceConditions = r.Texts("acceptanceConditions") ?? [],
        Materials = r.Objects("materials", typeof(Material), BindMaterial, "name") ?? [],
        Fees = r.Object("fees", typeof(Fees), BindFees),
        Channels = r.Codes("channels", CodeListCatalog.Channels) ?? [],
        OnlineDepth = r.Integer("onlineDepth", 1, 4, words: NumberWords.OnlineDepths),
        OnsiteVisits = r.Integer("onsiteVisits", 0, DomainBounds.OnsiteVisits, words: NumberWords.Counts),
        OnsiteVisitReason = r.Text("onsiteVisitReason"),
        Locations = r.Objects("locations", typeof(Location), BindLocation, "name") ?? [],
        IntermediaryServices = r.Objects("intermediaryServices", typeof(IntermediaryService), BindIntermediary, "name") ?? [],
        Result = r.Object("result", typeof(Result), BindResult),
        QuantityLimit = r.Text("quantityLimit"),
        AdditionalProperties = r.Rest(),
    };

    private static Material? BindMaterial(ObjectReader r)
    {
        var name = r.Text("name", required: true);
        var required = r.Boolean("required");
        var form = r.Code("form", CodeListCatalog.MaterialForms);
        var medium = r.Code("medium", CodeListCatalog.MaterialMedia);
        var copies = r.Integer("copies", 0, DomainBounds.Copies, words: NumberWords.Counts);
        var source = r.Code("source", CodeListCatalog.MaterialSources);
        var electronicLicense = r.Since("1.1") ? r.Boolean("electronicLicense") : null;
        var exemptible = r.Since("1.1") ? r.Boolean("exemptible") : null;
        var rest = r.Rest();
        return new Material
            {
                Name = name ?? string.Empty, Required = required ?? true, Form = form, Medium = medium, Copies = copies, Source = source,
                ElectronicLicense = electronicLicense, Exemptible = exemptible, AdditionalProperties = rest,
            };
    }

    private static Fees? BindFees(ObjectReader r)
    {
        // 收费: 不收费 / 免费 / 10元/本 (the alias resolver put the one text under "charged"): a charge in words is
        // charged, and one fee item named as written.
        var reading = r.Words("charged", Wordings.FeePhrase, f => f.Charged ? "true" : "false");
        var charged = reading?.Charged ?? r.Boolean("charged", required: true);
        var items = r.Objects("items", typeof(FeeItem), BindFeeItem, "name");
        var rest = r.Rest();
        if (reading is { Amount: > 0 and var amount } && items is null or { Count: 0 })
        {
            items = [new FeeItem { Name = TextForms.Prose(r.Peek("charged")!), Amount = amount }];
        }

        return charged is null ? null : new Fees { Charged = charged.Value, Items = items ?? [], AdditionalProperties = rest };
    }

    private static FeeItem? BindFeeItem(ObjectReader r)
    {
        var name = r.Text("name", required: true);
        var amount = r.Number("amount", required: true, min: 0, max: DomainBounds.FeeAmount, words: NumberWords.Amounts);
        var basis = r.Text("basis");
        var rest = r.Rest();
        return amount is null ? null : new FeeItem { Name = name ?? string.Empty, Amount = amount.Value, Basis = basis, AdditionalProperties = rest };
    }

    private static Location? BindLocation(ObjectReader r)
    {
        var name = r.Text("name", required: true);
        var address = r.Text("address");
        var hours = r.Text("hours");
        var rest = r.Rest();
        return new Location { Name = name ?? string.Empty, Address = address, Hours = hours, AdditionalProperties = rest };
    }

    private static IntermediaryService? BindIntermediary(ObjectReader r)
    {
        var name = r.Text("name", required: true);
        var basis = r.Text("basis");
        var rest = r.Rest();
        return new IntermediaryService { Name = name ?? string.Empty, Basis = basis, AdditionalProperties = rest };
    }

    private static Result? BindResult(ObjectReader r) => new()
    {
        Type = r.Code("type", CodeListCatalog.ResultTypes),
        Name = r.Text("name"),
        Validity = r.Text("validity"),
        AdditionalProperties = r.Rest(),
    };

    private static Contacts? BindContacts(ObjectReader r) => new()
    {
        Consultation = r.Objects("consultation", typeof(ContactPoint), BindContactPoint, "phone") ?? [],
        Complaint = r.Objects("complaint", typeof(ContactPoint), BindContactPoint, "phone") ?? [],
        AdditionalProperties = r.Rest(),
    };

    private static ContactPoint? BindContactPoint(ObjectReader r) => new()
    {
        Phone = r.Text("phone"),
        Email = r.Text("email"),
        Url = r.Text("url"),
        Address = r.Text("address"),
        AdditionalProperties = r.Rest(),
    };

    // ---- value readers shared by ObjectReader and list elements ----

    internal T? ObjectAt<T>(SourceNode node, NodePath path, string key, Type type, Func<ObjectReader, T?> bind)
        where T : class
    {
        if (node is not MappingNode mapping)
        {
            WrongType(node, path, key, "§Kind_Object");
            return null;
        }

        // Readers are reused: the child objects of one being bound take readers of their own, in stack order, and
        // nothing keeps a reader once its object is bound (findings take the pointer as text).
        var reader = freeReaders.Count > 0 ? freeReaders.Pop().Reset(mapping, path, type) : new ObjectReader(this, mapping, path, type);
        var bound = bind(reader);
        freeReaders.Push(reader);
        return bound;
    }

    /// <summary>
    /// A time limit written as a phrase (20个工作日, 即办, 0天2.0小时): read, with an info saying how (SS8101, or
    /// SS8102 when 日 left the unit to the item type); the phrase is kept in <see cref="TimeLimit.Note"/>. A phrase
    /// that cannot be read is a warning (SS8103) and gives <see langword="null"/>: the caller keeps it as written.
    /// </summary>
    internal TimeLimit? PhraseAt(ScalarNode phrase, NodePath path, string key)
    {
        var licence = itemType == ItemType.AdministrativeLicensing;
        if (TimeLimitPhrases.Read(phrase.Text, licence) is not { } reading)
        {
            Report(NormalizationDiagnostics.PhraseUnreadable, path, phrase.Position, ("phrase", phrase.Text));
            return null;
        }

        if (reading.Value > DomainBounds.TimeLimit(reading.Unit))
        {
            Report(DiagnosticCatalog.OutOfRange, path, phrase.Position, ("key", key), ("value", phrase.Text),
                ("range", "0.." + DomainBounds.TimeLimit(reading.Unit).ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var value = CanonicalNumbers.Format(reading.Value);
        var unit = "§Unit_" + CodeListCatalog.TimeUnits[reading.Unit].Token;
        if (reading.ByDayRule)
        {
            Report(NormalizationDiagnostics.DayRule, path, phrase.Position,
                ("phrase", phrase.Text), ("value", value), ("unit", unit), ("reason", licence ? "§DayRule_Licence" : "§DayRule_Other"));
        }
        else
        {
            Report(NormalizationDiagnostics.PhraseRead, path, phrase.Position, ("phrase", phrase.Text), ("value", value), ("unit", unit));
        }

        return new TimeLimit { Value = reading.Value, Unit = reading.Unit, Note = phrase.Text };
    }

    /// <summary>Returns <paramref name="canonical"/>, listing the rewrite (SS8201) when it differs from what was written.</summary>
    internal string Canonical(string written, string canonical, NodePath path, SourcePosition position)
    {
        if (rewrites.Keeps && written != canonical)
        {
            rewrites.Add(NormalizationDiagnostics.TextTidied, path.ToString(), position, itemCode, ("before", written), ("after", canonical));
        }

        return canonical;
    }

    internal string? TextAt(SourceNode node, NodePath path, string key)
    {
        if (node is ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain } scalar)
        {
            return scalar.Text;
        }

        WrongType(node, path, key, "§Kind_Text", node is ScalarNode { Style: ScalarStyle.Number } ? "§Extra_QuoteCodes" : string.Empty);
        return null;
    }

    internal decimal? NumberAt(SourceNode node, NodePath path, string key, NumberWords? words = null, (decimal Min, decimal Max)? bounds = null)
    {
        // A JSON number token is one already (Utf8JsonReader checked it); a plain YAML scalar must be written as one.
        if (node is ScalarNode { Style: ScalarStyle.Number or ScalarStyle.Plain } scalar
            && (scalar.Style == ScalarStyle.Number || JsonElements.JsonNumber().IsMatch(scalar.Text)))
        {
            if (decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            // A number, but beyond what decimal holds (7.9e28), let alone the key's bound.
            Report(DiagnosticCatalog.OutOfRange, path, node.Position, ("key", key), ("value", scalar.Text),
                ("range", bounds is { } b ? Range(b.Min, b.Max) : "< 7.9e28"));
            return null;
        }

        if (node is ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain } text)
        {
            // A number written as text: "20", "１", "0次", "10元/本", 全程网办 (the words of the key).
            words ??= NumberWords.Plain;
            if (words.Read(text.Text) is { } read)
            {
                Rewrite(text.Text, CanonicalNumbers.Format(read), path, node.Position);
                return read;
            }

            Unreadable(text, path, key, "§Kind_Number", words.Examples);
            return null;
        }

        WrongType(node, path, key, "§Kind_Number");
        return null;
    }

    /// <summary>A range as a finding states it: <c>&gt;= 0</c> when it has no upper bound, else <c>0..100</c>.</summary>
    internal static string Range(decimal min, decimal max) =>
        max == decimal.MaxValue || max == int.MaxValue
            ? $">= {min.ToString(CultureInfo.InvariantCulture)}"
            : $"{min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A value written as text that no reading of its key understands: one error on that value, which is kept as written.</summary>
    private void Unreadable(ScalarNode text, NodePath path, string key, string expected, string examples) =>
        Report(DiagnosticCatalog.UnreadableValue, path, text.Position, ("key", key), ("value", text.Text), ("expected", expected), ("examples", examples));

    /// <summary>Lists the rewrite of a value written in words (SS8003).</summary>
    internal void Rewrite(string written, string canonical, NodePath path, SourcePosition position)
    {
        if (rewrites.Keeps && written != canonical)
        {
            rewrites.Add(NormalizationDiagnostics.ValueAlias, path.ToString(), position, itemCode, ("value", written), ("canonical", canonical));
        }
    }

    /// <summary>Lists a list written as one text and read as its parts (SS8204).</summary>
    internal void ListSplit(ScalarNode text, string[] parts, NodePath path)
    {
        if (rewrites.Keeps)
        {
            rewrites.Add(NormalizationDiagnostics.ListSplit, path.ToString(), text.Position, itemCode,
                ("value", text.Text), ("count", parts.Length.ToString(CultureInfo.InvariantCulture)), ("parts", string.Join(" | ", parts)));
        }
    }

    internal bool? BooleanAt(SourceNode node, NodePath path, string key)
    {
        if (node is ScalarNode scalar)
        {
            switch (scalar.Style)
            {
                case ScalarStyle.Boolean:
                case ScalarStyle.Plain when scalar.Text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                    return scalar.Text.Equals("true", StringComparison.OrdinalIgnoreCase);
                case ScalarStyle.Plain or ScalarStyle.Text when Wordings.Boolean(scalar.Text) is { } yes:
                    Rewrite(scalar.Text, yes ? "true" : "false", path, node.Position);
                    return yes;
                case ScalarStyle.Plain when Yaml11Boolean().IsMatch(scalar.Text):
                    Report(DiagnosticCatalog.AmbiguousScalar, path, node.Position, ("value", scalar.Text), ("expected", "§Kind_Boolean"));
                    return null;
                case ScalarStyle.Plain or ScalarStyle.Text:
                    Unreadable(scalar, path, key, "§Kind_Boolean", "§Examples_Boolean");
                    return null;
            }
        }

        WrongType(node, path, key, "§Kind_Boolean");
        return null;
    }

    internal T? CodeAt<T>(SourceNode node, NodePath path, string key, CodeList<T> list)
        where T : struct, Enum
    {
        if (node is not ScalarNode { Style: ScalarStyle.Text or ScalarStyle.Plain or ScalarStyle.Number } scalar)
        {
            WrongType(node, path, key, "§Kind_Text");
            return null;
        }

        if (list.TryParse(scalar.Text.Trim(), out var value, out _) || list.TryParse(TextForms.Narrow(scalar.Text), out value, out _)
            || InWords(list, scalar.Text, out value))
        {
            Rewrite(scalar.Text, list[value].Token, path, node.Position);
            return value;
        }

        Report(DiagnosticCatalog.NotInCodeList, path, node.Position,
            ("value", scalar.Text), ("list", "§CodeList_Named"), ("listName", list.ChineseName), ("listKey", list.Key),
            ("allowed", "§CodeList_Allowed"), ("tokens", string.Join(", ", list.Tokens)), ("labels", string.Join("、", list.Entries.Select(e => e.Label))));
        return null;
    }

    /// <summary>
    /// A code-list value written in plain words (<see cref="Wordings.Code"/>). Apart from <see cref="CodeAt{T}"/>, whose
    /// every call would otherwise allocate the closure over the list: 250 KB more per 500 canonical items (7%), measured.
    /// </summary>
    private static bool InWords<T>(CodeList<T> list, string text, out T value)
        where T : struct, Enum
    {
        value = default;
        return Wordings.Code(list.Section, text, face => list.TryParse(face, out var read, out _) ? list[read].Token : null) is { } token
            && list.TryParse(token, out value, out _);
    }

    internal void WrongType(SourceNode node, NodePath path, string key, string expected, string extra = "") =>
        Report(DiagnosticCatalog.WrongType, path, node.Position, ("key", key), ("expected", expected), ("found", KindWord(node)), ("extra", extra));

    internal void Report(DiagnosticDescriptor descriptor, string path, SourcePosition position, params (string Name, string Value)[] arguments) =>
        diagnostics.Add(descriptor, path, position, itemCode, arguments);

    internal void Report(DiagnosticDescriptor descriptor, NodePath path, SourcePosition position, params (string Name, string Value)[] arguments) =>
        Report(descriptor, path.ToString(), position, arguments);

    private static string KindWord(SourceNode node) => node switch
    {
        MappingNode => "§Kind_Object",
        SequenceNode => "§Kind_List",
        ScalarNode { Style: ScalarStyle.Number } => "§Kind_Number",
        ScalarNode { Style: ScalarStyle.Boolean } => "§Kind_Boolean",
        ScalarNode { Style: ScalarStyle.Null } => "§Kind_Null",
        _ => "§Kind_Text",
    };

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Boolean();

    [GeneratedRegex(Patterns.DivisionCode, RegexOptions.CultureInvariant)]
    internal static partial Regex DivisionCodePattern();

    [GeneratedRegex(Patterns.BasicCode, RegexOptions.CultureInvariant)]
    internal static partial Regex BasicCodePattern();

    [GeneratedRegex(Patterns.CreditCode, RegexOptions.CultureInvariant)]
    internal static partial Regex CreditCodePattern();

    [GeneratedRegex(Patterns.ImplementationCode, RegexOptions.CultureInvariant)]
    internal static partial Regex ImplementationCodePattern();
}

/// <summary>How a number written as text is read for one kind of value, and the examples a finding gives when it cannot be.</summary>
/// <param name="Read">Reads the text: the number, or <see langword="null"/>.</param>
/// <param name="Examples">The resource word (<c>§Examples_...</c>) listing what may be written instead.</param>
internal sealed record NumberWords(Func<string, decimal?> Read, string Examples)
{
    /// <summary>A number as text: "20", "２０", "0.5" (time-limit values).</summary>
    public static readonly NumberWords Plain = new(Wordings.Number, "§Examples_Number");

    /// <summary>A count: "0次", "１份", 一次, 最多跑一次 (visits, copies).</summary>
    public static readonly NumberWords Counts = new(Wordings.Count, "§Examples_Count");

    /// <summary>An amount in CNY: 10元, 10元/本, 免费 (fee amounts).</summary>
    public static readonly NumberWords Amounts = new(Wordings.Amount, "§Examples_Amount");

    /// <summary>An online depth: 全程网办, 在线预审, 三级, or a number as text.</summary>
    public static readonly NumberWords OnlineDepths = new(text => Wordings.OnlineDepth(text) is { } depth ? depth : Wordings.Number(text), "§Examples_OnlineDepth");
}
