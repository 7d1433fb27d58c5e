using Samsyn.Web.Features.Structure;
using static Samsyn.Web.Features.Structure.GroupHierarchy;

namespace Samsyn.UnitTests.Features.Structure.Groups;

public sealed class GroupHierarchyTests
{
    private const int Simba = 1;
    private const int Skaraborg = 2;

    // SIMBA: political (10) → coordination (11) → management (12) → collaboration (13) → collaboration (14).
    // Skaraborg: political (20).
    private static readonly Node[] Groups =
    [
        new(10, null, Simba, GroupLevel.Political),
        new(11, 10, Simba, GroupLevel.Coordination),
        new(12, 11, Simba, GroupLevel.Management),
        new(13, 12, Simba, GroupLevel.Collaboration),
        new(14, 13, Simba, GroupLevel.Collaboration),
        new(20, null, Skaraborg, GroupLevel.Political),
    ];

    [Fact]
    public void Group_without_parent_is_valid() =>
        CheckParent(12, Simba, GroupLevel.Management, null, Groups).ShouldBeNull();

    [Fact]
    public void Parent_in_the_same_area_at_a_higher_level_is_valid() =>
        CheckParent(13, Simba, GroupLevel.Collaboration, 11, Groups).ShouldBeNull();

    [Fact]
    public void Parent_at_the_same_level_is_valid() =>
        CheckParent(14, Simba, GroupLevel.Collaboration, 13, Groups).ShouldBeNull();

    [Fact]
    public void New_group_may_sit_under_an_existing_group() =>
        CheckParent(null, Simba, GroupLevel.Collaboration, 14, Groups).ShouldBeNull();

    [Fact]
    public void Group_cannot_be_its_own_parent() =>
        CheckParent(13, Simba, GroupLevel.Collaboration, 13, Groups).ShouldBe("En grupp kan inte vara överordnad sig själv.");

    [Fact]
    public void Group_cannot_sit_under_its_own_descendant()
    {
        // 13 → 14 already; making 14 the parent of 13 would close a circle.
        var reason = CheckParent(13, Simba, GroupLevel.Collaboration, 14, Groups);
        reason.ShouldNotBeNull();
        reason.ShouldContain("cirkel");
    }

    [Fact]
    public void Cycle_is_found_through_several_generations()
    {
        Node[] chain = [new(1, null, Simba, GroupLevel.Collaboration), new(2, 1, Simba, GroupLevel.Collaboration),
            new(3, 2, Simba, GroupLevel.Collaboration), new(4, 3, Simba, GroupLevel.Collaboration)];
        CheckParent(1, Simba, GroupLevel.Collaboration, 4, chain).ShouldNotBeNull().ShouldContain("cirkel");
    }

    [Fact]
    public void Parent_in_another_area_is_refused() =>
        CheckParent(13, Simba, GroupLevel.Collaboration, 20, Groups).ShouldBe("Den överordnade gruppen måste höra till samma samverkansområde.");

    [Fact]
    public void Parent_at_a_lower_level_is_refused() =>
        CheckParent(11, Simba, GroupLevel.Coordination, 12, Groups).ShouldBe("Den överordnade gruppen måste stå på samma nivå eller högre.");

    [Fact]
    public void Unknown_parent_is_refused() =>
        CheckParent(13, Simba, GroupLevel.Collaboration, 999, Groups).ShouldBe("Den överordnade gruppen finns inte.");

    [Fact]
    public void Cycle_already_in_stored_data_does_not_hang_the_check()
    {
        Node[] broken = [new(5, 6, Simba, GroupLevel.Collaboration), new(6, 5, Simba, GroupLevel.Collaboration)];
        CheckParent(null, Simba, GroupLevel.Collaboration, 5, broken).ShouldBeNull();
    }
}
