using Samsyn.Web.Features.Strategy;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Three-year strategic plans per area (each adopted, the earlier ones superseded) with goal areas, target groups and
/// statements; yearly activity plans of the management and collaboration groups whose activities serve goal areas,
/// with an indicator and a half-yearly follow-up for every period that has ended.
/// </summary>
internal sealed class StrategyData(BenchWorld world, BulkWriter writer)
{
    private static readonly string[] GoalAreaTitles =
        ["Trygg in- och utskrivning", "Samordnad individuell plan", "Psykisk hälsa", "Äldres hälsa", "Barn och unga"];
    private static readonly string[] TargetGroupNames = ["Äldre med omfattande behov", "Barn och unga", "Personer med psykisk ohälsa"];
    private readonly Random random = world.Random("strategy");

    public async Task LoadAsync(CancellationToken ct)
    {
        var plans = new List<(StrategicPlan Plan, AreaPlan Area)>();
        foreach (var area in world.Areas)
            for (var start = world.Start.Year + 1; start <= world.End.Year; start += 3)
                plans.Add((NewPlan(area, start), area));
        foreach (var (plan, area) in plans)
        {
            var isLatest = !plans.Any(p => p.Area == area && p.Plan.StartYear > plan.StartYear);
            if (!isLatest) plan.Supersede(world.MomentOn(new DateOnly(plan.EndYear, 12, 31), 0));
            await writer.AddAsync(plan, ct, rows: 15);
        }

        var activityPlans = new List<ActivityPlan>();
        foreach (var (plan, area) in plans)
            for (var year = plan.StartYear; year <= Math.Min(plan.EndYear, world.End.Year); year++)
                foreach (var groupId in area.CollaborationGroupIds.Take(4).Prepend(area.ManagementGroupId))
                    activityPlans.Add(new ActivityPlan
                    {
                        Id = world.NextId("ActivityPlan"), StrategicPlanId = plan.Id, GroupId = groupId, Year = year,
                        Summary = $"Gruppens verksamhetsplan för {year}.",
                    });
        for (var p = 0; p < activityPlans.Count; p++)
        {
            var plan = plans.Single(x => x.Plan.Id == activityPlans[p].StrategicPlanId).Plan;
            var count = (int)((long)(p + 1) * world.Size.Activities / activityPlans.Count - (long)p * world.Size.Activities / activityPlans.Count);
            for (var a = 0; a < count; a++) activityPlans[p].Activities.Add(NewActivity(plan, activityPlans[p], a));
            await writer.AddAsync(activityPlans[p], ct, rows: 1 + 8 * count);
        }
    }

    private StrategicPlan NewPlan(AreaPlan area, int startYear)
    {
        var plan = new StrategicPlan
        {
            Id = world.NextId("StrategicPlan"), AreaId = area.Id, SteeringGroupId = area.SteeringGroupId, PoliticalGroupId = area.PoliticalGroupId,
            Title = $"Strategisk plan för {area.Name} {startYear}–{startYear + 2}", StartYear = startYear, EndYear = startYear + 2,
            Purpose = "Att tillsammans ge invånarna en trygg och sammanhållen vård och omsorg.",
            OverallGoal = "Invånarna får rätt insats på rätt nivå, i rätt tid.", ReportingPeriod = ReportingPeriod.HalfYearly,
        };
        for (var g = 0; g < GoalAreaTitles.Length; g++)
            plan.GoalAreas.Add(new GoalArea { Id = world.NextId("GoalArea"), Title = GoalAreaTitles[g], Order = g + 1 });
        for (var t = 0; t < TargetGroupNames.Length; t++)
            plan.TargetGroups.Add(new TargetGroup { Id = world.NextId("TargetGroup"), Name = TargetGroupNames[t], Order = t + 1 });
        plan.Statements.Add(new PlanStatement { Kind = PlanStatementKind.GuidingPrinciple, Text = "Den enskildes behov styr.", Order = 1 });
        plan.Statements.Add(new PlanStatement { Kind = PlanStatementKind.DeclarationOfIntent, Text = "Parterna avser att samverka i alla led.", Order = 2 });
        plan.Propose(world.MomentOn(new DateOnly(startYear - 1, 10, 1), 10 * 60), "Styrgruppen");
        plan.Adopt(new DateOnly(startYear - 1, 11, 15), "Politisk samverkan");
        return plan;
    }

    private Activity NewActivity(StrategicPlan plan, ActivityPlan activityPlan, int index)
    {
        var area = world.Areas.Single(a => a.Id == plan.AreaId);
        var owner = area.Organisations[random.Next(area.Organisations.Count)];
        var activity = new Activity
        {
            Id = world.NextId("Activity"), Title = $"Aktivitet {index + 1}: {random.Pick(Words.AgendaTitles)}", OwnerOrganisationId = owner,
            OwnerPersonId = world.PersonOf(owner, random), StartDate = new DateOnly(activityPlan.Year, 1, 1), EndDate = new DateOnly(activityPlan.Year, 12, 31),
            ExpectedResult = "Färre avvikelser vid utskrivning.",
        };
        foreach (var goal in plan.GoalAreas.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).OrderBy(g => g.Order))
            activity.GoalAreas.Add(new ActivityGoalArea { GoalAreaId = goal.Id });
        activity.TargetGroups.Add(new ActivityTargetGroup { TargetGroupId = plan.TargetGroups[random.Next(plan.TargetGroups.Count)].Id });
        var indicator = new Indicator { Id = world.NextId("Indicator"), Name = "Andel utskrivningar utan avvikelse", Unit = "%", Baseline = 70, Target = 90 };
        activity.Indicators.Add(indicator);
        for (var period = 1; period <= 2; period++)
        {
            var periodEnd = period == 1 ? new DateOnly(activityPlan.Year, 6, 30) : new DateOnly(activityPlan.Year, 12, 31);
            if (periodEnd.AddDays(14) > world.End) break;
            var followUp = new ActivityFollowUp
            {
                Year = activityPlan.Year, Period = period, Status = (ActivityStatus)(1 + random.Next(3)), Comment = "Arbetet går enligt plan.",
                RecordedAt = world.MomentOn(periodEnd.AddDays(14), 10 * 60), RecordedBy = "Processledare",
            };
            followUp.Values.Add(new IndicatorValue { IndicatorId = indicator.Id, Value = 70 + random.Next(25) });
            activity.FollowUps.Add(followUp);
        }
        return activity;
    }
}
