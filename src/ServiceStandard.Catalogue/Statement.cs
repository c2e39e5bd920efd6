using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ServiceStandard.Catalogue;

/// <summary>A prepared SQL statement whose <c>$name</c> parameters are given by position, in order of first appearance.</summary>
internal sealed partial class Statement : IDisposable
{
    private readonly SqliteCommand command;

    public Statement(SqliteConnection connection, string sql)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    public int Run(params object?[] values)
    {
        Bind(values);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return command.ExecuteScalar();
    }

    public void Dispose() => command.Dispose();

    private void Bind(object?[] values)
    {
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException($"The statement takes {command.Parameters.Count} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();
}
