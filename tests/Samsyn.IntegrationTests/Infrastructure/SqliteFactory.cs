using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>The app on a real SQLite file in a temporary folder of its own.</summary>
public class SqliteFactory : SamsynFactory
{
    private readonly string folder = Directory.CreateTempSubdirectory("samsyn-tests-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={Path.Combine(folder, "samsyn.db")}";

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteDatabase : ICollectionFixture<SqliteFactory>
{
    public const string Name = "SQLite";
}
