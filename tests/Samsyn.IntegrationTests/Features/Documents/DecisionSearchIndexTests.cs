using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Decisions;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.IntegrationTests.Features.Documents;

/// <summary>The register's text search reads an index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL), not every decision.</summary>
public abstract class DecisionSearchIndexTests(SamsynFactory factory)
{
    /// <summary>The database's plan for the register's search query (the one counted for paging), as one text.</summary>
    private Task<string> PlanAsync(string q) => factory.InDatabaseAsync(async db =>
    {
        var query = DecisionRegister.Matching(db.Decisions.AsNoTracking(), null, null, null, q, null, null, db);
        await using var command = query.CreateDbCommand();
        await db.Database.OpenConnectionAsync();
        try
        {
            var postgres = factory.Provider == DatabaseProvider.Postgres;
            if (postgres)
            {
                // Tables this small are cheaper to read whole; the index must still be a path the planner can take.
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            }
            command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            var lines = new List<string>();
            await using (DbDataReader reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) lines.Add(reader.GetString(postgres ? 0 : reader.GetOrdinal("detail")));
            }
            if (postgres) await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            return string.Join('\n', lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });

    [Theory]
    [InlineData("rutin")]
    [InlineData("VÅRDRUTIN")]
    [InlineData("\"NEAR(a b)* -x col:x")]
    public async Task The_search_reads_the_text_index(string q)
    {
        var plan = await PlanAsync(q);
        if (factory.Provider == DatabaseProvider.Postgres)
            plan.ShouldContain(DecisionSearch.PostgresIndex, customMessage: plan);
        else
            plan.ShouldContain($"{DecisionSearch.SqliteTable} VIRTUAL TABLE INDEX", customMessage: plan);
    }

    [Fact]
    public async Task Without_a_search_text_the_index_is_not_read()
    {
        var plan = await PlanAsync("  ");
        plan.ShouldNotContain(factory.Provider == DatabaseProvider.Postgres ? DecisionSearch.PostgresIndex : DecisionSearch.SqliteTable, customMessage: plan);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DecisionSearchIndexOnSqlite(SqliteFactory factory) : DecisionSearchIndexTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DecisionSearchIndexOnPostgres(PostgresFactory factory) : DecisionSearchIndexTests(factory);
