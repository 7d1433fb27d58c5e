using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

public sealed record OrganisationRef(int Id, string Name);

public sealed record DeviationListItem(
    int Id, DateOnly OccurredOn, DateTimeOffset ReportedAt, string Process, string ProcessName, string Step, string StepName,
    OrganisationRef ReportingOrganisation, IReadOnlyList<OrganisationRef> ConcernedOrganisations, DeviationStatus Status,
    DateOnly AnswerDueOn, bool Overdue, int Version);

public sealed record DeviationTransitionView(DateTimeOffset At, string? By, DeviationStatus? From, DeviationStatus To, DeviationAction? Action, string? Comment);

public sealed record DeviationView(
    int Id, int AreaId, DateOnly OccurredOn, DateTimeOffset ReportedAt, string? ReportedBy, string Process, string ProcessName, string Step, string StepName,
    OrganisationRef ReportingOrganisation, IReadOnlyList<OrganisationRef> ConcernedOrganisations,
    string? GoverningDocumentReference, int? GoverningDocumentId, string Description, string? Consequence, string? ReporterReference,
    DeviationStatus Status, DateOnly AnswerDueOn, bool Overdue, DateTimeOffset? AcknowledgedAt, DateTimeOffset? AnsweredAt, string? AnsweredBy,
    string? Analysis, string? Measures, DateTimeOffset? ClosedAt, bool? AnsweredLate, IReadOnlyList<DeviationTransitionView> History, int Version);

/// <summary>A list's filters, the same for the page and the API.</summary>
public sealed record DeviationFilter(
    string? Direction = null, DeviationStatus? Status = null, string? Process = null, int? OrganisationId = null, bool OverdueOnly = false,
    DateOnly? From = null, DateOnly? To = null);

public static class DeviationViews
{
    public const string Incoming = "incoming";
    public const string Outgoing = "outgoing";

    public static IQueryable<DeviationReport> Filtered(AppDbContext db, DeviationViewer viewer, DeviationFilter filter, DateOnly today)
    {
        var query = DeviationAccess.Visible(db.DeviationReports.AsNoTracking(), viewer);
        var own = viewer.Own.ToList();
        if (filter.Direction == Incoming) query = query.Where(d => d.Concerned.Any(c => own.Contains(c.OrganisationId)));
        if (filter.Direction == Outgoing) query = query.Where(d => own.Contains(d.ReportingOrganisationId));
        if (filter.Status is DeviationStatus status) query = query.Where(d => d.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Process)) query = query.Where(d => d.Process.Code == filter.Process);
        if (filter.OrganisationId is int org) query = query.Where(d => d.ReportingOrganisationId == org || d.Concerned.Any(c => c.OrganisationId == org));
        if (filter.OverdueOnly)
            query = query.Where(d => (d.Status == DeviationStatus.Received || d.Status == DeviationStatus.Acknowledged) && d.AnswerDueOn < today);
        if (filter.From is DateOnly from) query = query.Where(d => d.OccurredOn >= from);
        if (filter.To is DateOnly to) query = query.Where(d => d.OccurredOn <= to);
        return query;
    }

    /// <summary>
    /// One page of the list, newest first. The concerned organisations come as ids and get their names in a second small
    /// query: their names joined inside the list's query made SQLite join every concerned row of every report before
    /// paging (half a second on 200,000 reports, growing with them).
    /// </summary>
    public static async Task<PagedList<DeviationListItem>> PageAsync(
        AppDbContext db, IQueryable<DeviationReport> reports, DateOnly today, int? page, int? pageSize, CancellationToken ct)
    {
        var rows = await reports.OrderByDescending(d => d.Id).Select(d => new
        {
            d.Id, d.OccurredOn, d.ReportedAt, Process = d.Process.Code, ProcessName = d.Process.Name, Step = d.Step.Code, StepName = d.Step.Name,
            d.ReportingOrganisationId, Reporting = d.ReportingOrganisation.Name,
            Concerned = d.Concerned.OrderBy(c => c.Id).Select(c => c.OrganisationId).ToList(),
            d.Status, d.AnswerDueOn, Overdue = (d.Status == DeviationStatus.Received || d.Status == DeviationStatus.Acknowledged) && d.AnswerDueOn < today,
            d.Version,
        }).ToPagedListAsync(page, pageSize, ct);
        var ids = rows.Items.SelectMany(r => r.Concerned).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new PagedList<DeviationListItem>([.. rows.Items.Select(r => new DeviationListItem(
            r.Id, r.OccurredOn, r.ReportedAt, r.Process, r.ProcessName, r.Step, r.StepName, new OrganisationRef(r.ReportingOrganisationId, r.Reporting),
            [.. r.Concerned.Select(id => new OrganisationRef(id, names[id]))], r.Status, r.AnswerDueOn, r.Overdue, r.Version))],
            rows.TotalCount, rows.Page, rows.PageSize);
    }

    public static async Task<DeviationView?> DetailsAsync(AppDbContext db, int id, DateTimeOffset now, CancellationToken ct)
    {
        var d = await db.DeviationReports.AsNoTracking().AsSplitQuery()
            .Include(r => r.Process).Include(r => r.Step).Include(r => r.ReportingOrganisation).Include(r => r.ReportedBy)
            .Include(r => r.Concerned).ThenInclude(c => c.Organisation).Include(r => r.Transitions)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (d is null) return null;
        var answeredBy = d.AnsweredByPersonId is int p ? await db.People.Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new DeviationView(d.Id, d.AreaId, d.OccurredOn, d.ReportedAt, d.ReportedBy?.Name, d.Process.Code, d.Process.Name, d.Step.Code, d.Step.Name,
            new OrganisationRef(d.ReportingOrganisationId, d.ReportingOrganisation.Name),
            [.. d.Concerned.OrderBy(c => c.Id).Select(c => new OrganisationRef(c.OrganisationId, c.Organisation.Name))],
            d.GoverningDocumentReference, d.GoverningDocumentId, d.Description, d.Consequence, d.ReporterReference,
            d.Status, d.AnswerDueOn, DeviationDeadlines.IsOverdue(d.Status, d.AnswerDueOn, now), d.AcknowledgedAt, d.AnsweredAt, answeredBy,
            d.Analysis, d.Measures, d.ClosedAt, d.AnsweredAt is DateTimeOffset at ? DeviationDeadlines.AnsweredLate(at, d.AnswerDueOn) : null,
            [.. d.Transitions.OrderBy(t => t.Id).Select(t => new DeviationTransitionView(t.At, t.ByName, t.From, t.To, t.Action, t.Comment))],
            d.Version);
    }

    /// <summary>The processes with their steps, in their order; retired ones only when asked for.</summary>
    public static async Task<List<DeviationProcess>> ProcessesAsync(AppDbContext db, bool includeRetired, CancellationToken ct)
    {
        var processes = await db.DeviationProcesses.AsNoTracking().Include(p => p.Steps).ToListAsync(ct);
        foreach (var p in processes)
        {
            var ordered = p.Steps.Where(s => includeRetired || !s.IsRetired).OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
            p.Steps.Clear();
            p.Steps.AddRange(ordered);
        }
        return [.. processes.Where(p => includeRetired || !p.IsRetired).OrderBy(p => p.Order).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    public static string StatusText(DeviationStatus status, bool overdue) => overdue ? $"{DeviationWorkflow.Label(status)}, försenad" : DeviationWorkflow.Label(status);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", SwedishTime.Culture);

    public static string Organisations(IEnumerable<OrganisationRef> organisations) => string.Join(", ", organisations.Select(o => o.Name));
}
