using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The minutes, written per agenda item during the meeting: notes (autosaved), decisions and action items;
/// approved by the convener or the meeting's chair, after which they are locked. Open action items from
/// earlier meetings are listed for follow-up.
/// </summary>
public sealed class MinutesModel(AppDbContext db, MeetingRights rights, Microsoft.Extensions.Options.IOptions<Situation.SituationOptions> situation) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public DecisionInput Decision { get; set; } = new();
    [BindProperty] public ActionForm Action { get; set; } = new();

    public MeetingDetails Details { get; private set; } = null!;
    public MeetingSummary Summary => Details.Meeting;
    public List<AgendaItemView> Items { get; private set; } = [];
    public List<FollowUp> FollowUps { get; private set; } = [];

    /// <summary>The group's situation picture as it stood at the meeting's start (or now, before it).</summary>
    public Situation.StatusBoardView Board { get; private set; } = null!;
    public List<SelectListItem> People { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanApprove { get; private set; }
    public bool UsesAdjuster { get; private set; }
    public bool HasStarted { get; private set; }
    public DateOnly Today { get; private set; }
    public string? ApprovedByName { get; private set; }
    public string? AdjustedBy { get; private set; }
    public int? PersonId => rights.PersonId;

    /// <summary>After a failed post: the item whose form is shown again with what was typed.</summary>
    public int? PostedItemId { get; private set; }
    public string? PostedNotes { get; private set; }
    public int? PostedNotesVersion { get; private set; }
    public string? StoredNotes { get; private set; }
    public string? PostedAdjuster { get; private set; }

    public bool Editable => CanManage && !Summary.MinutesApproved && Summary.Status != MeetingStatus.Cancelled;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    /// <summary>Saves the notes of one item; answers the autosave (fetch with X-Autosave) with JSON. As PUT …/notes.</summary>
    public async Task<IActionResult> OnPostNotesAsync(int itemId, string? notes, int version, CancellationToken ct)
    {
        var autosave = Request.Headers["X-Autosave"] == "1";
        var (refusal, meeting, item) = await EditableAsync(itemId, ct);
        if (refusal is not null)
            return autosave ? Problem(refusal is ForbidResult ? 403 : 409, "Protokollet kan inte ändras.") : refusal;
        var input = new NotesInput { Notes = notes, Version = version };
        var errors = InputValidation.Validate(input);
        if (errors.Count == 0)
        {
            try
            {
                db.ExpectVersion(item!, version);
                item!.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
                await db.SaveChangesAsync(ct);
                var saved = MeetingText.Time(db.Clock.GetUtcNow());
                if (autosave) return new JsonResult(new { version = item.Version, savedAt = saved });
                TempData["Message"] = $"Anteckningarna för ”{item.Title}” är sparade {saved}.";
                return Back(itemId);
            }
            catch (Exception e) when (e.IsConflict())
            {
                if (autosave) return Problem(409, "Någon annan har sparat anteckningar för punkten. Spara med knappen för att se båda versionerna.");
                errors["notes"] = ["Någon annan har sparat anteckningar för punkten medan du skrev. Din text står kvar i rutan och den sparade versionen visas under den – för samman dem och spara igen."];
                db.ChangeTracker.Clear();
                var stored = await db.AgendaItems.AsNoTracking().FirstAsync(i => i.Id == itemId, ct);
                (StoredNotes, PostedNotesVersion) = (stored.Notes, stored.Version);
            }
        }
        var message = errors.Values.SelectMany(v => v).First();
        if (autosave) return Problem(400, message);
        ModelState.Clear();
        ModelState.AddModelError($"Notes{itemId.ToString(CultureInfo.InvariantCulture)}", message);
        (PostedItemId, PostedNotes) = (itemId, notes);
        PostedNotesVersion ??= version;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Records a decision under an item. As POST …/decisions.</summary>
    public async Task<IActionResult> OnPostAddDecisionAsync(int itemId, CancellationToken ct)
    {
        var (refusal, meeting, item) = await EditableAsync(itemId, ct);
        if (refusal is not null) return refusal;
        ModelState.Clear();
        var errors = InputValidation.Validate(Decision);
        if (errors.Count > 0) return await ShowAgainAsync(itemId, "Decision", errors, ct);
        item!.Decisions.Add(Meetings.Decision.InMinutes(meeting!, Decision.Text!.Trim(), Decision.Type ?? DecisionType.Decision));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Beslutet är protokollfört.";
        return Back(itemId);
    }

    /// <summary>Removes a decision from the draft. As DELETE …/decisions/{id}.</summary>
    public async Task<IActionResult> OnPostRemoveDecisionAsync(int decisionId, int version, CancellationToken ct)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.MeetingId == Id, ct);
        if (decision is null) return NotFound();
        var (refusal, _, _) = await EditableAsync(decision.AgendaItemId ?? 0, ct);
        if (refusal is not null) return refusal;
        if (await Decisions.DecisionUse.DescribeAsync(db, decision.Id, ct) is { } use)
        {
            TempData["Error"] = $"Beslutet kan inte tas bort: {use}.";
            return Back(decision.AgendaItemId ?? 0);
        }
        try
        {
            db.ExpectVersion(decision, version);
            db.Decisions.Remove(decision);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Beslutet är borttaget ur utkastet.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return Back(decision.AgendaItemId ?? 0);
    }

    /// <summary>Adds an action item with owner and due date. As POST …/action-items.</summary>
    public async Task<IActionResult> OnPostAddActionAsync(int itemId, CancellationToken ct)
    {
        var (refusal, _, item) = await EditableAsync(itemId, ct);
        if (refusal is not null) return refusal;
        ModelState.Clear();
        var input = new ActionItemInput { Text = Action.Text, OwnerPersonId = Action.OwnerPersonId is > 0 ? Action.OwnerPersonId : null };
        var errors = InputValidation.Validate(input);
        if (!string.IsNullOrWhiteSpace(Action.DueDate))
        {
            if (MeetingText.TryParseDate(Action.DueDate, out var due)) input.DueDate = due;
            else errors["dueDate"] = ["Ange ett datum som finns, till exempel 2027-04-15."];
        }
        if (input.OwnerPersonId is int p && !await db.People.AnyAsync(x => x.Id == p, ct)) errors["ownerPersonId"] = ["Personen finns inte."];
        if (errors.Count > 0) return await ShowAgainAsync(itemId, "Action", errors, ct);
        item!.ActionItems.Add(new ActionItem { MeetingId = Id, Text = input.Text!.Trim(), OwnerPersonId = input.OwnerPersonId, DueDate = input.DueDate });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Åtgärden är tillagd.";
        return Back(itemId);
    }

    /// <summary>
    /// Removes an action item from the draft. The API has no such endpoint; the page applies the rule of the
    /// other minutes edits (the convener, while the minutes are not approved).
    /// </summary>
    public async Task<IActionResult> OnPostRemoveActionAsync(int actionId, int version, CancellationToken ct)
    {
        var action = await db.ActionItems.FirstOrDefaultAsync(a => a.Id == actionId && a.MeetingId == Id, ct);
        if (action is null) return NotFound();
        var (refusal, _, _) = await EditableAsync(action.AgendaItemId, ct);
        if (refusal is not null) return refusal;
        try
        {
            db.ExpectVersion(action, version);
            db.ActionItems.Remove(action);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Åtgärden är borttagen ur utkastet.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return Back(action.AgendaItemId);
    }

    /// <summary>Marks an action item (of this or an earlier meeting) done: its owner or the convener, also after approval. As PUT …/action-items/{id}.</summary>
    public async Task<IActionResult> OnPostCompleteActionAsync(int actionId, int version, CancellationToken ct)
    {
        var action = await db.ActionItems.FirstOrDefaultAsync(a => a.Id == actionId, ct);
        if (action is null) return NotFound();
        var groupId = await db.Meetings.Where(m => m.Id == action.MeetingId).Select(m => m.GroupId).FirstAsync(ct);
        var thisGroup = await db.Meetings.Where(m => m.Id == Id).Select(m => (int?)m.GroupId).FirstOrDefaultAsync(ct);
        if (thisGroup != groupId) return NotFound();
        var owner = action.OwnerPersonId is not null && action.OwnerPersonId == rights.PersonId;
        if (!owner && !await rights.CanManageAsync(groupId, ct)) return Forbid();
        try
        {
            db.ExpectVersion(action, version);
            action.DoneAt ??= db.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            TempData["Message"] = $"”{action.Text}” är markerad som klar.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/protokoll#uppfoljning");
    }

    /// <summary>Approves and locks the minutes: the convener or the meeting's chair. As POST …/minutes/approve.</summary>
    public async Task<IActionResult> OnPostApproveAsync(int version, string? adjustedBy, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        var chair = (await ChairAssignment.ResolveAsync(db, [meeting], ct))[meeting.Id];
        var isChair = chair.PersonId is not null && chair.PersonId == rights.PersonId;
        if (!isChair && !await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        ModelState.Clear();
        if (MeetingOperations.AdjusterError(await MeetingOperations.UsesAdjusterAsync(db, meeting.GroupId, ct), adjustedBy) is { } adjusterError)
            ModelState.AddModelError("AdjustedBy", adjusterError);
        if (ModelState.IsValid)
        {
            try
            {
                db.ExpectVersion(meeting, version);
                await MeetingOperations.ApproveMinutesAsync(db, meeting, rights.UserName, adjustedBy, rights.PersonId, ct);
                await db.SaveChangesAsync(ct);
                TempData["Message"] = "Protokollet är godkänt och låst.";
                return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/protokoll");
            }
            catch (Exception e) when (e.IsConflict())
            {
                ModelState.AddModelError("", Texts.Common_Conflict);
                db.ChangeTracker.Clear();
            }
            catch (InvalidStateChangeException e)
            {
                ModelState.AddModelError("", e.Message);
                db.ChangeTracker.Clear();
            }
        }
        PostedAdjuster = adjustedBy;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ShowAgainAsync(int itemId, string prefix, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var item = itemId.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, messages) in errors)
        {
            var field = key.Length == 0 ? "" : $"{prefix}{item}.{char.ToUpperInvariant(key[0])}{key[1..]}";
            foreach (var message in messages) ModelState.AddModelError(field, message);
        }
        PostedItemId = itemId;
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The meeting and item when the user may write the minutes and they are not locked; else the refusal (MinutesApi's rule).</summary>
    private async Task<(IActionResult?, Meeting?, AgendaItem?)> EditableAsync(int itemId, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == Id, ct);
        var item = meeting is null ? null
            : await db.AgendaItems.Include(i => i.Decisions).Include(i => i.ActionItems).FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == Id, ct);
        if (meeting is null || item is null) return (NotFound(), null, null);
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return (Forbid(), null, null);
        if (meeting.AreMinutesApproved)
        {
            TempData["Error"] = "Protokollet är godkänt och låst.";
            return (Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/protokoll"), null, null);
        }
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            TempData["Error"] = "Mötet är inställt.";
            return (Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}"), null, null);
        }
        return (null, meeting, item);
    }

    private static ObjectResult Problem(int status, string message) => new(new { message }) { StatusCode = status };

    private RedirectResult Back(int itemId) =>
        Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/protokoll#punkt-{itemId.ToString(CultureInfo.InvariantCulture)}");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var details = await MeetingViews.DetailsAsync(db, Id, ct);
        if (details is null) return false;
        Details = details;
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == Id, ct);
        Items = [.. details.Agenda.Where(i => i.Status == AgendaItemStatus.Accepted)];
        CanManage = await rights.CanManageAsync(meeting.GroupId, ct);
        CanApprove = CanManage || (Summary.Chair.PersonId is not null && Summary.Chair.PersonId == rights.PersonId);
        UsesAdjuster = await db.MeetingSettings.AsNoTracking().Where(s => s.GroupId == meeting.GroupId).Select(s => s.UsesAdjuster).FirstOrDefaultAsync(ct);
        HasStarted = meeting.StartsAt <= db.Clock.GetUtcNow();
        Today = MeetingText.LocalDate(db.Clock.GetUtcNow());
        Board = await Situation.SituationQueries.MeetingBoardAsync(db, meeting.GroupId, Summary.GroupName, meeting.StartsAt, situation.Value.StaleAfter, ct);
        ApprovedByName = await MinutesSupport.PersonNameAsync(db, details.MinutesApprovedBy, ct);
        AdjustedBy = meeting.MinutesAdjustedBy;
        FollowUps = await MinutesSupport.OpenActionsAsync(db, meeting.GroupId, meeting.StartsAt, ct);
        if (CanManage) People = await MeetingChoices.GroupPeopleAsync(db, meeting.GroupId, ct);
        return true;
    }
}
