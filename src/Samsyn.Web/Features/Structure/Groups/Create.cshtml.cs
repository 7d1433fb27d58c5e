using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed class CreateModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public GroupInput Input { get; set; } = new();
    public GroupFormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "overordnad")] int? parentId, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        Input.ParentId = parentId;
        Choices = await GroupFormChoices.LoadAsync(db, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        ModelState.Clear();
        ModelState.AddErrors(await GroupApi.Check(Input, null, db, ct));
        if (!ModelState.IsValid)
        {
            Choices = await GroupFormChoices.LoadAsync(db, null, ct);
            return Page();
        }
        var group = new Group();
        Input.ApplyTo(group);
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = Texts.Common_Created;
        return RedirectToPage("Details", new { id = group.Id });
    }
}
