using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Areas;

public sealed class CreateModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public AreaInput Input { get; set; } = new();

    public IActionResult OnGet() => rights.CanManageRegisters ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        ModelState.Clear();
        ModelState.AddErrors(await AreaApi.Check(Input, null, db, ct));
        if (!ModelState.IsValid) return Page();
        var area = new CollaborationArea();
        Input.ApplyTo(area);
        db.Areas.Add(area);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = Texts.Common_Created;
        return RedirectToPage("Details", new { id = area.Id });
    }
}
