using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

public sealed record PlanSummary(int Id, int AreaId, string AreaName, string Title, int StartYear, int EndYear,
    PlanStatus Status, int Revision, DateOnly? AdoptedOn, int Version);

public sealed record GoalAreaView(int Id, string Title, string? Description, int Order, int Version);

public sealed record TargetGroupView(int Id, string Name, int Order);

public sealed record PlanVersion(int Id, int Revision, PlanStatus Status, string? ChangeNote, DateOnly? AdoptedOn, string? DecidedBy);

public sealed record PlanDetails(int Id, int AreaId, string AreaName, int SteeringGroupId, string SteeringGroupName,
    int? PoliticalGroupId, string? PoliticalGroupName, string Title, int StartYear, int EndYear, string? Introduction,
    string Purpose, string OverallGoal, ReportingPeriod ReportingPeriod, PlanStatus Status, int Revision, int? PreviousVersionId,
    string? ChangeNote, DateTimeOffset? ProposedAt, string? ProposedBy, DateOnly? AdoptedOn, string? DecidedBy,
    DateTimeOffset? SupersededAt, IReadOnlyList<string> GuidingPrinciples, IReadOnlyList<TargetGroupView> TargetGroups,
    IReadOnlyList<string> DeclarationOfIntent, IReadOnlyList<GoalAreaView> GoalAreas, IReadOnlyList<PlanVersion> History, int Version);

public sealed record NamedRef(int Id, string Name);

public sealed record IndicatorView(int Id, string Name, string Unit, decimal Baseline, decimal Target);

public sealed record ActivityDetails(int Id, int ActivityPlanId, string Title, string? Description,
    IReadOnlyList<NamedRef> GoalAreas, IReadOnlyList<NamedRef> TargetGroups, int? OwnerOrganisationId, string? OwnerOrganisationName,
    int? OwnerPersonId, string? OwnerPersonName, DateOnly? StartDate, DateOnly? EndDate, string? ExpectedResult,
    IReadOnlyList<IndicatorView> Indicators, ActivityStatus Status, int Version);

public sealed record ActivityPlanSummary(int Id, int StrategicPlanId, int GroupId, string GroupName, int Year, int Activities, int Version);

public sealed record ActivityPlanDetails(int Id, int StrategicPlanId, string StrategicPlanTitle, int GroupId, string GroupName,
    int Year, string? Summary, IReadOnlyList<ActivityDetails> Activities, int Version);

public sealed record IndicatorValueView(int IndicatorId, string Name, string Unit, decimal Value);

public sealed record FollowUpDetails(int Id, int ActivityId, int Year, int Period, string PeriodLabel, ActivityStatus Status,
    string? Comment, DateTimeOffset RecordedAt, string RecordedBy, IReadOnlyList<IndicatorValueView> Values, int Version);

/// <summary>The reads of strategy, shared by the API and the pages.</summary>
public static class StrategyViews
{
    public static IQueryable<PlanSummary> Summaries(IQueryable<StrategicPlan> plans) => plans.Select(p => new PlanSummary(
        p.Id, p.AreaId, p.Area.Name, p.Title, p.StartYear, p.EndYear, p.Status, p.Revision, p.AdoptedOn, p.Version));

    public static async Task<PlanDetails?> PlanAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var p = await db.StrategicPlans.AsNoTracking().AsSplitQuery()
            .Include(x => x.Area).Include(x => x.SteeringGroup).Include(x => x.PoliticalGroup)
            .Include(x => x.GoalAreas).Include(x => x.TargetGroups).Include(x => x.Statements)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var statements = p.Statements.OrderBy(s => s.Order).ToList();
        return new PlanDetails(p.Id, p.AreaId, p.Area.Name, p.SteeringGroupId, p.SteeringGroup.Name, p.PoliticalGroupId, p.PoliticalGroup?.Name,
            p.Title, p.StartYear, p.EndYear, p.Introduction, p.Purpose, p.OverallGoal, p.ReportingPeriod, p.Status, p.Revision,
            p.PreviousVersionId, p.ChangeNote, p.ProposedAt, p.ProposedBy, p.AdoptedOn, p.DecidedBy, p.SupersededAt,
            [.. statements.Where(s => s.Kind == PlanStatementKind.GuidingPrinciple).Select(s => s.Text)],
            [.. p.TargetGroups.OrderBy(t => t.Order).Select(t => new TargetGroupView(t.Id, t.Name, t.Order))],
            [.. statements.Where(s => s.Kind == PlanStatementKind.DeclarationOfIntent).Select(s => s.Text)],
            [.. p.GoalAreas.OrderBy(g => g.Order).Select(g => new GoalAreaView(g.Id, g.Title, g.Description, g.Order, g.Version))],
            await HistoryAsync(db, p, ct), p.Version);
    }

    /// <summary>Every version of the plan, oldest first: back along the previous versions, forward along the revisions.</summary>
    private static async Task<IReadOnlyList<PlanVersion>> HistoryAsync(AppDbContext db, StrategicPlan plan, CancellationToken ct)
    {
        var versions = new List<PlanVersion> { Version(plan) };
        for (var previous = plan.PreviousVersionId; previous is int prev;)
        {
            var p = await db.StrategicPlans.AsNoTracking().FirstAsync(x => x.Id == prev, ct);
            versions.Insert(0, Version(p));
            previous = p.PreviousVersionId;
        }
        for (var current = plan.Id; await db.StrategicPlans.AsNoTracking().FirstOrDefaultAsync(x => x.PreviousVersionId == current, ct) is { } next;)
        {
            versions.Add(Version(next));
            current = next.Id;
        }
        return versions;
    }

    private static PlanVersion Version(StrategicPlan p) => new(p.Id, p.Revision, p.Status, p.ChangeNote, p.AdoptedOn, p.DecidedBy);

    public static async Task<ActivityPlanDetails?> ActivityPlanAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var plan = await db.ActivityPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.StrategicPlanId, PlanTitle = p.StrategicPlan.Title, p.GroupId, GroupName = p.Group.Name, p.Year, p.Summary, p.Version })
            .FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        var activities = await ActivitiesAsync(db, db.Activities.Where(a => a.ActivityPlanId == id), ct);
        return new ActivityPlanDetails(plan.Id, plan.StrategicPlanId, plan.PlanTitle, plan.GroupId, plan.GroupName, plan.Year, plan.Summary, activities, plan.Version);
    }

    public static async Task<IReadOnlyList<ActivityDetails>> ActivitiesAsync(AppDbContext db, IQueryable<Activity> query, CancellationToken ct)
    {
        var list = await query.AsNoTracking().AsSplitQuery()
            .Include(a => a.GoalAreas).ThenInclude(g => g.GoalArea)
            .Include(a => a.TargetGroups).ThenInclude(t => t.TargetGroup)
            .Include(a => a.Indicators).Include(a => a.FollowUps)
            .Include(a => a.OwnerOrganisation).Include(a => a.OwnerPerson)
            .OrderBy(a => a.Id).ToListAsync(ct);
        return [.. list.Select(a => new ActivityDetails(a.Id, a.ActivityPlanId, a.Title, a.Description,
            [.. a.GoalAreas.OrderBy(g => g.GoalArea.Order).Select(g => new NamedRef(g.GoalAreaId, g.GoalArea.Title))],
            [.. a.TargetGroups.OrderBy(t => t.TargetGroup.Order).Select(t => new NamedRef(t.TargetGroupId, t.TargetGroup.Name))],
            a.OwnerOrganisationId, a.OwnerOrganisation?.Name, a.OwnerPersonId, a.OwnerPerson?.Name, a.StartDate, a.EndDate, a.ExpectedResult,
            [.. a.Indicators.OrderBy(i => i.Id).Select(i => new IndicatorView(i.Id, i.Name, i.Unit, i.Baseline, i.Target))],
            StrategyRollup.LatestStatus(a.FollowUps.Select(f => (f.Year * 10 + f.Period, f.Status))), a.Version))];
    }

    public static async Task<IReadOnlyList<FollowUpDetails>> FollowUpsAsync(AppDbContext db, int activityId, CancellationToken ct)
    {
        var kind = await db.Activities.Where(a => a.Id == activityId).Select(a => a.ActivityPlan.StrategicPlan.ReportingPeriod).FirstAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ActivityId == activityId).ToDictionaryAsync(i => i.Id, ct);
        var followUps = await db.ActivityFollowUps.AsNoTracking().Include(f => f.Values).Where(f => f.ActivityId == activityId)
            .OrderBy(f => f.Year).ThenBy(f => f.Period).ToListAsync(ct);
        return [.. followUps.Select(f => new FollowUpDetails(f.Id, f.ActivityId, f.Year, f.Period, ReportingPeriods.Label(f.Year, f.Period, kind),
            f.Status, f.Comment, f.RecordedAt, f.RecordedBy,
            [.. f.Values.OrderBy(v => v.IndicatorId).Select(v => new IndicatorValueView(v.IndicatorId, indicators[v.IndicatorId].Name, indicators[v.IndicatorId].Unit, v.Value))],
            f.Version))];
    }

    /// <summary>The follow-up statuses of every reporting period of the plan.</summary>
    public static async Task<StatusTimeline> TimelineAsync(AppDbContext db, StrategicPlan plan, CancellationToken ct)
    {
        var activities = await db.Activities.AsNoTracking().Where(a => a.ActivityPlan.StrategicPlanId == plan.Id)
            .Select(a => new { a.Id, a.ActivityPlan.Year }).ToListAsync(ct);
        var ids = activities.Select(a => a.Id).ToList();
        var followUps = await db.ActivityFollowUps.AsNoTracking().Where(f => ids.Contains(f.ActivityId))
            .Select(f => new { f.ActivityId, f.Year, f.Period, f.Status }).ToListAsync(ct);
        return StatusTimeline.Compute(plan.StartYear, plan.EndYear, plan.ReportingPeriod,
            [.. activities.Select(a => (a.Id, a.Year))], [.. followUps.Select(f => (f.ActivityId, f.Year, f.Period, f.Status))]);
    }

    /// <summary>The roll-up of a plan's year across every group's activity plan.</summary>
    public static async Task<Rollup> RollupAsync(AppDbContext db, int planId, int year, CancellationToken ct)
    {
        var goalAreas = await db.GoalAreas.AsNoTracking().Where(g => g.StrategicPlanId == planId).OrderBy(g => g.Order)
            .Select(g => new { g.Id, g.Title }).ToListAsync(ct);
        var targetGroups = await db.TargetGroups.AsNoTracking().Where(g => g.StrategicPlanId == planId).OrderBy(g => g.Order)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().AsSplitQuery()
            .Where(a => a.ActivityPlan.StrategicPlanId == planId && a.ActivityPlan.Year == year)
            .Include(a => a.GoalAreas).Include(a => a.TargetGroups).Include(a => a.Indicators)
            .Include(a => a.FollowUps).ThenInclude(f => f.Values).ToListAsync(ct);
        var rollupActivities = activities.Select(a =>
        {
            var followUps = a.FollowUps.Where(f => f.Year == year).OrderBy(f => f.Period).ToList();
            var progress = a.Indicators.Select(i =>
            {
                var latest = followUps.SelectMany(f => f.Values.Where(v => v.IndicatorId == i.Id).Select(v => (f.Period, v.Value)))
                    .OrderByDescending(v => v.Period).Select(v => (decimal?)v.Value).FirstOrDefault();
                return latest is decimal value ? IndicatorRules.Progress(i.Baseline, i.Target, value) : null;
            }).ToList();
            return new RollupActivity(a.Id, [.. a.GoalAreas.Select(g => g.GoalAreaId)], [.. a.TargetGroups.Select(t => t.TargetGroupId)],
                StrategyRollup.LatestStatus(followUps.Select(f => (f.Period, f.Status))), progress);
        }).ToList();
        return StrategyRollup.Compute(year, [.. goalAreas.Select(g => (g.Id, g.Title))], [.. targetGroups.Select(t => (t.Id, t.Name))], rollupActivities);
    }
}
