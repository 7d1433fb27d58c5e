using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Structure.Groups;

public sealed class MembershipTests
{
    private const int Member = 7;

    private static Membership Seat() => new() { GroupId = 1, PersonId = Member, Role = MemberRole.Member };

    private static int[] InOrder(Membership m) => [.. m.Substitutes.OrderBy(s => s.Order).Select(s => s.PersonId)];

    [Fact]
    public void Substitutes_keep_the_order_given()
    {
        var seat = Seat();
        seat.SetSubstitutes([5, 3, 9]);
        InOrder(seat).ShouldBe([5, 3, 9]);
        seat.Substitutes.Select(s => s.Order).OrderBy(o => o).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Reordering_substitutes_keeps_the_existing_rows()
    {
        var seat = Seat();
        seat.SetSubstitutes([5, 3]);
        var first = seat.Substitutes.Single(s => s.PersonId == 5);

        seat.SetSubstitutes([3, 5]);

        InOrder(seat).ShouldBe([3, 5]);
        seat.Substitutes.Single(s => s.PersonId == 5).ShouldBeSameAs(first);
        first.Order.ShouldBe(2);
    }

    [Fact]
    public void Substitutes_left_out_are_removed()
    {
        var seat = Seat();
        seat.SetSubstitutes([5, 3, 9]);
        seat.SetSubstitutes([9]);
        InOrder(seat).ShouldBe([9]);
        seat.Substitutes.Single().Order.ShouldBe(1);
    }

    [Fact]
    public void Empty_list_removes_every_substitute()
    {
        var seat = Seat();
        seat.SetSubstitutes([5, 3]);
        seat.SetSubstitutes([]);
        seat.Substitutes.ShouldBeEmpty();
    }

    [Fact]
    public void Member_cannot_be_their_own_substitute()
    {
        var seat = Seat();
        seat.SetSubstitutes([5]);

        Should.Throw<InvalidStateChangeException>(() => seat.SetSubstitutes([3, Member]));

        InOrder(seat).ShouldBe([5], "a refused change must leave the substitutes as they were");
    }
}
