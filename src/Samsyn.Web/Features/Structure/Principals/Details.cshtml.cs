using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure.Organisations;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Principals;

public sealed class DetailsModel(AppDbContext db, StructureRights rights) : PageModel
{
    public PrincipalItem Principal { get; private set; } = null!;
    public List<OrganisationItem> Organisations { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var principal = await db.Principals.Where(p => p.Id == id).Items().FirstOrDefaultAsync(ct);
        if (principal is null) return NotFound();
        Principal = principal;
        Organisations = await db.Organisations.Where(o => o.PrincipalId == id && o.RetiredAt == null)
            .OrderBy(o => o.Name).Items().ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Principal>(db, id, version, rights.CanManageRegisters, retire: true, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Principal>(db, id, version, rights.CanManageRegisters, retire: false, ct);
}
