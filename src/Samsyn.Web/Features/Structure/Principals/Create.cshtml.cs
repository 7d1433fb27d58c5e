using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Principals;

public sealed class CreateModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public PrincipalInput Input { get; set; } = new();

    public IActionResult OnGet() => rights.CanManageRegisters ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        ModelState.Clear();
        ModelState.AddErrors(await PrincipalApi.Check(Input, null, db, ct));
        if (!ModelState.IsValid) return Page();
        var principal = new Principal();
        Input.ApplyTo(principal);
        db.Principals.Add(principal);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = Texts.Common_Created;
        return RedirectToPage("Details", new { id = principal.Id });
    }
}
