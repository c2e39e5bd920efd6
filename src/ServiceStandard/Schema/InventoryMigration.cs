using ServiceStandard.Model;

namespace ServiceStandard.Schema;

/// <summary>
/// Upgrades an inventory to a newer format version. Every version so far only adds optional keys, so an upgrade
/// relabels the document (<c>schemaVersion</c>) and loses nothing: unknown keys and extensions stay as they are.
/// </summary>
public static class InventoryMigration
{
    /// <summary>The inventory in format <paramref name="targetVersion"/>.</summary>
    /// <param name="inventory">An inventory in any version this library reads.</param>
    /// <param name="targetVersion">One of <see cref="InventorySchema.Versions"/>, not older than the inventory's.</param>
    /// <returns>The same inventory, declaring <paramref name="targetVersion"/> (the same instance when it already does).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is unknown, or older than the inventory's version.</exception>
    public static Inventory Migrate(Inventory inventory, string targetVersion)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(targetVersion);
        if (!InventorySchema.Versions.Contains(targetVersion))
        {
            throw new ArgumentOutOfRangeException(nameof(targetVersion), targetVersion, "No format version '" + targetVersion + "'. Versions: " + string.Join(", ", InventorySchema.Versions) + ".");
        }

        if (Version.Parse(targetVersion) < Version.Parse(inventory.SchemaVersion))
        {
            throw new ArgumentOutOfRangeException(nameof(targetVersion), targetVersion, $"Cannot migrate format {inventory.SchemaVersion} down to {targetVersion}.");
        }

        return inventory.SchemaVersion == targetVersion ? inventory : inventory with { SchemaVersion = targetVersion };
    }
}
