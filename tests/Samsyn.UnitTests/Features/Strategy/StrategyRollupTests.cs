using Samsyn.Web.Features.Strategy;

namespace Samsyn.UnitTests.Features.Strategy;

public sealed class StrategyRollupTests
{
    private static readonly (int, string)[] Goals = [(1, "Nära vården"), (2, "Samverkansstrukturen"), (3, "Rätt vårdnivå"), (4, "Kompetens")];
    private static readonly (int, string)[] Targets = [(10, "Barn och unga"), (11, "Äldre"), (12, "Kroniskt sjuka"), (13, "Psykisk ohälsa")];

    // Hand-computed: goal area 1 has activities A (on track, progress 0.4) and B (at risk, 0.1 and no value);
    // goal area 3 has B and C (done, 1.0); goal area 2 has D (no follow-up → not started); goal area 4 nothing.
    private static readonly RollupActivity[] Activities =
    [
        new(100, [1], [11, 12], ActivityStatus.OnTrack, [0.4m]),
        new(101, [1, 3], [11], ActivityStatus.AtRisk, [0.1m, null]),
        new(102, [3], [13], ActivityStatus.Done, [1m]),
        new(103, [2], [13], ActivityStatus.NotStarted, []),
    ];

    private static readonly Rollup Result = StrategyRollup.Compute(2019, Goals, Targets, Activities);

    private static int Count(RollupRow row, ActivityStatus status) => row.ByStatus.Single(s => s.Status == status).Count;

    [Fact]
    public void Counts_activities_and_their_status_per_goal_area()
    {
        Result.Activities.ShouldBe(4);
        Result.GoalAreas.Select(r => r.Activities).ShouldBe([2, 1, 2, 0]);
        var nearCare = Result.GoalAreas[0];
        Count(nearCare, ActivityStatus.OnTrack).ShouldBe(1);
        Count(nearCare, ActivityStatus.AtRisk).ShouldBe(1);
        Count(nearCare, ActivityStatus.Done).ShouldBe(0);
        Count(Result.GoalAreas[1], ActivityStatus.NotStarted).ShouldBe(1);
        Count(Result.GoalAreas[2], ActivityStatus.Done).ShouldBe(1);
        Result.GoalAreas[0].ByStatus.Sum(s => s.Count).ShouldBe(2);
    }

    [Fact]
    public void Indicator_progress_is_the_average_over_indicators_with_a_value()
    {
        Result.GoalAreas[0].AverageProgressPercent.ShouldBe(25m); // (0.4 + 0.1) / 2
        Result.GoalAreas[0].IndicatorsWithValues.ShouldBe(2);
        Result.GoalAreas[2].AverageProgressPercent.ShouldBe(55m); // (0.1 + 1.0) / 2
        Result.GoalAreas[1].AverageProgressPercent.ShouldBeNull();
        Result.GoalAreas[3].AverageProgressPercent.ShouldBeNull();
    }

    [Fact]
    public void Counts_per_target_group()
    {
        Result.TargetGroups.Select(r => r.Activities).ShouldBe([0, 2, 1, 2]);
        Result.TargetGroups[1].AverageProgressPercent.ShouldBe(25m);
        Result.TargetGroups[2].AverageProgressPercent.ShouldBe(40m);
        Result.TargetGroups[3].AverageProgressPercent.ShouldBe(100m);
    }

    [Fact]
    public void The_gap_view_lists_goal_areas_and_target_groups_without_activity_this_year()
    {
        Result.GoalAreaGaps.Select(g => g.Name).ShouldBe(["Kompetens"]);
        Result.TargetGroupGaps.Select(g => g.Name).ShouldBe(["Barn och unga"]);
        var empty = StrategyRollup.Compute(2020, Goals, Targets, []);
        empty.GoalAreaGaps.Count.ShouldBe(4);
        empty.TargetGroupGaps.Count.ShouldBe(4);
    }

    [Fact]
    public void The_status_of_the_year_is_that_of_the_latest_follow_up()
    {
        StrategyRollup.LatestStatus([]).ShouldBe(ActivityStatus.NotStarted);
        StrategyRollup.LatestStatus([(2, ActivityStatus.Done), (1, ActivityStatus.AtRisk)]).ShouldBe(ActivityStatus.Done);
        StrategyRollup.LatestStatus([(1, ActivityStatus.OnTrack), (3, ActivityStatus.Cancelled)]).ShouldBe(ActivityStatus.Cancelled);
    }
}
