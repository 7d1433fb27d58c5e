using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Meetings;

public sealed class AttendanceTests
{
    private const int Substitute = 21, OtherPerson = 99;
    private static readonly int[] Named = [Substitute];
    private static readonly DateTimeOffset Now = new(2027, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));

    private static Attendance Seat() => new() { MeetingId = 1, MembershipId = 5 };

    [Fact]
    public void New_attendance_is_expected_and_not_represented()
    {
        var seat = Seat();
        seat.Status.ShouldBe(AttendanceStatus.Expected);
        seat.Represented.ShouldBeFalse();
    }

    [Fact]
    public void Reported_absence_names_the_substitute()
    {
        var seat = Seat();

        seat.ReportAbsence(Now, Substitute, Named);

        seat.Status.ShouldBe(AttendanceStatus.Absent);
        seat.AbsenceReportedAt.ShouldBe(Now);
        seat.SubstitutePersonId.ShouldBe(Substitute);
    }

    [Fact]
    public void Absence_may_be_reported_without_a_substitute()
    {
        var seat = Seat();
        seat.ReportAbsence(Now, null, Named);
        seat.Status.ShouldBe(AttendanceStatus.Absent);
        seat.SubstitutePersonId.ShouldBeNull();
    }

    [Fact]
    public void Absence_naming_someone_who_is_not_the_members_substitute_is_refused_and_changes_nothing()
    {
        var seat = Seat();

        Should.Throw<InvalidStateChangeException>(() => seat.ReportAbsence(Now, OtherPerson, Named));

        seat.Status.ShouldBe(AttendanceStatus.Expected);
        seat.AbsenceReportedAt.ShouldBeNull();
        seat.SubstitutePersonId.ShouldBeNull();
    }

    [Fact]
    public void Absence_naming_a_substitute_when_the_member_has_none_is_refused()
    {
        var seat = Seat();
        Should.Throw<InvalidStateChangeException>(() => seat.ReportAbsence(Now, Substitute, []));
        seat.Status.ShouldBe(AttendanceStatus.Expected);
    }

    [Fact]
    public void Withdrawn_absence_is_expected_again()
    {
        var seat = Seat();
        seat.ReportAbsence(Now, Substitute, Named);

        seat.WithdrawAbsence();

        seat.Status.ShouldBe(AttendanceStatus.Expected);
        seat.AbsenceReportedAt.ShouldBeNull();
        seat.SubstitutePersonId.ShouldBeNull();
    }

    [Fact]
    public void Recorded_substitute_represents_the_organisation()
    {
        var seat = Seat();

        seat.Record(AttendanceStatus.SubstituteAttended, Substitute, Named);

        seat.Status.ShouldBe(AttendanceStatus.SubstituteAttended);
        seat.SubstitutePersonId.ShouldBe(Substitute);
        seat.Represented.ShouldBeTrue();
    }

    [Fact]
    public void Recording_someone_who_is_not_the_members_substitute_is_refused_and_changes_nothing()
    {
        var seat = Seat();
        seat.ReportAbsence(Now, Substitute, Named);

        Should.Throw<InvalidStateChangeException>(() => seat.Record(AttendanceStatus.SubstituteAttended, OtherPerson, Named));

        seat.Status.ShouldBe(AttendanceStatus.Absent);
        seat.SubstitutePersonId.ShouldBe(Substitute);
    }

    [Fact]
    public void Recording_a_substitute_without_naming_one_is_refused()
    {
        var seat = Seat();
        Should.Throw<InvalidStateChangeException>(() => seat.Record(AttendanceStatus.SubstituteAttended, null, Named));
        seat.Status.ShouldBe(AttendanceStatus.Expected);
    }

    [Fact]
    public void Present_member_represents_the_organisation_and_clears_the_substitute()
    {
        var seat = Seat();
        seat.ReportAbsence(Now, Substitute, Named);

        seat.Record(AttendanceStatus.Present, null, Named);

        seat.Status.ShouldBe(AttendanceStatus.Present);
        seat.SubstitutePersonId.ShouldBeNull();
        seat.Represented.ShouldBeTrue();
    }

    [Fact]
    public void Absent_without_substitute_is_not_represented()
    {
        var seat = Seat();
        seat.Record(AttendanceStatus.Absent, Substitute, Named);
        seat.Represented.ShouldBeFalse();
        seat.SubstitutePersonId.ShouldBeNull("a substitute is kept only when they attended");
    }
}
