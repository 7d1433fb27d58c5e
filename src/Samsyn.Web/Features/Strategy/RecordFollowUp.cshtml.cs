using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Strategy;

public sealed class FollowUpForm
{
    [Display(Name = "Period")] public int? Period { get; set; }
    [Display(Name = "Status")] public ActivityStatus? Status { get; set; }
    [Display(Name = "Kommentar")] public string? Comment { get; set; }
    public List<decimal?> Values { get; set; } = [];
    public int? Version { get; set; }
}

/// <summary>
/// Follows up an activity for one reporting period of its plan's year: status, indicator values and a comment.
/// With <c>?followUpId=</c> the page changes or deletes that follow-up instead (as PUT and DELETE /api/v1/activities/{id}/follow-ups/{followUpId}).
/// </summary>
public sealed class RecordFollowUpModel(AppDbContext db, StrategyRights rights) : PageModel
{
    public static readonly string[] FieldOrder = ["Input.Period", "Input.Year", "Input.Status", "Input.Values", "Input.Comment"];

    [FromRoute] public int Id { get; set; }
    [FromQuery] public int? FollowUpId { get; set; }
    [BindProperty] public FollowUpForm Input { get; set; } = new();
    public Activity Activity { get; private set; } = null!;
    public ActivityFollowUp? Existing { get; private set; }
    public List<SelectListItem> Periods { get; private set; } = [];
    public List<SelectListItem> Statuses { get; } = [.. Enum.GetValues<ActivityStatus>().Select(s => new SelectListItem(StrategyPages.Label(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Existing is not null) Fill(Existing);
        return await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Existing is null) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct)) return Forbid();
        try
        {
            db.ExpectVersion(Existing, Input.Version ?? 0);
            db.ActivityFollowUps.Remove(Existing);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Uppföljningen är borttagen.";
            return Redirect($"/strategi/verksamhetsplaner/{Activity.ActivityPlanId}");
        }
        catch (Exception e) when (e.IsConflict())
        {
            return await ConflictAsync(ct);
        }
    }

    private void Fill(ActivityFollowUp f)
    {
        var indicators = Activity.Indicators.OrderBy(i => i.Id).ToList();
        Input = new FollowUpForm
        {
            Period = f.Period, Status = f.Status, Comment = f.Comment, Version = f.Version,
            Values = [.. indicators.Select(i => f.Values.FirstOrDefault(v => v.IndicatorId == i.Id)?.Value)],
        };
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        ModelState.Clear();
        ModelState.AddModelError("", Resources.Texts.Common_Conflict);
        if (Existing is not null) Fill(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!await rights.CanEditActivityPlanAsync(Activity.ActivityPlan.GroupId, ct)) return Forbid();
        var unreadable = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        var indicators = Activity.Indicators.OrderBy(i => i.Id).ToList();
        var input = new FollowUpInput
        {
            Year = Activity.ActivityPlan.Year, Period = Input.Period, Status = Input.Status, Comment = Input.Comment,
            Values = [.. indicators.Select((i, n) => (i, n)).Where(x => x.n < Input.Values.Count && Input.Values[x.n] is not null)
                .Select(x => new IndicatorValueInput { IndicatorId = x.i.Id, Value = Input.Values[x.n] })],
        };
        var errors = StrategyOperations.Check(input, Activity);
        foreach (var key in unreadable) errors[key.Replace("Input.", "", StringComparison.Ordinal)] = ["Värdet kunde inte läsas. Skriv ett tal med siffror."];
        if (errors.Count == 0 && await db.ActivityFollowUps.AnyAsync(f => f.ActivityId == Id && f.Id != FollowUpId && f.Year == input.Year && f.Period == input.Period, ct))
            errors["period"] = ["Aktiviteten är redan uppföljd för den perioden."];
        if (errors.Count > 0)
        {
            // "values[0].value" names the indicator by its place among the activity's; the form's fields are Input.Values[n].
            var mapped = errors.ToDictionary(e => e.Key.StartsWith("values[", StringComparison.Ordinal)
                ? $"values[{indicators.FindIndex(i => i.Id == input.Values[int.Parse(e.Key[7..e.Key.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture)].IndicatorId)}]"
                : e.Key, e => e.Value);
            StrategyPages.CopyErrors(mapped, FieldOrder, ModelState, ViewData);
            return Page();
        }
        try
        {
            if (Existing is null) db.ActivityFollowUps.Add(StrategyOperations.NewFollowUp(Activity, input, db.Clock.GetUtcNow(), rights.UserName));
            else
            {
                db.ExpectVersion(Existing, Input.Version ?? 0);
                StrategyOperations.UpdateFollowUp(db, Existing, input, db.Clock.GetUtcNow(), rights.UserName);
            }
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            return await ConflictAsync(ct);
        }
        TempData["Message"] = "Uppföljningen är sparad.";
        return Redirect($"/strategi/verksamhetsplaner/{Activity.ActivityPlanId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var activity = await db.Activities.Include(a => a.Indicators).Include(a => a.ActivityPlan).ThenInclude(p => p.StrategicPlan)
            .Include(a => a.ActivityPlan).ThenInclude(p => p.Group).FirstOrDefaultAsync(a => a.Id == Id, ct);
        if (activity is null) return false;
        Activity = activity;
        if (FollowUpId is int followUpId)
        {
            Existing = await db.ActivityFollowUps.Include(f => f.Values).FirstOrDefaultAsync(f => f.Id == followUpId && f.ActivityId == Id, ct);
            if (Existing is null) return false;
        }
        var plan = activity.ActivityPlan.StrategicPlan;
        Periods = [.. Enumerable.Range(1, ReportingPeriods.Count(plan.ReportingPeriod)).Select(n => new SelectListItem(
            $"{ReportingPeriods.Label(activity.ActivityPlan.Year, n, plan.ReportingPeriod)} (senast {ReportingPeriods.DueDate(activity.ActivityPlan.Year, n, plan.ReportingPeriod).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
            n.ToString(CultureInfo.InvariantCulture)))];
        return true;
    }
}
