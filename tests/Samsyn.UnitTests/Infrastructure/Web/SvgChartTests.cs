using System.Globalization;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.UnitTests.Infrastructure.Web;

/// <summary>Coordinates and path strings of the inline SVG charts.</summary>
public sealed class SvgChartTests
{
    // The default chart: 600 × 160, plotted between x 36 and 592, y 8 (top) and 138 (bottom).
    private readonly SvgChart chart = new();

    private static readonly DateTimeOffset From = new(2027, 2, 1, 0, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(-5.0, 1.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.7, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.1, 2.0)]
    [InlineData(2.0, 2.0)]
    [InlineData(2.01, 5.0)]
    [InlineData(5.0, 5.0)]
    [InlineData(7.0, 10.0)]
    [InlineData(10.0, 10.0)]
    [InlineData(11.0, 20.0)]
    [InlineData(49.0, 50.0)]
    [InlineData(99.0, 100.0)]
    [InlineData(100.0, 100.0)]
    [InlineData(101.0, 200.0)]
    [InlineData(1000.0, 1000.0)]
    [InlineData(1234.0, 2000.0)]
    [InlineData(6000.0, 10000.0)]
    public void NiceMax_is_the_next_1_2_5_or_10_step(double max, double nice) =>
        SvgChart.NiceMax(max).ShouldBe(nice, 1e-9);

    [Fact]
    public void Plot_area_is_the_box_less_its_padding()
    {
        chart.Left.ShouldBe(36);
        chart.Right.ShouldBe(592);
        chart.Top.ShouldBe(8);
        chart.Bottom.ShouldBe(138);
        chart.ViewBox.ShouldBe("0 0 600 160");
        new SvgChart(300, 100, 10, 10, 5, 5).ViewBox.ShouldBe("0 0 300 100");
    }

    [Fact]
    public void Items_are_spread_from_left_to_right()
    {
        chart.X(0, 3).ShouldBe(36);
        chart.X(1, 3).ShouldBe(314);
        chart.X(2, 3).ShouldBe(592);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void A_single_item_stands_in_the_middle(int count) => chart.X(0, count).ShouldBe(314);

    [Fact]
    public void Moments_are_placed_in_proportion_and_clamped_to_the_range()
    {
        var to = From.AddDays(10);

        chart.X(From, From, to).ShouldBe(36);
        chart.X(to, From, to).ShouldBe(592);
        chart.X(From.AddDays(5), From, to).ShouldBe(314, 1e-9);
        chart.X(From.AddDays(-3), From, to).ShouldBe(36);
        chart.X(to.AddDays(3), From, to).ShouldBe(592);
    }

    [Fact]
    public void Empty_or_backward_time_range_puts_everything_at_the_left()
    {
        chart.X(From.AddDays(1), From, From).ShouldBe(36);
        chart.X(From, From.AddDays(1), From).ShouldBe(36);
    }

    [Fact]
    public void Values_are_placed_from_the_bottom_up_and_clamped()
    {
        chart.Y(0, 0, 10).ShouldBe(138);
        chart.Y(10, 0, 10).ShouldBe(8);
        chart.Y(5, 0, 10).ShouldBe(73, 1e-9);
        chart.Y(-4, 0, 10).ShouldBe(138);
        chart.Y(25, 0, 10).ShouldBe(8);
    }

    [Fact]
    public void Empty_or_inverted_scale_puts_values_at_the_bottom()
    {
        chart.Y(5, 10, 10).ShouldBe(138);
        chart.Y(5, 10, 0).ShouldBe(138);
    }

    [Fact]
    public void Path_moves_to_the_first_point_and_draws_lines_to_the_rest()
    {
        SvgChart.Path([(36, 138), (314, 73.26), (592, 8)]).ShouldBe("M36 138 L314 73.3 L592 8");
        SvgChart.Path([(1, 2)]).ShouldBe("M1 2");
        SvgChart.Path([]).ShouldBe("");
    }

    [Fact]
    public void Step_path_holds_each_value_until_the_next_point_and_to_the_end()
    {
        SvgChart.StepPath([(0, 10), (5, 20), (8, 15)], 12).ShouldBe("M0 10 H5 V20 H8 V15 H12");
        SvgChart.StepPath([(3, 4)], 9).ShouldBe("M3 4 H9");
        SvgChart.StepPath([], 9).ShouldBe("");
    }

    [Fact]
    public void Numbers_are_rounded_to_one_decimal()
    {
        SvgChart.N(12.34).ShouldBe("12.3");
        SvgChart.N(12.36).ShouldBe("12.4");
        SvgChart.N(7).ShouldBe("7");
    }

    [Fact]
    public void Numbers_are_invariant_under_a_Swedish_culture()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
            // Swedish writes 1,5 and uses the minus sign U+2212: neither is a number in SVG.
            (-1.5).ToString(CultureInfo.CurrentCulture).ShouldBe("\u22121,5", "the culture under test is really Swedish");

            var path = SvgChart.Path([(-1.5, 2.75), (1234.56, -0.5)]);
            var steps = SvgChart.StepPath([(0.5, -2.25), (10.25, 3.5)], 20.5);
            var view = new SvgChart(600.5, 160.25).ViewBox;

            path.ShouldBe("M-1.5 2.8 L1234.6 -0.5");
            steps.ShouldBe("M0.5 -2.2 H10.2 V3.5 H20.5");
            view.ShouldBe("0 0 600.5 160.2");
            foreach (var text in new[] { path, steps, view, SvgChart.N(-3.5) })
            {
                text.ShouldNotContain(',');
                text.ShouldNotContain('\u2212');
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
