using System.Security.Cryptography;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Where an inventory handed to <see cref="CatalogueBuilder.Import"/> came from: its file, the SHA-256 of
/// its content (a later build skips the file while the hash is the same) and the position of each item.
/// </summary>
/// <param name="File">The file, as it should appear in results (a path relative to where the catalogue is used reads best).</param>
/// <param name="ContentHash">The SHA-256 of the file's bytes, lower-case hexadecimal.</param>
/// <param name="ItemPositions">The line and column of each item of the inventory, in order; shorter lists leave later items without a position.</param>
public sealed record CatalogueSource(string File, string ContentHash, IReadOnlyList<SourcePosition?> ItemPositions)
{
    /// <summary>The source of a loaded document: the hash of its bytes and the position of each item.</summary>
    /// <param name="file">The file, as it should appear in results.</param>
    /// <param name="content">The bytes the document was loaded from.</param>
    /// <param name="load">What <see cref="InventoryLoader"/> made of them.</param>
    public static CatalogueSource Of(string file, ReadOnlySpan<byte> content, LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var count = load.Inventory?.Items.Count ?? 0;
        return Of(file, Hash(content), load, Enumerable.Range(0, count).Select(load.SourceIndexOf));
    }

    /// <summary>
    /// The source of some of a loaded document's items, given by their indices in the document's items list; the hash of
    /// its bytes as the build computed it to skip an unchanged file (<see cref="Hash"/>), not computed again.
    /// </summary>
    internal static CatalogueSource Of(string file, string hash, LoadResult load, IEnumerable<int> itemIndices)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(load);
        var positions = itemIndices.Select(index => load.Locate(FormattableString.Invariant($"/items/{index}"))).ToArray();
        return new CatalogueSource(file, hash, positions);
    }

    /// <summary>The SHA-256 of some bytes, lower-case hexadecimal.</summary>
    /// <param name="content">The bytes.</param>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
}
