using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Features.Situation;
using Samsyn.Web.Infrastructure.Auditing;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Bench.Generation;

public enum BenchDatabase { Sqlite, Postgres }

/// <summary>
/// Fills an empty Samsyn database with generated history: applies the application's migrations and reference data
/// first, then loads phase by phase through <see cref="AppDbContext"/>. The same seed, size and end date give the
/// same rows.
/// </summary>
public static class BenchGenerator
{
    public const string Password = "Bench-Samsyn-2026";

    public static async Task<BenchWorld> GenerateAsync(BenchDatabase database, string connectionString, BenchSize size, int seed,
        DateOnly end, TextWriter log, CancellationToken ct = default)
    {
        await using var db = CreateContext(database, connectionString);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var clock = Stopwatch.StartNew();
        await db.Database.MigrateAsync(ct);
        await DefaultStatusFigures.EnsureAsync(db, ct);
        await DefaultDeviationProcesses.EnsureAsync(db, ct);
        if (await db.Areas.AnyAsync(ct)) throw new InvalidOperationException("The database already has data; the generator fills only an empty one.");

        await db.Database.OpenConnectionAsync(ct);
        if (database == BenchDatabase.Sqlite)
            // Safe for a load that is simply redone if it fails; the app turns write-ahead logging back on at start.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY; PRAGMA cache_size=-262144;", ct);

        var world = new BenchWorld(size, seed, end);
        var writer = new BulkWriter(db);
        log.WriteLine($"Generating seed {seed}, scale {size.Scale}×, {size.Years} years to {end:yyyy-MM-dd} on {database}:");
        await writer.PhaseAsync("structure", () => new StructureData(world, writer).LoadAsync(ct), log, ct);
        await writer.PhaseAsync("accounts", () => new BenchAccounts(world, writer, Password).LoadAsync(ct), log, ct);
        await writer.PhaseAsync("meetings", () => new MeetingData(world, writer).LoadAsync(ct), log, ct);
        var documents = new DocumentData(world, writer);
        await writer.PhaseAsync("documents", () => documents.LoadDocumentsAsync(ct), log, ct);
        await writer.PhaseAsync("exemptions", () => documents.LoadExemptionsAsync(ct), log, ct);
        await writer.PhaseAsync("strategy", () => new StrategyData(world, writer).LoadAsync(ct), log, ct);
        await writer.PhaseAsync("status reports", () => new SituationData(world, writer, db).LoadAsync(ct), log, ct);
        await writer.PhaseAsync("deviations", () => new DeviationData(world, writer, db).LoadAsync(ct), log, ct);
        // The generator's saves bypass the tally kept by the app's saves; counted once here, as at the first start after the upgrade.
        await writer.PhaseAsync("deviation tally", () => DeviationTallies.RebuildAsync(db, onlyIfEmpty: false, ct), log, ct);
        await FinishAsync(db, database, ct);
        log.WriteLine($"Loaded {writer.Rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s.");
        return world;
    }

    public static AppDbContext CreateContext(BenchDatabase database, string connectionString) => database switch
    {
        BenchDatabase.Postgres => new PostgresAppDbContext(
            new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options, SystemAuditUser.Instance, TimeProvider.System),
        _ => new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options, SystemAuditUser.Instance, TimeProvider.System),
    };

    /// <summary>
    /// PostgreSQL: the generator gave the ids, so each identity sequence moves past them for the rows users add later;
    /// then fresh planner statistics. SQLite: the same statistics (ANALYZE) for its query planner.
    /// </summary>
    private static async Task FinishAsync(AppDbContext db, BenchDatabase database, CancellationToken ct)
    {
        if (database == BenchDatabase.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
            return;
        }
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null))
        {
            var key = type.FindPrimaryKey();
            if (key is not { Properties: [var id] } || id.ClrType != typeof(int) || id.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never) continue;
            var table = type.GetTableName();
            var column = id.GetColumnName();
#pragma warning disable EF1002 // Table and column names come from the model, not from input.
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1))", ct);
#pragma warning restore EF1002
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
    }
}
