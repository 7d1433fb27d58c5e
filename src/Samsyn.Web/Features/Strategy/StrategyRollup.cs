namespace Samsyn.Web.Features.Strategy;

/// <summary>An activity of a year as the roll-up counts it: its links, its latest status and its indicators' latest progress.</summary>
public sealed record RollupActivity(
    int Id, IReadOnlyCollection<int> GoalAreaIds, IReadOnlyCollection<int> TargetGroupIds,
    ActivityStatus Status, IReadOnlyList<decimal?> IndicatorProgress);

public sealed record StatusCount(ActivityStatus Status, int Count);

public sealed record RollupRow(int Id, string Name, int Activities, IReadOnlyList<StatusCount> ByStatus,
    int IndicatorsWithValues, decimal? AverageProgressPercent);

public sealed record Rollup(int Year, IReadOnlyList<RollupRow> GoalAreas, IReadOnlyList<RollupRow> TargetGroups,
    IReadOnlyList<RollupRow> GoalAreaGaps, IReadOnlyList<RollupRow> TargetGroupGaps, int Activities);

/// <summary>
/// The roll-up of a strategic plan's year across all groups' activity plans: per goal area and per
/// target group, how many activities, their status and their indicators' progress toward target;
/// and the gap view, the goal areas and target groups no activity serves this year.
/// </summary>
public static class StrategyRollup
{
    public static Rollup Compute(int year, IReadOnlyList<(int Id, string Name)> goalAreas,
        IReadOnlyList<(int Id, string Name)> targetGroups, IReadOnlyList<RollupActivity> activities)
    {
        var byGoalArea = goalAreas.Select(g => Row(g.Id, g.Name, activities.Where(a => a.GoalAreaIds.Contains(g.Id)).ToList())).ToList();
        var byTargetGroup = targetGroups.Select(t => Row(t.Id, t.Name, activities.Where(a => a.TargetGroupIds.Contains(t.Id)).ToList())).ToList();
        return new Rollup(year, byGoalArea, byTargetGroup,
            [.. byGoalArea.Where(r => r.Activities == 0)], [.. byTargetGroup.Where(r => r.Activities == 0)], activities.Count);
    }

    /// <summary>The status of an activity in a year: that of its latest follow-up, else not started.</summary>
    public static ActivityStatus LatestStatus(IEnumerable<(int Period, ActivityStatus Status)> followUps) =>
        followUps.OrderByDescending(f => f.Period).Select(f => (ActivityStatus?)f.Status).FirstOrDefault() ?? ActivityStatus.NotStarted;

    private static RollupRow Row(int id, string name, List<RollupActivity> activities)
    {
        var counts = Enum.GetValues<ActivityStatus>().Select(s => new StatusCount(s, activities.Count(a => a.Status == s))).ToList();
        var progress = activities.SelectMany(a => a.IndicatorProgress).Where(p => p is not null).Select(p => p!.Value).ToList();
        decimal? average = progress.Count == 0 ? null : Math.Round(progress.Average() * 100m, 1, MidpointRounding.AwayFromZero);
        return new RollupRow(id, name, activities.Count, counts, progress.Count, average);
    }
}
