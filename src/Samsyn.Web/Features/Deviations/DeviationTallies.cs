using System.Diagnostics;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// Keeps <see cref="DeviationTally"/>, <see cref="DeviationAnswerTally"/> and <see cref="DeviationConcernedTally"/> in step with the reports.
/// <see cref="AppDbContext"/> calls it on every save, so no write path can forget it: it notes the tracked reports and
/// concerned organisations before the save and moves the counts after it, in the same transaction. Counts move by
/// <c>INSERT … ON CONFLICT DO UPDATE SET Count = Count + delta</c>, one atomic statement on SQLite and PostgreSQL alike,
/// so two app instances saving at once never lose a count. What bypasses <c>SaveChanges</c> (<c>ExecuteUpdate</c> on
/// reports, the bench generator's <c>SaveGeneratedDataAsync</c>) must call <see cref="RebuildAsync"/> afterwards.
/// </summary>
public sealed class DeviationTallies
{
    private readonly List<(EntityEntry<DeviationReport> Entry, ReportTallyFacts? Before, bool Deleted)> reports;
    private readonly List<(DeviationConcerned Row, (int ReportId, int OrganisationId)? Before, bool Deleted)> concerned;

    /// <summary>Reports whose concerned organisations all move (deleted, or another month, area or process): their part before.</summary>
    private readonly Dictionary<int, ConcernedPart> moved = [];
    private List<(int ReportId, int OrganisationId)> movedBefore = [];

    private DeviationTallies(
        List<(EntityEntry<DeviationReport>, ReportTallyFacts?, bool)> reports, List<(DeviationConcerned, (int, int)?, bool)> concerned)
    {
        this.reports = reports;
        this.concerned = concerned;
        foreach (var (entry, before, deleted) in reports)
            if (before is not null && (deleted || before.Concerned != Facts(entry.CurrentValues).Concerned)) moved[entry.Entity.Id] = before.Concerned;
    }

    /// <summary>The changes of reports and concerned organisations in the tracker; null when there are none.</summary>
    public static DeviationTallies? Find(ChangeTracker tracker)
    {
        static bool Changed(EntityEntry e) => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
        var reports = tracker.Entries<DeviationReport>().Where(Changed)
            .Select(e => (e, e.State == EntityState.Added ? null : Facts(e.OriginalValues), e.State == EntityState.Deleted)).ToList();
        var concerned = tracker.Entries<DeviationConcerned>().Where(Changed)
            .Select(e => (e.Entity, e.State == EntityState.Added ? null : ((int, int)?)(
                (int)e.Property(c => c.DeviationReportId).OriginalValue, (int)e.Property(c => c.OrganisationId).OriginalValue), e.State == EntityState.Deleted))
            .ToList();
        return reports.Count == 0 && concerned.Count == 0 ? null : new(reports, concerned);
    }

    /// <summary>Before the save, in its transaction: the concerned organisations of reports that move as a whole, as stored.</summary>
    public async Task ReadBeforeAsync(AppDbContext db, CancellationToken ct)
    {
        if (moved.Count > 0) movedBefore = await ConcernedOfAsync(db, [.. moved.Keys], ct);
    }

    /// <summary>After the save, in its transaction: moves the counts.</summary>
    public async Task ApplyAsync(AppDbContext db, CancellationToken ct)
    {
        var groupMoves = new TallyDeltas<GroupTallyKey>(GroupTallyKey.Order);
        var answerMoves = new TallyDeltas<AnswerTallyKey>(AnswerTallyKey.Order);
        var parts = new Dictionary<int, ConcernedPart>();
        foreach (var (entry, before, deleted) in reports)
        {
            var after = deleted ? null : Facts(entry.CurrentValues);
            groupMoves.Move(before?.Group, after?.Group);
            answerMoves.Move(before?.Answer, after?.Answer);
            if (after is not null) parts[entry.Entity.Id] = after.Concerned;
        }

        var concernedMoves = new TallyDeltas<ConcernedTallyKey>(ConcernedTallyKey.Order);
        foreach (var (reportId, organisationId) in movedBefore) concernedMoves.Add(moved[reportId].With(organisationId), -1);
        var movedNow = moved.Keys.Where(parts.ContainsKey).ToList();
        if (movedNow.Count > 0)
            foreach (var (reportId, organisationId) in await ConcernedOfAsync(db, movedNow, ct)) concernedMoves.Add(parts[reportId].With(organisationId), +1);

        var loose = concerned.SelectMany(c => new[] { c.Before?.ReportId, c.Deleted ? null : c.Row.DeviationReportId })
            .OfType<int>().Where(id => !moved.ContainsKey(id) && !parts.ContainsKey(id)).Distinct().ToList();
        foreach (var (id, part) in await PartsAsync(db, loose, ct)) parts[id] = part;
        foreach (var (row, before, deleted) in concerned)
        {
            if (before is var (reportId, organisationId) && !moved.ContainsKey(reportId)) concernedMoves.Add(parts[reportId].With(organisationId), -1);
            if (!deleted && !moved.ContainsKey(row.DeviationReportId)) concernedMoves.Add(parts[row.DeviationReportId].With(row.OrganisationId), +1);
        }
        await WriteAsync(db, groupMoves, answerMoves, concernedMoves, ct);
    }

    private static ReportTallyFacts Facts(PropertyValues values) => new(
        values.GetValue<DateOnly>(nameof(DeviationReport.OccurredOn)), values.GetValue<int>(nameof(DeviationReport.AreaId)),
        values.GetValue<int>(nameof(DeviationReport.ProcessId)), values.GetValue<int>(nameof(DeviationReport.StepId)),
        values.GetValue<int>(nameof(DeviationReport.ReportingOrganisationId)), values.GetValue<DeviationStatus>(nameof(DeviationReport.Status)),
        values.GetValue<DateTimeOffset>(nameof(DeviationReport.ReportedAt)), values.GetValue<DateTimeOffset?>(nameof(DeviationReport.AnsweredAt)),
        values.GetValue<DateOnly>(nameof(DeviationReport.AnswerDueOn)));

    private static async Task<List<(int ReportId, int OrganisationId)>> ConcernedOfAsync(AppDbContext db, List<int> reportIds, CancellationToken ct) =>
        [.. (await db.Set<DeviationConcerned>().AsNoTracking().Where(c => reportIds.Contains(c.DeviationReportId))
            .Select(c => new { c.DeviationReportId, c.OrganisationId }).ToListAsync(ct)).Select(c => (c.DeviationReportId, c.OrganisationId))];

    /// <summary>The month, area and process of reports the tracker does not hold, as stored (unchanged by this save).</summary>
    private static async Task<Dictionary<int, ConcernedPart>> PartsAsync(AppDbContext db, List<int> reportIds, CancellationToken ct) =>
        reportIds.Count == 0 ? [] : (await db.DeviationReports.AsNoTracking().Where(d => reportIds.Contains(d.Id))
            .Select(d => new { d.Id, d.OccurredOn, d.AreaId, d.ProcessId }).ToListAsync(ct))
            .ToDictionary(d => d.Id, d => new ConcernedPart(DeviationStatistics.FirstOfMonth(d.OccurredOn), d.AreaId, d.ProcessId));

    /// <summary>
    /// Rebuilds the tallies from the reports in one transaction, with the reports' tables locked against writers on
    /// PostgreSQL (SQLite's transaction holds the write lock from its start). The answer days use Swedish dates, so
    /// they are counted here rather than in SQL. With <paramref name="onlyIfEmpty"/> it does nothing once another
    /// instance has filled the tally. Returns the number of reports counted, or null when it did nothing.
    /// </summary>
    public static async Task<int?> RebuildAsync(AppDbContext db, bool onlyIfEmpty, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (!db.Database.IsSqlite())
#pragma warning disable EF1002 // Table names from the model.
                await db.Database.ExecuteSqlRawAsync(
                    $"LOCK TABLE {Quote(Table<DeviationReport>(db))}, {Quote(Table<DeviationConcerned>(db))} IN SHARE ROW EXCLUSIVE MODE", ct);
#pragma warning restore EF1002
            if (onlyIfEmpty && await db.DeviationTallies.AnyAsync(ct)) return null;
            await db.DeviationTallies.ExecuteDeleteAsync(ct);
            await db.DeviationAnswerTallies.ExecuteDeleteAsync(ct);
            await db.DeviationConcernedTallies.ExecuteDeleteAsync(ct);

            var groupCounts = new TallyDeltas<GroupTallyKey>(GroupTallyKey.Order);
            var answerCounts = new TallyDeltas<AnswerTallyKey>(AnswerTallyKey.Order);
            var reports = 0;
            await foreach (var facts in db.DeviationReports.AsNoTracking().Select(d => new ReportTallyFacts(
                d.OccurredOn, d.AreaId, d.ProcessId, d.StepId, d.ReportingOrganisationId, d.Status, d.ReportedAt, d.AnsweredAt, d.AnswerDueOn)).AsAsyncEnumerable().WithCancellation(ct))
            {
                groupCounts.Add(facts.Group, 1);
                answerCounts.Add(facts.Answer, 1);
                reports++;
            }
            var concernedCounts = new TallyDeltas<ConcernedTallyKey>(ConcernedTallyKey.Order);
            var grouped = await db.Set<DeviationConcerned>().Join(db.DeviationReports, c => c.DeviationReportId, d => d.Id,
                    (c, d) => new { d.OccurredOn.Year, d.OccurredOn.Month, d.AreaId, d.ProcessId, c.OrganisationId })
                .GroupBy(x => x).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            foreach (var g in grouped)
                concernedCounts.Add(new(new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.AreaId, g.Key.ProcessId, g.Key.OrganisationId), g.Count);
            await WriteAsync(db, groupCounts, answerCounts, concernedCounts, ct);
            if (own is not null) await own.CommitAsync(ct);
            return reports;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>At start-up: fills the tally when the reports are there but the tally is not (the first start after the upgrade that added it).</summary>
    public static async Task EnsureAsync(AppDbContext db, ILogger logger, CancellationToken ct)
    {
        if (await db.DeviationTallies.AnyAsync(ct) || !await db.DeviationReports.AnyAsync(ct)) return;
        logger.LogInformation("The deviation statistics tally is empty; counting it from the reports once.");
        var clock = Stopwatch.StartNew();
        if (await RebuildAsync(db, onlyIfEmpty: true, ct) is int reports)
            logger.LogInformation("Deviation statistics tally counted from {Reports} reports in {Seconds:F1} s.", reports, clock.Elapsed.TotalSeconds);
    }

    private const int RowsPerStatement = 500;
    private const int RowsPerSqliteStatement = 20;

    private static async Task WriteAsync(AppDbContext db, TallyDeltas<GroupTallyKey> groupMoves, TallyDeltas<AnswerTallyKey> answerMoves,
        TallyDeltas<ConcernedTallyKey> concernedMoves, CancellationToken ct)
    {
        await UpsertAsync<DeviationTally, GroupTallyKey>(db, groupMoves,
            [nameof(DeviationTally.Month), nameof(DeviationTally.AreaId), nameof(DeviationTally.ProcessId), nameof(DeviationTally.StepId), nameof(DeviationTally.ReportingOrganisationId)],
            k => [k.Month, k.AreaId, k.ProcessId, k.StepId, k.ReportingOrganisationId], ct);
        await UpsertAsync<DeviationAnswerTally, AnswerTallyKey>(db, answerMoves,
            [nameof(DeviationAnswerTally.Month), nameof(DeviationAnswerTally.AreaId), nameof(DeviationAnswerTally.ProcessId),
             nameof(DeviationAnswerTally.Answered), nameof(DeviationAnswerTally.AnswerDays), nameof(DeviationAnswerTally.AnsweredLate)],
            k => [k.Month, k.AreaId, k.ProcessId, k.Answered, k.AnswerDays, k.AnsweredLate], ct);
        await UpsertAsync<DeviationConcernedTally, ConcernedTallyKey>(db, concernedMoves,
            [nameof(DeviationConcernedTally.Month), nameof(DeviationConcernedTally.AreaId), nameof(DeviationConcernedTally.ProcessId), nameof(DeviationConcernedTally.ConcernedOrganisationId)],
            k => [k.Month, k.AreaId, k.ProcessId, k.ConcernedOrganisationId], ct);
    }

    /// <summary>
    /// Adds each move to its row, creating the row at the move's count when there is none; <paramref name="values"/> in
    /// the order of <paramref name="key"/>. One command for all full chunks, so SQLite prepares it once: the rebuild of
    /// 200,000 reports writes some 200,000 rows.
    /// </summary>
    private static async Task UpsertAsync<TEntity, TKey>(AppDbContext db, TallyDeltas<TKey> moves, string[] key, Func<TKey, object[]> values, CancellationToken ct)
        where TKey : struct
    {
        if (moves.IsEmpty) return;
        var type = db.Model.FindEntityType(typeof(TEntity))!;
        var table = Quote(type.GetTableName()!);
        var keys = string.Join(", ", key.Select(p => Quote(type.FindProperty(p)!.GetColumnName())));
        var count = Quote(type.FindProperty("Count")!.GetColumnName());
        DbCommand? command = null;
        try
        {
            foreach (var chunk in moves.Net().Chunk(db.Database.IsSqlite() ? RowsPerSqliteStatement : RowsPerStatement))
            {
                var width = key.Length + 1;
                if (command is null || command.Parameters.Count != chunk.Length * width)
                {
                    if (command is not null) await command.DisposeAsync();
                    command = db.Database.GetDbConnection().CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    command.CommandTimeout = db.Database.GetCommandTimeout() ?? 30;
                    var rows = Enumerable.Range(0, chunk.Length).Select(r => "(" + string.Join(", ", Enumerable.Range(r * width, width).Select(i => $"@p{i}")) + ")");
                    command.CommandText = $"INSERT INTO {table} ({keys}, {count}) VALUES {string.Join(", ", rows)} " +
                        $"ON CONFLICT ({keys}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}";
                    for (var i = 0; i < chunk.Length * width; i++)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = $"@p{i}";
                        command.Parameters.Add(parameter);
                    }
                }
                var n = 0;
                foreach (var (tallyKey, delta) in chunk)
                    foreach (var value in values(tallyKey).Append(delta)) command.Parameters[n++].Value = value;
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null) await command.DisposeAsync();
        }
    }

    private static string Table<T>(AppDbContext db) => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

    private static string Quote(string name) => $"\"{name}\"";
}
