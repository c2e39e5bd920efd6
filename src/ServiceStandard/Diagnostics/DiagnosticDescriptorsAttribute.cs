using System.Diagnostics.CodeAnalysis;

namespace ServiceStandard.Diagnostics;

/// <summary>
/// Tells <see cref="DiagnosticCatalog"/> about a feature's static class of descriptors: each feature declares
/// <c>[assembly: DiagnosticDescriptors(typeof(ItsDiagnostics))]</c> beside that class, so the floor lists every code
/// without naming the features above it.
/// </summary>
/// <param name="descriptors">The static class whose fields call <see cref="DiagnosticCatalog.Define"/>.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class DiagnosticDescriptorsAttribute([DynamicallyAccessedMembers(DiagnosticDescriptorsAttribute.Fields)] Type descriptors) : Attribute
{
    /// <summary>The static class whose fields call <see cref="DiagnosticCatalog.Define"/>.</summary>
    /// <remarks>Its fields are kept in a trimmed or Native AOT build: <see cref="DiagnosticCatalog"/> reads one to run the initializers.</remarks>
    [DynamicallyAccessedMembers(Fields)]
    public Type Descriptors { get; } = descriptors;

    internal const DynamicallyAccessedMemberTypes Fields = DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields;
}
