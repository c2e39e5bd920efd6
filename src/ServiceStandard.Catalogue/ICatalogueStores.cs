using System.Data.Common;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// What <see cref="CatalogueBuilder"/> asks of a database (SQLite or PostgreSQL): the builder loads, validates and
/// orders the files; the store keeps them. Every method that writes does so in one transaction.
/// </summary>
internal interface ICatalogueWriter : IDisposable
{
    /// <summary>True when the layout was made anew when opened.</summary>
    bool Created { get; }

    /// <summary>The files the catalogue holds, by identity (full path).</summary>
    Dictionary<string, StoredFile> KnownFiles();

    /// <summary>Called once before a build's files (SQLite: the full-text indexes stop merging).</summary>
    void BeginBuild();

    /// <summary>Called after a build's files when some file was added, updated or removed (SQLite: the full-text indexes are merged).</summary>
    void Optimize();

    /// <summary>Called once after a build's files, whether it went well or not.</summary>
    void EndBuild();

    /// <summary>
    /// Computes what <see cref="Import"/> will write of a file that needs no database (SQLite: the documents and the
    /// full-text rows), so that the build does it on its worker threads, in parallel with the import of earlier files:
    /// thread-safe, touches no connection.
    /// </summary>
    PreparedFile Prepare(CatalogueSource source, Inventory inventory);

    /// <summary>Imports one inventory in one transaction (replacing the file's earlier items) and records what was left out of it.</summary>
    CatalogueFileOutcome Import(PreparedFile file, IReadOnlyList<CatalogueLeftOut> leftOut);

    /// <summary>The row of a file, or null.</summary>
    long? FindFile(string identity);

    /// <summary>Deletes a file's items, in one transaction; the number of items it had.</summary>
    int RemoveFile(long id);

    /// <summary>See <see cref="LeftOutTable.SetUnreadable"/> (in one transaction).</summary>
    void SetUnreadable(string identity, CatalogueLeftOut? unreadable);

    /// <summary>What is stored as left out of one file.</summary>
    IReadOnlyList<CatalogueLeftOut> LeftOutOf(string identity);

    /// <summary>See <see cref="LeftOutTable.KeepOnly"/>.</summary>
    void KeepLeftOutOf(IReadOnlySet<string> identities);

    /// <summary>The number of rows of a table (files, regions, items).</summary>
    int Count(string table);

    /// <summary>What a failure of the database while writing means to a user (a full disk is an <see cref="IOException"/>).</summary>
    Exception WhileWriting(DbException exception);
}

/// <summary>What <see cref="ServiceCatalogue"/> asks of a database (SQLite or PostgreSQL); both answer alike for the same files.</summary>
internal interface ICatalogueReader : IDisposable
{
    /// <summary>The regions that have an inventory, by code.</summary>
    IReadOnlyDictionary<string, CatalogueRegion> Regions { get; }

    /// <summary>What the last build left out.</summary>
    IReadOnlyList<CatalogueLeftOut> LeftOut { get; }

    /// <summary>The number of items.</summary>
    int Count { get; }

    /// <summary>See <see cref="ServiceCatalogue.Search(CatalogueQuery)"/> (the query already checked).</summary>
    CatalogueSearchResult Search(CatalogueQuery query);

    /// <summary>See <see cref="ServiceCatalogue.Facets"/>.</summary>
    CatalogueFacets Facets(CatalogueQuery query);

    /// <summary>Whole items by region code, basic code and row: one (<paramref name="id"/>), those of a region and basic code, those of a basic code, or all.</summary>
    IEnumerable<CatalogueItem> Items(long? id = null, string? regionCode = null, string? basicCode = null);

    /// <summary>The region code, basic code and name of every item not cancelled, in import order.</summary>
    IEnumerable<(string Region, string BasicCode, string Name)> Implemented();
}

/// <summary>A file to import: where it came from, its inventory, and what its store computed of it ahead (<see cref="ICatalogueWriter.Prepare"/>).</summary>
internal class PreparedFile(CatalogueSource source, Inventory inventory)
{
    /// <summary>The file, its content hash and the positions of its items.</summary>
    public CatalogueSource Source { get; } = source;

    /// <summary>The items to import.</summary>
    public Inventory Inventory { get; } = inventory;
}

/// <summary>A file the catalogue holds.</summary>
internal sealed record StoredFile(long Id, string Path, string Sha256, int Items, string RegionCode);
