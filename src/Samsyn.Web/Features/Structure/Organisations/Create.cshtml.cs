using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Organisations;

public sealed class CreateModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        rights.CanManageRegisters ? await FormAsync(ct) : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        ModelState.Clear();
        ModelState.AddErrors(await OrganisationApi.Check(Input, null, db, ct));
        if (!ModelState.IsValid) return await FormAsync(ct);
        var organisation = new Organisation();
        Input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = Texts.Common_Created;
        return RedirectToPage("Details", new { id = organisation.Id });
    }

    private async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        ViewData[OrganisationChoices.Key] = await OrganisationChoices.LoadAsync(db, null, null, ct);
        return Page();
    }
}
