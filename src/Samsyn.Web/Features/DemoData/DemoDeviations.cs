using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// A year of deviations between the SIMBA parties, relative to today: mostly steps of the discharge process between
/// Kungälvs sjukhus and the municipalities, some SIP invitations to primary care; most answered within 60 days, some late,
/// a few open and one overdue. Kungälv's third discharge without notice in 90 days is reported as a member reports it, so
/// the pattern is proposed onto the management group's next meeting. Some counts are imported from another system.
/// All texts describe processes, never patients.
/// </summary>
public sealed class DemoDeviations(AppDbContext db, TimeProvider clock)
{
    private sealed record Template(string From, string To, string Process, string Step, string Description, string Consequence, string Document);

    private const string Hospital = "Kungälvs sjukhus";
    private const string PrimaryCare = "Regional primärvård SIMBA";
    private const string Routine = "Regional riktlinje för samverkan vid in- och utskrivning i slutenvård, Västra Götaland";
    private const string SipRoutine = "Lokal rutin för SIP i SIMBA-området";

    private static readonly Template[] Templates =
    [
        new("Ale", Hospital, "discharge", "admissionNoticeLate", "Inskrivningsmeddelandet kom till kommunen tre dygn efter inskrivningen i stället för inom 24 timmar. Hemtjänsten fortsatte planera insatser som inte skulle utföras.", "Onödiga planerade besök och sen planering inför hemgång.", Routine),
        new("Kungälv", Hospital, "discharge", "admissionNoticeLate", "Inskrivningsmeddelande saknades helt för en inskrivning på medicinavdelningen; kommunen fick veta det först när meddelandet om utskrivningsklar kom.", "Kommunens planering fick göras på en dag i stället för flera.", Routine),
        new("Stenungsund", Hospital, "discharge", "dischargeReadyNoticeMissing", "Meddelande om utskrivningsklar skickades efter klockan 16 på fredagen med hemgång planerad samma kväll.", "Korttidsplats kunde inte ordnas i tid; hemgången flyttades till måndag.", Routine),
        new("Tjörn", Hospital, "discharge", "medicationListIncomplete", "Läkemedelslistan i utskrivningsinformationen stämde inte med de ordinationer som gjorts under vårdtiden.", "Hemsjukvården fick kontakta avdelningen för att reda ut ordinationerna innan dosering kunde påbörjas.", Routine),
        new("Ale", Hospital, "discharge", "contactUnreachable", "Avdelningens kontaktperson för samordnad utskrivning gick inte att nå under två dagar; telefonen var obesvarad och meddelanden i systemet besvarades inte.", "Planeringen av hemgången blev försenad.", Routine),
        new("Kungälv", Hospital, "discharge", "medicationListIncomplete", "Utskrivningsinformationen saknade uppgift om vem som ansvarar för fortsatt läkemedelsbehandling efter hemgång.", "Oklart ansvar mellan sjukhus, vårdcentral och hemsjukvård.", Routine),
        new("Stenungsund", Hospital, "discharge", "admissionNoticeLate", "Inskrivningsmeddelandet skickades först på tredje vårddagen.", "Kommunen kunde inte påbörja sin planering i tid.", Routine),
        new(Hospital, "Ale", "discharge", "aidsNotInPlace", "Vid hemgång fanns inte den säng och lyftanordning som kommunen åtagit sig att ordna, trots besked om utskrivningsklar två dagar tidigare.", "Hemgången fick skjutas upp ett dygn och vårdplatsen blockerades.", Routine),
        new(Hospital, "Tjörn", "discharge", "contactUnreachable", "Kommunens funktion för samordnad utskrivning svarade inte under helgen enligt överenskommen tillgänglighet.", "Utskrivning som kunnat ske på lördagen gjordes först på måndagen.", Routine),
        new("Tjörn", PrimaryCare, "sip", "invitationLate", "Kallelse till SIP skickades sex dagar efter meddelandet om utskrivningsklar i stället för inom tre dagar.", "Den samordnade planeringen hann inte göras före hemgång.", SipRoutine),
        new("Ale", PrimaryCare, "sip", "partyAbsent", "Vårdcentralen deltog inte i det planerade SIP-mötet och meddelade inte förhinder.", "Mötet fick bokas om och planen fastställas en vecka senare.", SipRoutine),
        new("Kungälv", PrimaryCare, "discharge", "sipInvitationLate", "SIP-kallelsen från den fast vårdkontakten i primärvården kom fem dagar efter utskrivningsklar.", "Kommunen fick planera insatserna utan gemensam plan.", Routine),
        new("Stenungsund", PrimaryCare, "informationTransfer", "lateInformation", "Information om ändrade insatser från vårdcentralen kom till hemsjukvården först efter att förändringen skulle ha trätt i kraft.", "Insatserna kunde inte justeras i tid.", "Överenskommelse om informationsöverföring mellan huvudmännen"),
    ];

    private static readonly (string Analysis, string Measures)[] Answers =
    [
        ("Rutinen för att skicka meddelandet vid inskrivning var inte känd hos nyanställda på avdelningen, och det saknades en kontroll vid skiftbyte.", "Rutinen har gåtts igenom på arbetsplatsträff. Undersköterskan i ansvar kontrollerar vid varje skiftbyte att meddelanden är skickade. Uppföljning om tre månader."),
        ("Hög belastning och vakanta tjänster gjorde att ansvaret för kontakten med kommunen inte var fördelat.", "En namngiven samordnare per vardag är utsedd och står på avdelningens tavla. Reservnummer är meddelat kommunerna."),
        ("Informationen skickades från fel mall i journalsystemet, där fältet för ansvarig för läkemedel saknas.", "Mallen är ändrad i samråd med systemförvaltningen och alla avdelningar är informerade."),
        ("Vi har sett att kallelser skickas sent när den fasta vårdkontakten är frånvarande och ingen ersättare är utsedd.", "Varje vårdcentral utser en ersättare för den fasta vårdkontakten; följs upp i närområdesgruppen."),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var today = SwedishTime.DateOf(now);
        var organisations = await db.Organisations.Where(o => o.Area.ShortName == "SIMBA").ToListAsync(ct);
        Organisation Find(string start) => organisations.First(o => o.Name.StartsWith(start, StringComparison.Ordinal));
        var processes = await db.DeviationProcesses.Include(p => p.Steps).ToListAsync(ct);
        var members = await db.Memberships.Where(m => m.Group.Level == GroupLevel.Management && m.OrganisationId != null && m.RetiredAt == null)
            .Select(m => new { OrganisationId = m.OrganisationId!.Value, m.PersonId, m.Person.Name }).ToListAsync(ct);
        (int? Id, string? Name) Member(Organisation o) => members.FirstOrDefault(m => m.OrganisationId == o.Id) is { } m ? (m.PersonId, m.Name) : (null, null);
        var random = new Random(2017612);

        void Add(Template t, int daysAgo, Func<DeviationReport, Organisation, Organisation, DateTimeOffset, int, bool> handle)
        {
            var (from, to) = (Find(t.From), Find(t.To));
            var process = processes.First(p => p.Code == t.Process);
            var reportedAt = SwedishTime.At(today.AddDays(-daysAgo), new TimeOnly(9, 0).AddMinutes(random.Next(420))).ToUniversalTime();
            var reporter = Member(from);
            var report = new DeviationReport
            {
                AreaId = from.AreaId, ReportingOrganisationId = from.Id, ProcessId = process.Id, StepId = process.Steps.First(s => s.Code == t.Step).Id,
                OccurredOn = today.AddDays(-daysAgo - random.Next(1, 4)), Description = t.Description, Consequence = t.Consequence,
                GoverningDocumentReference = t.Document, ReporterReference = $"AV-{today.Year - (daysAgo > 200 ? 1 : 0)}-{random.Next(100, 999)}",
                ReportedAt = reportedAt, ReportedByPersonId = reporter.Id, AnswerDueOn = DeviationDeadlines.AnswerDue(reportedAt, DeviationOptions.DefaultAnswerDays),
            };
            report.Concerned.Add(new DeviationConcerned { OrganisationId = to.Id });
            report.RecordReceived(reportedAt, reporter.Id, reporter.Name);
            handle(report, from, to, reportedAt, daysAgo);
            db.DeviationReports.Add(report);
        }

        void Answer(DeviationReport report, Organisation from, Organisation to, DateTimeOffset reportedAt, int afterDays, bool close)
        {
            var handler = Member(to);
            var answer = Answers[random.Next(Answers.Length)];
            report.Acknowledge(reportedAt.AddDays(Math.Min(2, afterDays)), handler.Id, handler.Name, null);
            report.Answer(reportedAt.AddDays(afterDays).AddHours(3), handler.Id, handler.Name, answer.Analysis, answer.Measures);
            var reporter = Member(from);
            if (close) report.Close(reportedAt.AddDays(afterDays + 5), reporter.Id, reporter.Name, "Tack för svaret. Vi följer upp i närområdesgruppen.");
        }

        // The year behind us: answered, most in time and closed, some late.
        for (var i = 0; i < 46; i++)
        {
            var t = Templates[random.Next(Templates.Length)];
            var daysAgo = random.Next(8, 365);
            Add(t, daysAgo, (report, from, to, reportedAt, ago) =>
            {
                if (ago > 75)
                {
                    var late = random.Next(8) == 0;
                    Answer(report, from, to, reportedAt, late ? random.Next(63, Math.Min(ago - 6, 85)) : random.Next(7, 56), close: random.Next(5) > 0);
                }
                else if (ago > 55 || (ago > 15 && random.Next(4) > 0)) Answer(report, from, to, reportedAt, random.Next(5, ago - 5), close: random.Next(2) == 0);
                else if (random.Next(2) == 0) report.Acknowledge(reportedAt.AddDays(1), Member(to).Id, Member(to).Name, "Vi tittar på det och återkommer.");
                return true;
            });
        }
        // One that is overdue: acknowledged 70 days ago, never answered.
        Add(Templates[5], 70, (report, from, to, reportedAt, _) =>
        {
            report.Acknowledge(reportedAt.AddDays(3), Member(to).Id, Member(to).Name, "Vi utreder tillsammans med läkemedelsansvarig.");
            return true;
        });
        // Kungälv's first two discharges without notice in the last 90 days.
        var pattern = new Template("Kungälv", Hospital, "discharge", "dischargeWithoutNotice",
            "Utskrivning skedde på eftermiddagen utan att kommunen fått meddelande om utskrivningsklar eller besked om tid för hemgång.",
            "Hemtjänsten var inte förberedd och första besöket kunde göras först nästa dag.", Routine);
        Add(pattern, 55, (report, from, to, reportedAt, _) => { Answer(report, from, to, reportedAt, 20, close: true); return true; });
        Add(pattern, 24, (_, _, _, _, _) => true);
        await db.SaveChangesAsync(ct);

        // The third, reported as a member reports it: the pattern goes onto the next management meeting.
        var kungalv = Find("Kungälv");
        var member = Member(kungalv);
        var result = await DeviationReporting.SubmitAsync(db, new DeviationInput
        {
            ReportingOrganisationId = kungalv.Id, ConcernedOrganisationIds = [Find(Hospital).Id], Process = "discharge", Step = "dischargeWithoutNotice",
            OccurredOn = today.AddDays(-2), Description = "Återigen utskrivning en fredag eftermiddag utan meddelande till kommunen; tredje gången på kort tid.",
            Consequence = "Ingen hemtjänst på plats första kvällen; anhöriga fick kontakta kommunens jour.", GoverningDocumentReference = Routine,
            ReporterReference = $"AV-{today.Year}-417",
        }, new DeviationOptions(), member.Id, member.Name, _ => Task.FromResult(true), ct);
        if (result is not DeviationResult.Saved) throw new InvalidOperationException($"Demo deviation refused: {result}");

        // Counts from Tjörn's own deviation system, the last three months.
        var discharge = processes.First(p => p.Code == "discharge");
        for (var m = 1; m <= 3; m++)
        {
            db.DeviationAggregates.Add(new DeviationAggregate
            {
                Month = DeviationStatistics.FirstOfMonth(today).AddMonths(-m), ProcessId = discharge.Id, StepId = discharge.Steps.First(s => s.Code == "admissionNoticeLate").Id,
                ReportingOrganisationId = Find("Tjörn").Id, ConcernedOrganisationId = Find(Hospital).Id, Count = 2 + random.Next(4),
                Source = "Tjörns avvikelsesystem", ImportedAt = now.AddDays(-3),
            });
        }
        await db.SaveChangesAsync(ct);

        // As for the other demo events: shown in Samsyn, never emailed, should the demo run with a mail server.
        await db.Notifications.Where(n => n.EmailStatus == Notifications.DeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailStatus, Notifications.DeliveryStatus.NotRequired), ct);
    }
}
