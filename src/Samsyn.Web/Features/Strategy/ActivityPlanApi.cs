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
        plans.MapPut("/{id:int}", Update).WithName("UpdateActivityPlan").WithSummary("Ändra verksamhetsplanens sammanfattning (version i If-Match eller body)");
        plans.MapDelete("/{id:int}", Delete).WithName("DeleteActivityPlan").WithSummary("Ta bort en verksamhetsplan utan aktiviteter (version i If-Match)");
        plans.MapPost("/{id:int}/activities", AddActivity).WithName("AddActivity").WithSummary("Lägg till en aktivitet med målområden och indikatorer");

        var activities = api.MapGroup("/activities").WithTags("Strategi");
        activities.MapGet("/{id:int}", GetActivity).WithName("GetActivity").WithSummary("En aktivitet");
        activities.MapPut("/{id:int}", UpdateActivity).WithName("UpdateActivity").WithSummary("Ändra en aktivitet: målområden, målgrupper, ansvarig, tid, resultat, indikatorer");
        activities.MapDelete("/{id:int}", DeleteActivity).WithName("DeleteActivity").WithSummary("Ta bort en aktivitet utan uppföljningar (version i If-Match)");
        activities.MapPut("/{id:int}/follow-ups/{followUpId:int}", UpdateFollowUp).WithName("UpdateFollowUp").WithSummary("Ändra en uppföljning (version i If-Match eller body)");
        activities.MapDelete("/{id:int}/follow-ups/{followUpId:int}", DeleteFollowUp).WithName("DeleteFollowUp").WithSummary("Ta bort en uppföljning (version i If-Match)");
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

    private static async Task<Results<Ok<ActivityPlanDetails>, ValidationProblem, ProblemHttpResult>> Update(
        int id, ActivityPlanInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await db.ActivityPlans.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(plan.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = InputValidation.Validate(input);
        errors.Remove("strategicPlanId"); errors.Remove("groupId"); errors.Remove("year");
        if (input.StrategicPlanId is int s && s != plan.StrategicPlanId) errors["strategicPlanId"] = ["Verksamhetsplanens strategiska plan kan inte bytas."];
        if (input.GroupId is int g && g != plan.GroupId) errors["groupId"] = ["Verksamhetsplanens grupp kan inte bytas."];
        if (input.Year is int y && y != plan.Year) errors["year"] = ["Verksamhetsplanens år kan inte bytas. Skapa en ny plan för det året."];
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(plan, version);
        plan.Summary = Clean(input.Summary);
        StrategyOperations.Touch(db, plan);
        await db.SaveChangesAsync(ct);
        http.SetETag(plan.Version);
        return TypedResults.Ok((await StrategyViews.ActivityPlanAsync(db, id, ct))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await db.ActivityPlans.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(plan.GroupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(null) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(plan, version);
        if (StrategyDeletion.WhyNotActivityPlan(await db.Activities.CountAsync(a => a.ActivityPlanId == id, ct)) is { } why) return ApiProblems.StateConflict(why);
        db.ActivityPlans.Remove(plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ActivityDetails>, ValidationProblem, ProblemHttpResult>> UpdateActivity(
        int id, ActivityInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var activity = await LoadActivityAsync(db, id, ct);
        if (activity is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(activity.ActivityPlan.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = await CheckChangeAsync(input, activity, db, ct);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(activity, version);
        StrategyOperations.UpdateActivity(db, activity, input);
        await db.SaveChangesAsync(ct);
        var updated = (await StrategyViews.ActivitiesAsync(db, db.Activities.Where(a => a.Id == id), ct))[0];
        http.SetETag(updated.Version);
        return TypedResults.Ok(updated);
    }

    /// <summary>The rules a changed activity must follow: those of a new one, and indicators with values keep their unit.</summary>
    public static async Task<Dictionary<string, string[]>> CheckChangeAsync(ActivityInput input, Activity activity, AppDbContext db, CancellationToken ct)
    {
        var errors = await CheckAsync(input, activity.ActivityPlan, db, ct);
        var withValues = (await db.ActivityFollowUps.Where(f => f.ActivityId == activity.Id).SelectMany(f => f.Values).Select(v => v.IndicatorId).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var (field, messages) in IndicatorChanges.Check(activity.Indicators, input.Indicators ?? [], withValues)) errors.TryAdd(field, messages);
        return errors;
    }

    public static Task<Activity?> LoadActivityAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Activities.AsSplitQuery().Include(a => a.Indicators).Include(a => a.GoalAreas).Include(a => a.TargetGroups)
            .Include(a => a.ActivityPlan).ThenInclude(p => p.StrategicPlan).Include(a => a.ActivityPlan).ThenInclude(p => p.Group)
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteActivity(int id, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var activity = await LoadActivityAsync(db, id, ct);
        if (activity is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(activity.ActivityPlan.GroupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(null) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(activity, version);
        if (StrategyDeletion.WhyNotActivity(await db.ActivityFollowUps.CountAsync(f => f.ActivityId == id, ct)) is { } why) return ApiProblems.StateConflict(why);
        db.Activities.Remove(activity);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<FollowUpDetails>, ValidationProblem, ProblemHttpResult>> UpdateFollowUp(
        int id, int followUpId, FollowUpInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var activity = await LoadActivityAsync(db, id, ct);
        var followUp = await db.ActivityFollowUps.Include(f => f.Values).FirstOrDefaultAsync(f => f.Id == followUpId && f.ActivityId == id, ct);
        if (activity is null || followUp is null) return ApiProblems.NotFound();
        if (!await rights.CanEditActivityPlanAsync(activity.ActivityPlan.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = StrategyOperations.Check(input, activity);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(followUp, version);
        if (await db.ActivityFollowUps.AnyAsync(f => f.ActivityId == id && f.Id != followUpId && f.Year == input.Year && f.Period == input.Period, ct))
            return ApiProblems.StateConflict("Aktiviteten är redan uppföljd för den perioden.");
        StrategyOperations.UpdateFollowUp(db, followUp, input, db.Clock.GetUtcNow(), rights.UserName);
        await db.SaveChangesAsync(ct);
        var updated = (await StrategyViews.FollowUpsAsync(db, id, ct)).Single(f => f.Id == followUpId);
        http.SetETag(updated.Version);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteFollowUp(
        int id, int followUpId, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var followUp = await db.ActivityFollowUps.Include(f => f.Values).FirstOrDefaultAsync(f => f.Id == followUpId && f.ActivityId == id, ct);
        if (followUp is null) return ApiProblems.NotFound();
        var groupId = await db.Activities.Where(a => a.Id == id).Select(a => a.ActivityPlan.GroupId).FirstAsync(ct);
        if (!await rights.CanEditActivityPlanAsync(groupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(null) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(followUp, version);
        db.ActivityFollowUps.Remove(followUp);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
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
