using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed class EditModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public GroupInput Input { get; set; } = new();
    [FromRoute] public int Id { get; set; }
    public string Name { get; private set; } = "";
    public GroupFormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (group is null) return NotFound();
        if (!await rights.CanManageGroupAsync(Id, ct)) return Forbid();
        (Name, Input) = (group.Name, GroupInput.From(group));
        Choices = await GroupFormChoices.LoadAsync(db, Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (group is null) return NotFound();
        if (!await rights.CanManageGroupAsync(Id, ct)) return Forbid();
        Name = group.Name;
        ModelState.Clear();
        ModelState.AddErrors(await GroupApi.Check(Input, Id, db, ct));
        ModelState.AddErrors(GroupApi.PlacementErrors(group, Input, rights));
        if (ModelState.IsValid)
        {
            try
            {
                db.ExpectVersion(group, Input.Version ?? 0);
                Input.ApplyTo(group);
                await db.SaveChangesAsync(ct);
                TempData["Message"] = Texts.Common_Saved;
                return RedirectToPage("Details", new { id = Id });
            }
            catch (Exception e) when (e.IsConflict())
            {
                ModelState.AddModelError("", Texts.Common_Conflict);
                db.ChangeTracker.Clear();
                Input = GroupInput.From(await db.Groups.AsNoTracking().FirstAsync(g => g.Id == Id, ct));
            }
        }
        Choices = await GroupFormChoices.LoadAsync(db, Id, ct);
        return Page();
    }
}
