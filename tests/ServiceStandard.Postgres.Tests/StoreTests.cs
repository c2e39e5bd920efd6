using Npgsql;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Postgres.Tests;

/// <summary>What a PostgreSQL catalogue says when it is busy, is not a catalogue, or lives in a database pg_trgm cannot index Chinese in.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreTests(PostgresServer server)
{
    [Fact]
    public void A_second_build_is_refused_while_the_first_holds_the_database_and_readers_are_not_kept_out()
    {
        using var corpus = Corpus.Examples();
        var database = server.NewCatalogue();
        using (var first = CatalogueBuilder.Open(database))
        {
            first.Build(corpus.Files);
            var refused = Assert.Throws<IOException>(() => CatalogueBuilder.Open(database));
            Assert.Equal("another catalogue build is using postgres://postgres@127.0.0.1:54329/svcstd; run this one when it is done", Normalized(refused.Message));
            using var reader = ServiceCatalogue.Open(database);
            Assert.Equal(44, reader.Count);
        }

        using var second = CatalogueBuilder.Open(database);
        Assert.All(second.Build(corpus.Files).Files, f => Assert.Equal(CatalogueFileOutcome.Unchanged, f.Outcome));
    }

    [Fact]
    public void A_catalogue_of_layout_1_is_refused_by_readers_and_rebuilt_by_the_next_build()
    {
        using var corpus = Corpus.Examples();
        var database = server.NewCatalogue();
        using (var builder = CatalogueBuilder.Open(database))
        {
            builder.Build(corpus.Files);
        }

        // What layout 1 left: its version, its text table and the function of its name index.
        using (var connection = new NpgsqlConnection(database))
        {
            connection.Open();
            PostgresServer.Execute(connection, """
                UPDATE meta SET value = '1' WHERE key = 'version';
                CREATE TABLE item_text (item_id bigint); CREATE TABLE text_stats (rows bigint);
                CREATE FUNCTION name_keys(name text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[name] $$;
                """);
        }

        var refused = Assert.Throws<InvalidDataException>(() => ServiceCatalogue.Open(database));
        Assert.Equal("postgres://postgres@127.0.0.1:54329/svcstd is a catalogue of layout 1; build it again with 'svcstd catalogue build'.", Normalized(refused.Message));
        using (var builder = CatalogueBuilder.Open(database))
        {
            Assert.All(builder.Build(corpus.Files).Files, f => Assert.Equal(CatalogueFileOutcome.Added, f.Outcome));
        }

        using var reader = ServiceCatalogue.Open(database);
        Assert.Equal(44, reader.Count);
        Assert.Equal(reader.Search(new CatalogueQuery { Text = "许可" }).Total, reader.Search(new CatalogueQuery { Text = "许可", TotalLimit = 1000 }).Total);
        using var check = new NpgsqlConnection(database);
        check.Open();
        using var leftovers = new NpgsqlCommand(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname IN ('item_text', 'text_stats')"
            + " UNION ALL SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() AND p.proname = 'name_keys'", check);
        using var rows = leftovers.ExecuteReader();
        while (rows.Read())
        {
            Assert.Equal(0L, rows.GetInt64(0));
        }
    }

    [Fact]
    public void A_catalogue_shows_its_database_without_the_password()
    {
        using var corpus = Corpus.Examples();
        var database = server.NewCatalogue();
        using (var builder = CatalogueBuilder.Open(database))
        {
            builder.Build(corpus.Files);
        }

        using var catalogue = ServiceCatalogue.Open(database);
        Assert.Equal("postgres://postgres@127.0.0.1:54329/svcstd", Normalized(catalogue.Path));
        Assert.Contains("Password=", database, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_with_other_tables_is_left_untouched()
    {
        var database = server.NewCatalogue();
        using (var connection = new NpgsqlConnection(database))
        {
            connection.Open();
            PostgresServer.Execute(connection, "CREATE TABLE accounts (id integer)");
        }

        var error = Assert.Throws<InvalidDataException>(() => CatalogueBuilder.Open(database));
        Assert.Equal(
            "postgres://postgres@127.0.0.1:54329/svcstd is not a svcstd catalogue: its schema holds other tables. It was left untouched: give svcstd a database (or a schema, with Search Path=) of its own.",
            Normalized(error.Message));
        Assert.Equal("postgres://postgres@127.0.0.1:54329/svcstd is not a svcstd catalogue.", Normalized(Assert.Throws<InvalidDataException>(() => ServiceCatalogue.Open(database)).Message));
    }

    [Fact]
    public void An_empty_database_holds_no_catalogue_to_read()
    {
        var error = Assert.Throws<InvalidDataException>(() => ServiceCatalogue.Open(server.NewCatalogue()));
        Assert.Equal("postgres://postgres@127.0.0.1:54329/svcstd holds no catalogue; build one with 'svcstd catalogue build --db ...'.", Normalized(error.Message));
    }

    [Fact]
    public void A_database_whose_locale_does_not_count_chinese_characters_as_letters_is_refused_with_what_to_do()
    {
        var name = "c" + Guid.NewGuid().ToString("N");
        using (var connection = PostgresServer.Connect(server.Url))
        {
            PostgresServer.Execute(connection, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
        }

        try
        {
            var builder = PostgresServer.ConnectionString(server.Url);
            builder.Database = name;
            var error = Assert.Throws<InvalidDataException>(() => CatalogueBuilder.Open(builder.ConnectionString));
            Assert.Equal(
                $"postgres://postgres@127.0.0.1:54329/{name}: this database (encoding UTF8, LC_CTYPE C) does not count Chinese characters as letters, so pg_trgm cannot index them. Create the catalogue's database with CREATE DATABASE ... TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' (or LC_CTYPE 'zh_CN.UTF-8'), or initdb --encoding=UTF8 --locale=C.UTF-8.",
                Normalized(error.Message, name));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = PostgresServer.Connect(server.Url);
            PostgresServer.Execute(connection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public void A_catalogue_whose_search_path_misses_the_schema_of_pg_trgm_is_told_where_it_is()
    {
        // In a database of its own: the first build creates pg_trgm in its own schema; a second catalogue, in another
        // schema with public after it, cannot see it.
        var name = "c" + Guid.NewGuid().ToString("N");
        using (var connection = PostgresServer.Connect(server.Url))
        {
            PostgresServer.Execute(connection, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
        }

        try
        {
            var builder = PostgresServer.ConnectionString(server.Url);
            builder.Database = name;
            using (var connection = new NpgsqlConnection(builder.ConnectionString))
            {
                connection.Open();
                PostgresServer.Execute(connection, "CREATE SCHEMA first; CREATE SCHEMA second");
            }

            builder.SearchPath = "first";
            CatalogueBuilder.Open(builder.ConnectionString).Dispose();
            using (var connection = new NpgsqlConnection(builder.ConnectionString))
            using (var command = new NpgsqlCommand("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'", connection))
            {
                connection.Open();
                Assert.Equal("first", command.ExecuteScalar());
            }

            builder.SearchPath = "second, public";
            var error = Assert.Throws<InvalidDataException>(() => CatalogueBuilder.Open(builder.ConnectionString));
            Assert.Equal(
                $"postgres://postgres@127.0.0.1:54329/{name}: the extension pg_trgm is installed in the schema first, which is not on this connection's search path (second, public); add it after the catalogue's schema (Search Path=second, public, first in a connection string, ?Search%20Path=... in a URL), or have a database administrator move it: ALTER EXTENSION pg_trgm SET SCHEMA public.",
                Normalized(error.Message, name));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = PostgresServer.Connect(server.Url);
            PostgresServer.Execute(connection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>The message with the server's own host, port and database (from SERVICESTANDARD_TEST_POSTGRES) written as scripts/postgres.sh starts them.</summary>
    private string Normalized(string message, string? database = null)
    {
        var url = PostgresServer.ConnectionString(server.Url);
        return message.Replace(
            $"postgres://{url.Username}@{url.Host}:{url.Port}/{database ?? url.Database}",
            $"postgres://postgres@127.0.0.1:54329/{database ?? "svcstd"}",
            StringComparison.Ordinal);
    }
}
