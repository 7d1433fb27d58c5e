using Npgsql;

namespace Samsyn.Web.Infrastructure.Data;

/// <summary>The operator's PostgreSQL connection string, with the settings Samsyn's queries are measured with.</summary>
public static class PostgresConnection
{
    /// <summary>Statements prepared per connection (Npgsql's limit is 256).</summary>
    public const int AutoPrepared = 128;

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string sets it: a page runs the same few dozen
    /// statements over and over, and PostgreSQL then plans each once per connection instead of on every request.
    /// Behind a pooler in transaction mode (PgBouncer before 1.21), set <c>Max Auto Prepare=0</c> in the connection string.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = AutoPrepared;
        return builder.ConnectionString;
    }

    private static bool Sets(string connectionString, params string[] keys)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.Any(given.ContainsKey);
    }
}
