using Samsyn.Web.Features.Home;

namespace Samsyn.UnitTests.Features.Home;

public class StartPageOverviewTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void An_action_past_its_day_says_it_is_late()
    {
        StartPageOverview.ActionText("Sammanställ avvikelserna.", new DateOnly(2026, 9, 1), Today)
            .ShouldBe("Åtgärd: Sammanställ avvikelserna. – försenad, skulle vara klar 2026-09-01");
    }

    [Fact]
    public void An_action_due_today_is_not_late_yet()
    {
        StartPageOverview.ActionText("Skicka underlaget.", Today, Today).ShouldBe("Åtgärd: Skicka underlaget. (senast 2026-11-29)");
    }

    [Fact]
    public void An_action_without_a_day_has_no_date()
    {
        StartPageOverview.ActionText("Bjud in regionen.", null, Today).ShouldBe("Åtgärd: Bjud in regionen.");
    }
}
