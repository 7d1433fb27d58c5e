using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed class DetailsModel(AppDbContext db, StructureRights rights) : PageModel
{
    public GroupItem Group { get; private set; } = null!;
    public List<GroupItem> Children { get; private set; } = [];
    public List<MemberItem> Members { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanRetire => rights.CanManageRegisters;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var group = await db.Groups.Where(g => g.Id == id).Items().FirstOrDefaultAsync(ct);
        if (group is null) return NotFound();
        Group = group;
        Children = await db.Groups.Where(g => g.ParentId == id && g.RetiredAt == null).OrderBy(g => g.Name).Items().ToListAsync(ct);
        Members = await db.Memberships.Where(m => m.GroupId == id && m.RetiredAt == null).InRosterOrder().MemberItems().ToListAsync(ct);
        CanManage = await rights.CanManageGroupAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Group>(db, id, version, rights.CanManageRegisters, retire: true, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Group>(db, id, version, rights.CanManageRegisters, retire: false, ct);

    public async Task<IActionResult> OnPostRetireMemberAsync(int id, int memberId, int version, CancellationToken ct)
    {
        if (!await rights.CanManageGroupAsync(id, ct)) return Forbid();
        var membership = await db.Memberships.Include(m => m.Person).FirstOrDefaultAsync(m => m.Id == memberId && m.GroupId == id, ct);
        if (membership is null) return NotFound();
        try
        {
            db.ExpectVersion(membership, version);
            membership.Retire(db.Clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            TempData["Message"] = $"{membership.Person.Name} är borttagen ur gruppen.";
        }
        catch (Exception e) when (e.IsConflict() || e is InvalidStateChangeException)
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return RedirectToPage(new { id });
    }
}
