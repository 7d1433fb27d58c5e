using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// Reads the statistics of a period for <see cref="DeviationStatistics"/>. The database adds the reports up in the grouping
/// asked for (a dozen months, a few processes, some organisations), so the statistics cost what they show rather than the
/// number of reports behind them; reading every report of the period made ten years of a large region take seconds.
/// </summary>
public static class DeviationCounts
{
    /// <summary>The counts of the period in one grouping, reports and imported counts together.</summary>
    public static async Task<IReadOnlyList<DeviationCount>> CountsAsync(AppDbContext db, DeviationStatisticsQuery query, DeviationGrouping by, CancellationToken ct)
    {
        var facts = await ReportFactsAsync(db, query, by, ct);
        facts.AddRange(await ImportedFactsAsync(db, query, ct));
        return DeviationStatistics.Group(facts, by, by == DeviationGrouping.Month ? DeviationStatistics.MonthsBetween(query.From, query.To) : null);
    }

    /// <summary>Each report's dates and state, for the answer times: four columns, no joins.</summary>
    public static async Task<List<AnswerFact>> AnswersAsync(AppDbContext db, DeviationStatisticsQuery query, CancellationToken ct)
    {
        var rows = await Reports(db, query).Select(d => new { d.ReportedAt, d.AnswerDueOn, d.AnsweredAt, d.Status }).ToListAsync(ct);
        return [.. rows.Select(r => new AnswerFact(r.ReportedAt, r.AnswerDueOn, r.AnsweredAt, r.Status))];
    }

    /// <summary>
    /// One fact per group of the grouping, counted by the database. A fact carries only the grouping's own dimension:
    /// a report counts once for its month, process, step and reporter, and once for each organisation it concerns.
    /// </summary>
    private static async Task<List<DeviationFact>> ReportFactsAsync(AppDbContext db, DeviationStatisticsQuery query, DeviationGrouping by, CancellationToken ct)
    {
        var reports = Reports(db, query);
        var processes = await db.DeviationProcesses.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        DeviationFact Fact(DateOnly month = default, int process = 0, (string Code, string Name)? step = null, int reporting = 0, int? concerned = null, int count = 0) =>
            new(month, process == 0 ? "" : processes[process].Code, process == 0 ? "" : processes[process].Name, step?.Code, step?.Name,
                reporting, reporting == 0 ? "" : organisations[reporting], concerned is int c ? [(c, organisations[c])] : [], count, false);

        switch (by)
        {
            case DeviationGrouping.Process:
                return [.. (await reports.GroupBy(d => d.ProcessId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                    .Select(g => Fact(process: g.Key, count: g.Count))];
            case DeviationGrouping.Step:
                var steps = await db.DeviationSteps.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Code, s.Name), ct);
                return [.. (await reports.GroupBy(d => new { d.ProcessId, d.StepId }).Select(g => new { g.Key.ProcessId, g.Key.StepId, Count = g.Count() }).ToListAsync(ct))
                    .Select(g => Fact(process: g.ProcessId, step: steps[g.StepId], count: g.Count))];
            case DeviationGrouping.ReportingOrganisation:
                return [.. (await reports.GroupBy(d => d.ReportingOrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                    .Select(g => Fact(reporting: g.Key, count: g.Count))];
            case DeviationGrouping.ConcernedOrganisation:
                return [.. (await db.Set<DeviationConcerned>().Join(reports, c => c.DeviationReportId, d => d.Id, (c, _) => c.OrganisationId)
                        .GroupBy(o => o).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                    .Select(g => Fact(concerned: g.Key, count: g.Count))];
            default:
                return [.. (await reports.GroupBy(d => new { d.OccurredOn.Year, d.OccurredOn.Month }).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct))
                    .Select(g => Fact(month: new DateOnly(g.Year, g.Month, 1), count: g.Count))];
        }
    }

    private static IQueryable<DeviationReport> Reports(AppDbContext db, DeviationStatisticsQuery query)
    {
        var reports = db.DeviationReports.AsNoTracking().Where(d => d.OccurredOn >= query.From && d.OccurredOn <= query.To);
        if (!string.IsNullOrWhiteSpace(query.Process)) reports = reports.Where(d => d.Process.Code == query.Process);
        if (query.OrganisationId is int org) reports = reports.Where(d => d.ReportingOrganisationId == org || d.Concerned.Any(c => c.OrganisationId == org));
        if (query.AreaId is int area) reports = reports.Where(d => d.AreaId == area);
        return reports;
    }

    /// <summary>Counts imported from other systems, already added up per month: complete in every grouping.</summary>
    private static async Task<List<DeviationFact>> ImportedFactsAsync(AppDbContext db, DeviationStatisticsQuery query, CancellationToken ct)
    {
        var firstMonth = DeviationStatistics.FirstOfMonth(query.From);
        var aggregates = db.DeviationAggregates.AsNoTracking().Where(a => a.Month >= firstMonth && a.Month <= query.To);
        if (!string.IsNullOrWhiteSpace(query.Process)) aggregates = aggregates.Where(a => a.Process.Code == query.Process);
        if (query.OrganisationId is int o) aggregates = aggregates.Where(a => a.ReportingOrganisationId == o || a.ConcernedOrganisationId == o);
        if (query.AreaId is int ar) aggregates = aggregates.Where(a => a.ReportingOrganisation.AreaId == ar);
        var imported = await aggregates.Select(a => new
        {
            a.Month, Process = a.Process.Code, ProcessName = a.Process.Name, Step = a.Step != null ? a.Step.Code : null, StepName = a.Step != null ? a.Step.Name : null,
            a.ReportingOrganisationId, Reporting = a.ReportingOrganisation.Name, a.ConcernedOrganisationId, Concerned = a.ConcernedOrganisation.Name, a.Count,
        }).ToListAsync(ct);
        return [.. imported.Select(a => new DeviationFact(a.Month, a.Process, a.ProcessName, a.Step, a.StepName, a.ReportingOrganisationId, a.Reporting,
            [(a.ConcernedOrganisationId, a.Concerned)], a.Count, true))];
    }
}
