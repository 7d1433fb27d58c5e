using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>A new activity plan for one of the area's groups and a year of the adopted plan.</summary>
public sealed class CreateActivityPlanModel(AppDbContext db, StrategyRights rights) : PageModel
{
    public static readonly string[] FieldOrder = ["Input.GroupId", "Input.Year", "Input.Summary"];

    [FromRoute] public int Id { get; set; }
    [BindProperty] public ActivityPlanInput Input { get; set; } = new();
    public PlanDetails Plan { get; private set; } = null!;
    public List<SelectListItem> Groups { get; private set; } = [];
    public List<SelectListItem> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        ModelState.Clear();
        Input.StrategicPlanId = Id;
        var errors = Infrastructure.Validation.InputValidation.Validate(Input);
        if (errors.Count == 0 && Input.Year is int year && (year < Plan.StartYear || year > Plan.EndYear))
            errors["year"] = [$"Året ligger utanför planens period {Plan.StartYear}–{Plan.EndYear}."];
        if (errors.Count == 0 && await db.ActivityPlans.AnyAsync(p => p.GroupId == Input.GroupId && p.Year == Input.Year, ct))
            errors["year"] = ["Gruppen har redan en verksamhetsplan för det året."];
        if (errors.Count == 0 && !Groups.Any(g => g.Value == Input.GroupId?.ToString(System.Globalization.CultureInfo.InvariantCulture))) errors["groupId"] = ["Välj en av områdets grupper."];
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(errors, FieldOrder, ModelState, ViewData);
            return Page();
        }
        if (!await rights.CanEditActivityPlanAsync(Input.GroupId!.Value, ct)) return Forbid();
        var plan = new ActivityPlan { StrategicPlanId = Id, GroupId = Input.GroupId!.Value, Year = Input.Year!.Value, Summary = string.IsNullOrWhiteSpace(Input.Summary) ? null : Input.Summary.Trim() };
        db.ActivityPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Verksamhetsplanen är skapad. Lägg till aktiviteterna.";
        return Redirect($"/strategi/verksamhetsplaner/{plan.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await StrategyViews.PlanAsync(db, Id, ct) is not { Status: PlanStatus.Adopted } plan) return false;
        Plan = plan;
        Groups = await db.Groups.AsNoTracking().Where(g => g.AreaId == plan.AreaId && g.RetiredAt == null && g.Level == GroupLevel.Collaboration)
            .OrderBy(g => g.Name).Select(g => new { g.Name, g.Id }).ToListAsync(ct) is var groups
            ? [.. groups.Select(g => new SelectListItem(g.Name, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))] : [];
        Years = [.. Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1).Select(y => new SelectListItem(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return true;
    }
}
