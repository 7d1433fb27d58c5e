using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Principals;

public sealed class IndexModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "visaAvslutade")] public bool ShowRetired { get; set; }
    public List<PrincipalItem> Principals { get; private set; } = [];

    /// <summary>Active organisations per principal.</summary>
    public Dictionary<int, int> OrganisationCounts { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Principals = await db.Principals.Where(p => ShowRetired || p.RetiredAt == null).OrderBy(p => p.Name).Items().ToListAsync(ct);
        OrganisationCounts = await db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null)
            .GroupBy(o => o.PrincipalId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
