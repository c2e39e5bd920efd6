using ServiceStandard.Catalogue;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>How the string given as a catalogue names its store (no server needed: nothing here connects).</summary>
public sealed class CatalogueStoreTests
{
    [Theory]
    [InlineData("postgres://svcstd:secret@db.example:5432/catalogue", true)]
    [InlineData("POSTGRESQL://db/catalogue", true)]
    [InlineData("Host=db.example;Database=catalogue;Username=svcstd", true)]
    [InlineData("host=localhost;database=catalogue", true)]
    [InlineData("catalogue.db", false)]
    [InlineData("out/a=b.db", false)]
    [InlineData("Database=catalogue", false)]
    [InlineData("Colour=blue;Shape=round", false)]
    [InlineData("", false)]
    public void A_url_or_a_connection_string_naming_a_host_is_postgres_anything_else_a_sqlite_file(string location, bool postgres) =>
        Assert.Equal(postgres, CatalogueStore.IsPostgres(location));

    [Fact]
    public void A_file_that_exists_is_sqlite_even_when_its_name_reads_as_a_connection_string()
    {
        var folder = Directory.CreateTempSubdirectory("svcstd-store-").FullName;
        try
        {
            var file = Path.Combine(folder, "Host=db;Database=catalogue");
            Assert.True(CatalogueStore.IsPostgres(file[(folder.Length + 1)..]));
            File.WriteAllBytes(file, []);
            Assert.False(CatalogueStore.IsPostgres(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("postgres://svcstd:s%40cret@db.example:6543/national?sslmode=require", "postgres://svcstd@db.example:6543/national")]
    [InlineData("postgresql://db.example/national", "postgres://db.example:5432/national")]
    [InlineData("Host=db.example;Database=national;Username=svcstd;Password=secret", "postgres://svcstd@db.example:5432/national")]
    [InlineData("catalogue.db", "catalogue.db")]
    public void A_postgres_database_is_shown_without_its_password(string location, string shown) =>
        Assert.Equal(shown, CatalogueStore.Display(location));

    [Fact]
    public void A_url_becomes_the_connection_string_it_stands_for()
    {
        var builder = PostgresStore.ConnectionString("postgres://svcstd:s%40cret@db.example:6543/national?sslmode=require");
        Assert.Equal(
            ("db.example", 6543, "national", "svcstd", "s@cret", Npgsql.SslMode.Require),
            (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
    }

    [Fact]
    public void An_unreadable_postgres_location_is_a_clear_error_not_a_crash()
    {
        var error = Assert.Throws<InvalidDataException>(() => ServiceCatalogue.Open("postgres://db.example:5432/national?colour=blue"));
        Assert.StartsWith("postgres://db.example:5432/national is not a PostgreSQL URL or connection string that svcstd can read: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_server_said_is_one_line_with_its_code_not_npgsqls_detail_lines()
    {
        var refused = new Npgsql.PostgresException("function show_trgm(unknown) does not exist", "ERROR", "ERROR", "42883", position: 8);
        Assert.Contains("POSITION: 8", refused.Message, StringComparison.Ordinal); // what reached users before

        Assert.Equal("42883: function show_trgm(unknown) does not exist", PostgresStore.Reason(refused));
        Assert.Equal("Connection refused", PostgresStore.Reason(new IOException("Connection refused\n  at somewhere")));
    }
}
