namespace Samsyn.Web.Features.Meetings;

/// <summary>One seat at one held meeting, as the statistics need it.</summary>
public sealed record AttendanceRecord(
    int MeetingId, int? OrganisationId, string? OrganisationName, int PersonId, string PersonName, AttendanceStatus Status, DateOnly Date = default);

/// <summary>One held meeting: how many of the organisations seated in the group were represented.</summary>
public sealed record MeetingAttendance(int MeetingId, DateOnly Date, int Organisations, int Represented, double Rate, bool BelowTarget);

public sealed record AttendanceRate(int Id, string Name, int Meetings, int Attended, int BySubstitute, double Rate, bool BelowTarget);

public sealed record AttendanceSummary(
    int Meetings, int Target, IReadOnlyList<AttendanceRate> Organisations, IReadOnlyList<AttendanceRate> People, IReadOnlyList<MeetingAttendance> OverTime);

/// <summary>
/// Attendance over held meetings. An organisation is represented at a meeting when its member or a
/// substitute attended; a person attended when present themselves. Rates are in percent.
/// </summary>
public static class AttendanceStatistics
{
    public static AttendanceSummary Compute(IReadOnlyCollection<AttendanceRecord> records, int target)
    {
        var recorded = records.Where(r => r.Status != AttendanceStatus.Expected).ToList();
        var organisations = recorded.Where(r => r.OrganisationId is not null)
            .GroupBy(r => (Id: r.OrganisationId!.Value, Name: r.OrganisationName ?? ""))
            .Select(g =>
            {
                var byMeeting = g.GroupBy(r => r.MeetingId).ToList();
                var represented = byMeeting.Count(m => m.Any(r => r.Status is AttendanceStatus.Present or AttendanceStatus.SubstituteAttended));
                var bySubstitute = byMeeting.Count(m => !m.Any(r => r.Status == AttendanceStatus.Present)
                                                        && m.Any(r => r.Status == AttendanceStatus.SubstituteAttended));
                return Rate(g.Key.Id, g.Key.Name, byMeeting.Count, represented, bySubstitute, target);
            })
            .OrderBy(r => r.Name).ToList();
        var people = recorded
            .GroupBy(r => (Id: r.PersonId, Name: r.PersonName))
            .Select(g => Rate(g.Key.Id, g.Key.Name, g.Select(r => r.MeetingId).Distinct().Count(),
                g.Count(r => r.Status == AttendanceStatus.Present), g.Count(r => r.Status == AttendanceStatus.SubstituteAttended), target))
            .OrderBy(r => r.Name).ToList();
        var overTime = recorded.Where(r => r.OrganisationId is not null)
            .GroupBy(r => (r.MeetingId, r.Date))
            .Select(g =>
            {
                var seated = g.Select(r => r.OrganisationId).Distinct().Count();
                var represented = g.Where(r => r.Status is AttendanceStatus.Present or AttendanceStatus.SubstituteAttended)
                    .Select(r => r.OrganisationId).Distinct().Count();
                var rate = seated == 0 ? 0 : Math.Round(100.0 * represented / seated, 1);
                return new MeetingAttendance(g.Key.MeetingId, g.Key.Date, seated, represented, rate, rate < target);
            })
            .OrderBy(m => m.Date).ToList();
        return new(recorded.Select(r => r.MeetingId).Distinct().Count(), target, organisations, people, overTime);
    }

    private static AttendanceRate Rate(int id, string name, int meetings, int attended, int bySubstitute, int target)
    {
        var rate = meetings == 0 ? 0 : Math.Round(100.0 * attended / meetings, 1);
        return new(id, name, meetings, attended, bySubstitute, rate, rate < target);
    }
}
