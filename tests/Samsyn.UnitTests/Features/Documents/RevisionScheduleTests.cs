using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;

namespace Samsyn.UnitTests.Features.Documents;

public sealed class RevisionScheduleTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Next_revision_is_the_review_interval_after_the_last_approval() =>
        RevisionSchedule.NextDue(new DateOnly(2023, 12, 1), 24, null).ShouldBe(new DateOnly(2025, 12, 1));

    [Fact]
    public void Yearly_revision_of_the_strategic_plan_falls_a_year_after_its_adoption() =>
        RevisionSchedule.NextDue(new DateOnly(2018, 10, 5), 12, new DateOnly(2020, 12, 31)).ShouldBe(new DateOnly(2019, 10, 5));

    [Fact]
    public void The_end_of_validity_comes_first_when_it_is_earlier_than_the_interval() =>
        RevisionSchedule.NextDue(new DateOnly(2020, 3, 1), 12, new DateOnly(2020, 12, 31)).ShouldBe(new DateOnly(2020, 12, 31));

    [Fact]
    public void Without_an_interval_the_end_of_validity_is_the_due_date() =>
        RevisionSchedule.NextDue(new DateOnly(2020, 3, 1), null, new DateOnly(2022, 6, 30)).ShouldBe(new DateOnly(2022, 6, 30));

    [Fact]
    public void Nothing_is_due_before_the_first_approval_or_without_interval_and_validity()
    {
        RevisionSchedule.NextDue(null, 12, new DateOnly(2030, 1, 1)).ShouldBeNull();
        RevisionSchedule.NextDue(new DateOnly(2026, 1, 1), null, null).ShouldBeNull();
    }

    [Fact]
    public void A_month_end_approval_is_due_on_the_last_day_of_the_shorter_month() =>
        RevisionSchedule.NextDue(new DateOnly(2024, 1, 31), 1, null).ShouldBe(new DateOnly(2024, 2, 29));

    [Theory]
    [InlineData(-1, RevisionState.Overdue)]
    [InlineData(0, RevisionState.DueSoon)]
    [InlineData(RevisionSchedule.SoonDays, RevisionState.DueSoon)]
    [InlineData(RevisionSchedule.SoonDays + 1, RevisionState.Scheduled)]
    public void Due_soon_covers_today_to_sixty_days_ahead_and_overdue_starts_the_day_after(int days, RevisionState expected) =>
        RevisionSchedule.StateOn(Today.AddDays(days), Today).ShouldBe(expected);

    [Fact]
    public void Without_a_date_no_revision_is_scheduled() => RevisionSchedule.StateOn(null, Today).ShouldBe(RevisionState.NotScheduled);

    [Fact]
    public void Approving_a_version_moves_the_next_revision_from_its_decision_day()
    {
        var document = new GoverningDocument { ApprovingGroupId = 2, ReviewIntervalMonths = 24 };
        var at = DateTimeOffset.UnixEpoch;
        document.Approve(document.StartFirstDraft("<p>Text</p>", at, "x"), new Decision { GroupId = 2, DecidedOn = new DateOnly(2021, 12, 3) }, at, "x");
        document.NextRevisionDue.ShouldBe(new DateOnly(2023, 12, 3));

        document.Approve(document.StartRevision("Revision.", at, "x"), new Decision { GroupId = 2, DecidedOn = new DateOnly(2023, 12, 1) }, at, "x");
        document.NextRevisionDue.ShouldBe(new DateOnly(2025, 12, 1));
    }

    [Fact]
    public void A_date_set_by_hand_holds_until_the_next_approval()
    {
        var document = new GoverningDocument { ApprovingGroupId = 2, ReviewIntervalMonths = 12 };
        var at = DateTimeOffset.UnixEpoch;
        document.Approve(document.StartFirstDraft("<p>Text</p>", at, "x"), new Decision { GroupId = 2, DecidedOn = new DateOnly(2026, 1, 10) }, at, "x");

        document.SetRevisionDue(new DateOnly(2026, 6, 30));
        document.NextRevisionDue.ShouldBe(new DateOnly(2026, 6, 30));
        document.RevisionDueSetByHand.ShouldBeTrue();

        document.Approve(document.StartRevision("Revision.", at, "x"), new Decision { GroupId = 2, DecidedOn = new DateOnly(2026, 6, 20) }, at, "x");
        document.NextRevisionDue.ShouldBe(new DateOnly(2027, 6, 20));
        document.RevisionDueSetByHand.ShouldBeFalse();
    }
}
