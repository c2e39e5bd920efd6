using Microsoft.Data.Sqlite;

namespace ServiceStandard.Catalogue;

/// <summary>
/// The tables of a catalogue database. One row per item, with the figures reports use as columns; the
/// lists (materials, fees, channels, service objects, themes) in their own tables; the whole item as
/// format 1.0 JSON apart (documents), so that the rows searches visit stay small; and two FTS5 indexes over
/// the words people search for: trigrams (item_text) and pairs of characters (item_pairs, see SearchText).
/// And what the last build left out of its files (left_out, see LeftOutTable): each item with an error and each
/// file that cannot be read, with the diagnostic that left it out (code, arguments, pointer and position).
/// </summary>
internal static partial class CatalogueSchema
{
    /// <summary>What <c>meta.format</c> holds in every catalogue.</summary>
    public const string Format = "svcstd-catalogue";

    /// <summary>
    /// The layout version; a catalogue of another version is rebuilt from its files (2: table left_out; 3: item ids in
    /// search order (<see cref="SearchOrder"/>), and the key index holds single characters, the name's keys and the filters;
    /// 4: the lists (materials, fees, channels, service objects, themes) are tables with rows in the order they were
    /// written and a unique index by item, which a first build makes at its end: kept in the order of the item ids, every
    /// file's rows landed all over them, and a first build wrote its database five times over).
    /// </summary>
    public const int Version = 4;

    private const string Tables = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            region_code TEXT NOT NULL,
            items INTEGER NOT NULL);
        CREATE TABLE regions (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            full_name TEXT NOT NULL,
            level TEXT NOT NULL,
            parent_code TEXT,
            province_code TEXT, province_name TEXT,
            city_code TEXT, city_name TEXT) WITHOUT ROWID;
        CREATE TABLE region_ancestors (
            ancestor TEXT NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (ancestor, code)) WITHOUT ROWID;
        CREATE TABLE authorities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            credit_code TEXT NOT NULL,
            nature TEXT, level TEXT, source TEXT,
            UNIQUE (name, credit_code));
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            line INTEGER, column INTEGER,
            region_code TEXT NOT NULL,
            basic_code TEXT NOT NULL,
            implementation_code TEXT,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            authority_id INTEGER NOT NULL REFERENCES authorities(id),
            handling_type TEXT,
            legal_value REAL, legal_unit TEXT, legal_working_days REAL,
            committed_value REAL, committed_unit TEXT, committed_working_days REAL,
            required_materials INTEGER NOT NULL,
            materials INTEGER NOT NULL,
            fee_charged INTEGER, fee_total REAL NOT NULL,
            online_depth INTEGER, onsite_visits INTEGER,
            process_steps INTEGER NOT NULL,
            intermediary_services INTEGER NOT NULL,
            result_name TEXT);
        CREATE INDEX items_file ON items(file_id);
        CREATE INDEX items_region ON items(region_code, basic_code);
        CREATE INDEX items_basic ON items(basic_code);
        CREATE INDEX items_type ON items(type);
        CREATE TABLE documents (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            json TEXT NOT NULL);
        CREATE TABLE materials (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL, required INTEGER NOT NULL,
            form TEXT, medium TEXT, copies INTEGER, source TEXT);
        CREATE UNIQUE INDEX materials_item ON materials(item_id, position);
        CREATE INDEX materials_name ON materials(name);
        CREATE TABLE fees (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL, amount REAL NOT NULL, basis TEXT);
        CREATE UNIQUE INDEX fees_item ON fees(item_id, position);
        CREATE TABLE channels (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            channel TEXT NOT NULL);
        CREATE UNIQUE INDEX channels_item ON channels(item_id, channel);
        CREATE TABLE service_objects (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            object TEXT NOT NULL);
        CREATE UNIQUE INDEX service_objects_item ON service_objects(item_id, object);
        CREATE INDEX service_objects_object ON service_objects(object);
        CREATE TABLE themes (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            theme TEXT NOT NULL);
        CREATE UNIQUE INDEX themes_item ON themes(item_id, theme);
        CREATE INDEX themes_theme ON themes(theme);
        CREATE TABLE left_out (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL,
            path TEXT NOT NULL,
            region_code TEXT,
            item INTEGER,
            basic_code TEXT,
            code TEXT NOT NULL,
            arguments TEXT NOT NULL,
            pointer TEXT NOT NULL,
            line INTEGER, column INTEGER);
        CREATE INDEX left_out_identity ON left_out(identity);
        CREATE VIRTUAL TABLE item_text USING fts5(name, materials, conditions, authority, other, tokenize = 'trigram');
        CREATE VIRTUAL TABLE item_pairs USING fts5(pairs, content = '', contentless_delete = 1, detail = 'none', tokenize = 'ascii');
        """;

    private static readonly string[] TableNames =
        ["left_out", "item_pairs", "item_text", "themes", "service_objects", "channels", "fees", "materials", "documents", "items", "authorities", "region_ancestors", "regions", "files", "meta"];

    /// <summary>The layout's indexes made with CREATE [UNIQUE] INDEX (not those of the keys), by name: each its statement, IF NOT EXISTS.</summary>
    public static IReadOnlyDictionary<string, string> Indexes { get; } = CreateIndex().Matches(Tables)
        .ToDictionary(m => m.Groups[1].Value, m => m.Value.Replace(" INDEX ", " INDEX IF NOT EXISTS ", StringComparison.Ordinal), StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"CREATE (?:UNIQUE )?INDEX (\w+) ON [^;]+;")]
    private static partial System.Text.RegularExpressions.Regex CreateIndex();

    /// <summary>Opens a connection with foreign keys on and no pooling (a closed catalogue releases its file).</summary>
    public static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            ForeignKeys = true,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The layout version of an open database: 0 when it is empty, -1 when it is something else.</summary>
    public static int VersionOf(SqliteConnection connection)
    {
        if (Scalar<long>(connection, "SELECT count(*) FROM sqlite_master") == 0)
        {
            return 0;
        }

        if (Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") == 0
            || Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'format'") != Format)
        {
            return -1;
        }

        return int.TryParse(Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'version'"), out var version) ? version : -1;
    }

    /// <summary>Drops whatever catalogue tables exist and creates the current layout.</summary>
    public static void Create(SqliteConnection connection)
    {
        InTransaction(connection, () =>
        {
            foreach (var table in TableNames)
            {
                Execute(connection, $"DROP TABLE IF EXISTS {table}");
            }

            Execute(connection, Tables);
            Execute(connection, "INSERT INTO meta (key, value) VALUES ('format', $format), ('version', $version)",
                ("$format", Format), ("$version", Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    /// <summary>
    /// Runs <paramref name="body"/> in one write transaction: all of it is stored, or none. The transaction also stores a
    /// new random <c>meta.state</c>, by which a reader knows whether what it holds in memory (<see cref="FacetValues"/>)
    /// is of the state it reads.
    /// </summary>
    public static void InTransaction(SqliteConnection connection, Action body)
    {
        Execute(connection, "BEGIN IMMEDIATE");
        try
        {
            body();
            Execute(connection, "INSERT OR REPLACE INTO meta (key, value) VALUES ('state', lower(hex(randomblob(16))))");
            Execute(connection, "COMMIT");
        }
        catch
        {
            // SQLite may have rolled the transaction back itself (a full disk, SQLITE_FULL): then there is nothing
            // to roll back, and the failure to report is the first one, not "no transaction is active".
            try
            {
                Execute(connection, "ROLLBACK");
            }
            catch (SqliteException)
            {
            }

            throw;
        }
    }

    /// <summary>What a failure of SQLite while writing means to a user: a full disk is an <see cref="IOException"/> saying so.</summary>
    public static Exception WhileWriting(string path, SqliteException exception) => exception.SqliteErrorCode switch
    {
        13 => new IOException($"{path}: the disk is full (or the database reached its size limit); the catalogue keeps what it had before the file being imported", exception),
        10 => new IOException($"{path}: the disk failed while writing ({exception.Message})", exception),
        _ => new InvalidDataException($"{path} cannot be written as a catalogue: {exception.Message}", exception),
    };

    /// <summary>The exception for a file SQLite refuses: not a database at all (SQLITE_NOTADB), or unreadable.</summary>
    public static InvalidDataException CannotOpen(string path, SqliteException exception, string suffix) =>
        new(exception.SqliteErrorCode == 26
            ? $"{path} is not a svcstd catalogue.{suffix}"
            : $"{path} cannot be opened as a catalogue: {exception.Message}", exception);

    public static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        CatalogueRows.Execute(connection, sql, parameters);

    public static T? Scalar<T>(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        CatalogueRows.Scalar<T>(connection, sql, parameters);

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
