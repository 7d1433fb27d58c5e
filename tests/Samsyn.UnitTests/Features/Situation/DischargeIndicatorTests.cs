using Samsyn.Web.Features.Situation.Discharge;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>The rolling three-month indicator of days waited by patients ready for discharge.</summary>
public sealed class DischargeIndicatorTests
{
    private const decimal Threshold = 3.0m;

    private static DischargeFigure F(int year, int month, decimal days, int? patients = null) => new(new DateOnly(year, month, 1), days, patients);

    private static DischargePoint At(IReadOnlyList<DischargePoint> points, int year, int month) =>
        points.Single(p => p.Month == new DateOnly(year, month, 1));

    [Fact]
    public void Rolling_value_is_the_patient_weighted_mean_of_the_month_and_the_two_before()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 2.0m, 10), F(2026, 2, 4.0m, 30), F(2026, 3, 3.0m, 60)], Threshold);

        var march = At(points, 2026, 3);
        march.RollingDays.ShouldBe(3.2m, "(2·10 + 4·30 + 3·60) / 100 patients; the plain mean would be 3,0");
        march.RollingWeighted.ShouldBeTrue();
        march.RollingMonths.ShouldBe(3);
        march.RollingComplete.ShouldBeTrue();
        march.AverageDays.ShouldBe(3.0m, "the month's own value is kept beside the rolling one");
        march.DischargedPatients.ShouldBe(60);
    }

    [Fact]
    public void Without_a_patient_count_for_every_month_of_the_window_the_plain_mean_is_used()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 2.0m, 10), F(2026, 2, 4.0m), F(2026, 3, 3.0m, 60)], Threshold);

        var march = At(points, 2026, 3);
        march.RollingDays.ShouldBe(3.0m);
        march.RollingWeighted.ShouldBeFalse();
    }

    [Fact]
    public void Rolling_value_weighs_again_once_the_month_without_a_count_has_left_the_window()
    {
        var points = DischargeIndicator.Compute(
            [F(2026, 1, 9.0m), F(2026, 2, 2.0m, 10), F(2026, 3, 4.0m, 30), F(2026, 4, 3.0m, 60)], Threshold);

        At(points, 2026, 3).RollingWeighted.ShouldBeFalse("January has no count");
        At(points, 2026, 4).RollingDays.ShouldBe(3.2m);
        At(points, 2026, 4).RollingWeighted.ShouldBeTrue();
    }

    [Fact]
    public void Month_whose_window_lacks_a_month_rests_on_the_months_there_are()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 2.0m, 10), F(2026, 3, 3.0m, 60)], Threshold);

        var march = At(points, 2026, 3);
        march.RollingMonths.ShouldBe(2, "February is missing; it is left out, never filled in");
        march.RollingComplete.ShouldBeFalse();
        march.RollingDays.ShouldBe(2.9m, "(2·10 + 3·60) / 70 = 2,857…");
        march.RollingWeighted.ShouldBeTrue();
    }

    [Fact]
    public void First_month_of_a_series_rests_on_itself_alone()
    {
        var points = DischargeIndicator.Compute([F(2026, 5, 2.4m, 30), F(2026, 6, 2.6m, 30)], Threshold);

        At(points, 2026, 5).RollingMonths.ShouldBe(1);
        At(points, 2026, 5).RollingDays.ShouldBe(2.4m);
        At(points, 2026, 6).RollingMonths.ShouldBe(2);
        At(points, 2026, 6).RollingDays.ShouldBe(2.5m);
    }

    [Fact]
    public void Window_is_three_calendar_months_not_the_three_latest_rows()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 9.0m, 10), F(2026, 4, 2.0m, 10)], Threshold);

        var april = At(points, 2026, 4);
        april.RollingMonths.ShouldBe(1, "February–April: January lies outside the window");
        april.RollingDays.ShouldBe(2.0m);
    }

    [Fact]
    public void Window_crosses_the_year_boundary_November_December_January()
    {
        var points = DischargeIndicator.Compute([F(2026, 11, 2.0m, 20), F(2026, 12, 3.0m, 20), F(2027, 1, 4.0m, 10)], Threshold);

        var january = At(points, 2027, 1);
        january.RollingMonths.ShouldBe(3);
        january.RollingDays.ShouldBe(2.8m, "(2·20 + 3·20 + 4·10) / 50");
        points.Select(p => p.Month).ShouldBe([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)]);
    }

    [Fact]
    public void Month_with_zero_discharged_patients_weighs_nothing()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 0m, 0), F(2026, 2, 3.0m, 10), F(2026, 3, 4.0m, 10)], Threshold);

        var march = At(points, 2026, 3);
        march.RollingDays.ShouldBe(3.5m, "January had no patients; the plain mean of 0, 3 and 4 would be 2,3");
        march.RollingWeighted.ShouldBeTrue();
        march.RollingComparison.ShouldBe(ThresholdComparison.Over);
    }

    [Fact]
    public void Window_without_any_discharged_patient_takes_the_plain_mean()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 0m, 0), F(2026, 2, 0m, 0), F(2026, 3, 0m, 0)], Threshold);

        var march = At(points, 2026, 3);
        march.RollingDays.ShouldBe(0m);
        march.RollingWeighted.ShouldBeFalse("there is nobody to weigh by");
        march.RollingComparison.ShouldBe(ThresholdComparison.Under);
    }

    [Theory]
    [InlineData(2.9, ThresholdComparison.Under)]
    [InlineData(3.0, ThresholdComparison.At)]
    [InlineData(3.1, ThresholdComparison.Over)]
    public void Value_is_compared_with_the_threshold_and_equal_is_within(double days, ThresholdComparison expected)
    {
        var point = DischargeIndicator.Compute([F(2026, 3, (decimal)days, 40)], Threshold).Single();

        point.RollingComparison.ShouldBe(expected);
        point.MonthComparison.ShouldBe(expected);
        point.OverThreshold.ShouldBe(expected == ThresholdComparison.Over);
    }

    [Fact]
    public void Value_exactly_at_the_threshold_after_weighting_is_within()
    {
        var points = DischargeIndicator.Compute([F(2026, 1, 2.0m, 10), F(2026, 2, 3.5m, 20), F(2026, 3, 3.0m, 10)], Threshold);

        var march = At(points, 2026, 3);
        march.RollingDays.ShouldBe(3.0m, "(20 + 70 + 30) / 40");
        march.RollingComparison.ShouldBe(ThresholdComparison.At);
        march.OverThreshold.ShouldBeFalse();
    }

    [Theory]
    [InlineData(2.25, 2.3)]
    [InlineData(2.35, 2.4)]
    [InlineData(0.05, 0.1)]
    [InlineData(3.04, 3.0)]
    [InlineData(3.049, 3.0)]
    [InlineData(2.95, 3.0)]
    public void Values_are_rounded_to_one_decimal_half_away_from_zero(double value, double rounded) =>
        DischargeIndicator.Round((decimal)value).ShouldBe((decimal)rounded);

    [Fact]
    public void Rolling_value_is_rounded_before_it_is_compared_so_what_is_shown_is_what_is_judged()
    {
        // 3,05 is shown as 3,1 and is over 3,0; 3,04 is shown as 3,0 and is within it.
        var over = DischargeIndicator.Compute([F(2026, 1, 3.0m, 1), F(2026, 2, 3.1m, 1)], Threshold);
        var within = DischargeIndicator.Compute([F(2026, 1, 3.0m, 3), F(2026, 2, 0m, 0), F(2026, 3, 3.12m, 2)], Threshold);

        At(over, 2026, 2).RollingDays.ShouldBe(3.1m);
        At(over, 2026, 2).RollingComparison.ShouldBe(ThresholdComparison.Over);
        At(within, 2026, 3).RollingDays.ShouldBe(3.0m, "(9 + 0 + 6,24) / 5 = 3,048");
        At(within, 2026, 3).RollingComparison.ShouldBe(ThresholdComparison.At);
    }

    [Fact]
    public void Threshold_decides_over_and_under_for_the_same_figures()
    {
        var figures = new[] { F(2026, 1, 3.2m, 10), F(2026, 2, 3.4m, 10), F(2026, 3, 3.3m, 10) };

        At(DischargeIndicator.Compute(figures, 3.0m), 2026, 3).OverThreshold.ShouldBeTrue();
        At(DischargeIndicator.Compute(figures, 3.5m), 2026, 3).OverThreshold.ShouldBeFalse();
        At(DischargeIndicator.Compute(figures, 3.3m), 2026, 3).RollingComparison.ShouldBe(ThresholdComparison.At);
    }

    [Fact]
    public void Figures_in_any_order_and_on_any_day_of_the_month_come_out_by_month_oldest_first()
    {
        var points = DischargeIndicator.Compute(
            [new(new DateOnly(2026, 3, 15), 3.0m, 10), new(new DateOnly(2026, 1, 31), 2.0m, 10), new(new DateOnly(2026, 2, 1), 4.0m, 10)], Threshold);

        points.Select(p => p.Month).ShouldBe([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)]);
        At(points, 2026, 3).RollingDays.ShouldBe(3.0m);
        At(points, 2026, 3).RollingMonths.ShouldBe(3);
    }

    [Fact]
    public void Two_figures_for_the_same_month_are_refused()
    {
        Should.Throw<ArgumentException>(() => DischargeIndicator.Compute([F(2026, 3, 3.0m), new(new DateOnly(2026, 3, 20), 2.0m, null)], Threshold));
    }

    [Fact]
    public void No_figures_give_no_points() =>
        DischargeIndicator.Compute([], Threshold).ShouldBeEmpty();
}
