using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Areas;

public sealed class IndexModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "visaAvslutade")] public bool ShowRetired { get; set; }
    public List<AreaItem> Areas { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task OnGetAsync(CancellationToken ct) =>
        Areas = await db.Areas.Where(a => ShowRetired || a.RetiredAt == null).OrderBy(a => a.Name).Items().ToListAsync(ct);
}
