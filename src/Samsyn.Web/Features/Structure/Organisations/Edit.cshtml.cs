using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Organisations;

public sealed class EditModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();
    [FromRoute] public int Id { get; set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (organisation is null) return NotFound();
        (Name, Input) = (organisation.Name, OrganisationInput.From(organisation));
        return await FormAsync(organisation, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (organisation is null) return NotFound();
        Name = organisation.Name;
        ModelState.Clear();
        ModelState.AddErrors(await OrganisationApi.Check(Input, Id, db, ct));
        if (!ModelState.IsValid) return await FormAsync(organisation, ct);
        try
        {
            db.ExpectVersion(organisation, Input.Version ?? 0);
            Input.ApplyTo(organisation);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            var saved = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == Id, ct);
            Input = OrganisationInput.From(saved);
            return await FormAsync(saved, ct);
        }
        TempData["Message"] = Texts.Common_Saved;
        return RedirectToPage("Details", new { id = Id });
    }

    /// <summary>Shows the form; the saved principal and area stay in the lists even if since retired.</summary>
    private async Task<IActionResult> FormAsync(Organisation saved, CancellationToken ct)
    {
        ViewData[OrganisationChoices.Key] = await OrganisationChoices.LoadAsync(db, saved.PrincipalId, saved.AreaId, ct);
        return Page();
    }
}
