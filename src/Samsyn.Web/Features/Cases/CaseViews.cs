using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

public sealed record OrganisationRef(int Id, string Name);

/// <summary>A handover as a list of cases shows it.</summary>
public sealed record HandoverBrief(int Id, int ToGroupId, string ToGroupName, DateOnly ReportBackBy, HandoverStatus Status, bool Overdue);

public sealed record CaseSummary(
    int Id, string Title, CaseUrgency Urgency, CaseStatus Status, int GroupId, string GroupName, int AreaId,
    DateTimeOffset RaisedAt, string? RaisedBy, string? RaisedFor, IReadOnlyList<HandoverBrief> Handovers, bool Overdue, int Version);

/// <summary>One step of the trail; <see cref="Summary"/> says it in Swedish ("Överlämnat till Närområdesgrupp Ale").</summary>
public sealed record CaseEventView(
    int Id, CaseEventKind Kind, DateTimeOffset At, string By, int? GroupId, string? GroupName, int? HandoverId, int? MeetingId,
    string? Text, string Summary);

public sealed record ReportBackView(string Text, IReadOnlyList<string> Links, DateTimeOffset At, string? By, int? MeetingId, int? AgendaItemId);

public sealed record HandoverView(
    int Id, int CaseId, string CaseTitle, CaseUrgency Urgency, CaseStatus CaseStatus, int FromGroupId, string FromGroupName,
    int ToGroupId, string ToGroupName, string Assignment, DateOnly ReportBackBy, HandoverStatus Status, bool Overdue,
    DateTimeOffset HandedOverAt, string? HandedOverBy, int? DecisionId, int? DecisionMeetingId,
    DateTimeOffset? AcceptedAt, DateTimeOffset? ReturnedAt, string? ReturnReason, ReportBackView? ReportBack,
    IReadOnlyList<CaseEventView> Notes, int Version);

public sealed record CaseDetails(
    int Id, string Title, string Description, CaseUrgency Urgency, CaseStatus Status, int GroupId, string GroupName, int AreaId, string AreaName,
    DateTimeOffset RaisedAt, int? RaisedByPersonId, string? RaisedBy, int? RaisedForOrganisationId, string? RaisedFor,
    IReadOnlyList<OrganisationRef> AffectedOrganisations, int? MeetingId, int? AgendaItemId, DateTimeOffset? MeetingStartsAt,
    string? Decision, int? DecisionId, DateTimeOffset? DecidedAt, DateTimeOffset? ClosedAt, string? ClosingComment,
    bool Overdue, IReadOnlyList<HandoverView> Handovers, IReadOnlyList<CaseEventView> Trail, int Version);

/// <summary>Which cases a list shows: by status, by group (handing or receiving), only overdue ones, by area.</summary>
public sealed record CaseFilter(CaseStatus? Status = null, int? GroupId = null, bool OverdueOnly = false, int? AreaId = null);

/// <summary>The read side of cases: lists, one case with its trail, a group's handovers. No tracking, explicit shapes.</summary>
public static class CaseViews
{
    public static IQueryable<Case> Filter(AppDbContext db, CaseFilter filter, DateTimeOffset now)
    {
        var query = db.Cases.AsNoTracking();
        if (filter.Status is CaseStatus status) query = query.Where(c => c.Status == status);
        if (filter.GroupId is int groupId) query = query.Where(c => c.GroupId == groupId || c.Handovers.Any(h => h.ToGroupId == groupId));
        if (filter.AreaId is int areaId) query = query.Where(c => c.Group.AreaId == areaId);
        if (filter.OverdueOnly)
        {
            // The same as CaseRules.IsOverdue: the Swedish date is past the report-back date.
            var today = SwedishTime.DateOf(now);
            query = query.Where(c => c.Handovers.Any(h => (h.Status == HandoverStatus.Sent || h.Status == HandoverStatus.Accepted) && h.ReportBackBy < today));
        }
        return query;
    }

    /// <summary>The cases of an (ordered, paged) query as list rows.</summary>
    public static async Task<List<CaseSummary>> SummariesAsync(IQueryable<Case> query, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await query.Select(c => new
        {
            c.Id, c.Title, c.Urgency, c.Status, c.GroupId, GroupName = c.Group.Name, c.Group.AreaId, c.RaisedAt,
            RaisedBy = c.RaisedBy != null ? c.RaisedBy.Name : null, RaisedFor = c.RaisedFor != null ? c.RaisedFor.Name : null, c.Version,
            Handovers = c.Handovers.Select(h => new { h.Id, h.ToGroupId, ToGroupName = h.ToGroup.Name, h.ReportBackBy, h.Status }).ToList(),
        }).ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var handovers = r.Handovers.OrderBy(h => h.Id)
                .Select(h => new HandoverBrief(h.Id, h.ToGroupId, h.ToGroupName, h.ReportBackBy, h.Status, CaseRules.IsOverdue(h.ReportBackBy, h.Status, now)))
                .ToList();
            return new CaseSummary(r.Id, r.Title, r.Urgency, r.Status, r.GroupId, r.GroupName, r.AreaId, r.RaisedAt, r.RaisedBy, r.RaisedFor,
                handovers, handovers.Any(h => h.Overdue), r.Version);
        })];
    }

    public static async Task<CaseDetails?> DetailsAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().AsSplitQuery()
            .Include(c => c.Group).ThenInclude(g => g.Area)
            .Include(c => c.RaisedBy).Include(c => c.RaisedFor)
            .Include(c => c.AffectedOrganisations).ThenInclude(o => o.Organisation)
            .Include(c => c.Handovers).ThenInclude(h => h.ToGroup)
            .Include(c => c.Handovers).ThenInclude(h => h.FromGroup)
            .Include(c => c.Handovers).ThenInclude(h => h.Decision)
            .Include(c => c.Events).ThenInclude(e => e.Group)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return null;
        var now = db.Clock.GetUtcNow();
        var trail = Trail(found.Events);
        DateTimeOffset? startsAt = found.MeetingId is int meetingId
            ? await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefaultAsync(ct)
            : null;
        var handovers = found.Handovers.OrderBy(h => h.Id).Select(h => View(h, found, trail, now)).ToList();
        return new CaseDetails(found.Id, found.Title, found.Description, found.Urgency, found.Status, found.GroupId, found.Group.Name,
            found.Group.AreaId, found.Group.Area.Name, found.RaisedAt, found.RaisedByPersonId, found.RaisedBy?.Name,
            found.RaisedForOrganisationId, found.RaisedFor?.Name,
            [.. found.AffectedOrganisations.Select(o => new OrganisationRef(o.OrganisationId, o.Organisation.Name))
                .OrderBy(o => o.Name, StringComparer.Create(SwedishTime.Culture, false))],
            found.MeetingId, found.AgendaItemId, startsAt, found.DecisionText, found.DecisionId, found.DecidedAt, found.ClosedAt, found.ClosingComment,
            handovers.Any(h => h.Overdue), handovers, trail, found.Version);
    }

    /// <summary>Handovers of a query (to or from a group, paged by the caller), newest first, with their notes and report-backs.</summary>
    public static async Task<List<HandoverView>> HandoversAsync(AppDbContext db, IQueryable<Handover> query, DateTimeOffset now, CancellationToken ct)
    {
        var handovers = (await query.AsNoTracking().Include(h => h.Case).Include(h => h.ToGroup).Include(h => h.FromGroup).Include(h => h.Decision)
            .ToListAsync(ct)).OrderByDescending(h => h.Id).ToList();
        var ids = handovers.Select(h => h.Id).ToList();
        var events = await db.CaseEvents.AsNoTracking().Include(e => e.Group).Where(e => e.HandoverId != null && ids.Contains(e.HandoverId.Value)).ToListAsync(ct);
        var trail = Trail(events);
        return [.. handovers.Select(h => View(h, h.Case, trail, now))];
    }

    public static async Task<HandoverView?> HandoverAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await HandoversAsync(db, db.Handovers.Where(h => h.Id == id), db.Clock.GetUtcNow(), ct)).FirstOrDefault();

    private static List<CaseEventView> Trail(IEnumerable<CaseEvent> events) =>
        [.. events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new CaseEventView(e.Id, e.Kind, e.At, e.ActorName, e.GroupId, e.Group?.Name,
            e.HandoverId, e.MeetingId, e.Text, CaseText.Event(e.Kind, e.Group?.Name)))];

    private static HandoverView View(Handover h, Case owner, IReadOnlyList<CaseEventView> trail, DateTimeOffset now)
    {
        var own = trail.Where(e => e.HandoverId == h.Id).ToList();
        var report = h.ReportBackText is null ? null
            : new ReportBackView(h.ReportBackText, HandoverRules.Lines(h.ReportBackLinks), h.ReportedBackAt!.Value,
                own.LastOrDefault(e => e.Kind == CaseEventKind.ReportedBack)?.By, h.ReportBackMeetingId, h.ReportBackAgendaItemId);
        return new HandoverView(h.Id, h.CaseId, owner.Title, owner.Urgency, owner.Status, h.FromGroupId, h.FromGroup.Name, h.ToGroupId, h.ToGroup.Name,
            h.Assignment, h.ReportBackBy, h.Status, h.IsOverdue(now), h.HandedOverAt, own.FirstOrDefault(e => e.Kind == CaseEventKind.HandedOver)?.By,
            h.DecisionId, h.Decision?.MeetingId, h.AcceptedAt, h.ReturnedAt, h.ReturnReason, report,
            [.. own.Where(e => e.Kind == CaseEventKind.Note)], h.Version);
    }
}
