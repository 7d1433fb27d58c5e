using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>The key figures each kind of organisation reports; administrators add, change and retire them.</summary>
public sealed class FiguresModel(AppDbContext db, StructureRights rights) : PageModel
{
    public List<StatusFigureDefinition> Figures { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await SituationQueries.FiguresAsync(db, ct);
}
