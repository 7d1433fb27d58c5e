using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed class AddMemberModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public MemberInput Input { get; set; } = new() { Role = MemberRole.Member };
    [FromRoute] public int Id { get; set; }
    public string GroupName { get; private set; } = "";
    public MemberFormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadGroupAsync(ct) is { } refusal) return refusal;
        MemberFormChoices.Pad(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadGroupAsync(ct) is { } refusal) return refusal;
        ModelState.Clear();
        MemberFormChoices.DropEmpty(Input);
        ModelState.AddErrors(await MemberApi.Check(Id, Input, null, db, ct));
        if (!ModelState.IsValid)
        {
            MemberFormChoices.Pad(Input);
            return Page();
        }
        var membership = new Membership { GroupId = Id };
        MemberApi.Apply(Input, membership);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Ledamoten är tillagd.";
        return RedirectToPage("Details", new { id = Id });
    }

    private async Task<IActionResult?> LoadGroupAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().Where(g => g.Id == Id).Select(g => new { g.Name, g.AreaId }).FirstOrDefaultAsync(ct);
        if (group is null) return NotFound();
        if (!await rights.CanManageGroupAsync(Id, ct)) return Forbid();
        GroupName = group.Name;
        Choices = await MemberFormChoices.LoadAsync(db, group.AreaId, ct);
        return null;
    }
}
