using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure.Groups;
using Samsyn.Web.Features.Structure.Organisations;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Areas;

public sealed class DetailsModel(AppDbContext db, StructureRights rights) : PageModel
{
    public AreaItem Area { get; private set; } = null!;
    public List<GroupItem> Groups { get; private set; } = [];
    public List<OrganisationItem> Organisations { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var area = await db.Areas.Where(a => a.Id == id).Items().FirstOrDefaultAsync(ct);
        if (area is null) return NotFound();
        Area = area;
        Groups = await db.Groups.Where(g => g.AreaId == id && g.RetiredAt == null).OrderBy(g => g.Level).ThenBy(g => g.Name).Items().ToListAsync(ct);
        Organisations = await db.Organisations.Where(o => o.AreaId == id && o.RetiredAt == null).OrderBy(o => o.Name).Items().ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<CollaborationArea>(db, id, version, rights.CanManageRegisters, retire: true, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<CollaborationArea>(db, id, version, rights.CanManageRegisters, retire: false, ct);
}
