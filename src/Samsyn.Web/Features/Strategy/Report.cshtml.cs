using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>The yearly follow-up report to the steering group, generated from the data: plan, activities per goal area, status, indicators, comments. Printable and PDF.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ReportModel(AppDbContext db, StrategyPrintAccess access, Infrastructure.Pdf.ChromiumPdf pdf, IConfiguration configuration) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery] public int Year { get; set; }
    public PlanDetails Plan { get; private set; } = null!;
    public Rollup Rollup { get; private set; } = null!;
    public List<(ActivityPlanSummary Plan, IReadOnlyList<ActivityDetails> Activities)> Groups { get; } = [];
    public Dictionary<int, IReadOnlyList<FollowUpDetails>> FollowUps { get; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] string? token, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true && !access.IsValid(Id, Year, token)) return Challenge();
        if (await StrategyViews.PlanAsync(db, Id, ct) is not { } plan) return NotFound();
        if (Year < plan.StartYear || Year > plan.EndYear) Year = plan.StartYear;
        Plan = plan;
        Rollup = await StrategyViews.RollupAsync(db, Id, Year, ct);
        var plans = await db.ActivityPlans.AsNoTracking().Where(p => p.StrategicPlanId == Id && p.Year == Year).OrderBy(p => p.Group.Name)
            .Select(p => new ActivityPlanSummary(p.Id, p.StrategicPlanId, p.GroupId, p.Group.Name, p.Year, p.Activities.Count, p.Version)).ToListAsync(ct);
        foreach (var p in plans)
        {
            var activities = await StrategyViews.ActivitiesAsync(db, db.Activities.Where(a => a.ActivityPlanId == p.Id), ct);
            Groups.Add((p, activities));
            foreach (var a in activities) FollowUps[a.Id] = await StrategyViews.FollowUpsAsync(db, a.Id, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!await db.StrategicPlans.AnyAsync(p => p.Id == Id, ct)) return NotFound();
        var self = configuration["Pdf:SelfUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var bytes = await pdf.RenderAsync(new Uri($"{self}/strategi/planer/{Id}/rapport?year={Year}&token={Uri.EscapeDataString(access.TokenFor(Id, Year))}"), ct);
        if (bytes is null)
        {
            TempData["Error"] = "PDF:en kunde inte skapas. Använd Skriv ut på rapportsidan och välj Spara som PDF.";
            return Redirect($"/strategi/planer/{Id}?year={Year}");
        }
        return File(bytes, "application/pdf", $"uppfoljning-{Year}.pdf");
    }
}
