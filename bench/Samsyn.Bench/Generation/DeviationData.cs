using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Deviations in collaboration at an even pace over the years, between two organisations of the same area, through
/// the report's own workflow: received, sometimes acknowledged, answered with analysis and measures, mostly closed.
/// Every report whose answer was due more than <see cref="AnsweredAfterDays"/> days before the end is answered.
/// </summary>
public sealed class DeviationData(BenchWorld world, BulkWriter writer, AppDbContext db)
{
    public const int AnsweredAfterDays = 30;
    private readonly Random random = world.Random("deviations");

    public async Task LoadAsync(CancellationToken ct)
    {
        var steps = await db.DeviationSteps.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.ProcessId }).ToListAsync(ct);
        var total = world.Size.ScaledDeviationReports;
        var days = world.End.DayNumber - world.Start.DayNumber;
        for (var i = 0; i < total; i++)
        {
            var area = world.Areas[random.Next(world.Areas.Count)];
            var reporting = area.Organisations[random.Next(area.Organisations.Count)];
            var concerned = area.Organisations[(area.Organisations.IndexOf(reporting) + 1 + random.Next(area.Organisations.Count - 1)) % area.Organisations.Count];
            var step = steps[random.Next(steps.Count)];
            var occurredOn = world.Start.AddDays((int)((long)days * i / total));
            var report = new DeviationReport
            {
                Id = world.NextId("DeviationReport"), AreaId = area.Id, ReportingOrganisationId = reporting, ProcessId = step.ProcessId,
                StepId = step.Id, OccurredOn = occurredOn, Description = random.Pick(Words.DeviationTexts),
                ReporterReference = $"AV-{occurredOn.Year}-{i % 100_000:D5}", ReportedByPersonId = world.PersonOf(reporting, random),
                ReportedAt = Moment(occurredOn.AddDays(random.Next(4))),
            };
            report.AnswerDueOn = DeviationDeadlines.AnswerDue(report.ReportedAt, 60);
            report.Concerned.Add(new DeviationConcerned { OrganisationId = concerned });
            report.RecordReceived(report.ReportedAt, report.ReportedByPersonId, world.PersonNames[report.ReportedByPersonId.Value]);
            Handle(report, concerned);
            GiveIds(report);
            await writer.AddAsync(report, ct, rows: 2 + report.Transitions.Count);
        }
    }

    private void Handle(DeviationReport report, int concerned)
    {
        var answerer = world.PersonOf(concerned, random);
        var name = world.PersonNames[answerer];
        var mustBeAnswered = report.AnswerDueOn.AddDays(AnsweredAfterDays) < world.End;
        if (random.Next(3) == 0) Act(report.ReportedAt.AddDays(2), at => report.Acknowledge(at, answerer, name, null));
        if (!mustBeAnswered && random.Next(2) == 0) return;
        // Most answers come within the 60 days; one in twenty is late.
        var answeredAt = report.ReportedAt.AddDays(random.Next(20) == 0 ? 60 + random.Next(1, AnsweredAfterDays) : 5 + random.Next(50));
        if (!Act(answeredAt, at => report.Answer(at, answerer, name, "Rutinen följdes inte på grund av hög belastning.", random.Pick(Words.Measures))))
            return;
        if (random.Next(5) != 0)
            Act(answeredAt.AddDays(7 + random.Next(20)), at => report.Close(at, report.ReportedByPersonId, world.PersonNames[report.ReportedByPersonId!.Value], null));
    }

    /// <summary>Ids given here rather than by the database: inserts then need no round trip for the new key, twice as fast.</summary>
    private void GiveIds(DeviationReport report)
    {
        foreach (var concerned in report.Concerned) concerned.Id = world.NextId("DeviationConcerned");
        foreach (var transition in report.Transitions) transition.Id = world.NextId("DeviationTransition");
    }

    /// <summary>Does what happened at <paramref name="at"/>, unless that lies after the end of the history.</summary>
    private bool Act(DateTimeOffset at, Action<DateTimeOffset> action)
    {
        if (at > world.EndMoment) return false;
        action(at);
        return true;
    }

    private DateTimeOffset Moment(DateOnly day) => world.MomentOn(day, 7 * 60 + random.Next(10 * 60));
}
