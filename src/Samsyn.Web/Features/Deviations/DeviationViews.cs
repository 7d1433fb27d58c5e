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

    /// <summary>The reports and imported counts of a period as facts for <see cref="DeviationStatistics"/>, and the reports' answer times.</summary>
    public static async Task<(List<DeviationFact> Facts, List<AnswerFact> Answers)> FactsAsync(
        AppDbContext db, DateOnly from, DateOnly to, string? process, int? organisationId, int? areaId, CancellationToken ct) =>
        (await CountFactsAsync(db, from, to, process, organisationId, areaId, ct), await AnswerFactsAsync(db, from, to, process, organisationId, areaId, ct));

    /// <summary>
    /// The counts of a period, added up by the database per month, process, step and organisations: the statistics cost
    /// what they show, not the number of reports behind them. A report concerning more than one organisation (rare) is
    /// read on its own, so that it counts once for its process and once for each concerned organisation.
    /// </summary>
    public static async Task<List<DeviationFact>> CountFactsAsync(
        AppDbContext db, DateOnly from, DateOnly to, string? process, int? organisationId, int? areaId, CancellationToken ct)
    {
        var reports = Reports(db, from, to, process, organisationId, areaId);
        var single = await db.Set<DeviationConcerned>().AsNoTracking()
            .Join(reports.Where(d => d.Concerned.Count == 1), c => c.DeviationReportId, d => d.Id, (c, d) => new
            {
                d.OccurredOn.Year, d.OccurredOn.Month, d.ProcessId, d.StepId, d.ReportingOrganisationId, Concerned = c.OrganisationId,
            })
            .GroupBy(x => new { x.Year, x.Month, x.ProcessId, x.StepId, x.ReportingOrganisationId, x.Concerned })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.ProcessId, g.Key.StepId, g.Key.ReportingOrganisationId, g.Key.Concerned, Count = g.Count() })
            .ToListAsync(ct);
        var several = await reports.Where(d => d.Concerned.Count != 1)
            .Select(d => new { d.OccurredOn, d.ProcessId, d.StepId, d.ReportingOrganisationId, Concerned = d.Concerned.Select(c => c.OrganisationId).ToList() })
            .ToListAsync(ct);

        var processes = await db.DeviationProcesses.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct);
        var steps = await db.DeviationSteps.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        DeviationFact Fact(DateOnly month, int processId, int stepId, int reporting, IEnumerable<int> concerned, int count) =>
            new(month, processes[processId].Code, processes[processId].Name, steps[stepId].Code, steps[stepId].Name, reporting, organisations[reporting],
                [.. concerned.Select(c => (c, organisations[c]))], count, false);

        var facts = single.Select(r => Fact(new DateOnly(r.Year, r.Month, 1), r.ProcessId, r.StepId, r.ReportingOrganisationId, [r.Concerned], r.Count))
            .Concat(several.Select(r => Fact(DeviationStatistics.FirstOfMonth(r.OccurredOn), r.ProcessId, r.StepId, r.ReportingOrganisationId, r.Concerned, 1)));
        return [.. facts, .. await ImportedFactsAsync(db, from, to, process, organisationId, areaId, ct)];
    }

    /// <summary>Each report's dates and state, for the answer times: four columns, no joins.</summary>
    public static async Task<List<AnswerFact>> AnswerFactsAsync(
        AppDbContext db, DateOnly from, DateOnly to, string? process, int? organisationId, int? areaId, CancellationToken ct)
    {
        var rows = await Reports(db, from, to, process, organisationId, areaId)
            .Select(d => new { d.ReportedAt, d.AnswerDueOn, d.AnsweredAt, d.Status }).ToListAsync(ct);
        return [.. rows.Select(r => new AnswerFact(r.ReportedAt, r.AnswerDueOn, r.AnsweredAt, r.Status))];
    }

    private static IQueryable<DeviationReport> Reports(AppDbContext db, DateOnly from, DateOnly to, string? process, int? organisationId, int? areaId)
    {
        var reports = db.DeviationReports.AsNoTracking().Where(d => d.OccurredOn >= from && d.OccurredOn <= to);
        if (!string.IsNullOrWhiteSpace(process)) reports = reports.Where(d => d.Process.Code == process);
        if (organisationId is int org) reports = reports.Where(d => d.ReportingOrganisationId == org || d.Concerned.Any(c => c.OrganisationId == org));
        if (areaId is int area) reports = reports.Where(d => d.AreaId == area);
        return reports;
    }

    private static async Task<IEnumerable<DeviationFact>> ImportedFactsAsync(
        AppDbContext db, DateOnly from, DateOnly to, string? process, int? organisationId, int? areaId, CancellationToken ct)
    {
        var firstMonth = DeviationStatistics.FirstOfMonth(from);
        var aggregates = db.DeviationAggregates.AsNoTracking().Where(a => a.Month >= firstMonth && a.Month <= to);
        if (!string.IsNullOrWhiteSpace(process)) aggregates = aggregates.Where(a => a.Process.Code == process);
        if (organisationId is int o) aggregates = aggregates.Where(a => a.ReportingOrganisationId == o || a.ConcernedOrganisationId == o);
        if (areaId is int ar) aggregates = aggregates.Where(a => a.ReportingOrganisation.AreaId == ar);
        var imported = await aggregates.Select(a => new
        {
            a.Month, Process = a.Process.Code, ProcessName = a.Process.Name, Step = a.Step != null ? a.Step.Code : null, StepName = a.Step != null ? a.Step.Name : null,
            a.ReportingOrganisationId, Reporting = a.ReportingOrganisation.Name, a.ConcernedOrganisationId, Concerned = a.ConcernedOrganisation.Name, a.Count,
        }).ToListAsync(ct);
        return imported.Select(a => new DeviationFact(a.Month, a.Process, a.ProcessName, a.Step, a.StepName, a.ReportingOrganisationId, a.Reporting,
            [(a.ConcernedOrganisationId, a.Concerned)], a.Count, true));
    }

    public static string StatusText(DeviationStatus status, bool overdue) => overdue ? $"{DeviationWorkflow.Label(status)}, försenad" : DeviationWorkflow.Label(status);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", SwedishTime.Culture);

    public static string Organisations(IEnumerable<OrganisationRef> organisations) => string.Join(", ", organisations.Select(o => o.Name));
}
