using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Strategy;

public static class StrategicPlanApi
{
    public const int MaxPlanYears = 10;

    public static RouteGroupBuilder MapStrategicPlanApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/strategic-plans").WithTags("Strategi");
        plans.MapGet("/", List).WithName("ListStrategicPlans").WithSummary("Strategiska planer, valfritt per område och status");
        plans.MapGet("/{id:int}", Get).WithName("GetStrategicPlan").WithSummary("En strategisk plan med målområden, målgrupper och versionshistorik");
        plans.MapPost("/", Create).WithName("CreateStrategicPlan").WithSummary("Skapa ett utkast (styrgruppens sammankallande)");
        plans.MapPut("/{id:int}", Update).WithName("UpdateStrategicPlan").WithSummary("Ändra ett utkast; en fastställd plan revideras i stället");
        plans.MapPost("/{id:int}/propose", Propose).WithName("ProposeStrategicPlan").WithSummary("Styrgruppen föreslår planen");
        plans.MapPost("/{id:int}/return-to-draft", ReturnToDraft).WithName("ReturnStrategicPlanToDraft").WithSummary("Skicka tillbaka ett förslag som utkast");
        plans.MapPost("/{id:int}/adopt", Adopt).WithName("AdoptStrategicPlan").WithSummary("Registrera att det politiska organet fastställt planen");
        plans.MapPost("/{id:int}/revise", Revise).WithName("ReviseStrategicPlan").WithSummary("Årlig revidering: en ny version med ändringsnotering");
        plans.MapGet("/{id:int}/goal-areas", GoalAreas).WithName("ListGoalAreas").WithSummary("Planens målområden i ordning");
        plans.MapPost("/{id:int}/goal-areas", AddGoalArea).WithName("AddGoalArea").WithSummary("Lägg till ett målområde i ett utkast");
        plans.MapPut("/{id:int}/goal-areas/{goalAreaId:int}", EditGoalArea).WithName("EditGoalArea")
            .WithSummary("Ändra ett målområde i ett utkast; order flyttar det (version i If-Match eller body)");
        plans.MapDelete("/{id:int}/goal-areas/{goalAreaId:int}", RemoveGoalArea).WithName("RemoveGoalArea")
            .WithSummary("Ta bort ett målområde ur ett utkast (version i If-Match)");
        plans.MapReportApi();
        plans.MapGet("/{id:int}/rollup", GetRollup).WithName("GetStrategyRollup").WithSummary("Sammanställning per målområde och målgrupp för ett år, med luckor");
        return plans;
    }

    private static async Task<Results<Ok<PagedList<PlanSummary>>, ValidationProblem>> List(
        AppDbContext db, int? areaId, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!QueryNames.TryParse<PlanStatus>(status, out var wanted))
            return ApiProblems.Validation("status", $"Okänd status. Välj en av {QueryNames.Allowed<PlanStatus>()}.");
        var query = db.StrategicPlans.AsNoTracking().Where(p => (areaId == null || p.AreaId == areaId) && (wanted == null || p.Status == wanted));
        return TypedResults.Ok(await StrategyViews.Summaries(query.OrderByDescending(p => p.StartYear).ThenByDescending(p => p.Revision))
            .ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<PlanDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var plan = await StrategyViews.PlanAsync(db, id, ct);
        if (plan is null) return ApiProblems.NotFound();
        http.SetETag(plan.Version);
        return TypedResults.Ok(plan);
    }

    private static async Task<Results<Created<PlanDetails>, ValidationProblem, ProblemHttpResult>> Create(
        StrategicPlanInput input, AppDbContext db, StrategyRights rights, CancellationToken ct)
    {
        if (await CheckAsync(input, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (!await rights.CanManagePlanAsync(input.SteeringGroupId!.Value, ct)) return ApiProblems.Forbidden();
        var plan = await PlanOperations.CreateDraftAsync(db, input, ct);
        return TypedResults.Created($"/api/v1/strategic-plans/{plan.Id}", (await StrategyViews.PlanAsync(db, plan.Id, ct))!);
    }

    private static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult>> Update(
        int id, StrategicPlanInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await LoadAsync(db, id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        input.SteeringGroupId ??= plan.SteeringGroupId;
        var errors = await CheckAsync(input, db, ct);
        CheckGoalAreaIds(input, plan, errors);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (input.SteeringGroupId != plan.SteeringGroupId) return ApiProblems.Validation("steeringGroupId", "Planens styrgrupp kan inte bytas.");
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(plan, version);
        UpdateDraft(db, plan, input);
        await db.SaveChangesAsync(ct);
        http.SetETag(plan.Version);
        return TypedResults.Ok((await StrategyViews.PlanAsync(db, id, ct))!);
    }

    /// <summary>Changes a draft's content from checked input (the API's PUT and the edit page); refuses anything but a draft.</summary>
    public static void UpdateDraft(AppDbContext db, StrategicPlan plan, StrategicPlanInput input)
    {
        plan.EnsureEditable();
        db.TargetGroups.RemoveRange(plan.TargetGroups.Where(t => input.TargetGroups is not null));
        db.PlanStatements.RemoveRange(plan.Statements.Where(s => input.GuidingPrinciples is not null || input.DeclarationOfIntent is not null));
        Apply(plan, input);
        StrategyOperations.Touch(db, plan);
    }

    /// <summary>A row of goal areas with an id edits that goal area, which must be one of the plan's.</summary>
    public static void CheckGoalAreaIds(StrategicPlanInput input, StrategicPlan plan, Dictionary<string, string[]> errors)
    {
        foreach (var (goal, i) in (input.GoalAreas ?? []).Select((g, i) => (g, i)))
            if (goal.Id is int goalId && plan.GoalAreas.All(g => g.Id != goalId))
                errors[$"goalAreas[{i}].id"] = ["Målområdet hör inte till planen."];
    }

    public static void Apply(StrategicPlan plan, StrategicPlanInput input)
    {
        plan.Title = input.Title!.Trim();
        plan.PoliticalGroupId = input.PoliticalGroupId;
        plan.StartYear = input.StartYear!.Value;
        plan.EndYear = input.EndYear!.Value;
        plan.Introduction = Clean(input.Introduction);
        plan.Purpose = input.Purpose!.Trim();
        plan.OverallGoal = input.OverallGoal!.Trim();
        plan.ReportingPeriod = input.ReportingPeriod ?? plan.ReportingPeriod;
        if (input.GoalAreas is not null)
            plan.SetGoalAreas([.. input.GoalAreas.Select((g, i) => new GoalAreaEdit(plan.Id == 0 ? null : g.Id, g.Title!, g.Description, g.Order ?? i + 1))]);
        if (input.TargetGroups is not null)
        {
            plan.TargetGroups.Clear();
            plan.TargetGroups.AddRange(input.TargetGroups.Select((t, i) => new TargetGroup { Name = t.Trim(), Order = i + 1 }));
        }
        if (input.GuidingPrinciples is not null || input.DeclarationOfIntent is not null)
        {
            var principles = input.GuidingPrinciples ?? [.. plan.Statements.Where(s => s.Kind == PlanStatementKind.GuidingPrinciple).OrderBy(s => s.Order).Select(s => s.Text)];
            var intents = input.DeclarationOfIntent ?? [.. plan.Statements.Where(s => s.Kind == PlanStatementKind.DeclarationOfIntent).OrderBy(s => s.Order).Select(s => s.Text)];
            plan.Statements.Clear();
            plan.Statements.AddRange(principles.Select((t, i) => new PlanStatement { Kind = PlanStatementKind.GuidingPrinciple, Text = t.Trim(), Order = i + 1 }));
            plan.Statements.AddRange(intents.Select((t, i) => new PlanStatement { Kind = PlanStatementKind.DeclarationOfIntent, Text = t.Trim(), Order = i + 1 }));
        }
    }

    /// <summary>The rules a plan's content must follow; shared with the pages.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(StrategicPlanInput input, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.StartYear is int start && input.EndYear is int end && !errors.ContainsKey("endYear"))
        {
            if (end < start) errors["endYear"] = ["Sista året ligger före första året."];
            else if (end - start + 1 > MaxPlanYears) errors["endYear"] = [$"En plan gäller högst {MaxPlanYears} år."];
        }
        if (input.SteeringGroupId is int steering && !errors.ContainsKey("steeringGroupId")
            && !await db.Groups.AnyAsync(g => g.Id == steering && g.RetiredAt == null, ct))
            errors["steeringGroupId"] = ["Gruppen finns inte eller är avslutad."];
        if (input.PoliticalGroupId is int political && !await db.Groups.AnyAsync(g => g.Id == political && g.RetiredAt == null, ct))
            errors["politicalGroupId"] = ["Gruppen finns inte eller är avslutad."];
        CheckTexts(errors, "guidingPrinciples", input.GuidingPrinciples, 2000);
        CheckTexts(errors, "targetGroups", input.TargetGroups, 300);
        CheckTexts(errors, "declarationOfIntent", input.DeclarationOfIntent, 2000);
        foreach (var (goal, i) in (input.GoalAreas ?? []).Select((g, i) => (g, i)))
        {
            if (goal is null)
            {
                errors[$"goalAreas[{i}]"] = ["Ange målområdets rubrik och beskrivning."];
                continue;
            }
            foreach (var (field, messages) in InputValidation.Validate(goal))
                errors[$"goalAreas[{i}].{field}"] = messages;
        }
        return errors;
    }

    private static void CheckTexts(Dictionary<string, string[]> errors, string field, List<string>? texts, int max)
    {
        if (texts is null) return;
        if (texts.Any(string.IsNullOrWhiteSpace)) errors[field] = ["En rad får inte vara tom."];
        else if (texts.Any(t => t.Length > max)) errors[field] = [$"En rad får vara högst {max} tecken."];
        else if (texts.Any(PersonalIdentityNumberGuard.ContainsIdentityNumber)) errors[field] = [Texts.Validation_PersonalIdentityNumber];
    }

    private static Task<StrategicPlan?> LoadAsync(AppDbContext db, int id, CancellationToken ct) => PlanOperations.LoadAsync(db, id, ct);

    private static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult>> Propose(
        int id, VersionInput? body, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct) =>
        await ChangeAsync(id, body?.Version, db, rights, http, (plan, token) => PlanOperations.ProposeAsync(db, plan, rights.UserName, rights.PersonId, token), ct);

    private static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult>> ReturnToDraft(
        int id, VersionInput? body, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct) =>
        await ChangeAsync(id, body?.Version, db, rights, http, (plan, _) => { plan.ReturnToDraft(); return Task.CompletedTask; }, ct);

    private static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult>> Adopt(
        int id, AdoptInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        return await ChangeAsync(id, input.Version, db, rights, http,
            (plan, token) => PlanOperations.AdoptAsync(db, plan, input.AdoptedOn!.Value, input.DecidedBy, rights.PersonId, token), ct);
    }

    private static async Task<Results<Ok<PlanDetails>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        int id, int? bodyVersion, AppDbContext db, StrategyRights rights, HttpContext http,
        Func<StrategicPlan, CancellationToken, Task> change, CancellationToken ct)
    {
        var plan = await LoadAsync(db, id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(bodyVersion) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(plan, version);
        await change(plan, ct);
        await db.SaveChangesAsync(ct);
        http.SetETag(plan.Version);
        return TypedResults.Ok((await StrategyViews.PlanAsync(db, id, ct))!);
    }

    private static async Task<Results<Created<PlanDetails>, ValidationProblem, ProblemHttpResult>> Revise(
        int id, ReviseInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await LoadAsync(db, id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(plan, version);
        var next = await PlanOperations.ReviseAsync(db, plan, input.ChangeNote!, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/strategic-plans/{next.Id}", (await StrategyViews.PlanAsync(db, next.Id, ct))!);
    }

    private static async Task<Results<Ok<IReadOnlyList<GoalAreaView>>, ProblemHttpResult>> GoalAreas(int id, AppDbContext db, CancellationToken ct)
    {
        if (!await db.StrategicPlans.AnyAsync(p => p.Id == id, ct)) return ApiProblems.NotFound();
        IReadOnlyList<GoalAreaView> list = await db.GoalAreas.AsNoTracking().Where(g => g.StrategicPlanId == id).OrderBy(g => g.Order)
            .Select(g => new GoalAreaView(g.Id, g.Title, g.Description, g.Order, g.Version)).ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Created<GoalAreaView>, ValidationProblem, ProblemHttpResult>> AddGoalArea(
        int id, GoalAreaInput input, AppDbContext db, StrategyRights rights, CancellationToken ct)
    {
        var plan = await LoadAsync(db, id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        plan.EnsureEditable();
        var goal = plan.AddGoalArea(input.Title!, input.Description, input.Order);
        StrategyOperations.Touch(db, plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/strategic-plans/{id}/goal-areas/{goal.Id}", View(goal));
    }

    private static async Task<Results<Ok<GoalAreaView>, ValidationProblem, ProblemHttpResult>> EditGoalArea(
        int id, int goalAreaId, GoalAreaInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await LoadAsync(db, id, ct);
        var goal = plan?.GoalAreas.FirstOrDefault(g => g.Id == goalAreaId);
        if (plan is null || goal is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(goal, version);
        plan.EditGoalArea(goal, input.Title!, input.Description, input.Order);
        StrategyOperations.Touch(db, plan);
        StrategyOperations.Touch(db, goal);
        await db.SaveChangesAsync(ct);
        http.SetETag(goal.Version);
        return TypedResults.Ok(View(goal));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveGoalArea(
        int id, int goalAreaId, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await LoadAsync(db, id, ct);
        var goal = plan?.GoalAreas.FirstOrDefault(g => g.Id == goalAreaId);
        if (plan is null || goal is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(null) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(goal, version);
        plan.RemoveGoalArea(goal);
        StrategyOperations.Touch(db, plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static GoalAreaView View(GoalArea g) => new(g.Id, g.Title, g.Description, g.Order, g.Version);

    private static async Task<Results<Ok<Rollup>, ValidationProblem, ProblemHttpResult>> GetRollup(int id, int? year, AppDbContext db, CancellationToken ct)
    {
        var plan = await db.StrategicPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound();
        var y = year ?? Infrastructure.SwedishTime.DateOf(db.Clock.GetUtcNow()).Year;
        if (!plan.Covers(y)) return ApiProblems.Validation("year", $"Året ligger utanför planens period {plan.StartYear}–{plan.EndYear}.");
        return TypedResults.Ok(await StrategyViews.RollupAsync(db, id, y, ct));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
