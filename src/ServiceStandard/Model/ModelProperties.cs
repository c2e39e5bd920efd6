using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ServiceStandard.Model;

/// <summary>
/// The public instance properties of every type of the model, named here one by one so that a trimmed or Native AOT
/// build keeps them (a <see cref="Type"/> read from an object or an assembly carries no such promise): the key
/// tables, element names and canonical writer read the model through this table only.
/// </summary>
internal static class ModelProperties
{
    private static readonly FrozenDictionary<Type, PropertyInfo[]> Table = new[]
    {
        Of<Inventory>(), Of<Region>(), Of<Department>(), Of<ServiceItem>(), Of<NotificationCommitment>(),
        Of<Authority>(), Of<LegalBasis>(), Of<TimeLimits>(), Of<TimeLimit>(), Of<Process>(), Of<ProcessStep>(),
        Of<SpecialProcedure>(), Of<Guide>(), Of<Material>(), Of<Fees>(), Of<FeeItem>(), Of<Location>(),
        Of<IntermediaryService>(), Of<Result>(), Of<Contacts>(), Of<ContactPoint>(),
    }.ToFrozenDictionary();

    /// <summary>Every type of the model (each subclass of <see cref="ModelElement"/>).</summary>
    public static IEnumerable<Type> Types => Table.Keys;

    /// <summary>The public instance properties of a model type, as <see cref="Type.GetProperties(BindingFlags)"/> lists them.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="owner"/> is not a type of the model.</exception>
    public static PropertyInfo[] Of(Type owner) => Table[owner];

    private static KeyValuePair<Type, PropertyInfo[]> Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>()
        where T : ModelElement =>
        new(typeof(T), typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance));
}
