using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.IntegrationTests.Infrastructure.Data;

/// <summary>Each provider has its own migration set; both must keep up with the model.</summary>
public abstract class MigrationTests(SamsynFactory factory)
{
    [Fact]
    public async Task App_runs_on_the_configured_provider()
    {
        var type = await factory.InDatabaseAsync(db => Task.FromResult(db.GetType()));
        type.ShouldBe(factory.Provider == DatabaseProvider.Postgres ? typeof(PostgresAppDbContext) : typeof(SqliteAppDbContext));
    }

    [Fact]
    public async Task Migration_set_has_no_pending_model_changes()
    {
        var pending = await factory.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        pending.ShouldBeFalse($"the {factory.Provider} migrations lag the model: add a migration for {factory.Provider}");
    }

    [Fact]
    public async Task All_migrations_are_applied_at_start_up()
    {
        var (applied, pending) = await factory.InDatabaseAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToArray(), (await db.Database.GetPendingMigrationsAsync()).ToArray()));
        applied.ShouldNotBeEmpty();
        pending.ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrations_come_from_the_providers_own_set()
    {
        var ids = await factory.InDatabaseAsync(db =>
        {
            var migrations = db.GetService<IMigrationsAssembly>().Migrations;
            return Task.FromResult(migrations.Values.Select(t => t.Namespace ?? "").Distinct().ToArray());
        });
        ids.ShouldHaveSingleItem().ShouldEndWith(factory.Provider == DatabaseProvider.Postgres ? ".Postgres" : ".Sqlite");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class MigrationOnSqlite(SqliteFactory factory) : MigrationTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class MigrationOnPostgres(PostgresFactory factory) : MigrationTests(factory);
