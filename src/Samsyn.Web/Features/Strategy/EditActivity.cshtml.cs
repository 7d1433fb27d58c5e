using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Strategy;

/// <summary>Changes or deletes an activity (as PUT and DELETE /api/v1/activities/{id}): the rules of a new one, and indicators with values keep their unit.</summary>
public sealed class EditActivityModel(AppDbContext db, StrategyRights rights) : PageModel, IActivityFormPage
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public ActivityForm Input { get; set; } = new();
    public Activity Activity { get; private set; } = null!;
    public List<GoalArea> GoalAreas { get; private set; } = [];
    public List<TargetGroup> TargetGroups { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];
    public int FollowUps { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct)) return Forbid();
        Input = ActivityForm.From(Activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct)) return Forbid();
        var unreadable = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        var input = Input.ToInput();
        var errors = await ActivityPlanApi.CheckChangeAsync(input, Activity, db, ct);
        foreach (var key in unreadable) errors[key.Replace("Input.", "", StringComparison.Ordinal)] = ["Värdet kunde inte läsas. Skriv datum som ÅÅÅÅ-MM-DD och tal med siffror."];
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(errors, AddActivityModel.FieldOrder, ModelState, ViewData);
            return Page();
        }
        try
        {
            db.ExpectVersion(Activity, Input.Version ?? 0);
            StrategyOperations.UpdateActivity(db, Activity, input);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Aktiviteten är sparad.";
            return Redirect($"/strategi/verksamhetsplaner/{Activity.ActivityPlanId}");
        }
        catch (Exception e) when (e.IsConflict())
        {
            return await ConflictAsync(ct);
        }
    }

    /// <summary>"Ytterligare en indikator": the form again, as filled in, with one more empty indicator row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostMoreIndicatorsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct)) return Forbid();
        ModelState.Clear();
        Input.WithEmptyRow();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct)) return Forbid();
        ModelState.Clear();
        if (StrategyDeletion.WhyNotActivity(FollowUps) is { } why)
        {
            ModelState.AddModelError("", why);
            Input = ActivityForm.From(Activity);
            return Page();
        }
        try
        {
            db.ExpectVersion(Activity, Input.Version ?? 0);
            db.Activities.Remove(Activity);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Aktiviteten är borttagen.";
            return Redirect($"/strategi/verksamhetsplaner/{Activity.ActivityPlanId}");
        }
        catch (Exception e) when (e.IsConflict())
        {
            return await ConflictAsync(ct);
        }
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        ModelState.Clear();
        ModelState.AddModelError("", Texts.Common_Conflict);
        Input = ActivityForm.From(Activity);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await ActivityPlanApi.LoadActivityAsync(db, Id, ct) is not { } activity) return false;
        Activity = activity;
        var planId = activity.ActivityPlan.StrategicPlanId;
        GoalAreas = await db.GoalAreas.AsNoTracking().Where(g => g.StrategicPlanId == planId).OrderBy(g => g.Order).ToListAsync(ct);
        TargetGroups = await db.TargetGroups.AsNoTracking().Where(g => g.StrategicPlanId == planId).OrderBy(g => g.Order).ToListAsync(ct);
        Organisations = await AddActivityModel.OrganisationsAsync(db, activity.ActivityPlan.StrategicPlan.AreaId, ct);
        FollowUps = await db.ActivityFollowUps.CountAsync(f => f.ActivityId == Id, ct);
        return true;
    }
}
