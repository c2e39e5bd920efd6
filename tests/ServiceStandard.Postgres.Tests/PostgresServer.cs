using Npgsql;
using ServiceStandard.Catalogue;

namespace ServiceStandard.Postgres.Tests;

/// <summary>
/// The PostgreSQL server the tests run against, named by SERVICESTANDARD_TEST_POSTGRES (a <c>postgres://</c> URL, as
/// <c>scripts/postgres.sh start</c> prints it). Each catalogue gets a schema of its own (dropped at the end); pg_trgm is
/// created once in <c>public</c>. Without the variable every test fails, saying how to start a server: these tests never
/// pass without one.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "SERVICESTANDARD_TEST_POSTGRES";

    private readonly List<string> schemas = [];

    public PostgresServer()
    {
        Url = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a PostgreSQL server. Run 'scripts/postgres.sh start' (it prints the URL), then " +
                $"'export {Variable}=$(scripts/postgres.sh url)' and run this project again; 'scripts/postgres.sh stop' removes the server.");
        using var connection = Connect(Url);
        Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
    }

    /// <summary>The server's URL, as given.</summary>
    public string Url { get; }

    /// <summary>A connection string to an empty schema of its own, with pg_trgm in reach.</summary>
    public string NewCatalogue()
    {
        var schema = "t" + Guid.NewGuid().ToString("N");
        using (var connection = Connect(Url))
        {
            Execute(connection, $"CREATE SCHEMA {schema}");
        }

        lock (schemas)
        {
            schemas.Add(schema);
        }

        var builder = ConnectionString(Url);
        builder.SearchPath = schema + ",public";
        return builder.ConnectionString;
    }

    public static NpgsqlConnectionStringBuilder ConnectionString(string url)
    {
        var uri = new Uri(url);
        var user = uri.UserInfo.Split(':');
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Database = uri.AbsolutePath.TrimStart('/'),
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
    }

    public static NpgsqlConnection Connect(string url)
    {
        var connection = new NpgsqlConnection(ConnectionString(url).ConnectionString);
        connection.Open();
        return connection;
    }

    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = Connect(Url);
        foreach (var schema in schemas)
        {
            Execute(connection, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
