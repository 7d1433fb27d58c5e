using Samsyn.Web.Features.Situation.Discharge;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>The geometry of the line chart: lines broken where a month is missing, the scale holding the threshold.</summary>
public sealed class DischargeChartTests
{
    private static DischargeMunicipalityView Municipality(params (int Month, decimal Days)[] months)
    {
        var points = DischargeIndicator.Compute(months.Select(m => new DischargeFigure(new DateOnly(2026, m.Month, 1), m.Days, 10)), 3.0m);
        var views = points.Select(p => DischargeViews.View(p, 1)).ToList();
        return new DischargeMunicipalityView(1, "Ale kommun – vård och omsorg", views.LastOrDefault(), views);
    }

    private static IReadOnlyList<DateOnly> Axis(int from, int to) => [.. DischargeMonth.Range(new DateOnly(2026, from, 1), new DateOnly(2026, to, 1))];

    [Fact]
    public void Month_without_figures_breaks_the_lines_instead_of_bridging_them()
    {
        var chart = DischargeChart.Build("c", Municipality((1, 2m), (2, 2.5m), (4, 3m), (5, 2m)), Axis(1, 5), 3.0m);

        chart.MonthlyLines.Count.ShouldBe(2, "January–February and April–May");
        chart.RollingLines.Count.ShouldBe(2);
        chart.MonthlyMarkers.Count.ShouldBe(4);
    }

    [Fact]
    public void Lone_month_is_a_marker_without_a_line()
    {
        var chart = DischargeChart.Build("c", Municipality((3, 2m)), Axis(1, 5), 3.0m);

        chart.MonthlyLines.ShouldBeEmpty();
        chart.MonthlyMarkers.ShouldHaveSingleItem();
    }

    [Fact]
    public void Scale_reaches_above_the_threshold_and_the_highest_value()
    {
        var low = DischargeChart.Build("c", Municipality((1, 1m), (2, 1.2m)), Axis(1, 2), 3.0m);
        var high = DischargeChart.Build("c", Municipality((1, 9.6m), (2, 1m)), Axis(1, 2), 3.0m);

        low.YTicks[^1].Label.ShouldBe("4", "the threshold 3,0 with room above it");
        double.Parse(low.ThresholdY, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DischargeChartModel.NewFrame().Top);
        high.YTicks[^1].Label.ShouldBe("12", "above 9,6 in steps of 2");
        high.YTicks.Select(t => t.Label).ShouldBe(["0", "2", "4", "6", "8", "10", "12"]);
    }

    [Fact]
    public void Chart_is_named_by_municipality_and_period_and_summarised_in_words()
    {
        var chart = DischargeChart.Build("c", Municipality((1, 3.2m), (2, 3.4m), (3, 3.3m)), Axis(1, 3), 3.0m);

        chart.Title.ShouldBe("Ale kommun – vård och omsorg: medeldagar per månad och rullande tre månader, jan 2026–mars 2026");
        chart.Description.ShouldContain("Senaste rullande värde 3,3 dagar (mars 2026): över gränsvärdet 3,0.");
        chart.Description.ShouldContain("Samma siffror finns i tabellen");
        chart.ThresholdLabel.ShouldBe("Gränsvärde 3,0");
    }
}
