using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Principals;

public sealed class EditModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public PrincipalInput Input { get; set; } = new();
    [FromRoute] public int Id { get; set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var principal = await db.Principals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (principal is null) return NotFound();
        (Name, Input) = (principal.Name, PrincipalInput.From(principal));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var principal = await db.Principals.FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (principal is null) return NotFound();
        Name = principal.Name;
        ModelState.Clear();
        ModelState.AddErrors(await PrincipalApi.Check(Input, Id, db, ct));
        if (!ModelState.IsValid) return Page();
        try
        {
            db.ExpectVersion(principal, Input.Version ?? 0);
            Input.ApplyTo(principal);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            Input = PrincipalInput.From(await db.Principals.AsNoTracking().FirstAsync(p => p.Id == Id, ct));
            return Page();
        }
        TempData["Message"] = Texts.Common_Saved;
        return RedirectToPage("Details", new { id = Id });
    }
}
