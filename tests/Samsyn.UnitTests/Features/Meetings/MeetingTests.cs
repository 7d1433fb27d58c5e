using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Meetings;

public sealed class MeetingTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 23, 13, 0, 0, TimeSpan.FromHours(1));

    private static Meeting NewMeeting() => new() { GroupId = 1, Title = "Ledningsgrupp", StartsAt = Start, EndsAt = Start.AddHours(1), Location = "Teams" };

    [Fact]
    public void New_meeting_is_planned_with_an_open_agenda_and_editable_minutes()
    {
        var meeting = NewMeeting();
        meeting.Status.ShouldBe(MeetingStatus.Planned);
        meeting.IsAgendaPublished.ShouldBeFalse();
        meeting.AreMinutesApproved.ShouldBeFalse();
        meeting.CalendarSequence.ShouldBe(0);
        meeting.DurationMinutes.ShouldBe(60);
        Should.NotThrow(meeting.EnsureMinutesEditable);
    }

    [Fact]
    public void Every_meeting_gets_its_own_calendar_uid() =>
        NewMeeting().CalendarUid.ShouldNotBe(NewMeeting().CalendarUid);

    [Fact]
    public void Publishing_the_agenda_freezes_it_and_raises_the_sequence()
    {
        var meeting = NewMeeting();
        var at = Start.AddDays(-5);

        meeting.PublishAgenda(at);

        meeting.IsAgendaPublished.ShouldBeTrue();
        meeting.AgendaPublishedAt.ShouldBe(at);
        meeting.Status.ShouldBe(MeetingStatus.AgendaPublished);
        meeting.CalendarSequence.ShouldBe(1);
    }

    [Fact]
    public void Publishing_twice_is_refused_and_keeps_the_first_time()
    {
        var meeting = NewMeeting();
        var first = Start.AddDays(-5);
        meeting.PublishAgenda(first);

        Should.Throw<InvalidStateChangeException>(() => meeting.PublishAgenda(Start.AddDays(-1)));

        meeting.AgendaPublishedAt.ShouldBe(first);
        meeting.CalendarSequence.ShouldBe(1);
    }

    [Fact]
    public void Cancelling_raises_the_sequence_and_refuses_further_changes()
    {
        var meeting = NewMeeting();

        meeting.Cancel();

        meeting.Status.ShouldBe(MeetingStatus.Cancelled);
        meeting.CalendarSequence.ShouldBe(1);
        Should.Throw<InvalidStateChangeException>(meeting.Cancel);
        Should.Throw<InvalidStateChangeException>(() => meeting.PublishAgenda(Start.AddDays(-1)));
        Should.Throw<InvalidStateChangeException>(() => meeting.Reschedule(Start.AddDays(1), Start.AddDays(1).AddHours(1), null));
        Should.Throw<InvalidStateChangeException>(() => meeting.ApproveMinutes(Start.AddHours(2), "processledare@simba.example"));
        meeting.StartsAt.ShouldBe(Start);
        meeting.CalendarSequence.ShouldBe(1);
        meeting.AreMinutesApproved.ShouldBeFalse();
    }

    [Fact]
    public void Approving_the_minutes_locks_them()
    {
        var meeting = NewMeeting();
        var at = Start.AddHours(2);

        meeting.ApproveMinutes(at, "processledare@simba.example");

        meeting.AreMinutesApproved.ShouldBeTrue();
        meeting.MinutesApprovedAt.ShouldBe(at);
        meeting.MinutesApprovedBy.ShouldBe("processledare@simba.example");
        Should.Throw<InvalidStateChangeException>(meeting.EnsureMinutesEditable);
    }

    [Fact]
    public void Approving_twice_is_refused_and_keeps_the_first_approval()
    {
        var meeting = NewMeeting();
        meeting.ApproveMinutes(Start.AddHours(2), "first@simba.example");

        Should.Throw<InvalidStateChangeException>(() => meeting.ApproveMinutes(Start.AddDays(1), "second@simba.example"));

        meeting.MinutesApprovedBy.ShouldBe("first@simba.example");
        meeting.MinutesApprovedAt.ShouldBe(Start.AddHours(2));
    }

    [Fact]
    public void Approving_before_the_meeting_has_started_is_refused()
    {
        var meeting = NewMeeting();

        Should.Throw<InvalidStateChangeException>(() => meeting.ApproveMinutes(Start.AddMinutes(-1), "processledare@simba.example"));

        meeting.AreMinutesApproved.ShouldBeFalse();
        Should.NotThrow(meeting.EnsureMinutesEditable);
    }

    [Fact]
    public void Approving_at_the_start_is_allowed()
    {
        var meeting = NewMeeting();
        meeting.ApproveMinutes(Start, "processledare@simba.example");
        meeting.AreMinutesApproved.ShouldBeTrue();
    }

    [Fact]
    public void Held_meeting_with_approved_minutes_cannot_be_cancelled()
    {
        var meeting = NewMeeting();
        meeting.ApproveMinutes(Start.AddHours(2), "processledare@simba.example");

        Should.Throw<InvalidStateChangeException>(meeting.Cancel);

        meeting.Status.ShouldBe(MeetingStatus.Planned);
    }

    [Fact]
    public void Held_meeting_with_approved_minutes_cannot_be_rescheduled()
    {
        var meeting = NewMeeting();
        meeting.ApproveMinutes(Start.AddHours(2), "processledare@simba.example");

        Should.Throw<InvalidStateChangeException>(() => meeting.Reschedule(Start.AddDays(7), Start.AddDays(7).AddHours(1), "Teams"));

        meeting.StartsAt.ShouldBe(Start);
        meeting.CalendarSequence.ShouldBe(0);
    }

    [Fact]
    public void Rescheduling_to_the_same_time_and_place_keeps_the_sequence()
    {
        var meeting = NewMeeting();
        meeting.Reschedule(Start, Start.AddHours(1), "Teams");
        meeting.CalendarSequence.ShouldBe(0);

        // The same instant written with another offset is no change either.
        meeting.Reschedule(Start.ToUniversalTime(), Start.AddHours(1).ToUniversalTime(), "Teams");
        meeting.CalendarSequence.ShouldBe(0);
    }

    [Fact]
    public void Rescheduling_raises_the_sequence_once_per_real_change()
    {
        var meeting = NewMeeting();

        meeting.Reschedule(Start.AddDays(1), Start.AddDays(1).AddHours(1), "Teams");
        meeting.CalendarSequence.ShouldBe(1);
        meeting.StartsAt.ShouldBe(Start.AddDays(1));

        meeting.Reschedule(Start.AddDays(1), Start.AddDays(1).AddHours(2), "Teams");
        meeting.CalendarSequence.ShouldBe(2, "a new end time");
        meeting.DurationMinutes.ShouldBe(120);

        meeting.Reschedule(Start.AddDays(1), Start.AddDays(1).AddHours(2), "Kungälvs sjukhus, sal 3");
        meeting.CalendarSequence.ShouldBe(3, "a new place");
        meeting.Location.ShouldBe("Kungälvs sjukhus, sal 3");
    }

    [Fact]
    public void Rescheduling_after_publishing_still_works()
    {
        var meeting = NewMeeting();
        meeting.PublishAgenda(Start.AddDays(-5));

        meeting.Reschedule(Start.AddHours(1), Start.AddHours(2), "Teams");

        meeting.CalendarSequence.ShouldBe(2);
        meeting.Status.ShouldBe(MeetingStatus.AgendaPublished);
    }
}
