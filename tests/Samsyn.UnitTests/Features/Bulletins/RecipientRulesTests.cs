using Samsyn.Web.Features.Bulletins;

namespace Samsyn.UnitTests.Features.Bulletins;

public sealed class RecipientRulesTests
{
    private static readonly OrganisationFact[] Organisations =
    [
        new(1, AreaId: 10, Active: true), new(2, 10, true), new(3, 10, Active: false), new(4, 20, true), new(5, 20, true),
    ];

    private static readonly SeatFact[] Seats =
    [
        new(GroupId: 7, OrganisationId: 1, Active: true), new(7, 2, Active: false), new(7, 3, true), new(7, null, true), new(7, 4, true),
        new(7, 4, true), new(8, 5, true),
    ];

    private static RecipientChoice Choice(int? areaId = null, int? groupId = null, List<int>? organisationIds = null) =>
        RecipientRules.Choose(areaId, groupId, organisationIds).Choice.ShouldNotBeNull();

    [Fact]
    public void Area_means_its_active_organisations()
    {
        RecipientRules.Resolve(Choice(areaId: 10), Organisations, Seats).ShouldBe([1, 2]);
    }

    [Fact]
    public void Group_means_active_organisations_with_an_active_seat_each_once()
    {
        // 2's seat is retired, 3 is a retired organisation, a seat without organisation counts for none, 4 holds two seats.
        RecipientRules.Resolve(Choice(groupId: 7), Organisations, Seats).ShouldBe([1, 4]);
    }

    [Fact]
    public void Chosen_organisations_are_taken_once_and_retired_ones_left_out()
    {
        var choice = Choice(organisationIds: [5, 1, 5, 3]);

        RecipientRules.Resolve(choice, Organisations, Seats).ShouldBe([1, 5]);
        RecipientRules.Unavailable(choice, Organisations).ShouldBe([3]);
    }

    [Fact]
    public void Unknown_organisation_is_unavailable()
    {
        RecipientRules.Unavailable(Choice(organisationIds: [1, 99]), Organisations).ShouldBe([99]);
    }

    [Fact]
    public void Area_without_active_organisations_resolves_to_none()
    {
        RecipientRules.Resolve(Choice(areaId: 30), Organisations, Seats).ShouldBeEmpty();
    }

    [Fact]
    public void No_choice_is_refused_on_recipients()
    {
        var (choice, field, error) = RecipientRules.Choose(null, null, null);

        choice.ShouldBeNull();
        field.ShouldBe("recipients");
        error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Two_choices_at_once_are_refused()
    {
        var (choice, field, _) = RecipientRules.Choose(10, 7, null);

        choice.ShouldBeNull();
        field.ShouldBe("recipients");
    }

    [Fact]
    public void Empty_organisation_list_is_refused_on_organisationIds()
    {
        var (choice, field, _) = RecipientRules.Choose(null, null, []);

        choice.ShouldBeNull();
        field.ShouldBe("organisationIds");
    }

    [Theory]
    [InlineData(RecipientKind.Area, "areaId")]
    [InlineData(RecipientKind.Group, "groupId")]
    [InlineData(RecipientKind.Organisations, "organisationIds")]
    public void Each_kind_of_choice_names_its_field(RecipientKind kind, string field) => RecipientRules.FieldOf(kind).ShouldBe(field);
}
