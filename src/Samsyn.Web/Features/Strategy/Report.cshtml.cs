using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Strategy;

/// <summary>
/// The follow-up report to the steering group, generated from the data — yearly (<c>?year=</c>) or for the whole plan
/// period (<c>?kind=period</c>): plan, roll-up, status over time, activities per goal area, and the steering group's
/// summary, which its convener writes here and stores with the report in the document register. Printable and PDF.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ReportModel(AppDbContext db, StrategyPrintAccess access, Infrastructure.Pdf.ChromiumPdf pdf, IConfiguration configuration, StrategyRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery] public int Year { get; set; }
    [FromQuery] public string? Kind { get; set; }
    [BindProperty] public ReportSummaryForm Input { get; set; } = new();
    public ReportKind ReportKind => ReportScope.ParseKind(Kind) ?? ReportKind.Yearly;
    public int? ReportYear => ReportKind == ReportKind.Period ? null : Year;
    public PlanDetails Plan { get; private set; } = null!;
    public FollowUpReportView Report { get; private set; } = null!;
    public Rollup Rollup => Report.Rollups[^1];
    public StatusTimeline Timeline { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public List<(ActivityPlanSummary Plan, IReadOnlyList<ActivityDetails> Activities)> Groups { get; } = [];
    public Dictionary<int, IReadOnlyList<FollowUpDetails>> FollowUps { get; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] string? token, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true && !access.IsValid(Id, ReportYear ?? 0, token)) return Challenge();
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSummaryAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanManage) return Forbid();
        var errors = ReportScope.CheckSummary(Input.Summary);
        ModelState.Clear();
        if (errors.Count > 0)
        {
            StrategyPages.CopyErrors(errors, ["Input.Summary"], ModelState, ViewData);
            return Page();
        }
        try
        {
            var report = await ReportOperations.FindOrNewAsync(db, Id, ReportKind, ReportYear, ct);
            if (report.Id != 0) db.ExpectVersion(report, Input.Version ?? 0);
            else if (Input.Version is > 0) throw new ConcurrencyConflictException("The report was deleted.", nameof(FollowUpReport), 0, Input.Version.Value);
            report.WriteSummary(Input.Summary, db.Clock.GetUtcNow(), rights.UserName);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Sammanfattningen är sparad.";
            return Redirect(ReportScope.Link(Id, ReportKind, ReportYear));
        }
        catch (Exception e) when (e.IsConflict() || e is DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            ModelState.AddModelError("Input.Summary", Texts.Common_Conflict);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostStoreAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanManage) return Forbid();
        var plan = await db.StrategicPlans.FirstAsync(p => p.Id == Id, ct);
        var report = await ReportOperations.FindOrNewAsync(db, Id, ReportKind, ReportYear, ct);
        var bytes = await ReportPdf.RenderAsync(pdf, access, configuration, Request, Id, ReportKind, ReportYear, ct);
        var document = await ReportOperations.StoreAsync(db, plan, report, Report.Rollups, bytes, rights.UserName, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = bytes is null
            ? "Rapporten är sparad i dokumentregistret som text. PDF:en kunde inte skapas här; ladda ned den och lägg till den i dokumentet."
            : "Rapporten är sparad i dokumentregistret med PDF.";
        return Redirect($"/dokument/{document.Id}");
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var plan = await db.StrategicPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (plan is null) return NotFound();
        if (ReportYear is int y && !plan.Covers(y)) Year = plan.StartYear;
        var bytes = await ReportPdf.RenderAsync(pdf, access, configuration, Request, Id, ReportKind, ReportYear, ct);
        if (bytes is null)
        {
            TempData["Error"] = "PDF:en kunde inte skapas. Använd Skriv ut på rapportsidan och välj Spara som PDF.";
            return Redirect(ReportScope.Link(Id, ReportKind, ReportYear));
        }
        return File(bytes, "application/pdf", ReportKind == ReportKind.Period ? "uppfoljning-period.pdf" : $"uppfoljning-{Year}.pdf");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await StrategyViews.PlanAsync(db, Id, ct) is not { } plan) return false;
        Plan = plan;
        if (ReportKind == ReportKind.Yearly && (Year < plan.StartYear || Year > plan.EndYear)) Year = plan.StartYear;
        var entity = await db.StrategicPlans.AsNoTracking().FirstAsync(p => p.Id == Id, ct);
        Report = await ReportOperations.ViewAsync(db, entity, ReportKind, ReportYear, ct);
        Timeline = await StrategyViews.TimelineAsync(db, entity, ct);
        CanManage = User.Identity?.IsAuthenticated == true && await rights.CanManagePlanAsync(plan.SteeringGroupId, ct);
        if (!ModelState.ContainsKey("Input.Summary")) Input = new ReportSummaryForm { Summary = Report.Summary, Version = Report.Version };
        var years = ReportOperations.Years(entity, ReportKind, ReportYear).ToList();
        var plans = await db.ActivityPlans.AsNoTracking().Where(p => p.StrategicPlanId == Id && years.Contains(p.Year)).OrderBy(p => p.Year).ThenBy(p => p.Group.Name)
            .Select(p => new ActivityPlanSummary(p.Id, p.StrategicPlanId, p.GroupId, p.Group.Name, p.Year, p.Activities.Count, p.Version)).ToListAsync(ct);
        Groups.Clear();
        foreach (var p in plans)
        {
            var activities = await StrategyViews.ActivitiesAsync(db, db.Activities.Where(a => a.ActivityPlanId == p.Id), ct);
            Groups.Add((p, activities));
            foreach (var a in activities) FollowUps[a.Id] = await StrategyViews.FollowUpsAsync(db, a.Id, ct);
        }
        return true;
    }
}

public sealed class ReportSummaryForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Sammanfattning till styrgruppen")]
    public string? Summary { get; set; }
    public int? Version { get; set; }
}
