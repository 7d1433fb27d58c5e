using Samsyn.Web.Features.Strategy;

namespace Samsyn.UnitTests.Features.Strategy;

public sealed class StrategyRulesTests
{
    private static readonly HashSet<int> PlanGoalAreas = [1, 2, 3, 4];
    private static readonly HashSet<int> PlanTargetGroups = [10, 11];

    [Fact]
    public void An_activity_without_a_goal_area_is_refused()
    {
        ActivityRules.Check(null, null, PlanGoalAreas, PlanTargetGroups, null, null).Keys.ShouldBe(["goalAreaIds"]);
        ActivityRules.Check([], null, PlanGoalAreas, PlanTargetGroups, null, null)["goalAreaIds"][0].ShouldContain("minst ett målområde");
    }

    [Fact]
    public void A_goal_area_of_another_plan_is_refused()
    {
        ActivityRules.Check([1, 99], null, PlanGoalAreas, PlanTargetGroups, null, null)["goalAreaIds"][0].ShouldContain("hör inte till");
    }

    [Fact]
    public void Target_groups_are_optional_but_must_be_of_the_plan()
    {
        ActivityRules.Check([1, 2], null, PlanGoalAreas, PlanTargetGroups, null, null).ShouldBeEmpty();
        ActivityRules.Check([1], [10], PlanGoalAreas, PlanTargetGroups, null, null).ShouldBeEmpty();
        ActivityRules.Check([1], [12], PlanGoalAreas, PlanTargetGroups, null, null).Keys.ShouldBe(["targetGroupIds"]);
    }

    [Fact]
    public void An_activity_ends_after_it_starts()
    {
        ActivityRules.Check([1], null, PlanGoalAreas, PlanTargetGroups, new DateOnly(2019, 6, 1), new DateOnly(2019, 5, 1)).Keys.ShouldBe(["endDate"]);
    }

    [Theory]
    [InlineData(ReportingPeriod.Yearly, 1, "2019-12-31")]
    [InlineData(ReportingPeriod.HalfYearly, 1, "2019-06-30")]
    [InlineData(ReportingPeriod.HalfYearly, 2, "2019-12-31")]
    [InlineData(ReportingPeriod.Quarterly, 1, "2019-03-31")]
    [InlineData(ReportingPeriod.Quarterly, 3, "2019-09-30")]
    public void A_period_ends_on_the_last_day_of_its_months(ReportingPeriod kind, int period, string lastDay)
    {
        ReportingPeriods.LastDay(2019, period, kind).ShouldBe(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture));
        ReportingPeriods.DueDate(2019, period, kind).ShouldBe(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture).AddDays(14));
    }

    [Theory]
    [InlineData(ReportingPeriod.Yearly, 1, true)]
    [InlineData(ReportingPeriod.Yearly, 2, false)]
    [InlineData(ReportingPeriod.HalfYearly, 2, true)]
    [InlineData(ReportingPeriod.HalfYearly, 3, false)]
    [InlineData(ReportingPeriod.Quarterly, 4, true)]
    [InlineData(ReportingPeriod.Quarterly, 0, false)]
    [InlineData(ReportingPeriod.Quarterly, 5, false)]
    public void The_period_is_one_of_the_plans_reporting_periods(ReportingPeriod kind, int period, bool valid)
    {
        var errors = ReportingPeriods.Check(2019, period, 2019, 2018, 2020, kind);
        errors.ContainsKey("period").ShouldBe(!valid);
    }

    [Fact]
    public void A_follow_up_outside_the_plans_period_or_its_activity_plans_year_is_refused()
    {
        ReportingPeriods.Check(2021, 1, 2019, 2018, 2020, ReportingPeriod.Yearly)["year"][0].ShouldContain("utanför planens period 2018–2020");
        ReportingPeriods.Check(2020, 1, 2019, 2018, 2020, ReportingPeriod.Yearly)["year"][0].ShouldContain("2019");
        ReportingPeriods.Check(2019, 1, 2019, 2018, 2020, ReportingPeriod.Yearly).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("%", 60, 90, 72, null, true)]
    [InlineData("%", 60, 90, 72, "%", true)]
    [InlineData("%", 60, 90, 72, "st", false)]
    [InlineData("%", 60, 90, 120, null, false)]
    [InlineData("st", 10, 40, -1, null, false)]
    [InlineData("st", 10, 40, 3900, null, true)]
    [InlineData("st", 10, 40, 4100, null, false)]
    [InlineData("st", 0, 4, 399, null, true)]
    [InlineData("st", 0, 4, 401, null, false)]
    public void Indicator_values_of_the_wrong_unit_or_absurd_size_are_refused(string unit, double baseline, double target, double value, string? given, bool accepted)
    {
        var message = IndicatorRules.Check(unit, (decimal)baseline, (decimal)target, (decimal)value, given);
        (message is null).ShouldBe(accepted, message);
    }

    [Theory]
    [InlineData(60, 90, 75, 0.5)]
    [InlineData(60, 90, 50, 0)]
    [InlineData(60, 90, 95, 1)]
    [InlineData(50, 20, 35, 0.5)]
    public void Progress_is_the_share_of_the_way_from_baseline_to_target(double baseline, double target, double value, double expected) =>
        IndicatorRules.Progress((decimal)baseline, (decimal)target, (decimal)value).ShouldBe((decimal)expected);
}

public sealed class IndicatorChangesTests
{
    private static readonly Indicator[] Existing =
    [
        new() { Id = 1, Name = "Andel SIP", Unit = "%", Baseline = 40, Target = 80 },
        new() { Id = 2, Name = "Antal möten", Unit = "st", Baseline = 0, Target = 10 },
    ];

    private static IndicatorInput Row(int? id, string unit) => new() { Id = id, Name = "X", Unit = unit, Baseline = 0, Target = 1 };

    [Fact]
    public void An_indicator_without_values_may_change_unit_or_be_removed()
    {
        IndicatorChanges.Check(Existing, [Row(1, "st")], new HashSet<int>()).ShouldBeEmpty();
    }

    [Fact]
    public void An_indicator_with_values_keeps_its_unit()
    {
        var errors = IndicatorChanges.Check(Existing, [Row(1, "st"), Row(2, "ST")], new HashSet<int> { 1, 2 });
        errors.Keys.ShouldBe(["indicators[0].unit"]);
        errors["indicators[0].unit"][0].ShouldContain("%");
    }

    [Fact]
    public void An_indicator_with_values_cannot_be_removed()
    {
        var errors = IndicatorChanges.Check(Existing, [Row(1, "%"), Row(null, "dagar")], new HashSet<int> { 2 });
        errors["indicators"][0].ShouldContain("Antal möten");
    }

    [Fact]
    public void An_indicator_of_another_activity_is_refused()
    {
        IndicatorChanges.Check(Existing, [Row(99, "%")], new HashSet<int>()).Keys.ShouldBe(["indicators[0].id"]);
    }
}

public sealed class StrategyDeletionTests
{
    [Fact]
    public void Only_an_empty_activity_plan_and_an_activity_without_follow_ups_are_deleted()
    {
        StrategyDeletion.WhyNotActivityPlan(0).ShouldBeNull();
        StrategyDeletion.WhyNotActivityPlan(1)!.ShouldContain("1 aktivitet.");
        StrategyDeletion.WhyNotActivityPlan(3)!.ShouldContain("3 aktiviteter");
        StrategyDeletion.WhyNotActivity(0).ShouldBeNull();
        StrategyDeletion.WhyNotActivity(2)!.ShouldContain("2 uppföljningar");
    }
}
