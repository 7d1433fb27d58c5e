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

/// <summary>Changes a meeting's time, place, title, kind or chair; or cancels it.</summary>
public sealed class EditModel(AppDbContext db, MeetingRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public MeetingForm Input { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;
    public string GroupName { get; private set; } = "";
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Input = MeetingForm.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        ModelState.Clear();
        if (await Input.ValidateAsync(Meeting.GroupId, ModelState, ViewData, db, ct) is not { } input) return Page();
        try
        {
            db.ExpectVersion(Meeting, Input.Version ?? 0);
            // The form has no field for the chair's person: one named through the API stays while the organisation does.
            input.ChairPersonId = Meeting.ChairOrganisationOverrideId == input.ChairOrganisationId ? Meeting.ChairPersonOverrideId : null;
            await MeetingOperations.UpdateAsync(db, Meeting, input, rights.PersonId, ct);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = Texts.Common_Saved;
            return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}");
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            await ReloadAsync(ct);
        }
        catch (InvalidStateChangeException e)
        {
            ModelState.AddModelError("", e.Message);
            await ReloadAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCancelMeetingAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        try
        {
            db.ExpectVersion(Meeting, version);
            await MeetingOperations.CancelAsync(db, Meeting, rights.PersonId, ct);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Mötet är inställt.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
            return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/andra");
        }
        catch (InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
        }
        return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == Id, ct);
        Input = MeetingForm.From(Meeting);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        (Meeting, GroupName) = (meeting, meeting.Group.Name);
        Organisations = await MeetingChoices.OrganisationsAsync(db, meeting.GroupId, ct);
        return null;
    }
}
