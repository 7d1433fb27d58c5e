using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.IntegrationTests.Features.Deviations;

/// <summary>The tallies, row for row, against the reports counted one by one (rows left at 0 by moves are ignored).</summary>
public static class TallyChecks
{
    public static async Task TallyShouldMatchReportsAsync(this AppDbContext db, int? areaId = null)
    {
        var reports = db.DeviationReports.AsNoTracking().Where(d => areaId == null || d.AreaId == areaId);
        var facts = await reports.Select(d => new ReportTallyFacts(
            d.OccurredOn, d.AreaId, d.ProcessId, d.StepId, d.ReportingOrganisationId, d.Status, d.ReportedAt, d.AnsweredAt, d.AnswerDueOn)).ToListAsync();

        var groups = await db.DeviationTallies.AsNoTracking().Where(t => t.Count != 0 && (areaId == null || t.AreaId == areaId)).ToListAsync();
        groups.ToDictionary(t => new GroupTallyKey(t.Month, t.AreaId, t.ProcessId, t.StepId, t.ReportingOrganisationId), t => t.Count)
            .ShouldBe(facts.GroupBy(f => f.Group).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);

        var answers = await db.DeviationAnswerTallies.AsNoTracking().Where(t => t.Count != 0 && (areaId == null || t.AreaId == areaId)).ToListAsync();
        answers.ToDictionary(t => new AnswerTallyKey(t.Month, t.AreaId, t.ProcessId, t.Answered, t.AnswerDays, t.AnsweredLate), t => t.Count)
            .ShouldBe(facts.GroupBy(f => f.Answer).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);

        var concerned = await db.Set<DeviationConcerned>().AsNoTracking().Join(reports, c => c.DeviationReportId, d => d.Id,
            (c, d) => new { d.OccurredOn, d.AreaId, d.ProcessId, c.OrganisationId }).ToListAsync();
        var concernedTallies = await db.DeviationConcernedTallies.AsNoTracking().Where(t => t.Count != 0 && (areaId == null || t.AreaId == areaId)).ToListAsync();
        concernedTallies.ToDictionary(t => new ConcernedTallyKey(t.Month, t.AreaId, t.ProcessId, t.ConcernedOrganisationId), t => t.Count)
            .ShouldBe(concerned.GroupBy(c => new ConcernedTallyKey(DeviationStatistics.FirstOfMonth(c.OccurredOn), c.AreaId, c.ProcessId, c.OrganisationId))
                .ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        groups.Where(t => t.Count < 0).ShouldBeEmpty();
    }
}
