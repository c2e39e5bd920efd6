namespace ServiceStandard.Model;

/// <summary>
/// Marks a property added to the format after 1.0: the binder reads it only in documents of that version or
/// newer (in older documents the key is unknown and kept verbatim), and the schemas of older versions leave it out.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class SinceAttribute(string version) : Attribute
{
    /// <summary>The first format version that has the property.</summary>
    public string Version { get; } = version;
}
