using System.Data.Common;
using Microsoft.Data.Sqlite;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Validation;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Merges inventories into a catalogue database (a SQLite file, or a PostgreSQL database: see
/// <see cref="CatalogueStore"/>): regions with their GB/T 2260 ancestors, items,
/// authorities, materials, time limits (also in working days), fees, channels, themes, service objects, the
/// file and line of every item, and a full-text index. Each file is imported in one transaction: all of its
/// items or none. A later build reads only the files whose content (SHA-256) changed and deletes the items of
/// files no longer given. Holds the database open until disposed; not safe for use by several threads.
/// One build at a time per database: SQLite, a lock on the file; PostgreSQL, an advisory lock held by the
/// builder's session (a second builder is refused while the first is open; readers are never kept out).
/// </summary>
public sealed class CatalogueBuilder : IDisposable
{
    private readonly ICatalogueWriter store;

    private CatalogueBuilder(ICatalogueWriter store) => this.store = store;

    /// <summary>True when the database was made anew when opened (a new file, or a catalogue of an older layout, whose files are then all read again).</summary>
    public bool Created => store.Created;

    /// <summary>Opens a catalogue to add to, or creates it when the file (or PostgreSQL database) holds none.</summary>
    /// <param name="path">The database file, or a PostgreSQL URL (<c>postgres://user:password@host:port/database</c>) or
    /// connection string (<c>Host=...;Database=...</c>): see <see cref="CatalogueStore"/>. PostgreSQL needs the extension
    /// <c>pg_trgm</c>: the build creates it when the role may (<c>CREATE EXTENSION IF NOT EXISTS pg_trgm</c>), else a
    /// database administrator creates it first.</param>
    /// <returns>The builder; dispose it to close the database.</returns>
    /// <exception cref="InvalidDataException">The file exists but is not a catalogue, or one of a newer layout (it is left
    /// untouched), or cannot be opened; or the PostgreSQL server cannot be reached or refuses.</exception>
    /// <exception cref="IOException">Another build holds the database (a build holds it until it is disposed).</exception>
    public static CatalogueBuilder Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new CatalogueBuilder(CatalogueStore.IsPostgres(path) ? PostgresCatalogueWriter.Open(path) : SqliteCatalogueWriter.Open(path));
    }

    /// <summary>
    /// Makes the catalogue hold exactly the items without errors of <paramref name="files"/>: new and changed
    /// files are loaded, validated and imported item by item (each file in one transaction; an item with an error
    /// about it is left out and reported, the file's other items go in), unchanged files (same SHA-256) are hashed
    /// but not loaded (what their last import left out is reported again), a file that cannot be read at all is
    /// rejected (the items of its last readable version stay), and the items of files the catalogue had but that
    /// are not given are deleted. Files are loaded in parallel.
    /// </summary>
    /// <param name="files">Inventory files (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>), named as results should show them.</param>
    /// <param name="options">Validation rules and an optional transformation; defaults when omitted.</param>
    /// <exception cref="IOException">The disk is full or failed while the catalogue was written (each file's import is whole or absent).</exception>
    public CatalogueBuildReport Build(IEnumerable<string> files, CatalogueBuildOptions? options = null)
    {
        try
        {
            return BuildFiles(files, options);
        }
        catch (DbException exception)
        {
            throw store.WhileWriting(exception);
        }
    }

    /// <summary>Internal to tests: the builder's SQLite connection (to set a page limit that stands for a full disk).</summary>
    internal SqliteConnection Connection => ((SqliteCatalogueWriter)store).Connection;

    private CatalogueBuildReport BuildFiles(IEnumerable<string> files, CatalogueBuildOptions? options)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= CatalogueBuildOptions.Default;
        var inputs = files.DistinctBy(Identity, StringComparer.Ordinal).ToArray();
        var known = store.KnownFiles();
        var reports = new List<CatalogueFileReport>();

        store.BeginBuild();
        try
        {
            foreach (var file in InOrder(inputs, file => Prepare(store, file, known, options)))
            {
                if (file.File is { } toImport)
                {
                    var outcome = store.Import(toImport, file.LeftOut);
                    reports.Add(new CatalogueFileReport { File = file.Path, Outcome = outcome, Items = toImport.Inventory.Items.Count, LeftOut = file.LeftOut });
                }
                else
                {
                    // A rejected file keeps the items of its last import, and so what that import left out; an unchanged
                    // one reads as it did then.
                    var report = file.Report!;
                    var identity = Identity(file.Path);
                    if (report.Outcome == CatalogueFileOutcome.Rejected)
                    {
                        store.SetUnreadable(identity, report.LeftOut[0]);
                    }
                    else
                    {
                        var stored = store.LeftOutOf(identity);
                        if (stored.Any(l => l.Item is null))
                        {
                            store.SetUnreadable(identity, null);
                        }

                        report = report with { LeftOut = stored.Where(l => l.Item is not null).ToArray() };
                    }

                    reports.Add(report);
                }

                options.Progress?.Report(new CatalogueBuildProgress(reports.Count, inputs.Length, reports.Sum(r => r.Items), file.Path));
            }

            var given = inputs.Select(Identity).ToHashSet(StringComparer.Ordinal);
            var unseen = options.Unseen.Select(Identity).ToArray();
            given.UnionWith(known.Keys.Where(identity => unseen.Any(u => identity == u || identity.StartsWith(u.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))));
            store.KeepLeftOutOf(given);
            foreach (var (identity, stored) in known.OrderBy(k => k.Value.Path, StringComparer.Ordinal))
            {
                if (!given.Contains(identity))
                {
                    reports.Add(new CatalogueFileReport { File = stored.Path, Outcome = CatalogueFileOutcome.Removed, Items = store.RemoveFile(stored.Id) });
                }
            }

            if (reports.Any(r => r.Outcome is CatalogueFileOutcome.Added or CatalogueFileOutcome.Updated or CatalogueFileOutcome.Removed))
            {
                store.Optimize();
            }
        }
        catch
        {
            try
            {
                store.EndBuild();
            }
            catch (DbException)
            {
                // The failure to report is the first one (a full disk, say); the next build's Open makes what this could not.
            }

            throw;
        }

        store.EndBuild();

        return new CatalogueBuildReport
        {
            Files = reports,
            Created = Created,
            CatalogueFiles = store.Count("files"),
            CatalogueRegions = store.Count("regions"),
            CatalogueItems = store.Count("items"),
        };
    }

    /// <summary>
    /// Imports one inventory in one transaction, replacing the items imported earlier from the same file.
    /// This is the step to call after your own loading (and, for instance, normalization).
    /// </summary>
    /// <param name="source">The file, its content hash and the positions of its items.</param>
    /// <param name="inventory">The inventory (expected to be valid: it is imported as given; nothing is recorded as left out).</param>
    /// <returns><see cref="CatalogueFileOutcome.Added"/> or <see cref="CatalogueFileOutcome.Updated"/>.</returns>
    public CatalogueFileOutcome Import(CatalogueSource source, Inventory inventory)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(inventory);
        return store.Import(new PreparedFile(source, inventory), []);
    }

    /// <summary>Deletes the items imported from a file (in one transaction).</summary>
    /// <param name="file">The file, as named when it was imported (or any path to the same file).</param>
    /// <returns>The number of items deleted; 0 when the catalogue does not have the file.</returns>
    public int Remove(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return store.FindFile(Identity(file)) is long id ? store.RemoveFile(id) : 0;
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => store.Dispose();

    /// <summary>Files are the same file when their full paths are.</summary>
    internal static string Identity(string file) => Path.GetFullPath(file);

    /// <summary>
    /// The files prepared on worker threads, in their order, at most two windows of them held at a time: the next window
    /// is prepared while the files of the last are imported. (PLINQ alone ran ahead of a slower import with nothing to
    /// stop it: a million items into PostgreSQL held 20 GB of prepared files before the kernel ended the build.)
    /// </summary>
    private static IEnumerable<Prepared> InOrder(string[] inputs, Func<string, Prepared> prepare)
    {
        var window = Math.Max(2, 2 * Environment.ProcessorCount);
        Task<Prepared[]> Window(int start) =>
            Task.Run(() => inputs.Skip(start).Take(window).AsParallel().AsOrdered().Select(prepare).ToArray());

        var next = inputs.Length > 0 ? Window(0) : null;
        for (var start = 0; next is not null; start += window)
        {
            var files = next.GetAwaiter().GetResult();
            next = start + window < inputs.Length ? Window(start + window) : null;
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    /// <summary>Loads, validates and prepares one file (on a worker thread: touches no connection).</summary>
    private static Prepared Prepare(ICatalogueWriter store, string file, IReadOnlyDictionary<string, StoredFile> known, CatalogueBuildOptions options)
    {
        known.TryGetValue(Identity(file), out var stored);
        var unread = new DiagnosticBag(file);
        if (BoundedFile.Read(file, options.Validation.Load.MaxFileBytes, unread) is not { } content)
        {
            return Rejected(file, stored, unread.Items); // over the size limit (SS1006) or unreadable (SS1009), as validation words it
        }

        var hash = CatalogueSource.Hash(content);
        if (stored is not null && stored.Sha256 == hash)
        {
            return new Prepared(file, null, new CatalogueFileReport { File = file, Outcome = CatalogueFileOutcome.Unchanged, Items = stored.Items }, []);
        }

        var load = InventoryLoader.Load(content, DocumentFormats.FromPath(file) ?? DocumentFormat.Yaml, file, options.Validation.Load with { KeepRewrites = false });
        var validation = InventoryValidator.Validate(load, options.Validation);
        if (validation.Inventory is not { } read)
        {
            return Rejected(file, stored, validation.Diagnostics);
        }

        // Item by item: an item with an error (about it: its path is /items/N/...) is left out, the others go in.
        var errorsByItem = validation.Diagnostics
            .Where(d => d.Severity == Severity.Error && d.ItemIndex is not null)
            .ToLookup(d => d.ItemIndex!.Value);
        var leftOut = load.ExcludedItems
            .Select(e => new CatalogueLeftOut { File = file, Item = e.Index, BasicCode = e.Reason.ItemCode, RegionCode = read.Region.Code, Reason = e.Reason })
            .ToList();
        var kept = new List<(ServiceItem Item, int Index)>(read.Items.Count);
        for (var i = 0; i < read.Items.Count; i++)
        {
            var index = load.SourceIndexOf(i);
            if (errorsByItem[index].FirstOrDefault() is { } error)
            {
                leftOut.Add(new CatalogueLeftOut { File = file, Item = index, BasicCode = read.Items[i].BasicCode, RegionCode = read.Region.Code, Reason = error });
            }
            else
            {
                kept.Add((read.Items[i], index));
            }
        }

        var inventory = read with { Items = kept.Select(k => k.Item).ToArray() };
        inventory = options.Transform is { } transform ? transform(inventory) : inventory;
        return new Prepared(file, store.Prepare(CatalogueSource.Of(file, hash, load, kept.Select(k => k.Index)), inventory), null, [.. leftOut.OrderBy(l => l.Item)]);
    }

    private static Prepared Rejected(string file, StoredFile? stored, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        return new(file, null, new CatalogueFileReport
        {
            File = file,
            Outcome = CatalogueFileOutcome.Rejected,
            Items = stored?.Items ?? 0,
            Errors = errors,
            LeftOut = [new CatalogueLeftOut { File = file, RegionCode = stored?.RegionCode, Reason = errors[0] }],
        }, []);
    }

    private sealed record Prepared(string Path, PreparedFile? File, CatalogueFileReport? Report, IReadOnlyList<CatalogueLeftOut> LeftOut);
}
