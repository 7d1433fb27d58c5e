using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Organisations;

public sealed class IndexModel(AppDbContext db, StructureRights rights) : PageModel
{
    public sealed record AreaOption(int Id, string Name, bool Retired);

    [BindProperty(SupportsGet = true, Name = "visaAvslutade")] public bool ShowRetired { get; set; }
    [BindProperty(SupportsGet = true, Name = "omrade")] public int? AreaId { get; set; }
    public List<OrganisationItem> Organisations { get; private set; } = [];
    public List<AreaOption> Areas { get; private set; } = [];
    public string? AreaName => Areas.FirstOrDefault(a => a.Id == AreaId)?.Name;
    public bool CanManage => rights.CanManageRegisters;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Areas = await db.Areas.AsNoTracking()
            .Where(a => ShowRetired || a.RetiredAt == null || a.Id == AreaId)
            .OrderBy(a => a.Name).Select(a => new AreaOption(a.Id, a.Name, a.RetiredAt != null)).ToListAsync(ct);
        Organisations = await db.Organisations
            .Where(o => ShowRetired || o.RetiredAt == null)
            .Where(o => AreaId == null || o.AreaId == AreaId)
            .OrderBy(o => o.Name).Items().ToListAsync(ct);
    }
}
