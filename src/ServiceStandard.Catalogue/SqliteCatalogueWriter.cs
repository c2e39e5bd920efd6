using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The SQLite store of <see cref="CatalogueBuilder"/>: one file, two FTS5 indexes (trigrams, pairs of characters), a
/// lock on the file for the whole build. Holds the database open until disposed.
/// </summary>
internal sealed class SqliteCatalogueWriter : ICatalogueWriter
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

    /// <summary>The largest sequence number of an item id so far (see <see cref="SearchOrder"/>).</summary>
    private long lastSequence;

    private SqliteCatalogueWriter(SqliteConnection connection, bool created, FileStream hold, string path)
    {
        this.connection = connection;
        this.hold = hold;
        this.path = path;
        Created = created;
        lastSequence = CatalogueSchema.Scalar<long>(connection, $"SELECT coalesce(max(id & {SearchOrder.MaxSequence}), 0) FROM items");
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
            INSERT INTO items (id, file_id, position, line, column, region_code, basic_code, implementation_code, name, type, status,
                authority_id, handling_type, legal_value, legal_unit, legal_working_days, committed_value, committed_unit,
                committed_working_days, required_materials, materials, fee_charged, fee_total, online_depth, onsite_visits,
                process_steps, intermediary_services, result_name)
            VALUES ($id, $file, $position, $line, $column, $region, $basic, $implementation, $name, $type, $status,
                $authority, $handling, $legalValue, $legalUnit, $legalDays, $committedValue, $committedUnit,
                $committedDays, $required, $materials, $charged, $feeTotal, $depth, $visits,
                $steps, $intermediaries, $result)
            """);
        insertDocument = new(connection, "INSERT INTO documents (item_id, json) VALUES ($item, $json)");
        // The lists of all items of a file, read from their documents in five statements (not one per value). DISTINCT where
        // OR IGNORE would not do: a first build makes the unique indexes at its end (see BeginBuild).
        insertLists = new(connection, """
            INSERT INTO materials (item_id, position, name, required, form, medium, copies, source)
                SELECT d.item_id, m.key, m.value ->> 'name', coalesce(m.value ->> 'required', 1), m.value ->> 'form',
                       m.value ->> 'medium', m.value ->> 'copies', m.value ->> 'source'
                FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.guide.materials') m WHERE i.file_id = $file;
            INSERT INTO fees (item_id, position, name, amount, basis)
                SELECT d.item_id, f.key, f.value ->> 'name', f.value ->> 'amount', f.value ->> 'basis'
                FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.guide.fees.items') f WHERE i.file_id = $file;
            INSERT OR IGNORE INTO channels (item_id, channel)
                SELECT DISTINCT d.item_id, c.value FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.guide.channels') c WHERE i.file_id = $file;
            INSERT OR IGNORE INTO service_objects (item_id, object)
                SELECT DISTINCT d.item_id, o.value FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.serviceObjects') o WHERE i.file_id = $file;
            INSERT OR IGNORE INTO themes (item_id, theme)
                SELECT DISTINCT d.item_id, trim(t.value) FROM items i JOIN documents d ON d.item_id = i.id, json_each(d.json, '$.themes') t
                WHERE i.file_id = $file AND trim(t.value) <> '';
            """);
        insertText = new(connection, "INSERT INTO item_text (rowid, name, materials, conditions, authority, other) VALUES ($id, $name, $materials, $conditions, $authority, $other)");
        deletePairs = new(connection, "DELETE FROM item_pairs WHERE rowid IN (SELECT id FROM items WHERE file_id = $id)");
        insertPairs = new(connection, "INSERT INTO item_pairs (rowid, pairs) VALUES ($id, $pairs)");
    }

    /// <summary>True when the database was made anew when opened (a new file, or a catalogue of an older layout, whose files are then all read again).</summary>
    public bool Created { get; }

    /// <summary>The builder's connection (for tests: a page limit stands for a full disk).</summary>
    internal SqliteConnection Connection => connection;

    /// <summary>Opens a catalogue to add to, or creates it when the file does not exist or is empty.</summary>
    public static SqliteCatalogueWriter Open(string path)
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

            // A first build cut short (killed) may have left out the indexes it makes after its rows (see BeginBuild).
            CatalogueSchema.Execute(connection, string.Join('\n', CatalogueSchema.Indexes.Values));
            CatalogueSchema.Execute(connection, "PRAGMA synchronous = NORMAL");
            CatalogueSchema.Execute(connection, "PRAGMA cache_size = -65536");
            CatalogueSchema.Execute(connection, "PRAGMA temp_store = MEMORY");
            var builder = new SqliteCatalogueWriter(connection, created, hold, path);
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
    /// While many files are imported, the full-text indexes only append (one segment per file) and are merged once at the
    /// end: much faster than merging as they grow. Into an empty catalogue (a first build), the indexes that only searches
    /// use are made after the rows (<see cref="EndBuild"/>), sorted once: inserted file by file, each file's transaction
    /// rewrote a hundred pages of each (the journal and the file written 5 times the size of the database).
    /// </summary>
    public void BeginBuild()
    {
        SetAutomerge(0);
        if (CatalogueSchema.Scalar<long>(connection, "SELECT count(*) FROM (SELECT 1 FROM items LIMIT 1)") == 0)
        {
            CatalogueSchema.InTransaction(connection, () =>
            {
                foreach (var index in CatalogueSchema.Indexes.Keys.Except(IndexesOfTheImport))
                {
                    CatalogueSchema.Execute(connection, $"DROP INDEX IF EXISTS {index}");
                }
            });
        }
    }

    public void Optimize()
    {
        CatalogueSchema.Execute(connection, "INSERT INTO item_text (item_text) VALUES ('optimize')");
        CatalogueSchema.Execute(connection, "INSERT INTO item_pairs (item_pairs) VALUES ('optimize')");
    }

    /// <summary>The full-text indexes merge again as they grow; the indexes <see cref="BeginBuild"/> dropped are made.</summary>
    public void EndBuild()
    {
        SetAutomerge(DefaultAutomerge);
        CatalogueSchema.Execute(connection, string.Join('\n', CatalogueSchema.Indexes.Values));
    }

    public long? FindFile(string identity) => findFile.Scalar(identity) as long?;

    public void SetUnreadable(string identity, CatalogueLeftOut? unreadable) =>
        CatalogueSchema.InTransaction(connection, () => LeftOutTable.SetUnreadable(connection, identity, unreadable));

    public IReadOnlyList<CatalogueLeftOut> LeftOutOf(string identity) => LeftOutTable.Of(connection, identity);

    public void KeepLeftOutOf(IReadOnlySet<string> identities) => LeftOutTable.KeepOnly(connection, identities);

    public Exception WhileWriting(DbException exception) =>
        exception is SqliteException sqlite ? CatalogueSchema.WhileWriting(path, sqlite) : new InvalidDataException($"{path} cannot be written as a catalogue: {exception.Message}", exception);

    /// <summary>Each item's document (JSON) and full-text rows: most of the work of an import that is not SQLite's.</summary>
    public PreparedFile Prepare(CatalogueSource source, Inventory inventory)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(inventory);
        return new SqliteFile(source, inventory, inventory.Items.Select(item =>
        {
            var (text, pairs) = Text(item, inventory.Region.Code, skipNulls: true);
            return new SqliteItem(ItemDocument.Write(item), text, pairs);
        }).ToArray());
    }

    /// <summary>
    /// The five columns of <c>item_text</c> and the keys of <c>item_pairs</c> (<see cref="SearchText.Keys"/>). A transform
    /// may hand over an item with a null text (<c>null!</c>): ahead, on a worker thread, it is skipped, so that the import
    /// fails on its NOT NULL column (a name, a material) as an import of an unprepared file does.
    /// </summary>
    private static (string[] Text, string Pairs) Text(ServiceItem item, string region, bool skipNulls = false)
    {
        var (columns, texts) = ItemRow.Text(item);
        return (columns, SearchText.Keys(
            skipNulls ? item.Name ?? string.Empty : item.Name,
            skipNulls ? texts.Where(text => text is not null) : texts,
            ItemRow.FilterKeys(item, region)));
    }

    /// <summary>Imports one inventory and records what was left out of its file (in the same transaction).</summary>
    public CatalogueFileOutcome Import(PreparedFile file, IReadOnlyList<CatalogueLeftOut> leftOut)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (source, inventory) = (file.Source, file.Inventory);
        var prepared = (file as SqliteFile)?.Items; // else each item's rows are made during the transaction, in the order they are written
        var outcome = CatalogueFileOutcome.Added;
        CatalogueSchema.InTransaction(connection, () =>
        {
            var identity = CatalogueBuilder.Identity(source.File);
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

            // Ids are numbered in the file's order, and the rows written in the order of their ids: FTS5 writes out its
            // pending rows (a segment) whenever a rowid is lower than the last one, and a table's B-tree takes rows in
            // order as runs; in the file's order, the search order's ids went back and forth (a segment per few items).
            // The authorities too are added in the file's order (their ids as before).
            var ids = new long[inventory.Items.Count];
            var authorityIds = new long[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                authorityIds[i] = AuthorityId(inventory.Items[i].Authority, authorities);
                ids[i] = SearchOrder.Id(inventory.Items[i].Name, region, ++lastSequence);
            }

            var order = Enumerable.Range(0, ids.Length).OrderBy(i => ids[i]).ToArray();
            foreach (var i in order)
            {
                insertItem.Run([ids[i], fileId, i, .. Position(source, i), region, .. ItemRow.Values(inventory.Items[i], authorityIds[i])]);
                insertDocument.Run(ids[i], prepared?[i].Document ?? ItemDocument.Write(inventory.Items[i]));
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

            // The full-text rows come last. FTS5 keeps a transaction's new rows in memory and writes them as one segment at
            // COMMIT, but flushes them whenever a later statement of the transaction opens a statement journal (an INSERT
            // with RETURNING or a foreign key, the lists, left_out): written between the items, they made a segment per
            // item, merged again and again (a third of a build's time).
            foreach (var i in order)
            {
                var (text, pairs) = prepared is null ? Text(inventory.Items[i], region) : (prepared[i].Text, prepared[i].Pairs);
                insertText.Run([ids[i], .. text]);
                insertPairs.Run(ids[i], pairs);
            }
        });
        return outcome;
    }

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

    /// <summary>The indexes an import itself reads (a file's items; what was left out of it): never dropped during a build.</summary>
    private static readonly string[] IndexesOfTheImport = ["items_file", "left_out_identity"];

    /// <summary>FTS5's default: merge once 4 segments of a level exist.</summary>
    private const int DefaultAutomerge = 4;

    public Dictionary<string, StoredFile> KnownFiles()
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

    public int RemoveFile(long id)
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

    public int Count(string table) => (int)CatalogueSchema.Scalar<long>(connection, $"SELECT count(*) FROM {table}");

    private void AddRegion(Region region)
    {
        var (values, ancestors) = ItemRow.Region(region);
        upsertRegion.Run(values);
        foreach (var ancestor in ancestors)
        {
            insertAncestor.Run(ancestor, region.Code);
        }
    }

    /// <summary>The id of an item's authority, added when this file has not named it before.</summary>
    private long AuthorityId(Authority authority, Dictionary<(string, string), long> authorities)
    {
        var key = (authority.Name, authority.CreditCode ?? string.Empty);
        if (!authorities.TryGetValue(key, out var authorityId))
        {
            authorityId = (long)upsertAuthority.Scalar(ItemRow.Authority(authority))!;
            authorities[key] = authorityId;
        }

        return authorityId;
    }

    /// <summary>The line and column of item <paramref name="index"/> in its file, when known.</summary>
    private static object?[] Position(CatalogueSource source, int index) =>
        index < source.ItemPositions.Count && source.ItemPositions[index] is { } at ? [at.Line, at.Column] : [null, null];

    /// <summary>A file with its items' documents and full-text rows computed ahead (<see cref="Prepare"/>).</summary>
    private sealed class SqliteFile(CatalogueSource source, Inventory inventory, IReadOnlyList<SqliteItem> items) : PreparedFile(source, inventory)
    {
        public IReadOnlyList<SqliteItem> Items { get; } = items;
    }

    /// <summary>An item's document (format 1.0 JSON), the five columns of <c>item_text</c> and the tokens of <c>item_pairs</c>.</summary>
    private sealed record SqliteItem(string Document, string[] Text, string Pairs);
}
