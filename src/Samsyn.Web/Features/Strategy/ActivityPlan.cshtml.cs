using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>A group's activity plan: its activities by goal area, their indicators and follow-ups.</summary>
public sealed class ActivityPlanModel(AppDbContext db, StrategyRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public ActivityPlanDetails Plan { get; private set; } = null!;
    public Dictionary<int, IReadOnlyList<FollowUpDetails>> FollowUps { get; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await StrategyViews.ActivityPlanAsync(db, Id, ct) is not { } plan) return NotFound();
        Plan = plan;
        CanEdit = await rights.CanEditActivityPlanAsync(plan.GroupId, ct);
        foreach (var a in plan.Activities) FollowUps[a.Id] = await StrategyViews.FollowUpsAsync(db, a.Id, ct);
        return Page();
    }
}
