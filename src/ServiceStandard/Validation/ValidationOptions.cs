using ServiceStandard.Loading;

namespace ServiceStandard.Validation;

/// <summary>How to validate: which rule set, whether warnings count as errors, loading limits.</summary>
public sealed record ValidationOptions
{
    /// <summary>Default rules, warnings allowed, default limits.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Severities per rule; <see cref="RuleSet.Default"/> keeps every rule at its default.</summary>
    public RuleSet Rules { get; init; } = RuleSet.Default;

    /// <summary>When true, every warning is reported as an error (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>A profile (such as an <c>InventoryProfile</c>) whose checks run too (SS1401), and whose rule settings apply over <see cref="Rules"/>.</summary>
    public IValidationProfile? Profile { get; init; }

    /// <summary>Limits for reading documents.</summary>
    public LoadOptions Load { get; init; } = LoadOptions.Default;
}
