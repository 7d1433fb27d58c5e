using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

public sealed record OrganisationRef(int Id, string Name);

public sealed record ExemptionSummary(
    int Id, int DocumentId, string DocumentTitle, DocumentType DocumentType, int DocumentVersion, string Description,
    IReadOnlyList<OrganisationRef> Organisations, DateOnly ValidFrom, DateOnly ValidTo, DateOnly LastDay, DateOnly? RevokedFrom,
    ExemptionState State, int DecisionId, int DecidedByGroupId, string DecidedByGroupName, int Version);

public sealed record ExemptionEventView(
    ExemptionEventKind Kind, DateTimeOffset At, string ByName, DecisionRef? Decision, DateOnly? PreviousValidTo, DateOnly ValidTo, string? Note);

public sealed record ExemptionDetails(
    ExemptionSummary Summary, string? Reason, DecisionRef Decision, DateTimeOffset? ReturnConfirmedAt, string? ReturnConfirmedBy,
    string? ReturnNote, IReadOnlyList<ExemptionEventView> History);

/// <summary>How exemptions are read: by the day they apply, for a document's banner, for a group's board and agenda.</summary>
public static class ExemptionQueries
{
    /// <summary>
    /// Those whose window contains <paramref name="day"/>, both ends inclusive; a revocation from a day ends it the
    /// day before (the same rule as <see cref="ExemptionRules.LastDay"/>, in SQL).
    /// </summary>
    public static IQueryable<Exemption> ActiveOn(IQueryable<Exemption> exemptions, DateOnly day) =>
        exemptions.Where(e => e.ValidFrom <= day && e.ValidTo >= day && (e.RevokedFrom == null || e.RevokedFrom > day));

    /// <summary>
    /// Exemptions that concern a group: decided by it, or applying to an organisation with a seat in it. The decision is
    /// looked up per exemption (EXISTS): as a join, PostgreSQL hashed every decision ever taken to find a day's few exemptions.
    /// </summary>
    public static IQueryable<Exemption> ConcerningGroup(AppDbContext db, IQueryable<Exemption> exemptions, int groupId)
    {
        var seated = db.Memberships.Where(m => m.GroupId == groupId && m.RetiredAt == null && m.OrganisationId != null).Select(m => m.OrganisationId!.Value);
        return exemptions.Where(e => db.Decisions.Any(d => d.Id == e.DecisionId && d.GroupId == groupId)
            || e.Organisations.Any(o => seated.Contains(o.OrganisationId)));
    }

    /// <summary>The exemptions as summaries; the deciding group is read per row (a subquery) for the same reason as in <see cref="ConcerningGroup"/>.</summary>
    public static async Task<List<ExemptionSummary>> SummariesAsync(AppDbContext db, IQueryable<Exemption> exemptions, DateOnly today, CancellationToken ct)
    {
        var rows = await exemptions.AsNoTracking()
            .Select(e => new
            {
                e.Id, e.DocumentId, Title = e.Document.Title, Type = e.Document.Type, VersionNumber = e.DocumentVersion.Number, e.Description,
                e.ValidFrom, e.ValidTo, e.RevokedFrom, Closed = e.ReturnConfirmedAt != null, e.DecisionId,
                GroupId = db.Decisions.Where(d => d.Id == e.DecisionId).Select(d => d.GroupId).First(), e.Version,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var organisations = (await db.ExemptionOrganisations.AsNoTracking().Where(o => ids.Contains(o.ExemptionId))
                .Select(o => new { o.ExemptionId, o.OrganisationId, o.Organisation.Name }).ToListAsync(ct))
            .ToLookup(o => o.ExemptionId, o => new OrganisationRef(o.OrganisationId, o.Name));
        var groupIds = rows.Select(r => r.GroupId).Distinct().ToList();
        var groups = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        return [.. rows.Select(r =>
        {
            var last = ExemptionRules.LastDay(r.ValidTo, r.RevokedFrom);
            return new ExemptionSummary(r.Id, r.DocumentId, r.Title, r.Type, r.VersionNumber, r.Description,
                [.. organisations[r.Id].OrderBy(o => o.Name, StringComparer.Create(Infrastructure.SwedishTime.Culture, false))],
                r.ValidFrom, r.ValidTo, last, r.RevokedFrom, ExemptionRules.StateOn(r.ValidFrom, last, r.Closed, today),
                r.DecisionId, r.GroupId, groups[r.GroupId], r.Version);
        })];
    }

    /// <summary>The active exemptions from a document, for the banner on its page.</summary>
    public static async Task<List<ExemptionBanner>> BannersAsync(AppDbContext db, int documentId, DateOnly day, CancellationToken ct)
    {
        var active = await SummariesAsync(db, ActiveOn(db.Exemptions, day).Where(e => e.DocumentId == documentId), day, ct);
        return [.. active.OrderBy(e => e.LastDay).Select(e => new ExemptionBanner(e.Id, e.Description, e.ValidFrom, e.LastDay,
            [.. e.Organisations.Select(o => o.Name)], e.DocumentVersion))];
    }

    public static async Task<ExemptionDetails?> DetailsAsync(AppDbContext db, int id, DateOnly today, CancellationToken ct)
    {
        var summary = (await SummariesAsync(db, db.Exemptions.Where(e => e.Id == id), today, ct)).FirstOrDefault();
        if (summary is null) return null;
        var e = await db.Exemptions.AsNoTracking().Include(x => x.History).FirstAsync(x => x.Id == id, ct);
        var decisionIds = e.History.Where(h => h.DecisionId != null).Select(h => h.DecisionId!.Value).Append(e.DecisionId).Distinct().ToList();
        var decisions = await DocumentViews.DecisionRefsAsync(db, decisionIds, ct);
        return new ExemptionDetails(summary, e.Reason, decisions.First(d => d.Id == e.DecisionId), e.ReturnConfirmedAt, e.ReturnConfirmedBy, e.ReturnNote,
            [.. e.History.OrderBy(h => h.Id).Select(h => new ExemptionEventView(h.Kind, h.At, h.ByName,
                decisions.FirstOrDefault(d => d.Id == h.DecisionId), h.PreviousValidTo, h.ValidTo, h.Note))]);
    }

    public static string Link(int id) => $"/avsteg/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string ApiUrl(int id) => $"/api/v1/exemptions/{id.ToString(CultureInfo.InvariantCulture)}";
}
