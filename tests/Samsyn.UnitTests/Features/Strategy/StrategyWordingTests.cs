using Samsyn.Web.Features.Strategy;

namespace Samsyn.UnitTests.Features.Strategy;

/// <summary>The report's sentences in Swedish: singular for one, one full stop at the end of a listing.</summary>
public sealed class StrategyWordingTests
{
    [Theory]
    [InlineData(0, "0 aktiviteter")]
    [InlineData(1, "1 aktivitet")]
    [InlineData(2, "2 aktiviteter")]
    [InlineData(11, "11 aktiviteter")]
    public void Activities_are_counted_in_singular_only_for_one(int count, string expected) =>
        StrategyPages.Activities(count).ShouldBe(expected);

    [Theory]
    [InlineData(1, "1 verksamhetsplan")]
    [InlineData(3, "3 verksamhetsplaner")]
    public void Activity_plans_are_counted_in_singular_only_for_one(int count, string expected) =>
        StrategyPages.ActivityPlans(count).ShouldBe(expected);

    [Fact]
    public void A_listing_ends_with_one_full_stop_when_the_last_name_has_its_own() =>
        StrategyPages.Listing(["Nära vården", "Stödja arbetet i samverkansgrupperna."])
            .ShouldBe("Nära vården; Stödja arbetet i samverkansgrupperna.");

    [Fact]
    public void A_listing_gets_a_full_stop_when_the_names_have_none() =>
        StrategyPages.Listing(["Barn och unga", "Kroniskt sjuka"]).ShouldBe("Barn och unga; Kroniskt sjuka.");
}
