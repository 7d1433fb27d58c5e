using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// One case: what it is about, where it stands, its handovers with their report-backs and notes, and
/// the whole trail. The handing group's convener puts it on the agenda, decides, hands over and closes;
/// the receiving group's convener accepts, notes progress, returns and reports back.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CaseRights rights, CaseOperations cases, HandoverOperations handovers) : PageModel
{
    [FromRoute] public int Id { get; set; }

    public CaseDetails Details { get; private set; } = null!;
    public bool ManagesCase { get; private set; }

    /// <summary>The receiving groups whose handovers the user may act on.</summary>
    public HashSet<int> Receives { get; private set; } = [];

    /// <summary>When the meetings the case and its trail point at start.</summary>
    public Dictionary<int, DateTimeOffset> Meetings { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    /// <summary>A note that could not be saved, shown again under its handover.</summary>
    public (int HandoverId, string? Text)? FailedNote { get; private set; }

    public bool Allows(CaseAction action) =>
        ManagesCase && CaseRules.Allows(Details.Status, action, Details.Handovers.Any(h => h.Status is HandoverStatus.Sent or HandoverStatus.Accepted));

    public bool CanAct(HandoverView handover, HandoverAction action) => Receives.Contains(handover.ToGroupId) && CaseRules.Allows(handover.Status, action);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>As POST /api/v1/cases/{id}/agenda.</summary>
    public async Task<IActionResult> OnPostAgendaAsync(int version, CancellationToken ct) =>
        await this.ChangeAsync(CasePages.CaseLink(Id), () => cases.PutOnAgendaAsync(Id, version, ct), "Ärendet är uppsatt på dagordningen för gruppens nästa möte.");

    /// <summary>As POST /api/v1/handovers/{id}/accept.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(int handoverId, int version, CancellationToken ct) =>
        await this.ChangeAsync(CasePages.CaseLink(Id), () => handovers.AcceptAsync(handoverId, new CommentInput(), version, ct),
            "Frågan är mottagen. Återrapportera senast på datumet, eller lämna tillbaka den med ett skäl.");

    /// <summary>As POST /api/v1/handovers/{id}/notes.</summary>
    public async Task<IActionResult> OnPostNoteAsync(int handoverId, string? noteText, CancellationToken ct) =>
        await this.ChangeAsync(CasePages.CaseLink(Id), () => handovers.AddNoteAsync(handoverId, new NoteInput { Text = noteText }, null, ct), "Anteckningen är sparad.",
            invalid: async result =>
            {
                ModelState.Clear();
                foreach (var message in result.Errors.Values.SelectMany(m => m)) ModelState.AddModelError($"NoteText_{handoverId}", message);
                FailedNote = (handoverId, noteText);
                return await LoadAsync(ct) ? Page() : NotFound();
            });

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var details = await CaseViews.DetailsAsync(db, Id, ct);
        if (details is null) return false;
        Details = details;
        Now = db.Clock.GetUtcNow();
        ManagesCase = await rights.CanManageGroupAsync(details.GroupId, ct);
        foreach (var groupId in details.Handovers.Select(h => h.ToGroupId).Distinct())
            if (await rights.CanManageGroupAsync(groupId, ct)) Receives.Add(groupId);
        var meetingIds = details.Trail.Select(e => e.MeetingId)
            .Concat(details.Handovers.Select(h => h.DecisionMeetingId)).Concat(details.Handovers.Select(h => h.ReportBack?.MeetingId))
            .Append(details.MeetingId).OfType<int>().Distinct().ToList();
        Meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.StartsAt, ct);
        return true;
    }
}
