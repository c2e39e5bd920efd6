namespace ServiceStandard.Schema;

/// <summary>
/// One classified difference between two versions of a JSON Schema, found by <see cref="SchemaDiff"/>.
/// </summary>
/// <param name="Rule">The stable rule id, such as <c>SD001</c>.</param>
/// <param name="Kind">The rule's name, such as <c>property-added</c>.</param>
/// <param name="Path">Where in a document the change applies: a JSON Pointer with <c>*</c> for every list
/// element (<c>/items/*/guide/onlineDepth</c>), or <c>#/definitions/Name</c> for a definition.</param>
/// <param name="IsBreaking">True when a document valid under the old schema may fail under the new one.</param>
/// <param name="Before">The old value of what changed (a keyword's value, a type list), or <see langword="null"/>.</param>
/// <param name="After">The new value, or <see langword="null"/>.</param>
public sealed record SchemaChange(string Rule, string Kind, string Path, bool IsBreaking, string? Before, string? After)
{
    /// <summary>One line: rule, breaking or not, kind, path and the values.</summary>
    /// <returns>For example <c>SD001 non-breaking property-added /items/*/crossRegionScope</c>.</returns>
    public override string ToString()
    {
        var values = (Before, After) switch
        {
            (null, null) => string.Empty,
            (null, { } after) => ": " + after,
            ({ } before, null) => ": " + before,
            ({ } before, { } after) => ": " + before + " -> " + after,
        };
        return $"{Rule} {(IsBreaking ? "breaking" : "non-breaking")} {Kind} {Path}{values}";
    }
}

/// <summary>What <see cref="SchemaDiff.Compare"/> found between two schemas.</summary>
/// <param name="OldVersion">The format version the old schema's <c>schemaVersion</c> allows, when it names one.</param>
/// <param name="NewVersion">The format version the new schema's <c>schemaVersion</c> allows, when it names one.</param>
/// <param name="Changes">Every change, in document order (root first, then each property in order, then definitions).</param>
public sealed record SchemaDiffResult(string? OldVersion, string? NewVersion, IReadOnlyList<SchemaChange> Changes)
{
    /// <summary>True when at least one change is breaking.</summary>
    public bool IsBreaking => Changes.Any(c => c.IsBreaking);
}
