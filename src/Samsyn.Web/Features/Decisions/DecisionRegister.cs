using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Decisions;

public sealed record DocumentRef(int Id, string Title, DocumentType Type);

/// <summary>A decision in the register: from the minutes (meeting and agenda item named) or taken outside a meeting.</summary>
public sealed record DecisionSummary(
    int Id, string Text, DecisionType Type, int GroupId, string GroupName, DateOnly DecidedOn,
    int? MeetingId, string? MeetingTitle, int? AgendaItemId, string? AgendaItemTitle, bool? MinutesApproved,
    IReadOnlyList<DocumentRef> Documents, IReadOnlyList<int> ExemptionIds, int? CaseId, int? DeviationReportId, int Version)
{
    public bool AtMeeting => MeetingId is not null;
}

/// <summary>The decision register's reads: search by group, period and text, newest first.</summary>
public static class DecisionRegister
{
    public static IQueryable<Decision> Matching(IQueryable<Decision> decisions, int? groupId, DateOnly? from, DateOnly? to, string? q, DecisionType? type, int? documentId, AppDbContext db)
    {
        if (groupId is int g) decisions = decisions.Where(d => d.GroupId == g);
        if (from is DateOnly f) decisions = decisions.Where(d => d.DecidedOn >= f);
        if (to is DateOnly t) decisions = decisions.Where(d => d.DecidedOn <= t);
        if (type is DecisionType k) decisions = decisions.Where(d => d.Type == k);
        if (documentId is int doc)
        {
            var linked = db.DecisionDocuments.Where(l => l.DocumentId == doc).Select(l => l.DecisionId);
            decisions = decisions.Where(d => linked.Contains(d.Id));
        }
        return decisions.Containing(q, db);
    }

    public static IQueryable<Decision> Newest(IQueryable<Decision> decisions) => decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id);

    /// <summary>The decisions with their group, meeting, agenda item, documents (those <paramref name="readable"/>) and exemptions.</summary>
    public static async Task<List<DecisionSummary>> SummariesAsync(AppDbContext db, IQueryable<Decision> decisions, IQueryable<GoverningDocument> readable, CancellationToken ct)
    {
        // Joins, not subqueries in the projection: they apply to the page of decisions only, where a subquery per row
        // was evaluated for every match before the sort (and the meeting's became a window over all meetings).
        var rows = await (
            from d in decisions.AsNoTracking()
            join g in db.Groups on d.GroupId equals g.Id
            from m in db.Meetings.Where(m => m.Id == d.MeetingId).DefaultIfEmpty()
            from i in db.AgendaItems.Where(i => i.Id == d.AgendaItemId).DefaultIfEmpty()
            select new
            {
                d.Id, d.Text, d.Type, d.GroupId, d.DecidedOn, d.MeetingId, d.AgendaItemId, d.CaseId, d.DeviationReportId, d.Version,
                Group = g.Name,
                Meeting = m == null ? null : new { m.Title, Approved = m.MinutesApprovedAt != null },
                Item = i == null ? null : i.Title,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var documents = (await db.DecisionDocuments.AsNoTracking().Where(l => ids.Contains(l.DecisionId))
                .Join(readable, l => l.DocumentId, d => d.Id, (l, d) => new { l.DecisionId, d.Id, d.Title, d.Type }).ToListAsync(ct))
            .ToLookup(x => x.DecisionId, x => new DocumentRef(x.Id, x.Title, x.Type));
        var granted = await db.Exemptions.AsNoTracking().Where(e => ids.Contains(e.DecisionId)).Select(e => new { e.DecisionId, e.Id }).ToListAsync(ct);
        var changed = await db.ExemptionEvents.AsNoTracking().Where(h => h.DecisionId != null && ids.Contains(h.DecisionId.Value))
            .Select(h => new { DecisionId = h.DecisionId!.Value, Id = h.ExemptionId }).ToListAsync(ct);
        var exemptions = granted.Concat(changed).Distinct().ToLookup(x => x.DecisionId, x => x.Id);
        return [.. rows.Select(r => new DecisionSummary(r.Id, r.Text, r.Type, r.GroupId, r.Group, r.DecidedOn, r.MeetingId, r.Meeting?.Title, r.AgendaItemId, r.Item,
            r.Meeting?.Approved, [.. documents[r.Id].OrderBy(x => x.Title, StringComparer.Ordinal)], [.. exemptions[r.Id].Order()], r.CaseId, r.DeviationReportId, r.Version))];
    }

    public static string Link(int id) => $"/beslut/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string ApiUrl(int id) => $"/api/v1/decisions/{id.ToString(CultureInfo.InvariantCulture)}";
}
