using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>One indicator on the activity form; a row left wholly empty is no indicator (on the edit page: the indicator is removed).</summary>
public sealed class IndicatorRow
{
    public int? Id { get; set; }
    [Display(Name = "Indikator")] public string? Name { get; set; }
    [Display(Name = "Enhet")] public string? Unit { get; set; }
    [Display(Name = "Utgångsvärde")] public decimal? Baseline { get; set; }
    [Display(Name = "Målvärde")] public decimal? Target { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && Baseline is null && Target is null;
}

public sealed class ActivityForm
{
    /// <summary>As many indicator rows as the API takes.</summary>
    public const int MaxIndicatorRows = 10;

    [Display(Name = "Aktivitet")] public string? Title { get; set; }
    [Display(Name = "Beskrivning")] public string? Description { get; set; }
    [Display(Name = "Målområden")] public List<int> GoalAreaIds { get; set; } = [];
    [Display(Name = "Målgrupper")] public List<int> TargetGroupIds { get; set; } = [];
    [Display(Name = "Ansvarig organisation")] public int? OwnerOrganisationId { get; set; }
    [Display(Name = "Start")] public DateOnly? StartDate { get; set; }
    [Display(Name = "Slut")] public DateOnly? EndDate { get; set; }
    [Display(Name = "Förväntat resultat")] public string? ExpectedResult { get; set; }

    /// <summary>The activity's indicators, and an empty row for one more.</summary>
    public List<IndicatorRow> Indicators { get; set; } = [new()];

    /// <summary>On the edit page: the version the editor saw.</summary>
    public int? Version { get; set; }

    /// <summary>The API's input: the rows with anything in them, in order.</summary>
    public ActivityInput ToInput() => new()
    {
        Title = Title, Description = Description, GoalAreaIds = GoalAreaIds, TargetGroupIds = TargetGroupIds,
        OwnerOrganisationId = OwnerOrganisationId, StartDate = StartDate, EndDate = EndDate, ExpectedResult = ExpectedResult, Version = Version,
        Indicators = [.. Indicators.Where(r => !r.IsEmpty).Select(r => new IndicatorInput { Id = r.Id, Name = r.Name, Unit = r.Unit, Baseline = r.Baseline, Target = r.Target })],
    };

    /// <summary>One more empty row for the next indicator, unless the last row is empty already or the form is full.</summary>
    public ActivityForm WithEmptyRow()
    {
        if (Indicators.Count < MaxIndicatorRows && (Indicators.Count == 0 || !Indicators[^1].IsEmpty)) Indicators.Add(new IndicatorRow());
        return this;
    }

    public static ActivityForm From(Activity a) => new ActivityForm
    {
        Title = a.Title, Description = a.Description, GoalAreaIds = [.. a.GoalAreas.Select(g => g.GoalAreaId)], TargetGroupIds = [.. a.TargetGroups.Select(t => t.TargetGroupId)],
        OwnerOrganisationId = a.OwnerOrganisationId, StartDate = a.StartDate, EndDate = a.EndDate, ExpectedResult = a.ExpectedResult, Version = a.Version,
        Indicators = [.. a.Indicators.OrderBy(i => i.Id).Select(i => new IndicatorRow { Id = i.Id, Name = i.Name, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target })],
    }.WithEmptyRow();
}

/// <summary>What the shared activity fields (<c>_ActivityFields</c>) need from the add and edit pages.</summary>
public interface IActivityFormPage
{
    ActivityForm Input { get; }
    List<GoalArea> GoalAreas { get; }
    List<TargetGroup> TargetGroups { get; }
    List<SelectListItem> Organisations { get; }
}

/// <summary>Adds an activity to a group's activity plan: at least one goal area of the plan, optionally target groups and an indicator.</summary>
public sealed class AddActivityModel(AppDbContext db, StrategyRights rights) : PageModel, IActivityFormPage
{
    public static readonly string[] FieldOrder =
    [
        "Input.Title", "Input.Description", "Input.GoalAreaIds", "Input.TargetGroupIds", "Input.OwnerOrganisationId", "Input.StartDate", "Input.EndDate",
        "Input.ExpectedResult", "Input.Indicators",
    ];

    [FromRoute] public int Id { get; set; }
    [BindProperty] public ActivityForm Input { get; set; } = new();
    public ActivityPlan Plan { get; private set; } = null!;
    public List<GoalArea> GoalAreas { get; private set; } = [];
    public List<TargetGroup> TargetGroups { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return await rights.CanEditActivityPlanAsync(Plan.GroupId, ct) ? Page() : Forbid();
    }

    /// <summary>"Ytterligare en indikator": the form again, as filled in, with one more empty indicator row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostMoreIndicatorsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Plan.GroupId, ct)) return Forbid();
        ModelState.Clear();
        Input.WithEmptyRow();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Plan.GroupId, ct)) return Forbid();
        var bindingErrors = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        var input = Input.ToInput();
        var errors = await ActivityPlanApi.CheckAsync(input, Plan, db, ct);
        foreach (var key in bindingErrors) errors[key.Replace("Input.", "", StringComparison.Ordinal)] = ["Värdet kunde inte läsas. Skriv datum som ÅÅÅÅ-MM-DD och tal med siffror."];
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(errors, FieldOrder, ModelState, ViewData);
            return Page();
        }
        db.Activities.Add(StrategyOperations.NewActivity(Plan, input));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Aktiviteten är tillagd.";
        return Redirect($"/strategi/verksamhetsplaner/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var plan = await db.ActivityPlans.Include(p => p.Group).Include(p => p.StrategicPlan).FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (plan is null) return false;
        Plan = plan;
        GoalAreas = await db.GoalAreas.AsNoTracking().Where(g => g.StrategicPlanId == plan.StrategicPlanId).OrderBy(g => g.Order).ToListAsync(ct);
        TargetGroups = await db.TargetGroups.AsNoTracking().Where(g => g.StrategicPlanId == plan.StrategicPlanId).OrderBy(g => g.Order).ToListAsync(ct);
        Organisations = await OrganisationsAsync(db, plan.StrategicPlan.AreaId, ct);
        return true;
    }

    public static async Task<List<SelectListItem>> OrganisationsAsync(AppDbContext db, int areaId, CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.AreaId == areaId && o.RetiredAt == null)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return [.. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
