using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// The meetings of Ledningsgrupp i samverkan for the past and the coming year, planned by the
/// same rules a convener uses: held meetings have published agendas, attendance and approved
/// minutes; the next meeting has an open agenda with a member's proposal.
/// </summary>
public sealed class DemoMeetings(AppDbContext db, TimeProvider clock)
{
    private static readonly (string Title, AgendaItemKind Kind, int Minutes)[] StandingItems =
    [
        ("Lägesbild från varje vård- och insatsgivare", AgendaItemKind.Information, 15),
        ("Avvikelser i samverkan", AgendaItemKind.Discussion, 10),
        ("Aktiva temporära avsteg", AgendaItemKind.Information, 5),
        ("Information till alla vård- och insatsgivare", AgendaItemKind.Information, 10),
        ("Överlämnade frågor och återrapporter", AgendaItemKind.Information, 5),
    ];

    private static readonly string[] Notes =
    [
        "Sjukhuset rapporterar ansträngt läge med överbeläggningar på medicin. Kommunerna har lediga korttidsplatser och tar emot utskrivningsklara så snart planeringen medger.",
        "Två avvikelser i samverkan sedan förra mötet, båda om sen inskrivningsmeddelande. Rutinen påminns i verksamheterna.",
        "Inga nya avsteg. Det tillfälliga avsteget om SIP-kallelse inom fem dagar gäller till och med månadens slut.",
        "Regionen informerar om ny telefontid för vårdcentralernas samverkansfunktion. Informationen sprids till alla enheter.",
        "Närområdesgrupp Tjörn återrapporterar frågan om hjälpmedel vid hemgång; förslaget till arbetssätt presenteras vid nästa möte.",
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var group = await db.Groups.FirstAsync(g => g.Name == "Ledningsgrupp i samverkan", ct);
        var organisations = await db.Organisations.Where(o => o.AreaId == group.AreaId).ToDictionaryAsync(o => o.Name, ct);
        var settings = new MeetingSettings
        {
            GroupId = group.Id, UsualStart = new TimeOnly(8, 15), DurationMinutes = 60, PreferredDay = DayOfWeek.Tuesday,
            Location = "Teams (länk i kallelsen)", AgendaDeadlineWorkingDays = 3, AttendanceTarget = 90, UsesAdjuster = true,
            ChairRotationStart = new DateOnly(2024, 1, 1), ChairPeriodMonths = 12,
        };
        string[] rotation = ["Kungälvs sjukhus", "Regional primärvård SIMBA", "Kungälvs kommun – vård och omsorg"];
        for (var i = 0; i < rotation.Length; i++)
            settings.ChairRotationSlots.Add(new ChairRotationSlot { Order = i + 1, OrganisationId = organisations[rotation[i]].Id });
        for (var i = 0; i < StandingItems.Length; i++)
            settings.StandingItems.Add(new StandingAgendaItem { Order = i + 1, Title = StandingItems[i].Title, Kind = StandingItems[i].Kind, DurationMinutes = StandingItems[i].Minutes });
        db.MeetingSettings.Add(settings);
        await db.SaveChangesAsync(ct);

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(SwedishTime.ToLocal(now).DateTime);
        var dates = Enumerable.Range(today.Year - 1, 3)
            .SelectMany(year => MeetingPlanner.Propose(year, settings.PlanRules))
            .Where(p => p.Date >= today.AddYears(-1) && p.Date <= today.AddYears(1))
            .Select(p => new AcceptedMeeting(p.Date, null, null, p.ReasonText))
            .ToList();
        var meetings = await MeetingPlanApi.CreateAsync(db, group.Id, group.Name, dates, ct);
        await db.SaveChangesAsync(ct);

        var seats = await db.Memberships.Include(m => m.Substitutes)
            .Where(m => m.GroupId == group.Id && m.RetiredAt == null).ToListAsync(ct);
        var random = new Random(2021);
        var next = meetings.Where(m => m.StartsAt > now).OrderBy(m => m.StartsAt).FirstOrDefault();
        var held = meetings.Where(m => m.EndsAt < now).OrderBy(m => m.StartsAt).ToList();
        foreach (var meeting in held)
            await HoldAsync(meeting, seats, random, latest: meeting == held[^1], ct);
        if (next is not null) await ProposeAsync(next, seats, organisations["Ale kommun – vård och omsorg"].Id, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task HoldAsync(Meeting meeting, List<Membership> seats, Random random, bool latest, CancellationToken ct)
    {
        await db.Entry(meeting).Collection(m => m.AgendaItems).LoadAsync(ct);
        meeting.PublishAgenda(meeting.StartsAt.AddDays(-5));
        var items = meeting.AgendaItems.OrderBy(i => i.Order).ToList();
        for (var i = 0; i < items.Count; i++) items[i].Notes = Notes[i % Notes.Length];
        items[1].Decisions.Add(Decision.InMinutes(meeting, "Ledningsgruppen ger processledaren i uppdrag att sammanställa avvikelserna om inskrivningsmeddelanden till nästa möte.", DecisionType.Decision));
        items[1].ActionItems.Add(new ActionItem
        {
            MeetingId = meeting.Id, Text = "Sammanställ avvikelser om sena inskrivningsmeddelanden.",
            OwnerPersonId = seats.First(s => s.Role == MemberRole.Convener).PersonId,
            DueDate = DateOnly.FromDateTime(SwedishTime.ToLocal(meeting.StartsAt).DateTime).AddDays(21),
            // Done two weeks later; the latest one is still open and carries forward to the next meeting.
            DoneAt = latest ? null : meeting.StartsAt.AddDays(14),
        });
        foreach (var seat in seats)
        {
            var attendance = new Attendance { MeetingId = meeting.Id, MembershipId = seat.Id };
            var named = seat.Substitutes.Select(s => s.PersonId).ToList();
            var roll = random.Next(100);
            if (roll < 78 || seat.Role == MemberRole.Convener) attendance.Record(AttendanceStatus.Present, null, named);
            else if (roll < 93 && named.Count > 0)
            {
                attendance.ReportAbsence(meeting.StartsAt.AddDays(-2), named[0], named);
                attendance.Record(AttendanceStatus.SubstituteAttended, named[0], named);
            }
            else attendance.Record(AttendanceStatus.Absent, null, named);
            db.Attendances.Add(attendance);
        }
        meeting.MinutesAdjustedBy = "Sara Demoberg";
        meeting.ApproveMinutes(meeting.EndsAt.AddDays(3), "processledare@simba.example");
    }

    private async Task ProposeAsync(Meeting meeting, List<Membership> seats, int aleId, CancellationToken ct)
    {
        await db.Entry(meeting).Collection(m => m.AgendaItems).LoadAsync(ct);
        var ale = seats.First(s => s.OrganisationId == aleId);
        meeting.AgendaItems.Add(new AgendaItem
        {
            Order = meeting.AgendaItems.Count + 1, Title = "Hjälpmedel på plats vid hemgång – erfarenheter från Ale",
            Kind = AgendaItemKind.Discussion, DurationMinutes = 10, Status = AgendaItemStatus.Proposed,
            ProposedByPersonId = ale.PersonId, PresenterOrganisationId = aleId, PresenterPersonId = ale.PersonId,
            Description = "Under hösten har flera hemgångar skett innan hjälpmedel fanns på plats. Vi vill diskutera hur vi tillsammans kan säkra det.",
        });
    }
}
