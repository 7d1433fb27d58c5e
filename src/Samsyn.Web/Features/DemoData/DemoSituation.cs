using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Situation;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// Four weeks of status reports: in SIMBA a report every morning from each party — the
/// hospital strained for the last ten days and now in stabsläge, Kungälv strained, Stenungsund
/// severe and asking for help (proposed onto the next meeting, the others notified), Tjörn's last
/// report three days old (stale); in Skaraborg a report every few days, two municipalities none.
/// </summary>
public sealed class DemoSituation(AppDbContext db, TimeProvider clock)
{
    private const int Days = 28;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = SwedishTime.DateOf(now);
        var random = new Random(1847);
        var reporters = await db.Memberships.Where(m => m.RetiredAt == null && m.OrganisationId != null)
            .Select(m => new { OrganisationId = m.OrganisationId!.Value, m.PersonId }).ToListAsync(ct);
        int? Reporter(int organisationId) => reporters.FirstOrDefault(r => r.OrganisationId == organisationId)?.PersonId;

        var simba = await db.Organisations.Where(o => o.Area.ShortName == "SIMBA").ToListAsync(ct);
        Organisation Simba(string start) => simba.First(o => o.Name.StartsWith(start, StringComparison.Ordinal));
        var hospital = Simba("Kungälvs sjukhus");
        var stenungsund = Simba("Stenungsunds");
        foreach (var organisation in simba)
        {
            // Care goes on at weekends: the parties report every morning.
            var lastDay = organisation.Name.StartsWith("Tjörn", StringComparison.Ordinal) ? today.AddDays(-3) : today;
            for (var date = today.AddDays(-Days); date <= lastDay; date = date.AddDays(1))
            {
                var at = SwedishTime.At(date, new TimeOnly(7, 30).AddMinutes(random.Next(90)));
                var daysAgo = today.DayNumber - date.DayNumber;
                var (level, figures) = SimbaDay(organisation, daysAgo, random);
                if (at > now.AddHours(-2) || (daysAgo == 0 && (organisation == hospital || organisation == stenungsund))) continue;
                Add(organisation.Id, at, level, figures, Reporter(organisation.Id),
                    level >= StatusLevel.Strained ? Comments[random.Next(Comments.Length)] : null,
                    readiness: organisation == hospital && daysAgo <= 4 ? ReadinessLevel.StaffAlert : null);
            }
        }

        var skaraborg = await db.Organisations.Where(o => o.Area.ShortName == "Skaraborg").OrderBy(o => o.Id).ToListAsync(ct);
        foreach (var (organisation, index) in skaraborg.Select((o, i) => (o, i)))
        {
            if (index is 5 or 11) continue; // two municipalities that have not started reporting
            for (var date = today.AddDays(-Days + index % 3); date < today; date = date.AddDays(3))
            {
                var level = random.Next(10) switch { < 7 => StatusLevel.Normal, < 9 => StatusLevel.Strained, _ => StatusLevel.Severe };
                Add(organisation.Id, SwedishTime.At(date, new TimeOnly(8, 0).AddMinutes(random.Next(120))), level,
                    Figures(organisation.Kind, level, random), Reporter(organisation.Id), null, null);
            }
        }
        await db.SaveChangesAsync(ct);

        // This morning's reports, made as a member makes them: the strained hospital and Stenungsund's
        // request for help go onto the next meeting's agenda as proposals, and the others are told.
        var morning = now.AddHours(-1);
        await SubmitAsync(new StatusReportInput
        {
            OrganisationId = hospital.Id, Level = StatusLevel.Strained, Readiness = ReadinessLevel.StaffAlert, ReportedAt = morning,
            Comment = "Fortsatt högt inflöde till medicin och akuten. Överbeläggningar på tre avdelningar; stabsläge sedan i torsdags.",
            Figures = new() { ["dischargeReady"] = 14, ["overOccupancy"] = 9, ["staffAbsence"] = 11.5m },
        }, Reporter(hospital.Id), ct);
        await SubmitAsync(new StatusReportInput
        {
            OrganisationId = stenungsund.Id, Level = StatusLevel.Severe, ReportedAt = morning.AddMinutes(20), NeedsHelp = true,
            HelpWith = "Två sjuksköterskor till korttidsboendet under helgerna, eller att sjukhuset planerar utskrivningar till korttid till vardagar.",
            Comment = "Korttidsboendet är fullt och sjukfrånvaron hög. Vi kan inte ta emot fler från sjukhuset i helgen utan förstärkning.",
            Figures = new() { ["freeShortTermBeds"] = 0, ["waitingForHome"] = 6, ["staffAbsence"] = 17 },
        }, Reporter(stenungsund.Id), ct);
    }

    private static readonly string[] Comments =
    [
        "Högt inflöde och flera utskrivningsklara som väntar på plats.",
        "Sjukfrånvaro i personalgruppen; inhyrd personal täcker delvis.",
        "Influensan märks; vi prioriterar om inom verksamheten.",
        "Färre lediga korttidsplatser än vanligt denna vecka.",
    ];

    private static (StatusLevel, Dictionary<string, decimal>) SimbaDay(Organisation organisation, int daysAgo, Random random)
    {
        var level = organisation.Name switch
        {
            var n when n.StartsWith("Kungälvs sjukhus", StringComparison.Ordinal) => daysAgo <= 10 ? StatusLevel.Strained : StatusLevel.Normal,
            var n when n.StartsWith("Kungälvs kommun", StringComparison.Ordinal) => daysAgo <= 6 ? StatusLevel.Strained : StatusLevel.Normal,
            var n when n.StartsWith("Stenungsunds", StringComparison.Ordinal) => daysAgo <= 3 ? StatusLevel.Severe : daysAgo <= 8 ? StatusLevel.Strained : StatusLevel.Normal,
            _ => random.Next(12) == 0 ? StatusLevel.Strained : StatusLevel.Normal,
        };
        return (level, Figures(organisation.Kind, level, random));
    }

    private static Dictionary<string, decimal> Figures(OrganisationKind kind, StatusLevel level, Random random)
    {
        var strain = (int)level;
        return kind switch
        {
            OrganisationKind.Hospital => new()
            {
                ["dischargeReady"] = 4 + strain * 4 + random.Next(4), ["overOccupancy"] = strain * 3 + random.Next(3),
                ["staffAbsence"] = 6 + strain * 2 + random.Next(30) / 10m,
            },
            OrganisationKind.MunicipalCare => new()
            {
                ["freeShortTermBeds"] = Math.Max(0, 5 - strain * 2 - random.Next(2)), ["waitingForHome"] = strain * 2 + random.Next(2),
                ["staffAbsence"] = 7 + strain * 3 + random.Next(30) / 10m,
            },
            OrganisationKind.RegionalPrimaryCare => new()
            {
                ["pendingCarePlans"] = 2 + strain * 2 + random.Next(3), ["staffAbsence"] = 5 + strain * 2 + random.Next(30) / 10m,
            },
            _ => new() { ["staffAbsence"] = 5 + random.Next(50) / 10m },
        };
    }

    private void Add(int organisationId, DateTimeOffset at, StatusLevel level, Dictionary<string, decimal> figures, int? reporter, string? comment, ReadinessLevel? readiness)
    {
        var report = new StatusReport
        {
            OrganisationId = organisationId, Level = level, Readiness = readiness, ReportedAt = at.ToUniversalTime(), ReportedByPersonId = reporter, Comment = comment,
        };
        foreach (var (key, value) in figures) report.Figures.Add(new StatusReportFigure { Key = key, Value = value });
        db.StatusReports.Add(report);
    }

    private async Task SubmitAsync(StatusReportInput input, int? reporter, CancellationToken ct)
    {
        var result = await StatusReporting.SubmitAsync(db, input, reporter, _ => Task.FromResult(true), ct);
        if (result is SubmitResult.Invalid invalid)
            throw new InvalidOperationException($"Demo status report refused: {string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
    }
}
