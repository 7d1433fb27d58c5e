using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Areas;

public sealed class EditModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public AreaInput Input { get; set; } = new();
    [FromRoute] public int Id { get; set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Id, ct);
        if (area is null) return NotFound();
        (Name, Input) = (area.Name, AreaInput.From(area));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == Id, ct);
        if (area is null) return NotFound();
        Name = area.Name;
        ModelState.Clear();
        ModelState.AddErrors(await AreaApi.Check(Input, Id, db, ct));
        if (!ModelState.IsValid) return Page();
        try
        {
            db.ExpectVersion(area, Input.Version ?? 0);
            Input.ApplyTo(area);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            Input = AreaInput.From(await db.Areas.AsNoTracking().FirstAsync(a => a.Id == Id, ct));
            return Page();
        }
        TempData["Message"] = Texts.Common_Saved;
        return RedirectToPage("Details", new { id = Id });
    }
}
