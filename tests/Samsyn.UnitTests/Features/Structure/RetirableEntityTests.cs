using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Structure;

public sealed class RetirableEntityTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Retired_record_remembers_when()
    {
        var group = new Group();
        group.Retire(Now);
        group.IsRetired.ShouldBeTrue();
        group.RetiredAt.ShouldBe(Now);
    }

    [Fact]
    public void Retiring_twice_is_refused_and_keeps_the_first_date()
    {
        var group = new Group();
        group.Retire(Now);
        Should.Throw<InvalidStateChangeException>(() => group.Retire(Now.AddDays(1)));
        group.RetiredAt.ShouldBe(Now);
    }

    [Fact]
    public void Reinstated_record_is_active_again()
    {
        var organisation = new Organisation();
        organisation.Retire(Now);
        organisation.Reinstate();
        organisation.IsRetired.ShouldBeFalse();
        organisation.RetiredAt.ShouldBeNull();
    }

    [Fact]
    public void Reinstating_an_active_record_is_refused()
    {
        var person = new Person();
        Should.Throw<InvalidStateChangeException>(person.Reinstate);
        person.IsRetired.ShouldBeFalse();
    }

    [Fact]
    public void Record_can_be_retired_again_after_reinstatement()
    {
        var group = new Group();
        group.Retire(Now);
        group.Reinstate();
        group.Retire(Now.AddDays(2));
        group.RetiredAt.ShouldBe(Now.AddDays(2));
    }
}
