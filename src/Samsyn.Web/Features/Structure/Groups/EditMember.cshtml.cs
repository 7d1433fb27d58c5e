using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed class EditMemberModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public MemberInput Input { get; set; } = new();
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int MemberId { get; set; }
    public string GroupName { get; private set; } = "";
    public MemberFormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } membership) return NotFound();
        if (!await rights.CanManageGroupAsync(Id, ct)) return Forbid();
        Input = MemberInput.From(membership);
        MemberFormChoices.Pad(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } membership) return NotFound();
        if (!await rights.CanManageGroupAsync(Id, ct)) return Forbid();
        ModelState.Clear();
        MemberFormChoices.DropEmpty(Input);
        ModelState.AddErrors(await MemberApi.Check(Id, Input, MemberId, db, ct));
        if (ModelState.IsValid)
        {
            try
            {
                db.ExpectVersion(membership, Input.Version ?? 0);
                MemberApi.Apply(Input, membership);
                db.Entry(membership).Property(m => m.Version).IsModified = true;
                await db.SaveChangesAsync(ct);
                TempData["Message"] = Texts.Common_Saved;
                return RedirectToPage("Details", new { id = Id });
            }
            catch (Exception e) when (e.IsConflict())
            {
                ModelState.AddModelError("", Texts.Common_Conflict);
                db.ChangeTracker.Clear();
                Input = MemberInput.From((await LoadAsync(ct))!);
            }
        }
        MemberFormChoices.Pad(Input);
        return Page();
    }

    private async Task<Membership?> LoadAsync(CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Substitutes).Include(m => m.Group)
            .FirstOrDefaultAsync(m => m.Id == MemberId && m.GroupId == Id && m.RetiredAt == null, ct);
        if (membership is null) return null;
        GroupName = membership.Group.Name;
        Choices = await MemberFormChoices.LoadAsync(db, membership.Group.AreaId, ct);
        return membership;
    }
}
