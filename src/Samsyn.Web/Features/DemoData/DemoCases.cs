using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Cases;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// Cases in SIMBA, handled at the management group's held meetings through the same guarded steps a
/// convener takes: aids at home-coming handed to Närområdesgrupp Ale (accepted, being worked on); a
/// common routine for the medication list handed to Närområdesgrupp Kungälv and reported back (proposed
/// onto the next management meeting); reachability in the evenings handed to Närområdesgrupp
/// Stenungsund and overdue; late admission notices decided directly at the last meeting; and a new
/// case from Tjörn waiting for the convener. Times are relative to today; never patient data.
/// </summary>
public sealed class DemoCases(AppDbContext db, TimeProvider clock)
{
    private const string HandoverItem = "Överlämnade frågor och återrapporter";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = SwedishTime.DateOf(now);
        var management = await db.Groups.FirstAsync(g => g.Name == "Ledningsgrupp i samverkan", ct);
        var local = await db.Groups.Where(g => g.AreaId == management.AreaId && g.Name.StartsWith("Närområdesgrupp")).ToDictionaryAsync(g => g.Name, ct);
        var organisations = await db.Organisations.Where(o => o.AreaId == management.AreaId).ToListAsync(ct);
        Organisation Org(string start) => organisations.First(o => o.Name.StartsWith(start, StringComparison.Ordinal));
        var (hospital, primaryCare, ale, kungalv, stenungsund, tjorn) =
            (Org("Kungälvs sjukhus"), Org("Regional primärvård"), Org("Ale"), Org("Kungälvs kommun"), Org("Stenungsunds"), Org("Tjörns"));
        var seats = await db.Memberships.Include(m => m.Person).Where(m => m.GroupId == management.Id && m.RetiredAt == null).ToListAsync(ct);
        Actor Member(Organisation organisation) => seats.Where(s => s.OrganisationId == organisation.Id).Select(s => new Actor(s.PersonId, s.Person.Name)).First();
        var leader = seats.Where(s => s.Role == MemberRole.Convener).Select(s => new Actor(s.PersonId, s.Person.Name)).First();

        // The management group's held meetings, oldest first (loaded and sorted here: SQLite cannot order by the time).
        var held = (await db.Meetings.Include(m => m.AgendaItems).ThenInclude(i => i.Decisions)
                .Where(m => m.GroupId == management.Id && m.MinutesApprovedAt != null).ToListAsync(ct))
            .Where(m => m.EndsAt < now).OrderBy(m => m.StartsAt).ToList();
        if (held.Count < 3) return;
        var (third, second, last) = (held[^3], held[^2], held[^1]);
        // Steps after a meeting happen before now (and before a later step), however close the meetings lie.
        static DateTimeOffset Before(DateTimeOffset at, DateTimeOffset limit) => at < limit ? at : limit;
        DateTimeOffset Past(DateTimeOffset at) => Before(at, now.AddHours(-1));

        // Aids at home-coming: to Ale, accepted, a note; due in a few weeks.
        var aids = Raise(management, "Hjälpmedel på plats vid hemgång",
            "Under hösten har flera patienter kommit hem från Kungälvs sjukhus innan beställda hjälpmedel (säng, rullator, toalettstol) fanns på plats. Hemsjukvården och rehab har fått lösa det akut. Vi vill att ledningsgruppen tar upp hur beställning och leverans ska samordnas inför hemgång.",
            CaseUrgency.High, ale, [ale, hospital, primaryCare], second.StartsAt.AddDays(-12), Member(ale));
        OnAgenda(aids, second, second.StartsAt.AddDays(-5), leader);
        var toAle = HandOver(aids, second, local["Närområdesgrupp Ale"],
            "Kartlägg hur hjälpmedel beställs och levereras inför hemgång i Ale och föreslå ett gemensamt arbetssätt för sjukhuset, hemsjukvården och rehab.",
            today.AddDays(24), leader);
        toAle.Accept("Frågan tas upp på närområdesgruppens nästa möte.", Past(second.EndsAt.AddDays(3)), leader);
        toAle.AddNote("Enkät skickad till hemsjukvården och rehab i Ale; svaren sammanställs inför återrapporten.", Past(second.EndsAt.AddDays(10)), leader);

        // The medication list: to Kungälv, reported back three days ago, proposed onto the next management meeting.
        var medication = Raise(management, "Gemensam rutin för läkemedelslista vid utskrivning",
            "Läkemedelslistan i utskrivningsmeddelandet stämmer inte alltid med det som ordinerats vid utskrivningen, och det är oklart vem som stämmer av den efter hemkomst. Vi föreslår en gemensam rutin för sjukhuset, vårdcentralerna och kommunernas sjuksköterskor.",
            CaseUrgency.Normal, hospital, [hospital, primaryCare, kungalv], third.StartsAt.AddDays(-10), Member(hospital));
        OnAgenda(medication, third, third.StartsAt.AddDays(-4), leader);
        var toKungalv = HandOver(medication, third, local["Närområdesgrupp Kungälv"],
            "Ta fram ett förslag till gemensam rutin för läkemedelslistan vid utskrivning och pröva den i Kungälv.", today.AddDays(7), leader);
        toKungalv.Accept(null, Before(third.EndsAt.AddDays(4), now.AddDays(-5)), leader);
        toKungalv.AddNote("Checklistan prövas på två avdelningar under en månad.", Before(third.EndsAt.AddDays(14), now.AddDays(-4)), leader);
        toKungalv.ReportBack(
            "Närområdesgrupp Kungälv föreslår en gemensam checklista: sjukhuset skickar en uppdaterad läkemedelslista med utskrivningsmeddelandet, vårdcentralen stämmer av den inom tre dagar och kommunens sjuksköterska bekräftar den vid hemkomst. Checklistan har prövats på två avdelningar med gott resultat.",
            "https://samverkan.example/simba/checklista-lakemedelslista.pdf", now.AddDays(-3), leader);

        // Reachability in the evenings: to Stenungsund, accepted, and its date has passed.
        var reachability = Raise(management, "Nåbarhet till kommunens sjuksköterska kvällar och helger",
            "Sjukhuset når inte alltid kommunens sjuksköterska kvällar och helger inför en utskrivning, och planerade hemgångar skjuts upp. Vi behöver gemensamma kontaktvägar.",
            CaseUrgency.High, stenungsund, [stenungsund, hospital], third.StartsAt.AddDays(-8), Member(stenungsund));
        OnAgenda(reachability, third, third.StartsAt.AddDays(-4), leader);
        var toStenungsund = HandOver(reachability, third, local["Närområdesgrupp Stenungsund"],
            "Sammanställ vilka kontaktvägar som finns kvällar och helger och föreslå hur de ska nå sjukhusets avdelningar.", today.AddDays(-5), leader);
        toStenungsund.Accept("Vi bjuder in sjukhusets vårdenhetschefer till vårt möte.", Past(third.EndsAt.AddDays(6)), leader);

        // Late admission notices: decided directly at the last meeting, in its minutes.
        var notices = Raise(management, "Sena inskrivningsmeddelanden under helger",
            "Flera inskrivningsmeddelanden har kommit senare än 24 timmar när patienten skrivits in under en helg. Vårdcentralerna vill att frågan tas upp gemensamt.",
            CaseUrgency.Normal, primaryCare, [primaryCare, hospital], last.StartsAt.AddDays(-9), Member(primaryCare));
        var deviations = last.AgendaItems.OrderBy(i => i.Order).FirstOrDefault(i => i.Decisions.Count > 0);
        if (deviations is not null)
        {
            notices.PutOnAgenda(deviations, last.Id, last.StartsAt.AddDays(-6), leader);
            var decision = deviations.Decisions[0];
            notices.Decide(decision.Text, decision, last.EndsAt, leader);
        }

        // A new case from Tjörn, waiting for the convener.
        var shortStay = Raise(management, "Informationsöverföring inför korttidsvistelse",
            "Vid flytt från sjukhuset till korttidsboende saknas ofta information om funktionsförmåga och träning. Vi vill att ledningsgruppen tar upp vilken information som ska följa med.",
            CaseUrgency.Normal, tjorn, [tjorn, hospital], now.AddDays(-2), Member(tjorn));

        db.Cases.AddRange(aids, medication, reachability, notices, shortStay);
        await db.SaveChangesAsync(ct);

        // The report-back goes onto the next management meeting, and the new case tells the convener, as they would live.
        var title = $"Återrapport från {toKungalv.ToGroup.Name}: {medication.Title}";
        var next = await AgendaProposals.ProposeOnNextMeetingAsync(db, management.Id, title,
            $"{toKungalv.ToGroup.Name} återrapporterar uppdraget \"{toKungalv.Assignment}\".\n\n{toKungalv.ReportBackText}", leader.PersonId, null, ct: ct);
        if (next is not null) toKungalv.ProposedAs(db.AgendaItems.Local.First(i => i.MeetingId == next.Id && i.Title == title), next.Id, now.AddDays(-3), leader);
        await CaseNotifications.RaisedAsync(db, shortStay, management.Name, Member(tjorn), ct);
        await db.SaveChangesAsync(ct);

        // As for the other demo notifications: nobody is emailed about demo events.
        await db.Notifications.Where(n => n.EmailStatus == Notifications.DeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailStatus, Notifications.DeliveryStatus.NotRequired), ct);
    }

    private static Case Raise(Group group, string title, string description, CaseUrgency urgency, Organisation raisedFor,
        Organisation[] affected, DateTimeOffset at, Actor by) =>
        Case.Raise(group.Id, title, description, urgency, raisedFor.Id, affected.Select(o => o.Id), at, by);

    /// <summary>Discussed at the meeting under its standing item for handovers.</summary>
    private static void OnAgenda(Case raised, Meeting meeting, DateTimeOffset at, Actor by)
    {
        var item = meeting.AgendaItems.FirstOrDefault(i => i.Title == HandoverItem) ?? meeting.AgendaItems.OrderBy(i => i.Order).Last();
        raised.PutOnAgenda(item, meeting.Id, at, by);
    }

    /// <summary>Handed over at the end of the meeting, with the decision in its minutes.</summary>
    private static Handover HandOver(Case raised, Meeting meeting, Group to, string assignment, DateOnly reportBackBy, Actor by)
    {
        var item = meeting.AgendaItems.FirstOrDefault(i => i.Title == HandoverItem) ?? meeting.AgendaItems.OrderBy(i => i.Order).Last();
        var decision = Decision.InMinutes(meeting,
            $"Ledningsgruppen lämnar över frågan \"{raised.Title}\" till {to.Name} med återrapport senast {reportBackBy:yyyy-MM-dd}.", DecisionType.Handover);
        item.Decisions.Add(decision);
        var handover = raised.HandOver(to.Id, assignment, reportBackBy, decision, meeting.EndsAt, by);
        handover.ToGroup = to;
        return handover;
    }
}
