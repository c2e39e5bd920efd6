using System.Globalization;
using Microsoft.Data.Sqlite;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Divisions;
using ServiceStandard.Loading;
using ServiceStandard.Model;
using ServiceStandard.Validation;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Merges inventories into a catalogue database (SQLite): regions with their GB/T 2260 ancestors, items,
/// authorities, materials, time limits (also in working days), fees, channels, themes, service objects, the
/// file and line of every item, and a full-text index. Each file is imported in one transaction: all of its
/// items or none. A later build reads only the files whose content (SHA-256) changed and deletes the items of
/// files no longer given. Holds the database open until disposed; not safe for use by several threads.
/// </summary>
public sealed class CatalogueBuilder : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Statement findFile;
    private readonly Statement insertFile;
    private readonly Statement updateFile;
    private readonly Statement fileAuthorities;
    private readonly Statement deleteText;
    private readonly Statement deleteItems;
    private readonly Statement deleteAuthority;
    private readonly Statement upsertRegion;
    private readonly Statement insertAncestor;
    private readonly Statement deleteRegion;
    private readonly Statement upsertAuthority;
    private readonly Statement insertItem;
    private readonly Statement insertDocument;
    private readonly Statement insertLists;
    private readonly Statement insertText;
    private readonly Statement deletePairs;
    private readonly Statement insertPairs;

    /// <summary>Held from Open to Dispose: a second build of the same database is refused while this one runs.</summary>
    private readonly FileStream hold;

    /// <summary>The database file, as given to <see cref="Open"/>.</summary>
    private readonly string path;

    private CatalogueBuilder(SqliteConnection connection, bool created, FileStream hold, string path)
    {
        this.connection = connection;
        this.hold = hold;
        this.path = path;
        Created = created;
        findFile = new(connection, "SELECT id FROM files WHERE identity = $identity");
        insertFile = new(connection, "INSERT INTO files (identity, path, sha256, region_code, items) VALUES ($identity, $path, $sha, $region, $items) RETURNING id");
        updateFile = new(connection, "UPDATE files SET path = $path, sha256 = $sha, region_code = $region, items = $items WHERE id = $id");
        fileAuthorities = new(connection, "SELECT group_concat(DISTINCT authority_id) FROM items WHERE file_id = $id");
        deleteText = new(connection, "DELETE FROM item_text WHERE rowid IN (SELECT id FROM items WHERE file_id = $id)");
        deleteItems = new(connection, "DELETE FROM items WHERE file_id = $id");
        deleteAuthority = new(connection, "DELETE FROM authorities WHERE id = $id AND NOT EXISTS (SELECT 1 FROM items WHERE authority_id = $id)");
        upsertRegion = new(connection, """
            INSERT INTO regions (code, name, full_name, level, parent_code, province_code, province_name, city_code, city_name)
            VALUES ($code, $name, $full, $level, $parent, $province, $provinceName, $city, $cityName)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """);
        insertAncestor = new(connection, "INSERT OR IGNORE INTO region_ancestors (ancestor, code) VALUES ($ancestor, $code)");
        deleteRegion = new(connection, """
            DELETE FROM region_ancestors WHERE code = $code AND NOT EXISTS (SELECT 1 FROM files WHERE region_code = $code);
            DELETE FROM regions WHERE code = $code AND NOT EXISTS (SELECT 1 FROM files WHERE region_code = $code);
            """);
        upsertAuthority = new(connection, """
            INSERT INTO authorities (name, credit_code, nature, level, source) VALUES ($name, $credit, $nature, $level, $source)
            ON CONFLICT (name, credit_code) DO UPDATE SET nature = excluded.nature, level = excluded.level, source = excluded.source
            RETURNING id
            """);
        insertItem = new(connection, """
            INSERT INTO items (file_id, position, line, column, region_code, basic_code, implementation_code, name, type, status,
                authority_id, handling_type, legal_value, legal_unit, legal_working_days, committed_value, committed_unit,
                committed_working_days, required_materials, materials, fee_charged, fee_total, online_depth, onsite_visits,
                process_steps, intermediary_services, result_name)
            VALUES ($file, $position, $line, $column, $region, $basic, $implementation, $name, $type, $status,
                $authority, $handling, $legalValue, $legalUnit, $legalDays, $committedValue, $committedUnit,
                $committedDays, $required, $materials, $charged, $feeTotal, $depth, $visits,
                $steps, $intermediaries, $result)
            RETURNING id
            """);
        insertDocument = new(connection, "INSERT INTO documents (item_id, json) VALUES ($item, $json)");
        // The lists of all items of a file, read from their documents in five statements (not one per value).
        insertLists = new(connection, """
            INSERT INTO materials (item_id, position, name, required, form, medium, copies, source)
                SELECT d.item_id, m.key, m.value ->> 'name', coalesce(m.value ->> 'required', 1), m.value ->> 'form',
                       m.value ->> 'medium', m.value ->> 'copies', m.value ->> 'source'
                FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.guide.materials') m WHERE i.file_id = $file;
            INSERT INTO fees (item_id, position, name, amount, basis)
                SELECT d.item_id, f.key, f.value ->> 'name', f.value ->> 'amount', f.value ->> 'basis'
                FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.guide.fees.items') f WHERE i.file_id = $file;
            INSERT OR IGNORE INTO channels (item_id, channel)
                SELECT d.item_id, c.value FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.guide.channels') c WHERE i.file_id = $file;
            INSERT OR IGNORE INTO service_objects (item_id, object)
                SELECT d.item_id, o.value FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.serviceObjects') o WHERE i.file_id = $file;
            INSERT OR IGNORE INTO themes (item_id, theme)
                SELECT d.item_id, trim(t.value) FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.themes') t
                WHERE i.file_id = $file AND trim(t.value) <> '';
            """);
        insertText = new(connection, "INSERT INTO item_text (rowid, name, materials, conditions, authority, other) VALUES ($id, $name, $materials, $conditions, $authority, $other)");
        deletePairs = new(connection, "DELETE FROM item_pairs WHERE rowid IN (SELECT id FROM items WHERE file_id = $id)");
        insertPairs = new(connection, "INSERT INTO item_pairs (rowid, pairs) VALUES ($id, $pairs)");
    }

    /// <summary>True when the database was made anew when opened (a new file, or a catalogue of an older layout, whose files are then all read again).</summary>
    public bool Created { get; }

    /// <summary>Opens a catalogue to add to, or creates it when the file does not exist or is empty.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The builder; dispose it to close the database.</returns>
    /// <exception cref="InvalidDataException">The file exists but is not a catalogue, or one of a newer layout (it is left
    /// untouched), or cannot be opened.</exception>
    /// <exception cref="IOException">Another build holds the database (a build holds it until it is disposed).</exception>
    public static CatalogueBuilder Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SqliteConnection? connection = null;
        var hold = Hold(path);
        try
        {
            connection = CatalogueSchema.Connect(path, SqliteOpenMode.ReadWriteCreate);
            var version = CatalogueSchema.VersionOf(connection);
            if (version < 0)
            {
                throw new InvalidDataException($"{path} is not a svcstd catalogue. It was left untouched.");
            }

            if (version > CatalogueSchema.Version)
            {
                throw new InvalidDataException(
                    $"{path} is a catalogue of layout {version}, newer than this svcstd builds ({CatalogueSchema.Version}). It was left untouched: update svcstd, or build another database.");
            }

            var created = version != CatalogueSchema.Version;
            if (created)
            {
                CatalogueSchema.Create(connection);
            }

            CatalogueSchema.Execute(connection, "PRAGMA synchronous = NORMAL");
            CatalogueSchema.Execute(connection, "PRAGMA cache_size = -65536");
            CatalogueSchema.Execute(connection, "PRAGMA temp_store = MEMORY");
            var builder = new CatalogueBuilder(connection, created, hold, path);
            connection = null;
            hold = null;
            return builder;
        }
        catch (SqliteException exception)
        {
            throw CatalogueSchema.CannotOpen(path, exception, " It was left untouched.");
        }
        finally
        {
            connection?.Dispose();
            hold?.Dispose();
        }
    }

    /// <summary>
    /// An exclusive hold on the database for a whole build, so that two builds never interleave their files: a lock
    /// (flock) on the database file itself, which SQLite's own locks (fcntl) do not see, so readers are not kept
    /// out; on Windows, where that would keep SQLite out too, on a file beside it (<c>.lock</c>, removed at the end).
    /// </summary>
    private static FileStream Hold(string path)
    {
        var windows = OperatingSystem.IsWindows();
        try
        {
            return new FileStream(windows ? path + ".lock" : path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1,
                windows ? FileOptions.DeleteOnClose : FileOptions.None);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IOException($"another catalogue build is using {path}; run this one when it is done ({exception.Message})", exception);
        }
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
        catch (SqliteException exception)
        {
            throw CatalogueSchema.WhileWriting(path, exception);
        }
    }

    /// <summary>Internal to tests: the builder's connection (to set a page limit that stands for a full disk).</summary>
    internal SqliteConnection Connection => connection;

    private CatalogueBuildReport BuildFiles(IEnumerable<string> files, CatalogueBuildOptions? options)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= CatalogueBuildOptions.Default;
        var inputs = files.DistinctBy(Identity, StringComparer.Ordinal).ToArray();
        var known = KnownFiles();
        var reports = new List<CatalogueFileReport>();

        // While many files are imported, the full-text indexes only append (one segment per file) and are
        // merged once at the end: much faster than merging as they grow.
        SetAutomerge(0);
        try
        {
            var prepared = inputs
                .AsParallel()
                .AsOrdered()
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(file => Prepare(file, known, options));
            foreach (var file in prepared)
            {
                if (file.Inventory is { } inventory)
                {
                    var outcome = ImportFile(file.Source!, inventory, file.LeftOut);
                    reports.Add(new CatalogueFileReport { File = file.Path, Outcome = outcome, Items = inventory.Items.Count, LeftOut = file.LeftOut });
                }
                else
                {
                    // A rejected file keeps the items of its last import, and so what that import left out; an unchanged
                    // one reads as it did then.
                    var report = file.Report!;
                    var identity = Identity(file.Path);
                    if (report.Outcome == CatalogueFileOutcome.Rejected)
                    {
                        CatalogueSchema.InTransaction(connection, () => LeftOutTable.SetUnreadable(connection, identity, report.LeftOut[0]));
                    }
                    else
                    {
                        var stored = LeftOutTable.Of(connection, identity);
                        if (stored.Any(l => l.Item is null))
                        {
                            CatalogueSchema.InTransaction(connection, () => LeftOutTable.SetUnreadable(connection, identity, null));
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
            LeftOutTable.KeepOnly(connection, given);
            foreach (var (identity, stored) in known.OrderBy(k => k.Value.Path, StringComparer.Ordinal))
            {
                if (!given.Contains(identity))
                {
                    reports.Add(new CatalogueFileReport { File = stored.Path, Outcome = CatalogueFileOutcome.Removed, Items = RemoveFile(stored.Id) });
                }
            }

            if (reports.Any(r => r.Outcome is CatalogueFileOutcome.Added or CatalogueFileOutcome.Updated or CatalogueFileOutcome.Removed))
            {
                CatalogueSchema.Execute(connection, "INSERT INTO item_text (item_text) VALUES ('optimize')");
                CatalogueSchema.Execute(connection, "INSERT INTO item_pairs (item_pairs) VALUES ('optimize')");
            }
        }
        finally
        {
            SetAutomerge(DefaultAutomerge);
        }

        return new CatalogueBuildReport
        {
            Files = reports,
            Created = Created,
            CatalogueFiles = Count("files"),
            CatalogueRegions = Count("regions"),
            CatalogueItems = Count("items"),
        };
    }

    /// <summary>
    /// Imports one inventory in one transaction, replacing the items imported earlier from the same file.
    /// This is the step to call after your own loading (and, for instance, normalization).
    /// </summary>
    /// <param name="source">The file, its content hash and the positions of its items.</param>
    /// <param name="inventory">The inventory (expected to be valid: it is imported as given; nothing is recorded as left out).</param>
    /// <returns><see cref="CatalogueFileOutcome.Added"/> or <see cref="CatalogueFileOutcome.Updated"/>.</returns>
    public CatalogueFileOutcome Import(CatalogueSource source, Inventory inventory) => ImportFile(source, inventory, []);

    /// <summary>Imports one inventory and records what was left out of its file (in the same transaction).</summary>
    private CatalogueFileOutcome ImportFile(CatalogueSource source, Inventory inventory, IReadOnlyList<CatalogueLeftOut> leftOut)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(inventory);
        var outcome = CatalogueFileOutcome.Added;
        CatalogueSchema.InTransaction(connection, () =>
        {
            var identity = Identity(source.File);
            var region = inventory.Region.Code;
            string? oldRegion = null;
            var oldAuthorities = Array.Empty<long>();
            long fileId;
            if (findFile.Scalar(identity) is long existing)
            {
                outcome = CatalogueFileOutcome.Updated;
                fileId = existing;
                oldAuthorities = AuthoritiesOf(fileId);
                deleteText.Run(fileId);
                deletePairs.Run(fileId);
                deleteItems.Run(fileId);
                oldRegion = CatalogueSchema.Scalar<string>(connection, "SELECT region_code FROM files WHERE id = $id", ("$id", fileId));
                updateFile.Run(source.File, source.ContentHash, region, inventory.Items.Count, fileId);
            }
            else
            {
                fileId = (long)insertFile.Scalar(identity, source.File, source.ContentHash, region, inventory.Items.Count)!;
            }

            AddRegion(inventory.Region);
            var authorities = new Dictionary<(string, string), long>();
            for (var i = 0; i < inventory.Items.Count; i++)
            {
                AddItem(fileId, i, i < source.ItemPositions.Count ? source.ItemPositions[i] : null, region, inventory.Items[i], authorities);
            }

            insertLists.Run(fileId);
            LeftOutTable.Replace(connection, identity, leftOut);

            foreach (var authority in oldAuthorities)
            {
                deleteAuthority.Run(authority);
            }

            if (oldRegion is not null && oldRegion != region)
            {
                deleteRegion.Run(oldRegion);
            }
        });
        return outcome;
    }

    /// <summary>Deletes the items imported from a file (in one transaction).</summary>
    /// <param name="file">The file, as named when it was imported (or any path to the same file).</param>
    /// <returns>The number of items deleted; 0 when the catalogue does not have the file.</returns>
    public int Remove(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return findFile.Scalar(Identity(file)) is long id ? RemoveFile(id) : 0;
    }

    /// <summary>Closes the database.</summary>
    public void Dispose()
    {
        foreach (var statement in new[]
        {
            findFile, insertFile, updateFile, fileAuthorities, deleteText, deleteItems, deleteAuthority, upsertRegion,
            insertAncestor, deleteRegion, upsertAuthority, insertItem, insertDocument, insertLists,
            insertText, deletePairs, insertPairs,
        })
        {
            statement.Dispose();
        }

        connection.Dispose();
        hold.Dispose(); // last: the next build may begin
    }

    /// <summary>FTS5's default: merge once 4 segments of a level exist.</summary>
    private const int DefaultAutomerge = 4;

    /// <summary>Files are the same file when their full paths are.</summary>
    private static string Identity(string file) => Path.GetFullPath(file);

    private static Prepared Prepare(string file, IReadOnlyDictionary<string, StoredFile> known, CatalogueBuildOptions options)
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
            return new Prepared(file, null, null, new CatalogueFileReport { File = file, Outcome = CatalogueFileOutcome.Unchanged, Items = stored.Items }, []);
        }

        var load = InventoryLoader.Load(content, DocumentFormats.FromPath(file) ?? DocumentFormat.Yaml, file, options.Validation.Load);
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
        return new Prepared(file, CatalogueSource.Of(file, content, load, kept.Select(k => k.Index)), inventory, null, [.. leftOut.OrderBy(l => l.Item)]);
    }

    private static Prepared Rejected(string file, StoredFile? stored, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        return new(file, null, null, new CatalogueFileReport
        {
            File = file,
            Outcome = CatalogueFileOutcome.Rejected,
            Items = stored?.Items ?? 0,
            Errors = errors,
            LeftOut = [new CatalogueLeftOut { File = file, RegionCode = stored?.RegionCode, Reason = errors[0] }],
        }, []);
    }

    private Dictionary<string, StoredFile> KnownFiles()
    {
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        using var command = CatalogueSchema.Command(connection, "SELECT identity, id, path, sha256, items, region_code FROM files");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            files[reader.GetString(0)] = new StoredFile(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5));
        }

        return files;
    }

    private int RemoveFile(long id)
    {
        var items = 0;
        CatalogueSchema.InTransaction(connection, () =>
        {
            var authorities = AuthoritiesOf(id);
            CatalogueSchema.Execute(connection, "DELETE FROM left_out WHERE identity = (SELECT identity FROM files WHERE id = $id)", ("$id", id));
            deleteText.Run(id);
            deletePairs.Run(id);
            deleteItems.Run(id);
            string region;
            using (var command = CatalogueSchema.Command(connection, "DELETE FROM files WHERE id = $id RETURNING region_code, items", ("$id", id)))
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (region, items) = (reader.GetString(0), reader.GetInt32(1));
            }

            foreach (var authority in authorities)
            {
                deleteAuthority.Run(authority);
            }

            deleteRegion.Run(region);
        });
        return items;
    }

    private long[] AuthoritiesOf(long fileId) =>
        fileAuthorities.Scalar(fileId) is string list
            ? list.Split(',').Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray()
            : [];

    private void SetAutomerge(int segments)
    {
        foreach (var table in new[] { "item_text", "item_pairs" })
        {
            CatalogueSchema.Execute(connection, $"INSERT INTO {table} ({table}, rank) VALUES ('automerge', $segments)", ("$segments", segments));
        }
    }

    private int Count(string table) => (int)CatalogueSchema.Scalar<long>(connection, $"SELECT count(*) FROM {table}");

    private void AddRegion(Region region)
    {
        var chain = RegionChain.Of(region.Code);
        var name = region.Name ?? chain.Name ?? region.Code;
        upsertRegion.Run(
            region.Code, name, chain.FullName ?? name, RegionChain.Token(chain.Level), chain.ParentCode,
            chain.Province?.Code, chain.Province?.Name, chain.City?.Code, chain.City?.Name);
        foreach (var ancestor in chain.Ancestors)
        {
            insertAncestor.Run(ancestor, region.Code);
        }
    }

    private void AddItem(long fileId, int position, SourcePosition? at, string region, ServiceItem item, Dictionary<(string, string), long> authorities)
    {
        var authority = item.Authority;
        var key = (authority.Name, authority.CreditCode ?? string.Empty);
        if (!authorities.TryGetValue(key, out var authorityId))
        {
            authorityId = (long)upsertAuthority.Scalar(
                key.Name, key.Item2,
                authority.Nature is { } nature ? CodeListCatalog.AuthorityNatures[nature].Token : null,
                authority.Level is { } level ? CodeListCatalog.ExerciseLevels[level].Token : null,
                authority.Source is { } source ? CodeListCatalog.PowerSources[source].Token : null)!;
            authorities[key] = authorityId;
        }

        var guide = item.Guide;
        var materials = guide?.Materials ?? [];
        var fees = guide?.Fees;
        var legal = item.TimeLimits?.Legal;
        var committed = item.TimeLimits?.Committed;
        var id = (long)insertItem.Scalar(
            fileId, position, at?.Line, at?.Column, region, item.BasicCode, item.ImplementationCode, item.Name,
            CodeListCatalog.ItemTypes[item.Type].Token, CodeListCatalog.ItemStatuses[item.Status].Token, authorityId,
            item.HandlingType is { } handling ? CodeListCatalog.HandlingTypes[handling].Token : null,
            Real(legal?.Value), legal is null ? null : CodeListCatalog.TimeUnits[legal.Unit].Token, Real(legal?.ToWorkingDays()),
            Real(committed?.Value), committed is null ? null : CodeListCatalog.TimeUnits[committed.Unit].Token, Real(committed?.ToWorkingDays()),
            materials.Count(m => m.Required), materials.Count, fees?.Charged,
            Real(fees is null ? 0m : DomainBounds.Sum(fees.Items.Select(f => f.Amount))), guide?.OnlineDepth, guide?.OnsiteVisits,
            item.Process?.Steps.Count ?? 0, guide?.IntermediaryServices.Count ?? 0, guide?.Result?.Name)!;
        insertDocument.Run(id, ItemDocument.Write(item));
        var other = new List<string> { item.BasicCode };
        if (item.ImplementationCode is { } implementation)
        {
            other.Add(implementation);
        }

        other.AddRange(item.Themes);
        other.AddRange(authority.LegalBasis.Select(b => b.Title));
        other.AddRange(guide?.IntermediaryServices.Select(s => s.Name) ?? []);
        if (guide?.Result?.Name is { } result)
        {
            other.Add(result);
        }

        var texts = new List<string> { item.Name };
        texts.AddRange(materials.Select(m => m.Name));
        texts.AddRange(guide?.AcceptanceConditions ?? []);
        texts.Add(authority.Name);
        texts.AddRange(other);
        insertText.Run(
            id, item.Name, string.Join('\n', materials.Select(m => m.Name)), string.Join('\n', guide?.AcceptanceConditions ?? []),
            authority.Name, string.Join('\n', other));
        insertPairs.Run(id, SearchText.PairTokens(texts));
    }

    /// <summary>Numbers are stored as REAL (Microsoft.Data.Sqlite would store a decimal as TEXT).</summary>
    private static double? Real(decimal? value) => value is { } number ? (double)number : null;

    private sealed record StoredFile(long Id, string Path, string Sha256, int Items, string RegionCode);

    private sealed record Prepared(string Path, CatalogueSource? Source, Inventory? Inventory, CatalogueFileReport? Report, IReadOnlyList<CatalogueLeftOut> LeftOut);
}
