using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Meetings;

/// <summary>The convener changes an agenda item (until the agenda is published; late additions stay editable).</summary>
public sealed class EditItemModel(AppDbContext db, MeetingRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int ItemId { get; set; }
    [BindProperty] public AgendaItemInput Input { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;
    public string GroupName { get; private set; } = "";
    public string ItemTitle { get; private set; } = "";
    public List<SelectListItem> Organisations { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (refusal, item) = await LoadAsync(ct);
        if (refusal is not null) return refusal;
        Input = From(item!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (refusal, item) = await LoadAsync(ct);
        if (refusal is not null) return refusal;
        ModelState.Clear();
        Input.Status = null;
        Input.Order = null;
        ModelState.AddErrors(await AgendaOperations.CheckAsync(Input, db, ct));
        if (!ModelState.IsValid) return Page();
        try
        {
            db.ExpectVersion(item!, Input.Version ?? 0);
            AgendaOperations.Apply(Input, item!);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = Texts.Common_Saved;
            return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}#dagordning");
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            Input = From(await db.AgendaItems.AsNoTracking().FirstAsync(i => i.Id == ItemId, ct));
            return Page();
        }
    }

    private static AgendaItemInput From(AgendaItem i) => new()
    {
        Title = i.Title, Kind = i.Kind, DurationMinutes = i.DurationMinutes, Description = i.Description, Links = i.Links,
        PresenterOrganisationId = i.PresenterOrganisationId, PresenterPersonId = i.PresenterPersonId, Version = i.Version,
    };

    private async Task<(IActionResult?, AgendaItem?)> LoadAsync(CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == Id, ct);
        var item = meeting is null ? null : await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == ItemId && i.MeetingId == Id, ct);
        if (meeting is null || item is null) return (NotFound(), null);
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return (Forbid(), null);
        var back = $"/moten/{Id.ToString(CultureInfo.InvariantCulture)}#dagordning";
        if (AgendaOperations.ChangeRefusal(meeting, item) is { } refusal) { TempData["Error"] = refusal; return (Redirect(back), null); }
        (Meeting, GroupName, ItemTitle) = (meeting, meeting.Group.Name, item.Title);
        Organisations = await MeetingChoices.OrganisationsAsync(db, meeting.GroupId, ct);
        People = await MeetingChoices.GroupPeopleAsync(db, meeting.GroupId, ct);
        return (null, item);
    }
}
