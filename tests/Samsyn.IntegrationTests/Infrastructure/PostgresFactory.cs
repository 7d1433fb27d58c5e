using Npgsql;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>
/// The app on a fresh database of the PostgreSQL server named by <c>SAMSYN_TEST_POSTGRES</c>
/// (scripts/test.sh starts a throwaway one). Without it the tests fail rather than skip,
/// so that a run can never look green while one database went untested.
/// </summary>
public class PostgresFactory : SamsynFactory
{
    public const string ServerVariable = "SAMSYN_TEST_POSTGRES";

    private readonly string? server = Environment.GetEnvironmentVariable(ServerVariable);
    private readonly string database = $"samsyn_test_{Unique.Letters(12)}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    public override async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: set {ServerVariable}, e.g. " +
                $"{ServerVariable}=\"Host=127.0.0.1;Port=55432;Username=postgres\", or run scripts/test.sh, which starts a throwaway one.");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"");
        await base.InitializeAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(server)) return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresDatabase : ICollectionFixture<PostgresFactory>
{
    public const string Name = "PostgreSQL";
}
