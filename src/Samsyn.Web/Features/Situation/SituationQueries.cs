using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>Whose board: a collaboration area's organisations, or the organisations seated in a group.</summary>
public sealed record BoardScope(int? AreaId, int? GroupId, string Name);

/// <summary>Reads the situation picture from the database for the rules in <see cref="StatusBoard"/> and <see cref="StatusHistory"/>.</summary>
public static class SituationQueries
{
    /// <summary>The scope named by <paramref name="areaId"/> or <paramref name="groupId"/>; null when it does not exist.</summary>
    public static async Task<BoardScope?> ScopeAsync(AppDbContext db, int? areaId, int? groupId, CancellationToken ct)
    {
        if (groupId is int g)
            return await db.Groups.Where(x => x.Id == g).Select(x => new BoardScope(null, x.Id, x.Name)).FirstOrDefaultAsync(ct);
        if (areaId is int a)
            return await db.Areas.Where(x => x.Id == a).Select(x => new BoardScope(x.Id, null, x.Name)).FirstOrDefaultAsync(ct);
        return null;
    }

    public static async Task<List<BoardOrganisation>> OrganisationsAsync(AppDbContext db, BoardScope scope, CancellationToken ct)
    {
        var organisations = db.Organisations.Where(o => o.RetiredAt == null);
        organisations = scope.GroupId is int groupId
            ? organisations.Where(o => db.Memberships.Any(m => m.GroupId == groupId && m.RetiredAt == null && m.OrganisationId == o.Id))
            : organisations.Where(o => o.AreaId == scope.AreaId);
        return await organisations.AsNoTracking().Select(o => new BoardOrganisation(o.Id, o.Name, o.Kind)).ToListAsync(ct);
    }

    /// <summary>The reports of the organisations made in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static async Task<List<ReportSnapshot>> ReportsAsync(
        AppDbContext db, IReadOnlyCollection<int> organisationIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var ids = organisationIds.ToList();
        // Compared in UTC, as stored (a Swedish-time bound would be refused by PostgreSQL and misread by SQLite).
        (from, to) = (from.ToUniversalTime(), to.ToUniversalTime());
        return await SnapshotsAsync(db.StatusReports.Where(r => ids.Contains(r.OrganisationId) && r.ReportedAt >= from && r.ReportedAt <= to), ct);
    }

    /// <summary>
    /// The board of the scope at <paramref name="asOf"/>: each organisation's latest report at or before it, however old
    /// (an organisation silent for long shows as stale rather than as never having reported). Each latest report is one
    /// seek on the (OrganisationId, ReportedAt) index, so the board costs the same after ten years of reports as after one.
    /// </summary>
    public static async Task<IReadOnlyList<BoardEntry>> BoardAsync(AppDbContext db, BoardScope scope, DateTimeOffset asOf, TimeSpan staleAfter, CancellationToken ct)
    {
        var organisations = await OrganisationsAsync(db, scope, ct);
        var ids = organisations.Select(o => o.Id).ToList();
        var utc = asOf.ToUniversalTime();
        var latest = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => db.StatusReports.Where(r => r.OrganisationId == o.Id && r.ReportedAt <= utc)
                .OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefault())
            .ToListAsync(ct);
        var reports = await ReportsByIdAsync(db, [.. latest.OfType<int>()], ct);
        return StatusBoard.Build(organisations, reports, asOf, staleAfter);
    }

    private static Task<List<ReportSnapshot>> ReportsByIdAsync(AppDbContext db, List<int> ids, CancellationToken ct) =>
        SnapshotsAsync(db.StatusReports.Where(r => ids.Contains(r.Id)), ct);

    private static async Task<List<ReportSnapshot>> SnapshotsAsync(IQueryable<StatusReport> reports, CancellationToken ct)
    {
        var rows = await reports.AsNoTracking()
            .Select(r => new
            {
                r.Id, r.OrganisationId, r.Level, r.Readiness, r.Comment, r.NeedsHelp, r.HelpWith, r.ReportedAt,
                ReportedBy = r.ReportedBy != null ? r.ReportedBy.Name : null,
                Figures = r.Figures.Select(f => new { f.Key, f.Value }).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReportSnapshot(r.Id, r.OrganisationId, r.Level, r.Readiness, r.Comment, r.NeedsHelp, r.HelpWith,
            r.ReportedAt, r.ReportedBy, r.Figures.ToDictionary(f => f.Key, f => f.Value)))];
    }

    /// <summary>The active figure definitions, by organisation kind and order.</summary>
    public static Task<List<StatusFigureDefinition>> FiguresAsync(AppDbContext db, CancellationToken ct) =>
        db.StatusFigureDefinitions.AsNoTracking().OrderBy(f => f.OrganisationKind).ThenBy(f => f.Order).ToListAsync(ct);

    /// <summary>
    /// The board of a meeting's group as it stood when the meeting started (or now, before it starts):
    /// reports are never changed afterwards, so this reads the same whenever it is asked.
    /// </summary>
    public static async Task<StatusBoardView> MeetingBoardAsync(AppDbContext db, int groupId, string groupName, DateTimeOffset startsAt, TimeSpan staleAfter, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow();
        return await SituationApi.BoardViewAsync(db, new BoardScope(null, groupId, groupName), startsAt < now ? startsAt : now, staleAfter, ct);
    }
}
