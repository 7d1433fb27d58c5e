using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The meeting page: when and where, chair, the time-boxed agenda with the convener's decisions and ordering,
/// members' proposals before the deadline, and a member's own absence with the substitute who comes instead.
/// </summary>
public sealed class DetailsModel(AppDbContext db, MeetingRights rights) : PageModel
{
    public sealed record AgendaRow(AgendaItemView Item, int Number, DateTimeOffset? Starts, DateTimeOffset? Ends);

    [FromRoute] public int Id { get; set; }
    [BindProperty] public AgendaItemInput Input { get; set; } = new();

    public MeetingDetails Details { get; private set; } = null!;
    public MeetingSummary Summary => Details.Meeting;
    public int DurationMinutes { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanPropose { get; private set; }
    public int? PersonId => rights.PersonId;
    public string? ProposalsClosed { get; private set; }
    public bool HasEnded { get; private set; }
    public bool DeadlinePassed { get; private set; }
    public List<AgendaRow> Agenda { get; private set; } = [];
    public List<AgendaItemView> Declined { get; private set; } = [];
    public int Waiting { get; private set; }

    /// <summary>The user's own seats in the group (for reporting absence).</summary>
    public List<SeatAttendance> MySeats { get; private set; } = [];

    /// <summary>Seats whose member reported absence and named the user as the substitute who attends.</summary>
    public List<SeatAttendance> StandingInFor { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];

    /// <summary>The items the user proposed (they may withdraw them while they wait).</summary>
    public HashSet<int> MyProposals { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];

    public bool IsCancelled => Summary.Status == MeetingStatus.Cancelled;

    /// <summary>Agenda items may be changed until the agenda is published; late additions stay editable (the API's rule).</summary>
    public bool ItemEditable(AgendaItemView item) => CanManage && !IsCancelled && !Summary.MinutesApproved && (!Summary.AgendaPublished || item.IsLateAddition);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new AgendaItemInput { Kind = AgendaItemKind.Information, DurationMinutes = 10 };
        return Page();
    }

    /// <summary>The convener adds an item; a member or substitute proposes one (before the deadline). As POST …/agenda-items.</summary>
    public async Task<IActionResult> OnPostAddItemAsync(CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        var manages = await rights.CanManageAsync(meeting.GroupId, ct);
        if (!manages && !await rights.CanProposeAsync(meeting.GroupId, ct)) return Forbid();
        if (await AgendaOperations.AddRefusalAsync(db, meeting, manages, ct) is { } refusal) return Back(refusal);
        ModelState.Clear();
        ModelState.AddErrors(await AgendaOperations.CheckAsync(Input, db, ct));
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Page();
        }
        await AgendaOperations.AddAsync(db, meeting, Input, manages, rights.PersonId, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = manages
            ? meeting.IsAgendaPublished ? "Punkten är tillagd som sent tillkommen." : "Punkten är tillagd på dagordningen."
            : "Ditt förslag är skickat. Sammankallande godtar eller avböjer det innan dagordningen fastställs.";
        return Back(null, "dagordning");
    }

    /// <summary>Accepts or declines a proposal.</summary>
    public Task<IActionResult> OnPostDecideAsync(int itemId, AgendaItemStatus status, int version, CancellationToken ct) =>
        ChangeItemAsync(itemId, version, (meeting, item) =>
        {
            AgendaOperations.Decide(db, meeting, item, status, rights.PersonId);
            return status == AgendaItemStatus.Declined ? $"Förslaget ”{item.Title}” är avböjt." : $"Förslaget ”{item.Title}” är godtaget.";
        }, ct);

    /// <summary>Moves an item one step up or down among the items shown (declined proposals are skipped).</summary>
    public Task<IActionResult> OnPostMoveAsync(int itemId, string direction, int version, CancellationToken ct) =>
        ChangeItemAsync(itemId, version, (meeting, item) =>
        {
            var all = meeting.AgendaItems.OrderBy(i => i.Order).ThenBy(i => i.Id).ToList();
            var shown = all.Where(i => i.Status != AgendaItemStatus.Declined || i == item).ToList();
            var at = shown.IndexOf(item);
            var target = direction == "upp" ? (at > 0 ? shown[at - 1] : null) : (at < shown.Count - 1 ? shown[at + 1] : null);
            if (target is null) return null;
            AgendaOperations.Reorder(meeting, item, all.IndexOf(target) + 1);
            return $"”{item.Title}” är flyttad {(direction == "upp" ? "upp" : "ned")}.";
        }, ct);

    /// <summary>Removes an item (the convener) or withdraws one's own proposal; not once the agenda is published.</summary>
    public async Task<IActionResult> OnPostRemoveItemAsync(int itemId, int version, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == Id, ct);
        var item = meeting?.AgendaItems.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item is null) return NotFound();
        var ownProposal = item.Status == AgendaItemStatus.Proposed && rights.PersonId is not null && item.ProposedByPersonId == rights.PersonId;
        if (!ownProposal && !await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        if (AgendaOperations.ChangeRefusal(meeting, item, removing: true) is { } refusal) return Back(refusal, "dagordning");
        try
        {
            db.ExpectVersion(item, version);
            meeting.AgendaItems.Remove(item);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = ownProposal ? $"Ditt förslag ”{item.Title}” är borttaget." : $"”{item.Title}” är borttagen från dagordningen.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return Back(null, "dagordning");
    }

    /// <summary>Publishes (freezes) the agenda; refused while proposals wait for a decision. As POST …/agenda/publish.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int version, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        try
        {
            db.ExpectVersion(meeting, version);
            await MeetingOperations.PublishAgendaAsync(db, meeting, rights.PersonId, ct);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Dagordningen är fastställd. Punkter som läggs till nu markeras som sent tillkomna.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        catch (InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
        }
        return Back(null, "dagordning");
    }

    /// <summary>Reports the user's own absence, naming one of the seat's substitutes (or none). As POST …/absence.</summary>
    public async Task<IActionResult> OnPostReportAbsenceAsync(int membershipId, int? substitutePersonId, int version, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        var seat = await db.Memberships.AsNoTracking().Include(m => m.Substitutes).ThenInclude(s => s.Person)
            .FirstOrDefaultAsync(m => m.Id == membershipId && m.GroupId == meeting.GroupId && m.RetiredAt == null, ct);
        if (seat is null) return NotFound();
        if (seat.PersonId != rights.PersonId && !await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        if (substitutePersonId is 0) substitutePersonId = null;
        try
        {
            await MeetingOperations.ReportAbsenceAsync(db, meeting, seat.Id, seat.PersonId, [.. seat.Substitutes.Select(s => s.PersonId)],
                substitutePersonId, version, ct);
            await db.SaveChangesAsync(ct);
            var name = seat.Substitutes.FirstOrDefault(s => s.PersonId == substitutePersonId)?.Person.Name;
            TempData["Message"] = name is null ? "Din frånvaro är anmäld, utan ersättare." : $"Din frånvaro är anmäld. {name} kommer i ditt ställe.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        catch (InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
        }
        return Back(null, "narvaro");
    }

    /// <summary>Withdraws the user's reported absence. As DELETE …/absence/{membershipId}.</summary>
    public async Task<IActionResult> OnPostWithdrawAbsenceAsync(int membershipId, int version, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        var seat = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == membershipId && m.GroupId == meeting.GroupId, ct);
        if (seat is null) return NotFound();
        if (seat.PersonId != rights.PersonId && !await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        if (meeting.AreMinutesApproved) return Back("Mötet är hållet och protokollet godkänt.");
        var attendance = await db.Attendances.FirstOrDefaultAsync(a => a.MeetingId == Id && a.MembershipId == membershipId, ct);
        if (attendance is not null)
        {
            try
            {
                db.ExpectVersion(attendance, version);
                attendance.WithdrawAbsence();
                await db.SaveChangesAsync(ct);
                TempData["Message"] = "Din frånvaroanmälan är borttagen.";
            }
            catch (Exception e) when (e.IsConflict())
            {
                TempData["Error"] = Texts.Common_Conflict;
            }
        }
        return Back(null, "narvaro");
    }

    private async Task<IActionResult> ChangeItemAsync(int itemId, int version, Func<Meeting, AgendaItem, string?> change, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == Id, ct);
        var item = meeting?.AgendaItems.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item is null) return NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        if (AgendaOperations.ChangeRefusal(meeting, item) is { } refusal) return Back(refusal, "dagordning");
        try
        {
            db.ExpectVersion(item, version);
            var message = change(meeting, item);
            await db.SaveChangesAsync(ct);
            if (message is not null) TempData["Message"] = message;
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return Back(null, "dagordning");
    }

    private RedirectResult Back(string? error, string? fragment = null)
    {
        if (error is not null) TempData["Error"] = error;
        return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}{(fragment is null ? "" : "#" + fragment)}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var meeting = await MeetingViews.MeetingAsync(db, Id, ct);
        if (meeting is null) return false;
        var details = Details = await MeetingViews.DetailsAsync(db, meeting, ct);
        DurationMinutes = meeting.DurationMinutes;
        var groupId = meeting.GroupId;
        CanManage = await rights.CanManageAsync(groupId, ct);
        CanPropose = CanManage || await rights.CanProposeAsync(groupId, ct);
        ProposalsClosed = await AgendaOperations.ProposalsClosedAsync(db, meeting, ct);
        var now = db.Clock.GetUtcNow();
        HasEnded = meeting.EndsAt < now;
        DeadlinePassed = MeetingText.LocalDate(now) > Summary.AgendaDeadline;

        var number = 0;
        var clock = Summary.StartsAt;
        foreach (var item in details.Agenda.Where(i => i.Status != AgendaItemStatus.Declined))
        {
            number++;
            if (item.Status == AgendaItemStatus.Accepted)
            {
                var ends = clock.AddMinutes(item.DurationMinutes);
                Agenda.Add(new AgendaRow(item, number, clock, ends));
                clock = ends;
            }
            else Agenda.Add(new AgendaRow(item, number, null, null));
        }
        Declined = [.. details.Agenda.Where(i => i.Status == AgendaItemStatus.Declined)];
        Waiting = details.Agenda.Count(i => i.Status == AgendaItemStatus.Proposed);

        if (rights.PersonId is int me)
        {
            var seats = await AttendanceApi.SeatsAsync(db, meeting, ct);
            MySeats = [.. seats.Where(s => s.PersonId == me)];
            StandingInFor = [.. seats.Where(s => s.AbsenceReported && s.SubstitutePersonId == me)];
            MyProposals = [.. await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == Id && i.ProposedByPersonId == me).Select(i => i.Id).ToListAsync(ct)];
        }
        if (CanPropose && !IsCancelled)
        {
            Organisations = await MeetingChoices.OrganisationsAsync(db, groupId, ct);
            People = await MeetingChoices.GroupPeopleAsync(db, groupId, ct);
        }
        return true;
    }
}
