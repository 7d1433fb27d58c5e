using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Strategy;

/// <summary>Changes an activity plan's summary or deletes a plan without activities (as PUT and DELETE /api/v1/activity-plans/{id}).</summary>
public sealed class EditActivityPlanModel(AppDbContext db, StrategyRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public ActivityPlanInput Input { get; set; } = new();
    public ActivityPlan Plan { get; private set; } = null!;
    public int Activities { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Plan.GroupId, ct)) return Forbid();
        Input = new ActivityPlanInput { Summary = Plan.Summary, Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Plan.GroupId, ct)) return Forbid();
        ModelState.Clear();
        var errors = InputValidation.Validate(new ActivityPlanInput { StrategicPlanId = Plan.StrategicPlanId, GroupId = Plan.GroupId, Year = Plan.Year, Summary = Input.Summary });
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(errors, ["Input.Summary"], ModelState, ViewData);
            return Page();
        }
        return await SaveAsync(() => Plan.Summary = string.IsNullOrWhiteSpace(Input.Summary) ? null : Input.Summary.Trim(), "Verksamhetsplanen är sparad.", $"/strategi/verksamhetsplaner/{Id}", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Plan.GroupId, ct)) return Forbid();
        ModelState.Clear();
        if (StrategyDeletion.WhyNotActivityPlan(Activities) is { } why)
        {
            ModelState.AddModelError("", why);
            return Page();
        }
        return await SaveAsync(() => db.ActivityPlans.Remove(Plan), "Verksamhetsplanen är borttagen.", $"/strategi/planer/{Plan.StrategicPlanId}", ct);
    }

    private async Task<IActionResult> SaveAsync(Action change, string done, string next, CancellationToken ct)
    {
        try
        {
            db.ExpectVersion(Plan, Input.Version ?? 0);
            change();
            await db.SaveChangesAsync(ct);
            TempData["Message"] = done;
            return Redirect(next);
        }
        catch (Exception e) when (e.IsConflict())
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            ModelState.AddModelError("", Texts.Common_Conflict);
            Input = new ActivityPlanInput { Summary = Plan.Summary, Version = Plan.Version };
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.ActivityPlans.Include(p => p.Group).FirstOrDefaultAsync(p => p.Id == Id, ct) is not { } plan) return false;
        Plan = plan;
        Activities = await db.Activities.CountAsync(a => a.ActivityPlanId == Id, ct);
        return true;
    }
}
