using Npgsql;

namespace ServiceStandard.Catalogue;

/// <summary>
/// Where a catalogue lives, told by the form of the string given to <see cref="CatalogueBuilder.Open"/> and
/// <see cref="ServiceCatalogue.Open"/>:
/// <list type="number">
/// <item>a URL that begins with <c>postgres://</c> or <c>postgresql://</c> is a PostgreSQL database;</item>
/// <item>else, a file or folder that exists at that path is a SQLite file (even when its name holds <c>=</c>);</item>
/// <item>else, a string that holds <c>=</c> and reads as an Npgsql connection string naming a host
/// (<c>Host=db;Database=catalogue;Username=svcstd</c>) is a PostgreSQL database;</item>
/// <item>anything else is the path of a SQLite file (created by a build).</item>
/// </list>
/// </summary>
public static class CatalogueStore
{
    /// <summary>True when <paramref name="location"/> names a PostgreSQL database rather than a SQLite file (see the rule above).</summary>
    /// <param name="location">A file path, a <c>postgres://</c> URL or an Npgsql connection string.</param>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (IsUrl(location))
        {
            return true;
        }

        if (File.Exists(location) || Directory.Exists(location) || !location.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(location).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The location as messages and reports show it: a SQLite path as given; a PostgreSQL database as
    /// <c>postgres://user@host:port/database</c>, never with its password.
    /// </summary>
    /// <param name="location">A file path, a <c>postgres://</c> URL or an Npgsql connection string.</param>
    public static string Display(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!IsPostgres(location))
        {
            return location;
        }

        if (IsUrl(location) && Uri.TryCreate(location, UriKind.Absolute, out var uri))
        {
            var name = uri.UserInfo.Split(':')[0];
            return $"postgres://{(name.Length > 0 ? Uri.UnescapeDataString(name) + "@" : string.Empty)}{uri.Host}:{(uri.Port < 0 ? 5432 : uri.Port)}{uri.AbsolutePath}";
        }

        try
        {
            var builder = PostgresStore.ConnectionString(location);
            var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
            return $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "postgres://(a connection string that cannot be read)";
        }
    }

    internal static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
