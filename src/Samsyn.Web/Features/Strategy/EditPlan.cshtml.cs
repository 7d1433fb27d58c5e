using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Strategy;

/// <summary>Changes a draft plan's content and goal areas (as PUT /api/v1/strategic-plans/{id}); anything but a draft is refused.</summary>
public sealed class EditPlanModel(AppDbContext db, StrategyRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public PlanForm Input { get; set; } = new();
    public string PlanTitle { get; private set; } = "";
    public List<SelectListItem> PoliticalGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await StrategyViews.PlanAsync(db, Id, ct) is not { } plan) return NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return Forbid();
        if (plan.Status != PlanStatus.Draft)
        {
            TempData["Error"] = "Bara ett utkast kan ändras. En fastställd plan ändras genom en revidering.";
            return Redirect($"/strategi/planer/{Id}");
        }
        await FillAsync(plan, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var plan = await PlanOperations.LoadAsync(db, Id, ct);
        if (plan is null) return NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return Forbid();
        PlanTitle = plan.Title;
        PoliticalGroups = await StrategyPages.PoliticalGroupsAsync(db, plan.AreaId, ct);
        var unreadable = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        Input.SteeringGroupId = plan.SteeringGroupId;
        var (input, rows) = Input.ToInput();
        var errors = await StrategicPlanApi.CheckAsync(input, db, ct);
        StrategicPlanApi.CheckGoalAreaIds(input, plan, errors);
        foreach (var key in unreadable) errors[key.Replace("Input.", "", StringComparison.Ordinal)] = ["Värdet kunde inte läsas. Skriv år och ordning med siffror."];
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(PlanForm.ToFormErrors(errors, rows), PlanForm.FieldOrder, ModelState, ViewData);
            Input.WithEmptyRows();
            return Page();
        }
        try
        {
            db.ExpectVersion(plan, Input.Version ?? 0);
            StrategicPlanApi.UpdateDraft(db, plan, input);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Utkastet är sparat.";
            return Redirect($"/strategi/planer/{Id}");
        }
        catch (Exception e) when (e.IsConflict() || e is InvalidStateChangeException)
        {
            ModelState.AddModelError("", e is InvalidStateChangeException ? e.Message : Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            await FillAsync((await StrategyViews.PlanAsync(db, Id, ct))!, ct);
            return Page();
        }
    }

    private async Task FillAsync(PlanDetails plan, CancellationToken ct)
    {
        PlanTitle = plan.Title;
        Input = PlanForm.From(plan);
        PoliticalGroups = await StrategyPages.PoliticalGroupsAsync(db, plan.AreaId, ct);
    }
}
