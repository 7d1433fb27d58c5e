using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Strategy;

public static class ActivityPlanApi
{
    public static RouteGroupBuilder MapActivityPlanApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/activity-plans").WithTags("Strategi");
        plans.MapGet("/", List).WithName("ListActivityPlans").WithSummary("Verksamhetsplaner, valfritt per strategisk plan, grupp och år");
        plans.MapGet("/{id:int}", Get).WithName("GetActivityPlan").WithSummary("En verksamhetsplan med aktiviteter");
        plans.MapPost("/", Create).WithName("CreateActivityPlan").WithSummary("Ny verksamhetsplan för en grupp och ett år (gruppens ledamöter)");
        plans.MapPost("/{id:int}/activities", AddActivity).WithName("AddActivity").WithSummary("Lägg till en aktivitet med målområden och indikatorer");

        var activities = api.MapGroup("/activities").WithTags("Strategi");
        activities.MapGet("/{id:int}", GetActivity).WithName("GetActivity").WithSummary("En aktivitet");
        activities.MapGet("/{id:int}/follow-ups", FollowUps).WithName("ListFollowUps").WithSummary("Aktivitetens uppföljningar per period");
        activities.MapPost("/{id:int}/follow-ups", AddFollowUp).WithName("AddFollowUp").WithSummary("Följ upp en aktivitet för en period: status, indikatorvärden, kommentar");
        return plans;
    }

    private static async Task<Results<Ok<PagedList<ActivityPlanSummary>>, ValidationProblem>> List(
        AppDbContext db, int? strategicPlanId, int? groupId, int? year, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var query = db.ActivityPlans.AsNoTracking()
            .Where(p => (strategicPlanId == null || p.StrategicPlanId == strategicPlanId) && (groupId == null || p.GroupId == groupId) && (year == null || p.Year == year))
            .OrderByDescending(p => p.Year).ThenBy(p => p.Group.Name)
            .Select(p => new ActivityPlanSummary(p.Id, p.StrategicPlanId, p.GroupId, p.Group.Name, p.Year, p.Activities.Count, p.Version));
        return TypedResults.Ok(await query.ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<ActivityPlanDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var plan = await StrategyViews.ActivityPlanAsync(db, id, ct);
        if (plan is null) return ApiProblems.NotFound();
        http.SetETag(plan.Version);
        return TypedResults.Ok(plan);
    }

    private static async Task<Results<Created<ActivityPlanDetails>, ValidationProblem, ProblemHttpResult>> Create(
        ActivityPlanInput input, AppDbContext db, StrategyRights rights, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var plan = await db.StrategicPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.StrategicPlanId, ct);
        if (plan is null) return ApiProblems.Validation("strategicPlanId", "Den strategiska planen finns inte.");
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == input.GroupId && g.RetiredAt == null, ct);
        if (group is null) return ApiProblems.Validation("groupId", "Gruppen finns inte eller är avslutad.");
        if (!await rights.CanEditActivityPlanAsync(group.Id, ct)) return ApiProblems.Forbidden();
        if (group.AreaId != plan.AreaId) return ApiProblems.Validation("groupId", "Gruppen hör inte till planens samverkansområde.");
        if (!plan.IsAdopted) return ApiProblems.Validation("strategicPlanId", "Verksamhetsplanen bygger på den fastställda planen; den här planen är inte fastställd.");
        if (!plan.Covers(input.Year!.Value)) return ApiProblems.Validation("year", $"Året ligger utanför planens period {plan.StartYear}–{plan.EndYear}.");
        if (await db.ActivityPlans.AnyAsync(p => p.GroupId == group.Id && p.Year == input.Year, ct))
            return ApiProblems.StateConflict($"{group.Name} har redan en verksamhetsplan för {input.Year}.");
        var activityPlan = new ActivityPlan { StrategicPlanId = plan.Id, GroupId = group.Id, Year = input.Year.Value, Summary = Clean(input.Summary) };
        db.ActivityPlans.Add(activityPlan);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/activity-plans/{activityPlan.Id}", (await StrategyViews.ActivityPlanAsync(db, activityPlan.Id, ct))!);
    }

    private static async Task<Results<Created<ActivityDetails>, ValidationProblem, ProblemHttpResult>> AddActivity(
        int id, ActivityInput input, AppDbContext db, StrategyRights rights, CancellationToken ct)
    {
        var activityPlan = await db.ActivityPlans.Include(p => p.StrategicPlan).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (activityPlan is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(activityPlan.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = await CheckAsync(input, activityPlan, db, ct);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var activity = StrategyOperations.NewActivity(activityPlan, input);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", (await StrategyViews.ActivitiesAsync(db, db.Activities.Where(a => a.Id == activity.Id), ct))[0]);
    }

    /// <summary>The rules an activity must follow; shared with the pages.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(ActivityInput input, ActivityPlan activityPlan, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        var goalAreas = (await db.GoalAreas.Where(g => g.StrategicPlanId == activityPlan.StrategicPlanId).Select(g => g.Id).ToListAsync(ct)).ToHashSet();
        var targetGroups = (await db.TargetGroups.Where(g => g.StrategicPlanId == activityPlan.StrategicPlanId).Select(g => g.Id).ToListAsync(ct)).ToHashSet();
        foreach (var (field, messages) in ActivityRules.Check(input.GoalAreaIds, input.TargetGroupIds, goalAreas, targetGroups, input.StartDate, input.EndDate))
            errors[field] = messages;
        if (input.OwnerOrganisationId is int o && !await db.Organisations.AnyAsync(x => x.Id == o, ct)) errors["ownerOrganisationId"] = ["Organisationen finns inte."];
        if (input.OwnerPersonId is int p && !await db.People.AnyAsync(x => x.Id == p, ct)) errors["ownerPersonId"] = ["Personen finns inte."];
        foreach (var (indicator, i) in (input.Indicators ?? []).Select((x, i) => (x, i)))
        {
            foreach (var (field, messages) in InputValidation.Validate(indicator)) errors[$"indicators[{i}].{field}"] = messages;
            if (indicator.Unit == "%" && (indicator.Baseline is < 0 or > 100 || indicator.Target is < 0 or > 100))
                errors[$"indicators[{i}].target"] = ["En andel i procent ligger mellan 0 och 100."];
            else if (indicator.Baseline is decimal b && Math.Abs(b) > IndicatorRules.MaxMagnitude || indicator.Target is decimal t && Math.Abs(t) > IndicatorRules.MaxMagnitude)
                errors[$"indicators[{i}].target"] = ["Värdet är orimligt stort."];
        }
        return errors;
    }

    private static async Task<Results<Ok<ActivityDetails>, ProblemHttpResult>> GetActivity(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var list = await StrategyViews.ActivitiesAsync(db, db.Activities.Where(a => a.Id == id), ct);
        if (list.Count == 0) return ApiProblems.NotFound();
        http.SetETag(list[0].Version);
        return TypedResults.Ok(list[0]);
    }

    private static async Task<Results<Ok<IReadOnlyList<FollowUpDetails>>, ProblemHttpResult>> FollowUps(int id, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == id, ct)) return ApiProblems.NotFound();
        return TypedResults.Ok(await StrategyViews.FollowUpsAsync(db, id, ct));
    }

    private static async Task<Results<Created<FollowUpDetails>, ValidationProblem, ProblemHttpResult>> AddFollowUp(
        int id, FollowUpInput input, AppDbContext db, StrategyRights rights, CancellationToken ct)
    {
        var activity = await db.Activities.Include(a => a.Indicators).Include(a => a.ActivityPlan).ThenInclude(p => p.StrategicPlan)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(activity.ActivityPlan.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = StrategyOperations.Check(input, activity);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (await db.ActivityFollowUps.AnyAsync(f => f.ActivityId == id && f.Year == input.Year && f.Period == input.Period, ct))
            return ApiProblems.StateConflict("Aktiviteten är redan uppföljd för den perioden.");
        var followUp = StrategyOperations.NewFollowUp(activity, input, db.Clock.GetUtcNow(), rights.UserName);
        db.ActivityFollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        var created = (await StrategyViews.FollowUpsAsync(db, id, ct)).Single(f => f.Id == followUp.Id);
        return TypedResults.Created($"/api/v1/activities/{id}/follow-ups", created);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
