using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Situation;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Status reports (lägesbild) from every organisation at an even pace over the years, each with the key figures its
/// kind of organisation reports; mostly normal, now and then strained, rarely severe or critical.
/// </summary>
internal sealed class SituationData(BenchWorld world, BulkWriter writer, AppDbContext db)
{
    private readonly Random random = world.Random("situation");

    public async Task LoadAsync(CancellationToken ct)
    {
        var figures = (await db.StatusFigureDefinitions.AsNoTracking().ToListAsync(ct))
            .GroupBy(f => f.OrganisationKind).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Order).ToList());
        var organisations = world.Areas.SelectMany(a => a.Organisations).ToList();
        var total = world.Size.ScaledStatusReports;
        var seconds = (world.EndMoment - world.MomentOn(world.Start, 0)).TotalSeconds;
        for (var i = 0; i < total; i++)
        {
            // Report i is the organisation's (i / count)-th: all organisations report at the same pace up to the end.
            var organisationId = organisations[i % organisations.Count];
            var at = world.EndMoment.AddSeconds(-seconds * (total - 1 - i) / total - random.Next(3600));
            var report = NewReport(organisationId, at);
            foreach (var figure in figures.GetValueOrDefault(world.OrganisationKinds[organisationId]) ?? [])
                report.Figures.Add(new StatusReportFigure { Id = world.NextId("StatusReportFigure"), Key = figure.Key, Value = random.Next(Math.Min(figure.Maximum, 60)) });
            await writer.AddAsync(report, ct, rows: 1 + report.Figures.Count);
        }
    }

    private StatusReport NewReport(int organisationId, DateTimeOffset at)
    {
        var roll = random.Next(100);
        var level = roll switch { < 75 => StatusLevel.Normal, < 93 => StatusLevel.Strained, < 99 => StatusLevel.Severe, _ => StatusLevel.Critical };
        var isHospital = world.OrganisationKinds[organisationId] == OrganisationKind.Hospital;
        return new StatusReport
        {
            Id = world.NextId("StatusReport"), OrganisationId = organisationId, Level = level, ReportedAt = at,
            Readiness = isHospital && level >= StatusLevel.Severe ? ReadinessLevel.StaffAlert : null,
            Comment = level == StatusLevel.Normal ? null : "Hög belastning och personalbrist under veckan.",
            NeedsHelp = level >= StatusLevel.Severe, HelpWith = level >= StatusLevel.Severe ? "Fler korttidsplatser" : null,
            ReportedByPersonId = world.PersonOf(organisationId, random),
        };
    }
}
