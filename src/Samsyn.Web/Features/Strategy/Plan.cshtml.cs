using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>A strategic plan: its content and versions, the groups' activity plans, the roll-up and gaps of a year, and the life-cycle steps.</summary>
public sealed class PlanModel(AppDbContext db, StrategyRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery] public int? Year { get; set; }
    public PlanDetails Plan { get; private set; } = null!;
    public Rollup? Rollup { get; private set; }
    public StatusTimeline? Timeline { get; private set; }
    public IReadOnlyList<ActivityPlanSummary> ActivityPlans { get; private set; } = [];
    public bool CanManage { get; private set; }
    public int SelectedYear { get; private set; }

    [BindProperty] public string? ChangeNote { get; set; }
    [BindProperty] public string? AdoptedOn { get; set; }
    [BindProperty] public string? DecidedBy { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await StrategyViews.PlanAsync(db, Id, ct) is not { } plan) return NotFound();
        Plan = plan;
        CanManage = await rights.CanManagePlanAsync(plan.SteeringGroupId, ct);
        var thisYear = SwedishTime.DateOf(db.Clock.GetUtcNow()).Year;
        SelectedYear = Year is int y && y >= plan.StartYear && y <= plan.EndYear ? y : Math.Clamp(thisYear, plan.StartYear, plan.EndYear);
        ActivityPlans = await db.ActivityPlans.AsNoTracking().Where(p => p.StrategicPlanId == Id).OrderByDescending(p => p.Year).ThenBy(p => p.Group.Name)
            .Select(p => new ActivityPlanSummary(p.Id, p.StrategicPlanId, p.GroupId, p.Group.Name, p.Year, p.Activities.Count, p.Version)).ToListAsync(ct);
        if (plan.Status is PlanStatus.Adopted or PlanStatus.Superseded)
        {
            Rollup = await StrategyViews.RollupAsync(db, Id, SelectedYear, ct);
            Timeline = await StrategyViews.TimelineAsync(db, await db.StrategicPlans.AsNoTracking().FirstAsync(p => p.Id == Id, ct), ct);
        }
        return Page();
    }

    public Task<IActionResult> OnPostProposeAsync(CancellationToken ct) =>
        ChangeAsync(p => PlanOperations.ProposeAsync(db, p, rights.UserName, rights.PersonId, ct), "Planen är föreslagen.", ct);

    public Task<IActionResult> OnPostReturnToDraftAsync(CancellationToken ct) =>
        ChangeAsync(p => { p.ReturnToDraft(); return Task.CompletedTask; }, "Planen är tillbaka som utkast.", ct);

    public Task<IActionResult> OnPostAdoptAsync(CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(AdoptedOn?.Trim(), "yyyy-MM-dd", out var on))
        {
            TempData["Error"] = "Skriv beslutsdatumet som ÅÅÅÅ-MM-DD.";
            return Task.FromResult<IActionResult>(Redirect($"/strategi/planer/{Id}"));
        }
        if (DecidedBy is { Length: > 200 } || Privacy.PersonalIdentityNumberGuard.ContainsIdentityNumber(DecidedBy ?? ""))
        {
            TempData["Error"] = "Skriv vilket organ som beslutade (högst 200 tecken, inga personnummer).";
            return Task.FromResult<IActionResult>(Redirect($"/strategi/planer/{Id}"));
        }
        return ChangeAsync(p => PlanOperations.AdoptAsync(db, p, on, DecidedBy, rights.PersonId, ct), "Planen är fastställd.", ct);
    }

    public async Task<IActionResult> OnPostReviseAsync(CancellationToken ct)
    {
        var plan = await db.StrategicPlans.AsSplitQuery().Include(p => p.GoalAreas).Include(p => p.TargetGroups).Include(p => p.Statements).FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (plan is null) return NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return Forbid();
        if (string.IsNullOrWhiteSpace(ChangeNote) || ChangeNote.Length > 4000 || Privacy.PersonalIdentityNumberGuard.ContainsIdentityNumber(ChangeNote))
        {
            TempData["Error"] = "Skriv en ändringsnotering (högst 4 000 tecken, inga personnummer) som säger vad revideringen ändrar.";
            return Redirect($"/strategi/planer/{Id}");
        }
        try
        {
            db.ExpectVersion(plan, Version);
            var next = await PlanOperations.ReviseAsync(db, plan, ChangeNote, ct);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "En ny version är skapad som utkast.";
            return Redirect($"/strategi/planer/{next.Id}");
        }
        catch (Exception e) when (e is InvalidStateChangeException or ConcurrencyConflictException or DbUpdateConcurrencyException)
        {
            TempData["Error"] = e is InvalidStateChangeException ? e.Message : "Någon annan har ändrat planen. Sidan visar den sparade versionen.";
            return Redirect($"/strategi/planer/{Id}");
        }
    }

    private async Task<IActionResult> ChangeAsync(Func<StrategicPlan, Task> change, string done, CancellationToken ct)
    {
        var plan = await db.StrategicPlans.Include(p => p.GoalAreas).Include(p => p.PoliticalGroup).FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (plan is null) return NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return Forbid();
        try
        {
            db.ExpectVersion(plan, Version);
            await change(plan);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = done;
        }
        catch (Exception e) when (e is InvalidStateChangeException or ConcurrencyConflictException or DbUpdateConcurrencyException)
        {
            TempData["Error"] = e is InvalidStateChangeException ? e.Message : "Någon annan har ändrat planen. Sidan visar den sparade versionen.";
        }
        return Redirect($"/strategi/planer/{Id}");
    }
}
