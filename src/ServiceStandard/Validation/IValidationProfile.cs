using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Validation;

/// <summary>
/// Checks over the format's own that validation applies (<see cref="ValidationOptions.Profile"/>): a regional
/// profile (<c>ServiceStandard.Profiles.InventoryProfile</c>) is one. Validation sits below profiles, so it names
/// what it needs of one here rather than the profile type itself.
/// </summary>
public interface IValidationProfile
{
    /// <summary>The profile's rule settings, applied over <see cref="ValidationOptions.Rules"/>.</summary>
    RuleSet Rules { get; }

    /// <summary>The profile's own checks of a loaded document, reported with the format's.</summary>
    /// <param name="load">A loaded document.</param>
    /// <returns>The violations, in document order.</returns>
    IReadOnlyList<Diagnostic> Check(LoadResult load);

    /// <summary>True when the profile declares a property of this name (a local extension): it is not an unknown key (SS1201).</summary>
    /// <param name="key">A key as written in the document.</param>
    bool Declares(string key);
}
