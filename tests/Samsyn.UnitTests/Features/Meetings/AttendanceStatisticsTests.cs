using Samsyn.Web.Features.Meetings;
using S = Samsyn.Web.Features.Meetings.AttendanceStatus;

namespace Samsyn.UnitTests.Features.Meetings;

public sealed class AttendanceStatisticsTests
{
    private const int Ale = 10, Tjorn = 20;
    private const int Eva = 1, Maria = 2, Leader = 3;

    private static AttendanceRecord Ales(int meeting, S status) => new(meeting, Ale, "Ale kommun", Eva, "Eva", status);

    private static AttendanceRecord Tjorns(int meeting, S status) => new(meeting, Tjorn, "Tjörns kommun", Maria, "Maria", status);

    private static AttendanceRecord Leaders(int meeting, S status) => new(meeting, null, null, Leader, "Helena", status);

    private static AttendanceRate Organisation(AttendanceSummary summary, int id) => summary.Organisations.Single(o => o.Id == id);

    private static AttendanceRate Person(AttendanceSummary summary, int id) => summary.People.Single(p => p.Id == id);

    [Fact]
    public void Organisation_is_represented_when_its_member_or_a_substitute_attended()
    {
        var summary = AttendanceStatistics.Compute(
            [Ales(1, S.Present), Ales(2, S.SubstituteAttended), Ales(3, S.Absent), Ales(4, S.Present)], 90);

        var ale = Organisation(summary, Ale);
        ale.Meetings.ShouldBe(4);
        ale.Attended.ShouldBe(3, "present twice and represented by the substitute once");
        ale.BySubstitute.ShouldBe(1);
        ale.Rate.ShouldBe(75.0);
        ale.BelowTarget.ShouldBeTrue();
        ale.Name.ShouldBe("Ale kommun");
    }

    [Fact]
    public void Person_attended_only_when_present_themselves()
    {
        var summary = AttendanceStatistics.Compute(
            [Ales(1, S.Present), Ales(2, S.SubstituteAttended), Ales(3, S.Absent), Ales(4, S.Present)], 90);

        var eva = Person(summary, Eva);
        eva.Meetings.ShouldBe(4);
        eva.Attended.ShouldBe(2);
        eva.BySubstitute.ShouldBe(1);
        eva.Rate.ShouldBe(50.0);
    }

    [Fact]
    public void Organisation_with_two_seats_counts_each_meeting_once()
    {
        // Two members for Ale at the same meeting: one present and one absent still means Ale was represented, once.
        AttendanceRecord Second(int meeting, S status) => new(meeting, Ale, "Ale kommun", 9, "Per", status);
        var summary = AttendanceStatistics.Compute(
            [Ales(1, S.Present), Second(1, S.Absent), Ales(2, S.Absent), Second(2, S.SubstituteAttended), Ales(3, S.Absent), Second(3, S.Absent)], 90);

        var ale = Organisation(summary, Ale);
        ale.Meetings.ShouldBe(3);
        ale.Attended.ShouldBe(2);
        ale.BySubstitute.ShouldBe(1, "only meeting 2 was represented by a substitute alone");
    }

    [Fact]
    public void Expected_records_are_ignored()
    {
        var summary = AttendanceStatistics.Compute(
            [Ales(1, S.Present), Ales(2, S.Expected), Tjorns(2, S.Expected), Tjorns(3, S.Present)], 90);

        summary.Meetings.ShouldBe(2, "meeting 2 has nothing recorded");
        Organisation(summary, Ale).Meetings.ShouldBe(1);
        Organisation(summary, Ale).Rate.ShouldBe(100.0);
        Organisation(summary, Tjorn).Meetings.ShouldBe(1);
        Person(summary, Maria).Meetings.ShouldBe(1);
    }

    [Fact]
    public void Only_expected_records_give_empty_statistics()
    {
        var summary = AttendanceStatistics.Compute([Ales(1, S.Expected), Tjorns(1, S.Expected)], 90);
        summary.Meetings.ShouldBe(0);
        summary.Organisations.ShouldBeEmpty();
        summary.People.ShouldBeEmpty();
    }

    [Fact]
    public void Seats_without_organisation_count_for_the_person_only()
    {
        var summary = AttendanceStatistics.Compute([Leaders(1, S.Present), Ales(1, S.Present)], 90);

        summary.Organisations.Select(o => o.Id).ShouldBe([Ale]);
        Person(summary, Leader).Attended.ShouldBe(1);
        summary.Target.ShouldBe(90);
    }

    [Fact]
    public void Rate_at_the_target_is_not_below_it()
    {
        var records = Enumerable.Range(1, 10).Select(m => Ales(m, m == 10 ? S.Absent : S.Present)).ToList();

        var ale = Organisation(AttendanceStatistics.Compute(records, 90), Ale);

        ale.Rate.ShouldBe(90.0);
        ale.BelowTarget.ShouldBeFalse();
    }

    [Fact]
    public void Rate_just_under_the_target_is_below_it()
    {
        // 8 of 9 = 88.9 %; 899 of 1000 = 89.9 %.
        var nine = Enumerable.Range(1, 9).Select(m => Ales(m, m == 9 ? S.Absent : S.Present)).ToList();
        var ale = Organisation(AttendanceStatistics.Compute(nine, 90), Ale);
        ale.Rate.ShouldBe(88.9);
        ale.BelowTarget.ShouldBeTrue();

        var thousand = Enumerable.Range(1, 1000).Select(m => Ales(m, m <= 899 ? S.Present : S.Absent)).ToList();
        Organisation(AttendanceStatistics.Compute(thousand, 90), Ale).BelowTarget.ShouldBeTrue();
    }

    [Fact]
    public void Substitute_attendance_reaches_the_target()
    {
        var records = Enumerable.Range(1, 10).Select(m => Ales(m, m <= 5 ? S.Present : S.SubstituteAttended)).ToList();

        var ale = Organisation(AttendanceStatistics.Compute(records, 100), Ale);

        ale.Rate.ShouldBe(100.0);
        ale.BySubstitute.ShouldBe(5);
        ale.BelowTarget.ShouldBeFalse();
    }

    [Fact]
    public void Organisations_and_people_are_sorted_by_name()
    {
        var summary = AttendanceStatistics.Compute([Tjorns(1, S.Present), Ales(1, S.Present), Leaders(1, S.Present)], 90);
        summary.Organisations.Select(o => o.Name).ShouldBe(["Ale kommun", "Tjörns kommun"]);
        summary.People.Select(p => p.Name).ShouldBe(["Eva", "Helena", "Maria"]);
    }

    [Fact]
    public void Over_time_each_meeting_shows_the_share_of_organisations_represented_in_date_order()
    {
        var first = new DateOnly(2026, 3, 31);
        var second = new DateOnly(2026, 1, 7);
        var summary = AttendanceStatistics.Compute(
        [
            Ales(1, S.Present) with { Date = first }, Tjorns(1, S.Absent) with { Date = first }, Leaders(1, S.Present) with { Date = first },
            Ales(2, S.SubstituteAttended) with { Date = second }, Tjorns(2, S.Present) with { Date = second },
        ], 90);

        summary.OverTime.Select(m => m.Date).ShouldBe([second, first]);
        var january = summary.OverTime[0];
        (january.Organisations, january.Represented, january.Rate, january.BelowTarget).ShouldBe((2, 2, 100.0, false));
        var march = summary.OverTime[1];
        (march.Organisations, march.Represented, march.Rate, march.BelowTarget).ShouldBe((2, 1, 50.0, true), "the convener without an organisation is not counted");
    }
}
