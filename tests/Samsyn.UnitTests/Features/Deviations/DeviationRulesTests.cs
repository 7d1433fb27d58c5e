using Samsyn.Web.Features.Deviations;

namespace Samsyn.UnitTests.Features.Deviations;

public sealed class DeviationRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static DeviationInput Valid() => new()
    {
        ReportingOrganisationId = 1, ConcernedOrganisationIds = [2], Process = "discharge", Step = "admissionNoticeLate",
        OccurredOn = Today, Description = "Inskrivningsmeddelandet kom efter tre dygn.",
    };

    [Fact]
    public void A_complete_report_of_today_passes() => DeviationRules.Check(Valid(), Today).ShouldBeEmpty();

    [Fact]
    public void An_occurrence_tomorrow_is_refused()
    {
        var input = Valid();
        input.OccurredOn = Today.AddDays(1);

        DeviationRules.Check(input, Today)["occurredOn"].ShouldHaveSingleItem().ShouldContain("framtiden");
    }

    [Fact]
    public void The_reporting_organisation_as_the_only_concerned_one_is_refused()
    {
        var input = Valid();
        input.ConcernedOrganisationIds = [1];

        DeviationRules.Check(input, Today).Keys.ShouldBe(["concernedOrganisationIds"]);
    }

    [Fact]
    public void Missing_fields_are_named_each()
    {
        var errors = DeviationRules.Check(new DeviationInput(), Today);

        errors.Keys.Order().ShouldBe(["concernedOrganisationIds", "description", "occurredOn", "process", "reportingOrganisationId", "step"]);
    }

    [Fact]
    public void Too_long_a_description_is_refused()
    {
        var input = Valid();
        input.Description = new string('a', DeviationRules.MaxText + 1);

        DeviationRules.Check(input, Today)["description"].ShouldHaveSingleItem().ShouldContain("högst 4000");
    }
}
