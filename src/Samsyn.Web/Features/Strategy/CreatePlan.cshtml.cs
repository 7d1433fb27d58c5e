using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>A new strategic plan as a draft of a steering group the user convenes (as POST /api/v1/strategic-plans).</summary>
public sealed class CreatePlanModel(AppDbContext db, StrategyRights rights) : PageModel
{
    [BindProperty] public PlanForm Input { get; set; } = new();
    public List<SelectListItem> SteeringGroups { get; private set; } = [];
    public List<SelectListItem> PoliticalGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var next = SwedishTime.DateOf(db.Clock.GetUtcNow()).Year + 1;
        Input = new PlanForm { StartYear = next, EndYear = next + 2, ReportingPeriod = ReportingPeriod.Yearly }.WithEmptyRows();
        if (SteeringGroups.Count == 1) Input.SteeringGroupId = int.Parse(SteeringGroups[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var unreadable = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        var (input, rows) = Input.ToInput();
        var errors = await StrategicPlanApi.CheckAsync(input, db, ct);
        if (input.SteeringGroupId is int steering && !errors.ContainsKey("steeringGroupId") && !SteeringGroups.Any(g => g.Value == steering.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            errors["steeringGroupId"] = ["Välj en styrgrupp där du är sammankallande."];
        foreach (var key in unreadable) errors[key.Replace("Input.", "", StringComparison.Ordinal)] = ["Värdet kunde inte läsas. Skriv år och ordning med siffror."];
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(PlanForm.ToFormErrors(errors, rows), PlanForm.FieldOrder, ModelState, ViewData);
            Input.WithEmptyRows();
            return Page();
        }
        var plan = await PlanOperations.CreateDraftAsync(db, input, ct);
        TempData["Message"] = "Utkastet är sparat.";
        return Redirect($"/strategi/planer/{plan.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        SteeringGroups = await StrategyPages.SteeringGroupsAsync(db, rights, ct);
        PoliticalGroups = await StrategyPages.PoliticalGroupsAsync(db, null, ct);
        return SteeringGroups.Count > 0;
    }
}
