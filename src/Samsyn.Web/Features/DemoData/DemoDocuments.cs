using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Decisions;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// The governing documents of the demo: the two source documents with their real header fields and text (SIMBA's
/// mission description for Ledningsgrupp i samverkan, revised 2023; Skaraborg's strategic plan 2018–2020), SIMBA's
/// joint routine for admission and discharge, a SIP guideline, a routine for aids at home-coming (approved at a held
/// meeting, with a revision under way) and the discharge agreement. One exemption is active (decided at the latest held
/// meeting) and one has ended with the return to normal confirmed; decisions of held meetings are linked to the documents.
/// </summary>
public sealed class DemoDocuments(AppDbContext db, TimeProvider clock)
{
    private const string Recorder = "Helena Fiktiva";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var groups = await db.Groups.ToDictionaryAsync(g => g.Name, ct);
        var coordination = groups["SIMBA samordningsgrupp"];
        var management = groups["Ledningsgrupp i samverkan"];
        var now = clock.GetUtcNow();
        var today = SwedishTime.DateOf(now);

        Seed(SimbaMandate(coordination, management));
        Seed(SkaraborgPlan(groups["Politisk samverkan Skaraborg (PSS)"], groups["Styrgrupp Vårdsamverkan Skaraborg"]));
        // Approved 23 months ago with a two-year interval: its revision is due next month, whatever day the demo starts.
        var routineApproved = today.AddMonths(-23);
        var routine = Seed(Document(DocumentType.Routine, "Gemensam rutin för in- och utskrivning i slutenvård", coordination, management,
            DemoDocumentTexts.AdmissionAndDischargeRoutine, routineApproved.AddDays(-21), 24, approved: [routineApproved]));
        routine.PreparedBy = "SIMBAs processledare i samverkan med arbetsgruppen för in- och utskrivning";
        var sip = Seed(Document(DocumentType.Guideline, "Riktlinje för samordnad individuell plan (SIP)", coordination, management,
            DemoDocumentTexts.SipGuideline, new DateOnly(2023, 4, 11), 24, approved: [new DateOnly(2023, 5, 5), new DateOnly(2025, 5, 9)]));
        sip.PreparedBy = "SIMBAs processledare";
        var agreement = Seed(Document(DocumentType.Agreement, "Överenskommelse om samverkan vid utskrivning från sluten hälso- och sjukvård", coordination, management,
            DemoDocumentTexts.DischargeAgreement, new DateOnly(2022, 9, 1), 36, approved: [new DateOnly(2022, 10, 7)]));
        agreement.PreparedBy = "Västra Götalandsregionen och kommunerna i SIMBA";
        await db.SaveChangesAsync(ct);

        var held = (await db.Meetings.Include(m => m.AgendaItems).Where(m => m.GroupId == management.Id && m.MinutesApprovedAt != null).ToListAsync(ct))
            .OrderBy(m => m.StartsAt).ToList();
        if (held.Count < 3) return;
        var organisations = await db.Organisations.Where(o => o.AreaId == management.AreaId).ToListAsync(ct);
        await AidsRoutineAsync(management, held[^3], now, ct);
        await LinkHeldDecisionsAsync(routine, ct);
        ActiveExemption(routine, held[^1], organisations.First(o => o.Kind == OrganisationKind.RegionalPrimaryCare), today);
        EndedExemption(sip, held[^3], [.. organisations.Where(o => o.Kind == OrganisationKind.MunicipalCare).Select(o => o.Id)], today);
        await db.SaveChangesAsync(ct);
    }

    private GoverningDocument Seed(GoverningDocument document)
    {
        db.GoverningDocuments.Add(document);
        return document;
    }

    /// <summary>seeds/000: Uppdragsbeskrivning, upprättat av Carina Westerelve i samverkan med samordningsgruppen, godkänt av SIMBAs samordningsgrupp 2021-12-03, reviderat 2023-12-01.</summary>
    private GoverningDocument SimbaMandate(Group coordination, Group management)
    {
        var document = Document(DocumentType.Mandate, "Uppdragsbeskrivning för ledningsgrupp i samverkan", coordination, management,
            DemoDocumentTexts.SimbaMandate, new DateOnly(2021, 11, 2), 24, approved: [new DateOnly(2021, 12, 3), new DateOnly(2023, 12, 1)]);
        document.PreparedBy = "Carina Westerelve i samverkan med samordningsgruppen";
        document.PreparedByGroupId = coordination.Id;
        return document;
    }

    /// <summary>seeds/003: Strategisk plan 2018–2020, fastställd av Politisk samverkan Skaraborg 2018-10-05, revideras en gång per år.</summary>
    private GoverningDocument SkaraborgPlan(Group pss, Group steering)
    {
        var document = Document(DocumentType.StrategicPlan, "Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020", pss, steering,
            DemoDocumentTexts.SkaraborgStrategicPlan, issuedOn: null, intervalMonths: 12, approved: [new DateOnly(2018, 10, 5)],
            validFrom: new DateOnly(2018, 1, 1), validTo: new DateOnly(2020, 12, 31));
        document.PreparedByGroupId = steering.Id;
        return document;
    }

    /// <summary>A document approved on each of <paramref name="approved"/> by a decision of <paramref name="approving"/> outside the demo's meetings.</summary>
    private GoverningDocument Document(
        DocumentType type, string title, Group approving, Group owner, string text, DateOnly? issuedOn, int intervalMonths, DateOnly[] approved,
        DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var document = new GoverningDocument
        {
            Type = type, Title = title, AreaId = approving.AreaId, ApprovingGroupId = approving.Id, OwnerGroupId = owner.Id, IssuedOn = issuedOn,
            ReviewIntervalMonths = intervalMonths, ValidFrom = validFrom, ValidTo = validTo,
        };
        var content = RichText.Clean(text).Html;
        for (var i = 0; i < approved.Length; i++)
        {
            var at = SwedishTime.At(approved[i], new TimeOnly(10, 0)).ToUniversalTime();
            var version = i == 0 ? document.StartFirstDraft(content, at, Recorder) : document.StartRevision($"Reviderad {DocumentText.Iso(approved[i])}.", at, Recorder);
            var decision = new Decision
            {
                GroupId = approving.Id, DecidedOn = approved[i], Type = DecisionType.Decision,
                Text = $"{approving.Name} fastställer {title}{(i == 0 ? "" : $" i reviderad version ({DocumentText.Iso(approved[i])})")}.",
            };
            db.Decisions.Add(decision);
            db.DecisionDocuments.Add(new DecisionDocument { Decision = decision, Document = document });
            document.Approve(version, decision, at, Recorder);
        }
        return document;
    }

    /// <summary>Approved by the management group at a held meeting, with a revision under way as a draft.</summary>
    private async Task AidsRoutineAsync(Group management, Meeting meeting, DateTimeOffset now, CancellationToken ct)
    {
        var document = new GoverningDocument
        {
            Type = DocumentType.Routine, Title = "Rutin för hjälpmedel vid hemgång", AreaId = management.AreaId, ApprovingGroupId = management.Id,
            OwnerGroupId = management.Id, IssuedOn = SwedishTime.DateOf(meeting.StartsAt).AddDays(-14), ReviewIntervalMonths = 12,
        };
        var draft = document.StartFirstDraft(RichText.Clean(DemoDocumentTexts.AidsAtHomeRoutine).Html, meeting.StartsAt.AddDays(-14), Recorder);
        var decision = InMinutes(meeting, "Ledningsgruppen fastställer Rutin för hjälpmedel vid hemgång.", DecisionType.Decision);
        document.Approve(draft, decision, meeting.EndsAt, Recorder);
        db.GoverningDocuments.Add(document);
        db.DecisionDocuments.Add(new DecisionDocument { Decision = decision, Document = document });
        await db.SaveChangesAsync(ct);
        document.StartRevision("Förtydligar vem som kontaktar sjukhuset när hjälpmedlet saknas, efter erfarenheterna från Ale.", now.AddDays(-2), Recorder);
    }

    /// <summary>The held meetings' standing decision on late admission notices concerns the joint routine.</summary>
    private async Task LinkHeldDecisionsAsync(GoverningDocument routine, CancellationToken ct)
    {
        var decisions = await db.Decisions.Where(d => d.MeetingId != null && d.Text.Contains("inskrivningsmeddelanden")).ToListAsync(ct);
        foreach (var decision in decisions) db.DecisionDocuments.Add(new DecisionDocument { Decision = decision, Document = routine });
    }

    /// <summary>SIP invitations within five days instead of three for regional primary care, decided at the latest held meeting.</summary>
    private void ActiveExemption(GoverningDocument routine, Meeting meeting, Organisation primaryCare, DateOnly today)
    {
        var from = SwedishTime.DateOf(meeting.StartsAt);
        var to = today.AddDays(12);
        var decision = InMinutes(meeting,
            $"Ledningsgruppen beslutar om ett temporärt avsteg från den gemensamma rutinen för in- och utskrivning: regional primärvård kallar till SIP inom fem dagar i stället för tre, från och med {DocumentText.Iso(from)} till och med {DocumentText.Iso(to)}.",
            DecisionType.Exemption);
        db.DecisionDocuments.Add(new DecisionDocument { Decision = decision, Document = routine });
        db.Exemptions.Add(Exemption.Grant(routine, routine.Current!, decision,
            "SIP-kallelse inom fem dagar i stället för tre efter meddelandet om att patienten är utskrivningsklar.",
            "Hög sjukfrånvaro bland de fasta vårdkontakterna i primärvården under hösten.", from, to, [primaryCare.Id],
            meeting.EndsAt.ToUniversalTime(), Recorder));
    }

    /// <summary>Follow-up SIPs held digitally for two weeks; ended and closed with the return to normal confirmed.</summary>
    private void EndedExemption(GoverningDocument sip, Meeting meeting, List<int> municipalities, DateOnly today)
    {
        // Two weeks from the day after the meeting, over well before today whatever the demo's meeting plan.
        var to = Min(SwedishTime.DateOf(meeting.StartsAt).AddDays(14), today.AddDays(-7));
        var from = to.AddDays(-13);
        var decision = InMinutes(meeting,
            $"Ledningsgruppen beslutar om ett temporärt avsteg från riktlinjen för SIP: uppföljande SIP får hållas digitalt utan fysiskt möte från och med {DocumentText.Iso(from)} till och med {DocumentText.Iso(to)}.",
            DecisionType.Exemption);
        db.DecisionDocuments.Add(new DecisionDocument { Decision = decision, Document = sip });
        var exemption = Exemption.Grant(sip, sip.Current!, decision,
            "Uppföljande SIP får hållas digitalt utan fysiskt möte.", "Stängda mötesrum under ombyggnaden av vårdcentralerna.",
            from, to, municipalities, meeting.EndsAt.ToUniversalTime(), Recorder);
        exemption.ConfirmReturn("Alla kommuner håller åter uppföljande SIP på plats enligt riktlinjen.", today,
            SwedishTime.At(to.AddDays(3), new TimeOnly(9, 0)).ToUniversalTime(), Recorder);
        db.Exemptions.Add(exemption);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static Decision InMinutes(Meeting meeting, string text, DecisionType type)
    {
        var item = meeting.AgendaItems.FirstOrDefault(i => i.Title == "Aktiva temporära avsteg") ?? meeting.AgendaItems.OrderBy(i => i.Order).First();
        var decision = Decision.InMinutes(meeting, text, type);
        item.Decisions.Add(decision);
        return decision;
    }
}
