using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using ServiceStandard.Model;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The PostgreSQL store of <see cref="CatalogueBuilder"/>. Each file in one transaction, its items, documents and text
/// written with COPY (binary), its lists (materials, fees, channels, service objects, themes) read from the documents
/// by the server. One build at a time per catalogue: the builder's own session (not pooled) holds an advisory lock
/// (<c>pg_try_advisory_lock</c>, see <see cref="PostgresStore.BuildLock"/>) from Open to Dispose; readers are never kept out, and see each file's import whole or
/// not at all.
/// </summary>
internal sealed class PostgresCatalogueWriter : ICatalogueWriter
{
    private const string ItemColumns = "id, file_id, position, line, \"column\", region_code, " + ItemRow.Columns;

    /// <summary>
    /// The lists of all items of a file, read from their documents (as the SQLite store does) in one statement: each
    /// document is parsed once (<c>docs</c>), not twice in each of five statements.
    /// </summary>
    private const string InsertLists = """
        WITH docs AS MATERIALIZED (
            SELECT d.item_id, d.json::jsonb AS j FROM items i JOIN documents d ON d.item_id = i.id WHERE i.file_id = @file),
        materials_rows AS (
            INSERT INTO materials (item_id, position, name, required, form, medium, copies, source)
            SELECT d.item_id, m.n - 1, m.value ->> 'name', coalesce((m.value ->> 'required')::boolean, true), m.value ->> 'form',
                   m.value ->> 'medium', (m.value ->> 'copies')::integer, m.value ->> 'source'
            FROM docs d,
                 jsonb_array_elements(CASE WHEN jsonb_typeof(d.j -> 'guide' -> 'materials') = 'array' THEN d.j -> 'guide' -> 'materials' END) WITH ORDINALITY m(value, n)),
        fees_rows AS (
            INSERT INTO fees (item_id, position, name, amount, basis)
            SELECT d.item_id, f.n - 1, f.value ->> 'name', (f.value ->> 'amount')::double precision, f.value ->> 'basis'
            FROM docs d,
                 jsonb_array_elements(CASE WHEN jsonb_typeof(d.j -> 'guide' -> 'fees' -> 'items') = 'array' THEN d.j -> 'guide' -> 'fees' -> 'items' END) WITH ORDINALITY f(value, n)),
        channel_rows AS (
            INSERT INTO channels (item_id, channel)
            SELECT d.item_id, c.value FROM docs d,
                 jsonb_array_elements_text(CASE WHEN jsonb_typeof(d.j -> 'guide' -> 'channels') = 'array' THEN d.j -> 'guide' -> 'channels' END) c(value)
            ON CONFLICT DO NOTHING),
        object_rows AS (
            INSERT INTO service_objects (item_id, object)
            SELECT d.item_id, o.value FROM docs d,
                 jsonb_array_elements_text(CASE WHEN jsonb_typeof(d.j -> 'serviceObjects') = 'array' THEN d.j -> 'serviceObjects' END) o(value)
            ON CONFLICT DO NOTHING),
        theme_rows AS (
            INSERT INTO themes (item_id, theme)
            SELECT d.item_id, btrim(t.value) FROM docs d,
                 jsonb_array_elements_text(CASE WHEN jsonb_typeof(d.j -> 'themes') = 'array' THEN d.j -> 'themes' END) t(value)
            WHERE btrim(t.value) <> '' ON CONFLICT DO NOTHING)
        SELECT 1;
        """;

    /// <summary>The types of <see cref="ItemColumns"/>, in order.</summary>
    private static readonly NpgsqlDbType[] ItemColumnTypes =
    [
        NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Text,
        NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Boolean, NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
        NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text,
    ];

    private readonly NpgsqlConnection connection;
    private readonly string display;

    private PostgresCatalogueWriter(NpgsqlConnection connection, string display, bool created)
    {
        this.connection = connection;
        this.display = display;
        Created = created;
    }

    public bool Created { get; }

    /// <summary>Opens (and when needed creates) a catalogue in a PostgreSQL database, holding its build lock.</summary>
    public static PostgresCatalogueWriter Open(string location)
    {
        var display = CatalogueStore.Display(location);
        var connection = PostgresStore.Connect(location, pooling: false);
        try
        {
            if (!PostgresStore.Scalar<bool>(connection, $"SELECT pg_try_advisory_lock({PostgresStore.BuildLock})"))
            {
                throw new IOException($"another catalogue build is using {display}; run this one when it is done");
            }

            var version = PostgresStore.VersionOf(connection);
            if (version < 0)
            {
                throw new InvalidDataException($"{display} is not a svcstd catalogue: its schema holds other tables. It was left untouched: give svcstd a database (or a schema, with Search Path=) of its own.");
            }

            if (version > PostgresStore.Version)
            {
                throw new InvalidDataException(
                    $"{display} is a catalogue of layout {version}, newer than this svcstd builds ({PostgresStore.Version}). It was left untouched: update svcstd, or build another database.");
            }

            PostgresStore.RequireTrigrams(connection, display);
            var created = version != PostgresStore.Version;
            if (created)
            {
                PostgresStore.Create(connection);
            }

            var writer = new PostgresCatalogueWriter(connection, display, created);
            connection = null;
            return writer;
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidDataException($"{display} cannot be opened as a catalogue: {PostgresStore.Reason(exception)}", exception);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    public Dictionary<string, StoredFile> KnownFiles()
    {
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        foreach (var (identity, file) in CatalogueRows.Read(connection, "SELECT identity, id, path, sha256, items, region_code FROM files", reader =>
            (reader.GetString(0), new StoredFile(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5)))))
        {
            files[identity] = file;
        }

        return files;
    }

    /// <summary>
    /// The first build of a new catalogue writes its search rows without their indexes and makes them once at the end
    /// (<see cref="EndBuild"/>): much faster than growing them file by file. Later builds keep them.
    /// </summary>
    public void BeginBuild()
    {
        if (Created)
        {
            PostgresStore.Execute(connection, "DROP INDEX IF EXISTS item_search_text; DROP INDEX IF EXISTS item_search_keys; DROP INDEX IF EXISTS item_search_file");
        }
    }

    /// <summary>Fresh planner statistics after a build that changed something.</summary>
    public void Optimize() => PostgresStore.Execute(connection, "ANALYZE items; ANALYZE item_search; ANALYZE region_ancestors; ANALYZE service_objects; ANALYZE themes");

    /// <summary>Makes the GIN indexes when <see cref="BeginBuild"/> left them out (also after a failed build: the files imported are searchable).</summary>
    public void EndBuild() => PostgresStore.Execute(connection, PostgresStore.TextIndexes);

    public PreparedFile Prepare(CatalogueSource source, Inventory inventory) => new(source, inventory);

    public CatalogueFileOutcome Import(PreparedFile file, IReadOnlyList<CatalogueLeftOut> leftOut)
    {
        var (source, inventory) = (file.Source, file.Inventory);
        var outcome = CatalogueFileOutcome.Added;
        InTransaction(() =>
        {
            var identity = CatalogueBuilder.Identity(source.File);
            var region = inventory.Region.Code;
            string? oldRegion = null;
            var oldAuthorities = Array.Empty<long>();
            long fileId;
            if (FindFile(identity) is { } existing)
            {
                outcome = CatalogueFileOutcome.Updated;
                fileId = existing;
                oldAuthorities = AuthoritiesOf(fileId);
                oldRegion = PostgresStore.Scalar<string>(connection, "SELECT region_code FROM files WHERE id = @id", ("@id", fileId));
                DeleteItems(fileId);
                PostgresStore.Execute(connection, "UPDATE files SET path = @path, sha256 = @sha, region_code = @region, items = @items WHERE id = @id",
                    ("@path", source.File), ("@sha", source.ContentHash), ("@region", region), ("@items", inventory.Items.Count), ("@id", fileId));
            }
            else
            {
                fileId = PostgresStore.Scalar<long>(connection, "INSERT INTO files (identity, path, sha256, region_code, items) VALUES (@identity, @path, @sha, @region, @items) RETURNING id",
                    ("@identity", identity), ("@path", source.File), ("@sha", source.ContentHash), ("@region", region), ("@items", inventory.Items.Count));
            }

            AddRegion(inventory.Region);
            AddItems(fileId, source, region, inventory.Items);
            PostgresStore.Execute(connection, InsertLists, ("@file", fileId));
            LeftOutTable.Replace(connection, identity, leftOut);
            foreach (var authority in oldAuthorities)
            {
                DeleteAuthority(authority);
            }

            if (oldRegion is not null && oldRegion != region)
            {
                DeleteRegion(oldRegion);
            }
        });
        return outcome;
    }

    public long? FindFile(string identity) => PostgresStore.Scalar<long?>(connection, "SELECT id FROM files WHERE identity = @identity", ("@identity", identity));

    public int RemoveFile(long id)
    {
        var items = 0;
        InTransaction(() =>
        {
            var authorities = AuthoritiesOf(id);
            PostgresStore.Execute(connection, "DELETE FROM left_out WHERE identity = (SELECT identity FROM files WHERE id = @id)", ("@id", id));
            DeleteItems(id);
            var (region, count) = CatalogueRows.Read(connection, "DELETE FROM files WHERE id = @id RETURNING region_code, items", r => (r.GetString(0), r.GetInt32(1)), ("@id", id))[0];
            items = count;
            foreach (var authority in authorities)
            {
                DeleteAuthority(authority);
            }

            DeleteRegion(region);
        });
        return items;
    }

    public void SetUnreadable(string identity, CatalogueLeftOut? unreadable) => InTransaction(() => LeftOutTable.SetUnreadable(connection, identity, unreadable));

    public IReadOnlyList<CatalogueLeftOut> LeftOutOf(string identity) => LeftOutTable.Of(connection, identity);

    public void KeepLeftOutOf(IReadOnlySet<string> identities) => LeftOutTable.KeepOnly(connection, identities);

    public int Count(string table) => CatalogueRows.Count(connection, table);

    public Exception WhileWriting(DbException exception) => exception is PostgresException { SqlState: "53100" }
        ? new IOException($"{display}: the database server's disk is full; the catalogue keeps what it had before the file being imported", exception)
        : new InvalidDataException($"{display} cannot be written as a catalogue: {PostgresStore.Reason(exception)}", exception);

    public void Dispose()
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                PostgresStore.Execute(connection, $"SELECT pg_advisory_unlock({PostgresStore.BuildLock})");
            }
            catch (NpgsqlException)
            {
                // Closing the session below releases the lock anyway.
            }
        }

        connection.Dispose();
    }

    /// <summary>Runs <paramref name="body"/> in one transaction, which also stores a new random <c>meta.state</c> (see <see cref="FacetValues"/>).</summary>
    private void InTransaction(Action body)
    {
        using var transaction = connection.BeginTransaction();
        body();
        PostgresStore.Execute(connection, PostgresStore.NewState);
        transaction.Commit();
    }

    private long[] AuthoritiesOf(long fileId) =>
        [.. CatalogueRows.Read(connection, "SELECT DISTINCT authority_id FROM items WHERE file_id = @id", r => r.GetInt64(0), ("@id", fileId))];

    /// <summary>Deletes a file's items (their documents and lists go with them) and their search rows.</summary>
    private void DeleteItems(long fileId)
    {
        PostgresStore.Execute(connection, """
            DELETE FROM item_search WHERE file_id = @id;
            DELETE FROM items WHERE file_id = @id;
            """, ("@id", fileId));
    }

    private void DeleteAuthority(long id) =>
        PostgresStore.Execute(connection, "DELETE FROM authorities WHERE id = @id AND NOT EXISTS (SELECT 1 FROM items WHERE authority_id = @id)", ("@id", id));

    private void DeleteRegion(string code) => PostgresStore.Execute(connection, """
        DELETE FROM region_ancestors WHERE code = @code AND NOT EXISTS (SELECT 1 FROM files WHERE region_code = @code);
        DELETE FROM regions WHERE code = @code AND NOT EXISTS (SELECT 1 FROM files WHERE region_code = @code);
        """, ("@code", code));

    private void AddRegion(Region region)
    {
        var (values, ancestors) = ItemRow.Region(region);
        PostgresStore.Execute(connection, """
            INSERT INTO regions (code, name, full_name, level, parent_code, province_code, province_name, city_code, city_name)
            VALUES (@code, @name, @full, @level, @parent, @province, @provinceName, @city, @cityName)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name;
            INSERT INTO region_ancestors (ancestor, code) SELECT unnest(@ancestors), @code ON CONFLICT DO NOTHING;
            """,
            ("@code", values[0]), ("@name", values[1]), ("@full", values[2]), ("@level", values[3]), ("@parent", values[4]),
            ("@province", values[5]), ("@provinceName", values[6]), ("@city", values[7]), ("@cityName", values[8]), ("@ancestors", ancestors.ToArray()));
    }

    private long Authority(Authority authority, Dictionary<(string, string), long> known)
    {
        var key = (authority.Name, authority.CreditCode ?? string.Empty);
        if (!known.TryGetValue(key, out var id))
        {
            var values = ItemRow.Authority(authority);
            id = PostgresStore.Scalar<long>(connection, """
                INSERT INTO authorities (name, credit_code, nature, level, source) VALUES (@name, @credit, @nature, @level, @source)
                ON CONFLICT (name, credit_code) DO UPDATE SET nature = excluded.nature, level = excluded.level, source = excluded.source
                RETURNING id
                """, ("@name", values[0]), ("@credit", values[1]), ("@nature", values[2]), ("@level", values[3]), ("@source", values[4]));
            known[key] = id;
        }

        return id;
    }

    /// <summary>The items of a file, their documents and their text, each table in one COPY; ids taken from the sequence in item order.</summary>
    private void AddItems(long fileId, CatalogueSource source, string region, IReadOnlyList<ServiceItem> items)
    {
        var authorities = new Dictionary<(string, string), long>();
        var authorityIds = items.Select(item => Authority(item.Authority, authorities)).ToArray();
        var ids = CatalogueRows.Read(connection, "SELECT nextval('items_id_seq') FROM generate_series(1, @count) ORDER BY 1", r => r.GetInt64(0), ("@count", items.Count));
        using (var copy = connection.BeginBinaryImport($"COPY items ({ItemColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var at = i < source.ItemPositions.Count ? source.ItemPositions[i] : null;
                object?[] row = [ids[i], fileId, i, at?.Line, at?.Column, region, .. ItemRow.Values(items[i], authorityIds[i])];
                copy.StartRow();
                for (var column = 0; column < row.Length; column++)
                {
                    Write(copy, row[column], ItemColumnTypes[column]);
                }
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("COPY documents (item_id, json) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < items.Count; i++)
            {
                copy.WriteRow(ids[i], ItemDocument.Write(items[i]));
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("COPY item_search (item_id, file_id, bucket, region_code, basic_code, name, search, keys) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var (columns, texts) = ItemRow.Text(item);
                copy.StartRow();
                copy.Write(ids[i], NpgsqlDbType.Bigint);
                copy.Write(fileId, NpgsqlDbType.Bigint);
                copy.Write(SearchOrder.Bucket(SearchOrder.Id(item.Name, region, 1)), NpgsqlDbType.Bigint);
                copy.Write(region, NpgsqlDbType.Text);
                copy.Write(item.BasicCode, NpgsqlDbType.Text);
                copy.Write(item.Name, NpgsqlDbType.Text);
                copy.Write(string.Join('\n', columns.Select(SearchText.FoldCase)), NpgsqlDbType.Text);
                copy.Write(Keys(item, region, texts), NpgsqlDbType.Array | NpgsqlDbType.Text);
            }

            copy.Complete();
        }
    }

    /// <summary>
    /// The keys of an item in <c>item_search</c>: its text's pairs and characters as themselves (1 or 2 characters), and
    /// its name's keys and its filters' as SQLite's key index writes them (a letter and hexadecimal: 3 characters or
    /// more, so never one of the text's).
    /// </summary>
    private static string[] Keys(ServiceItem item, string region, List<string> texts) =>
        [.. SearchText.PairsAndSingles(texts), .. SearchText.Keys(item.Name, [], ItemRow.FilterKeys(item, region)).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static void Write(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }
}
