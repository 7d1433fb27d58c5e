using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

public sealed class IndexModel(AppDbContext db, StrategyRights rights) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Plans = await StrategyViews.Summaries(db.StrategicPlans.AsNoTracking()
            .OrderBy(p => p.Area.Name).ThenByDescending(p => p.StartYear).ThenByDescending(p => p.Revision)).ToListAsync(ct);
        CanCreate = (await StrategyPages.SteeringGroupsAsync(db, rights, ct)).Count > 0;
    }
}
