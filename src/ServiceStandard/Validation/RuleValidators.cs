using FluentValidation;
using ServiceStandard.CodeLists;
using ServiceStandard.Codes;
using ServiceStandard.Diagnostics;
using ServiceStandard.Divisions;
using ServiceStandard.Loading;
using ServiceStandard.Model;

namespace ServiceStandard.Validation;

/// <summary>
/// The business rules as FluentValidation validators over the typed model. Each rule targets the property it
/// is about, so that its property chain becomes the canonical JSON Pointer (and from it the source position).
/// Rules skip values the structural check already rejected. Validators are stateless singletons.
/// </summary>
internal sealed class InventoryRules : AbstractValidator<Inventory>
{
    public const string RegionKey = "region";

    public static readonly InventoryRules Instance = new();

    private InventoryRules()
    {
        RuleFor(x => x.Region.Code)
            .Must(code => DivisionTable.Find(code) is not null)
            .When(x => InventoryBinder.DivisionCodePattern().IsMatch(x.Region.Code))
            .Report(Rules.UnknownDivision, (_, code) => [("value", code)]);

        RuleFor(x => x.Department!.CreditCode!)
            .CreditCodeRules()
            .When(x => x.Department?.CreditCode is { } code && InventoryBinder.CreditCodePattern().IsMatch(code));

        RuleForEach(x => x.Items).SetValidator(ServiceItemRules.Instance);

        RuleFor(x => x.Items).Custom(ReportDuplicates);
    }

    private static void ReportDuplicates(IReadOnlyList<ServiceItem> items, ValidationContext<Inventory> context)
    {
        var byImplementationCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var byBasicCodeAndAuthority = new Dictionary<(string, string), int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            int first;
            string reason;
            if (item.ImplementationCode is { } code && !byImplementationCode.TryAdd(code, i))
            {
                (first, reason) = (byImplementationCode[code], "§Reason_SameImplementationCode");
            }
            else if (!byBasicCodeAndAuthority.TryAdd((item.BasicCode, item.Authority.CreditCode ?? item.Authority.Name), i))
            {
                (first, reason) = (byBasicCodeAndAuthority[(item.BasicCode, item.Authority.CreditCode ?? item.Authority.Name)], "§Reason_SameBasicCodeAndAuthority");
            }
            else
            {
                continue;
            }

            context.AddFailure(new FluentValidation.Results.ValidationFailure($"Items[{i}]", Rules.DuplicateItem.Code)
            {
                ErrorCode = Rules.DuplicateItem.Code,
                CustomState = RuleReporting.Arguments([("first", (first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", reason)]),
            });
        }
    }
}

internal sealed class ServiceItemRules : AbstractValidator<ServiceItem>
{
    public static readonly ServiceItemRules Instance = new();

    private ServiceItemRules()
    {
        RuleFor(x => x.BasicCode)
            .Must((item, code) => BasicCodeMatches(code, item.Type))
            .When(x => InventoryBinder.BasicCodePattern().IsMatch(x.BasicCode))
            .Report(Rules.BasicCodeStructure, (item, code) => [
                ("value", code),
                ("typeCode", CodeListCatalog.ItemTypes[item.Type].NationalCode!),
                ("type", CodeListCatalog.ItemTypes[item.Type].Label)]);

        RuleFor(x => x.ImplementationCode!)
            .Must((item, code) => ExpectedImplementationCode(item, code) == code)
            .When(x => x.ImplementationCode is { } code && InventoryBinder.ImplementationCodePattern().IsMatch(code))
            .Report(Rules.ImplementationCodeParts, (item, code) => [("value", code), ("expected", ExpectedImplementationCode(item, code))]);

        RuleFor(x => x.Authority.CreditCode!)
            .CreditCodeRules()
            .When(x => x.Authority.CreditCode is { } code && InventoryBinder.CreditCodePattern().IsMatch(code));

        RuleFor(x => x.Authority.LegalBasis)
            .Must(basis => basis.Count > 0)
            .When(x => x.Type != ItemType.PublicService)
            .Report(Rules.MissingLegalBasis, (item, _) => [("name", item.Name), ("type", CodeListCatalog.ItemTypes[item.Type].Label)]);

        RuleFor(x => x.TimeLimits)
            .Must(limits => limits?.Committed is not null)
            .When(x => x.Status == ItemStatus.Active)
            .Report(Rules.MissingCommittedLimit, (_, _) => []);

        RuleFor(x => x.TimeLimits!.Legal).SetValidator(TimeLimitRules.Instance!).When(x => x.TimeLimits?.Legal is not null);
        RuleFor(x => x.TimeLimits!.Committed).SetValidator(TimeLimitRules.Instance!).When(x => x.TimeLimits?.Committed is not null);

        RuleFor(x => x.TimeLimits!.Committed!)
            .Must((item, committed) => committed.ToWorkingDays() <= item.TimeLimits!.Legal!.ToWorkingDays())
            .When(x => x.TimeLimits?.Committed is not null && x.TimeLimits.Legal is not null)
            .Report(Rules.CommittedExceedsLegal, (item, committed) => [
                ("committed", RuleText.Days(committed.ToWorkingDays())),
                ("legal", RuleText.Days(item.TimeLimits!.Legal!.ToWorkingDays()))]);

        RuleFor(x => x.TimeLimits!.Committed!)
            .Must(committed => committed.Unit == TimeUnit.Immediate || committed.Value == 0)
            .When(x => x.HandlingType == HandlingType.Immediate && x.TimeLimits?.Committed is not null)
            .Report(Rules.ImmediateWithDays, (_, committed) => [("committed", Describe(committed))]);

        RuleFor(x => x.TimeLimits!.Committed!)
            .Must(committed => committed.Unit != TimeUnit.Immediate)
            .When(x => x.HandlingType == HandlingType.Promised && x.TimeLimits?.Committed is not null)
            .Report(Rules.PromisedButImmediate, (_, _) => []);

        RuleFor(x => x.Process!.Steps)
            .Must((item, steps) => StepDays(steps) <= item.TimeLimits!.Committed!.ToWorkingDays())
            .When(x => x.TimeLimits?.Committed is not null && x.Process is not null && x.Process.Steps.Any(s => s.TimeLimit is not null))
            .Report(Rules.StepsExceedCommitted, (item, steps) => [
                ("steps", RuleText.Days(StepDays(steps))),
                ("committed", RuleText.Days(item.TimeLimits!.Committed!.ToWorkingDays()))]);

        RuleFor(x => x.Process)
            .Must(process => process is not null && process.Steps.Count > 0)
            .When(x => x.Type == ItemType.AdministrativeLicensing)
            .Report(Rules.LicenceWithoutSteps, (item, _) => [("name", item.Name)]);

        RuleFor(x => x.Process!).SetValidator(ProcessRules.Instance).When(x => x.Process is not null);
        RuleFor(x => x.Guide!).SetValidator(GuideRules.Instance).When(x => x.Guide is not null);

        RuleFor(x => x.Contacts)
            .Must(contacts => contacts is not null && contacts.Consultation.Count > 0)
            .OverridePropertyName("Contacts.Consultation")
            .Report(Rules.MissingConsultation, (_, _) => []);
        RuleFor(x => x.Contacts)
            .Must(contacts => contacts is not null && contacts.Complaint.Count > 0)
            .OverridePropertyName("Contacts.Complaint")
            .Report(Rules.MissingComplaint, (_, _) => []);
        RuleForEach(x => x.Contacts!.Consultation).SetValidator(ContactPointRules.Instance).When(x => x.Contacts is not null);
        RuleForEach(x => x.Contacts!.Complaint).SetValidator(ContactPointRules.Instance).When(x => x.Contacts is not null);
    }

    private static decimal StepDays(IReadOnlyList<ProcessStep> steps) =>
        steps.Sum(s => s.TimeLimit?.ToWorkingDays() ?? 0m);

    private static string Describe(TimeLimit limit) =>
        $"{RuleText.Days(limit.Value)} {CodeListCatalog.TimeUnits[limit.Unit].Token}";

    /// <summary>00 or a province prefix, then the national code of the item type (DOMAIN.md, "Codes").</summary>
    private static bool BasicCodeMatches(string code, ItemType type)
    {
        var prefix = code[..2];
        var prefixOk = prefix == "00" || DivisionTable.Find(prefix + "0000")?.Level == DivisionLevel.Province;
        return prefixOk && code.Substring(2, 2) == CodeListCatalog.ItemTypes[type].NationalCode;
    }

    /// <summary>The code the parts call for: the stated parts replace the code's own, the rest is kept.</summary>
    private static string ExpectedImplementationCode(ServiceItem item, string code)
    {
        var credit = item.Authority.CreditCode ?? code[..18];
        var level = item.Authority.Level is { } l ? CodeListCatalog.ExerciseLevels[l].NationalCode! : code.Substring(18, 1);
        return credit + level + item.BasicCode;
    }
}

internal sealed class TimeLimitRules : AbstractValidator<TimeLimit>
{
    public static readonly TimeLimitRules Instance = new();

    private TimeLimitRules()
    {
        RuleFor(x => x.Value)
            .Equal(0m)
            .When(x => x.Unit == TimeUnit.Immediate)
            .Report(Rules.ImmediateNotZero, (_, value) => [("value", RuleText.Days(value))]);
    }
}

internal sealed class ProcessRules : AbstractValidator<Process>
{
    public static readonly ProcessRules Instance = new();

    private ProcessRules()
    {
        RuleForEach(x => x.Steps).ChildRules(step =>
            step.RuleFor(s => s.TimeLimit!).SetValidator(TimeLimitRules.Instance).When(s => s.TimeLimit is not null));
        RuleForEach(x => x.SpecialProcedures).ChildRules(procedure =>
            procedure.RuleFor(s => s.TimeLimit!).SetValidator(TimeLimitRules.Instance).When(s => s.TimeLimit is not null));
    }
}

internal sealed class GuideRules : AbstractValidator<Guide>
{
    public static readonly GuideRules Instance = new();

    private GuideRules()
    {
        RuleFor(x => x.OnsiteVisits)
            .Must((guide, _) => !string.IsNullOrWhiteSpace(guide.OnsiteVisitReason))
            .When(x => x.OnsiteVisits > 0)
            .Report(Rules.VisitsWithoutReason, (_, visits) => [("visits", visits!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        RuleFor(x => x.OnlineDepth)
            .Must((guide, depth) => depth != 4)
            .When(x => x.OnsiteVisits > 0)
            .Report(Rules.FullyOnlineWithVisits, (guide, _) => [("visits", guide.OnsiteVisits!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        RuleFor(x => x.OnsiteVisits)
            .Must((guide, _) => guide.Channels.Any(c => c is Channel.Online or Channel.Mobile or Channel.Post))
            .When(x => x.OnsiteVisits == 0)
            .Report(Rules.NoVisitsNoRemoteChannel, (_, _) => []);

        RuleFor(x => x.Result!.Type)
            .Must(type => type == ResultType.Certificate)
            .When(x => x.Result is { Type: not null, Name: { } name } && name.TrimEnd().EndsWith('证'))
            .Report(Rules.CertificateResultType, (guide, type) => [("name", guide.Result!.Name!), ("type", CodeListCatalog.ResultTypes[type!.Value].Label)]);

        RuleForEach(x => x.Materials).ChildRules(material =>
            material.RuleFor(m => m.Name)
                .Must(name => RuleText.VaguePhrase(name) is null)
                .Report(Rules.VagueMaterial, (_, name) => [("text", name), ("phrase", RuleText.VaguePhrase(name)!)]));

        RuleForEach(x => x.AcceptanceConditions)
            .Must(text => RuleText.VaguePhrase(text) is null)
            .Report(Rules.VagueCondition, (_, text) => [("text", text), ("phrase", RuleText.VaguePhrase(text)!)]);

        RuleFor(x => x.Fees!).SetValidator(FeesRules.Instance).When(x => x.Fees is not null);
    }
}

internal sealed class FeesRules : AbstractValidator<Fees>
{
    public static readonly FeesRules Instance = new();

    private FeesRules()
    {
        RuleFor(x => x.Charged)
            .Must((fees, charged) => fees.Items.Count > 0)
            .When(x => x.Charged)
            .Report(Rules.ChargedWithoutItems, (_, _) => []);

        RuleFor(x => x.Items)
            .Must(items => items.Count == 0)
            .When(x => !x.Charged)
            .Report(Rules.ItemsWhileNotCharged, (_, items) => [("count", items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        RuleForEach(x => x.Items).ChildRules(item =>
            item.RuleFor(i => i.Basis)
                .Must(basis => !string.IsNullOrWhiteSpace(basis))
                .Report(Rules.FeeWithoutBasis, (fee, _) => [("name", fee.Name), ("amount", RuleText.Days(fee.Amount))]))
            .When(x => x.Charged);
    }
}

internal sealed class ContactPointRules : AbstractValidator<ContactPoint>
{
    public static readonly ContactPointRules Instance = new();

    private ContactPointRules()
    {
        RuleFor(x => x.Phone!)
            .Must(phone => RuleText.PhoneProblem(phone) is null)
            .When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .Report(Rules.MalformedPhone, (_, phone) => [("value", phone), ("reason", RuleText.PhoneProblem(phone)!)]);
    }
}

/// <summary>Glue between FluentValidation and the rule catalogue.</summary>
internal static class RuleReporting
{
    /// <summary>Marks a rule with its diagnostic code and the named arguments of its message.</summary>
    public static IRuleBuilderOptions<T, TProperty> Report<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        DiagnosticDescriptor descriptor,
        Func<T, TProperty, (string Name, string Value)[]> arguments) =>
        rule.WithErrorCode(descriptor.Code).WithMessage(descriptor.Code).WithState((parent, value) => Arguments(arguments(parent, value)));

    /// <summary>The GB 32100 and GB 11714 check characters, and the registering division against the region.</summary>
    public static IRuleBuilderOptions<T, string> CreditCodeRules<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .Must(code => CreditCode.HasValidCheckCharacter(code))
            .Report(Rules.CreditCodeCheck, (_, code) => [("value", code), ("actual", code[17..]), ("expected", CreditCode.CheckCharacter(code.AsSpan(0, 17)).ToString()!)])
            .Must(code => OrganizationCode.HasValidCheckCharacter(CreditCode.OrganizationCode(code)))
            .Report(Rules.OrganizationCodeCheck, (_, code) => [
                ("value", code), ("orgCode", CreditCode.OrganizationCode(code)), ("actual", code[16..17]),
                ("expected", OrganizationCode.CheckCharacter(code.AsSpan(8, 8))?.ToString() ?? "?")])
            .Must((_, code, context) =>
                !context.RootContextData.TryGetValue(InventoryRules.RegionKey, out var region)
                || region is not string regionCode
                || DivisionTable.IsWithin(CreditCode.DivisionCode(code), regionCode))
            .Report(Rules.DivisionOutsideRegion, (_, code) => [("value", code), ("division", CreditCode.DivisionCode(code))]);

    public static IReadOnlyDictionary<string, string> Arguments((string Name, string Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}
