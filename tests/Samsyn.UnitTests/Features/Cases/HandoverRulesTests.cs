using Samsyn.Web.Features.Cases;

namespace Samsyn.UnitTests.Features.Cases;

/// <summary>A handover goes to another, active group of the same area, with a report-back date that has not passed.</summary>
public sealed class HandoverRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly GroupRef Management = new(1, 10, "Ledningsgrupp i samverkan", false);
    private static readonly GroupRef Ale = new(2, 10, "Närområdesgrupp Ale", false);
    private static readonly GroupRef Skaraborg = new(3, 20, "Samverkansgrupp Psykisk hälsa", false);

    [Fact]
    public void Group_of_the_same_area_with_a_coming_date_passes()
    {
        HandoverRules.Check(Management, Ale, Today.AddDays(30), Today).ShouldBeEmpty();
    }

    [Fact]
    public void Today_is_the_earliest_report_back_date()
    {
        HandoverRules.Check(Management, Ale, Today, Today).ShouldBeEmpty();
        var errors = HandoverRules.Check(Management, Ale, Today.AddDays(-1), Today);
        errors.Keys.ShouldBe(["reportBackBy"]);
        errors["reportBackBy"].ShouldHaveSingleItem().ShouldContain("redan passerat");
    }

    [Fact]
    public void Group_cannot_hand_over_to_itself()
    {
        var errors = HandoverRules.Check(Management, Management, Today.AddDays(30), Today);
        errors.Keys.ShouldBe(["toGroupId"]);
        errors["toGroupId"].ShouldHaveSingleItem().ShouldContain("sig själv");
    }

    [Fact]
    public void Group_of_another_area_is_refused_by_name()
    {
        var errors = HandoverRules.Check(Management, Skaraborg, Today.AddDays(30), Today);
        errors.Keys.ShouldBe(["toGroupId"]);
        errors["toGroupId"].ShouldHaveSingleItem().ShouldBe(
            "Samverkansgrupp Psykisk hälsa hör till ett annat samverkansområde. En fråga kan bara lämnas över till en grupp i samma område som Ledningsgrupp i samverkan.");
    }

    [Fact]
    public void Retired_or_missing_group_is_refused()
    {
        HandoverRules.Check(Management, Ale with { Retired = true }, Today.AddDays(30), Today).Keys.ShouldBe(["toGroupId"]);
        HandoverRules.Check(Management, null, Today.AddDays(30), Today).Keys.ShouldBe(["toGroupId"]);
    }

    [Fact]
    public void Report_back_date_is_required_and_at_most_two_years_ahead()
    {
        HandoverRules.Check(Management, Ale, null, Today).Keys.ShouldBe(["reportBackBy"]);
        HandoverRules.Check(Management, Ale, Today.AddYears(2), Today).ShouldBeEmpty();
        HandoverRules.Check(Management, Ale, Today.AddYears(2).AddDays(1), Today).Keys.ShouldBe(["reportBackBy"]);
    }

    [Fact]
    public void Every_mistake_is_named_at_once()
    {
        HandoverRules.Check(Management, Skaraborg, Today.AddDays(-10), Today).Keys.ShouldBe(["toGroupId", "reportBackBy"], ignoreOrder: true);
    }

    [Fact]
    public void Report_back_links_are_web_addresses_one_per_line()
    {
        HandoverRules.LinkError(null).ShouldBeNull();
        HandoverRules.LinkError("  \n ").ShouldBeNull();
        HandoverRules.LinkError("https://samverkan.example/rutin.pdf\n\n  http://intranat.example/a  ").ShouldBeNull();
        HandoverRules.LinkError("https://samverkan.example/rutin.pdf\nrutinen på intranätet").ShouldNotBeNull().ShouldContain("rutinen på intranätet");
        HandoverRules.LinkError("ftp://filer.example/rutin.pdf").ShouldNotBeNull();
        HandoverRules.LinkError("javascript:alert(1)").ShouldNotBeNull();
        HandoverRules.Lines(" https://a.example \n\nhttps://b.example").ShouldBe(["https://a.example", "https://b.example"]);
    }
}
