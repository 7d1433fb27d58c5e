using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Home;

public sealed class IndexModel(AppDbContext db, CurrentUser user, StructureRights rights, Microsoft.Extensions.Options.IOptions<Situation.SituationOptions> situation) : PageModel
{
    public sealed record MyGroup(int GroupId, string GroupName, string AreaName, MemberRole Role, bool AsSubstitute);

    public List<MyGroup> MyGroups { get; private set; } = [];

    /// <summary>The next meeting of the user's groups (not cancelled, not yet ended).</summary>
    public MeetingSummary? NextMeeting { get; private set; }
    public bool NextDeadlinePassed { get; private set; }
    public sealed record Waiting(string Text, string Link);

    /// <summary>
    /// What asks me to act: unread notifications, proposals I decide on, messages my organisation has
    /// not acknowledged, a situation report that is due, and my open action items.
    /// </summary>
    public List<Waiting> WaitingForMe { get; private set; } = [];
    public List<StrainedArea> Strained { get; private set; } = [];
    public List<Exemptions.ExemptionSummary> ExemptionsEnding { get; private set; } = [];
    public bool HasAreas { get; private set; }
    public int AreaCount { get; private set; }
    public int OrganisationCount { get; private set; }
    public int GroupCount { get; private set; }
    public int PersonCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.PersonId is int personId)
        {
            var active = db.Memberships.AsNoTracking().Where(m => m.RetiredAt == null && m.Group.RetiredAt == null);
            var own = await active.Where(m => m.PersonId == personId)
                .Select(m => new MyGroup(m.GroupId, m.Group.Name, m.Group.Area.Name, m.Role, false)).ToListAsync(ct);
            var standIn = await active.Where(m => m.Substitutes.Any(s => s.PersonId == personId))
                .Select(m => new MyGroup(m.GroupId, m.Group.Name, m.Group.Area.Name, m.Role, true)).ToListAsync(ct);
            MyGroups = [.. own.Concat(standIn).OrderBy(g => g.GroupName)];
            var groupIds = MyGroups.Select(g => g.GroupId).Distinct().ToList();
            var now = db.Clock.GetUtcNow();
            NextMeeting = (await MeetingViews.SummariesAsync(db, db.Meetings
                .Where(m => groupIds.Contains(m.GroupId) && m.Status != MeetingStatus.Cancelled && m.EndsAt >= now)
                .OrderBy(m => m.StartsAt).Take(1), ct)).FirstOrDefault();
            NextDeadlinePassed = NextMeeting is not null && MeetingText.LocalDate(now) > NextMeeting.AgendaDeadline;

            // The organisations I act for, read once: the to-do list and the areas both need them.
            var mine = (await rights.OwnOrganisationIdsAsync(ct)).ToList();
            WaitingForMe = await WaitingForMeAsync(personId, mine, now, ct);
            var areas = await StartPageOverview.AreasAsync(db, groupIds, mine, ct);
            HasAreas = areas.Count > 0;
            Strained = await StartPageOverview.StrainedAsync(db, areas, now, situation.Value.StaleAfter, ct);
            ExemptionsEnding = await StartPageOverview.ExemptionsEndingAsync(db, areas, now, ct);
        }
        AreaCount = await db.Areas.CountAsync(a => a.RetiredAt == null, ct);
        OrganisationCount = await db.Organisations.CountAsync(o => o.RetiredAt == null, ct);
        GroupCount = await db.Groups.CountAsync(g => g.RetiredAt == null, ct);
        PersonCount = await db.People.CountAsync(p => p.RetiredAt == null, ct);
    }

    private async Task<List<Waiting>> WaitingForMeAsync(int personId, List<int> mine, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = new List<Waiting>();
        var unread = await db.Notifications.CountAsync(n => n.RecipientPersonId == personId && n.ReadAt == null, ct);
        if (unread > 0) waiting.Add(new(unread == 1 ? "1 oläst notis" : $"{unread} olästa notiser", "/notiser?olasta=true"));

        var convenes = db.Memberships.Where(m => m.PersonId == personId && m.Role == MemberRole.Convener && m.RetiredAt == null).Select(m => m.GroupId);
        var proposals = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Status == Meetings.AgendaItemStatus.Proposed)
            .Join(db.Meetings.Where(m => convenes.Contains(m.GroupId) && m.Status != Meetings.MeetingStatus.Cancelled), i => i.MeetingId, m => m.Id, (i, m) => m.Id)
            .GroupBy(id => id).Select(g => new { MeetingId = g.Key, Count = g.Count() }).ToListAsync(ct);
        waiting.AddRange(proposals.Select(p => new Waiting(
            p.Count == 1 ? "1 förslag till dagordningen väntar på ditt beslut" : $"{p.Count} förslag till dagordningen väntar på ditt beslut",
            $"/moten/{p.MeetingId}#dagordning")));

        var today = Infrastructure.SwedishTime.DateOf(now);
        // Only the organisations I act for through a seat (or employment); an administrator's "all" is not a to-do list.
        if (mine.Count > 0)
        {
            var toAcknowledge = await db.BulletinRecipients.AsNoTracking()
                .CountAsync(r => mine.Contains(r.OrganisationId) && r.AcknowledgedAt == null && r.Bulletin.ValidUntil >= today, ct);
            if (toAcknowledge > 0)
                waiting.Add(new(toAcknowledge == 1 ? "1 meddelande till alla väntar på att din organisation bekräftar det" : $"{toAcknowledge} meddelanden till alla väntar på att din organisation bekräftar dem", "/meddelanden"));

            var organisations = await db.Organisations.AsNoTracking().Where(o => mine.Contains(o.Id) && o.RetiredAt == null)
                .Select(o => new Situation.BoardOrganisation(o.Id, o.Name, o.Kind)).ToListAsync(ct);
            var reports = await Situation.SituationQueries.ReportsAsync(db, mine, now - situation.Value.StaleAfter, now, ct);
            foreach (var entry in Situation.StatusBoard.Build(organisations, reports, now, situation.Value.StaleAfter).Where(e => e.Stale))
                waiting.Add(new($"Rapportera läget för {entry.Organisation.Name} – ingen aktuell rapport", $"/lagesbild/rapportera?organisationId={entry.Organisation.Id}"));

            var owed = await db.DeviationReports.AsNoTracking()
                .Where(d => (d.Status == Deviations.DeviationStatus.Received || d.Status == Deviations.DeviationStatus.Acknowledged)
                    && d.Concerned.Any(c => mine.Contains(c.OrganisationId)))
                .CountAsync(ct);
            if (owed > 0)
                waiting.Add(new(owed == 1 ? "1 avvikelse väntar på din organisations svar" : $"{owed} avvikelser väntar på din organisations svar",
                    $"/avvikelser?riktning={Deviations.DeviationViews.Incoming}"));
        }

        var actions = await db.ActionItems.AsNoTracking()
            .Where(a => a.OwnerPersonId == personId && a.DoneAt == null)
            .OrderBy(a => a.DueDate).Select(a => new { a.Text, a.DueDate, a.MeetingId }).Take(5).ToListAsync(ct);
        waiting.AddRange(actions.Select(a => new Waiting(StartPageOverview.ActionText(a.Text, a.DueDate, today), $"/moten/{a.MeetingId}")));

        waiting.AddRange((await Cases.CaseWaiting.ForPersonAsync(db, personId, now, ct)).Select(c => new Waiting(c.Text, c.Link)));
        return waiting;
    }
}
