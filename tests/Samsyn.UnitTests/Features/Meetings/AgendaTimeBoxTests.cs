using Samsyn.Web.Features.Meetings;

namespace Samsyn.UnitTests.Features.Meetings;

public sealed class AgendaTimeBoxTests
{
    [Theory]
    [InlineData(0, 60, true)]
    [InlineData(45, 60, true)]
    [InlineData(60, 60, true)]
    [InlineData(61, 60, false)]
    [InlineData(240, 60, false)]
    public void Agenda_fits_when_its_time_boxes_do_not_exceed_the_meeting(int agenda, int meeting, bool fits) =>
        AgendaTimeBox.Fits(agenda, meeting).ShouldBe(fits);

    [Fact]
    public void Fitting_agenda_is_described_as_planned_minutes() =>
        AgendaTimeBox.Describe(45, 60).ShouldBe("45 av 60 minuter planerade");

    [Fact]
    public void Full_agenda_still_fits() =>
        AgendaTimeBox.Describe(60, 60).ShouldBe("60 av 60 minuter planerade");

    [Fact]
    public void Overrun_is_described_with_the_excess() =>
        AgendaTimeBox.Describe(75, 60).ShouldBe("Dagordningen tar 75 minuter men mötet är 60 minuter – 15 minuter för mycket.");
}
