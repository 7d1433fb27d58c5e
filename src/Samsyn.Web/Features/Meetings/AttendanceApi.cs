using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Features.Structure.Groups;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public sealed record SeatAttendance(
    int MembershipId, int PersonId, string PersonName, int? OrganisationId, string? OrganisationName, MemberRole Role,
    AttendanceStatus Status, bool AbsenceReported, int? SubstitutePersonId, string? SubstituteName,
    IReadOnlyList<SubstituteOption> Substitutes, int Version);

public sealed record SubstituteOption(int PersonId, string Name);

public sealed record AbsenceInput(int? MembershipId, int? SubstitutePersonId);

public sealed record AttendanceInput(AttendanceStatus? Status, int? SubstitutePersonId, int? Version);

/// <summary>Reported absence before a meeting and the register of who attended.</summary>
public static class AttendanceApi
{
    public static RouteGroupBuilder MapAttendanceApi(this RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{id:int}/attendance", List).WithName("ListAttendance").WithSummary("Närvaro per ledamot vid ett möte");
        meetings.MapPost("/{id:int}/absence", ReportAbsence).WithName("ReportAbsence")
            .WithSummary("Anmäl egen frånvaro och vilken ersättare som kommer (sammankallande kan anmäla för alla)");
        meetings.MapDelete("/{id:int}/absence/{membershipId:int}", WithdrawAbsence).WithName("WithdrawAbsence").WithSummary("Ta tillbaka en frånvaroanmälan");
        meetings.MapPut("/{id:int}/attendance/{membershipId:int}", Record).WithName("RecordAttendance")
            .WithSummary("Registrera närvarande, frånvarande eller ersättare deltog (sammankallande)");
        return meetings;
    }

    public static async Task<List<SeatAttendance>> SeatsAsync(AppDbContext db, Meeting meeting, CancellationToken ct)
    {
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.GroupId == meeting.GroupId && m.RetiredAt == null)
            .InRosterOrder()
            .Select(m => new
            {
                m.Id, m.PersonId, PersonName = m.Person.Name, m.OrganisationId,
                OrganisationName = m.Organisation != null ? m.Organisation.Name : null, m.Role,
                Substitutes = m.Substitutes.OrderBy(s => s.Order).Select(s => new SubstituteOption(s.PersonId, s.Person.Name)).ToList(),
            }).ToListAsync(ct);
        var records = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == meeting.Id)
            .Select(a => new { a.MembershipId, a.Status, a.AbsenceReportedAt, a.SubstitutePersonId, SubstituteName = a.SubstitutePerson != null ? a.SubstitutePerson.Name : null, a.Version })
            .ToDictionaryAsync(a => a.MembershipId, ct);
        return [.. memberships.Select(m =>
        {
            var r = records.GetValueOrDefault(m.Id);
            return new SeatAttendance(m.Id, m.PersonId, m.PersonName, m.OrganisationId, m.OrganisationName, m.Role,
                r?.Status ?? AttendanceStatus.Expected, r?.AbsenceReportedAt is not null, r?.SubstitutePersonId, r?.SubstituteName,
                m.Substitutes, r?.Version ?? 0);
        })];
    }

    private static async Task<Results<Ok<List<SeatAttendance>>, ProblemHttpResult>> List(int id, AppDbContext db, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        return meeting is null ? ApiProblems.NotFound() : TypedResults.Ok(await SeatsAsync(db, meeting, ct));
    }

    private static async Task<Results<Ok<List<SeatAttendance>>, ValidationProblem, ProblemHttpResult>> ReportAbsence(
        int id, AbsenceInput input, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        var manages = await rights.CanManageAsync(meeting.GroupId, ct);
        var seat = await FindSeatAsync(db, meeting, input.MembershipId, rights.PersonId, ct);
        if (seat is null)
            return input.MembershipId is null
                ? ApiProblems.Validation("membershipId", "Du är inte ledamot i gruppen. Ange vilket ledamotskap frånvaron gäller.")
                : ApiProblems.NotFound("Ledamotskapet finns inte i gruppen.");
        if (!manages && seat.PersonId != rights.PersonId)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Du kan bara anmäla din egen frånvaro.");
        var named = seat.Substitutes.Select(s => s.PersonId).ToList();
        if (input.SubstitutePersonId is int s && !named.Contains(s))
            return ApiProblems.Validation("substitutePersonId", "Den valda personen är inte ledamotens ersättare.");

        await MeetingOperations.ReportAbsenceAsync(db, meeting, seat.Id, seat.PersonId, named, input.SubstitutePersonId, expectedVersion: null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await SeatsAsync(db, meeting, ct));
    }

    private static async Task<Results<Ok<List<SeatAttendance>>, ProblemHttpResult>> WithdrawAbsence(
        int id, int membershipId, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        var seat = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == membershipId && m.GroupId == meeting.GroupId, ct);
        if (seat is null) return ApiProblems.NotFound();
        if (seat.PersonId != rights.PersonId && !await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (meeting.AreMinutesApproved) return ApiProblems.StateConflict("Mötet är hållet och protokollet godkänt.");
        var attendance = await db.Attendances.FirstOrDefaultAsync(a => a.MeetingId == id && a.MembershipId == membershipId, ct);
        if (attendance is not null)
        {
            attendance.WithdrawAbsence();
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(await SeatsAsync(db, meeting, ct));
    }

    private static async Task<Results<Ok<List<SeatAttendance>>, ValidationProblem, ProblemHttpResult>> Record(
        int id, int membershipId, AttendanceInput input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        var seat = await FindSeatAsync(db, meeting, membershipId, null, ct);
        if (seat is null) return ApiProblems.NotFound("Ledamotskapet finns inte i gruppen.");
        if (input.Status is not AttendanceStatus status) return ApiProblems.Validation("status", "Välj närvaro.");
        var named = seat.Substitutes.Select(s => s.PersonId).ToList();
        if (status == AttendanceStatus.SubstituteAttended && input.SubstitutePersonId is null)
            return ApiProblems.Validation("substitutePersonId", "Ange vilken ersättare som deltog.");
        if (input.SubstitutePersonId is int s && status == AttendanceStatus.SubstituteAttended && !named.Contains(s))
            return ApiProblems.Validation("substitutePersonId", "Den valda personen är inte ledamotens ersättare.");
        if (meeting.AreMinutesApproved) return ApiProblems.StateConflict("Protokollet är godkänt och närvaron låst.");

        var attendance = await MeetingOperations.AttendanceForAsync(db, meeting.Id, seat.Id, ct);
        if (attendance.Id != 0 && http.ClientVersion(input.Version) is int version) db.ExpectVersion(attendance, version);
        attendance.Record(status, input.SubstitutePersonId, named);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await SeatsAsync(db, meeting, ct));
    }

    private sealed record Seat(int Id, int PersonId, List<SubstituteOption> Substitutes);

    /// <summary>The given membership in the meeting's group, or the current person's own seat when none is given.</summary>
    private static async Task<Seat?> FindSeatAsync(AppDbContext db, Meeting meeting, int? membershipId, int? personId, CancellationToken ct) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.GroupId == meeting.GroupId && m.RetiredAt == null)
            .Where(m => membershipId != null ? m.Id == membershipId : m.PersonId == personId)
            .Select(m => new Seat(m.Id, m.PersonId, m.Substitutes.OrderBy(s => s.Order).Select(s => new SubstituteOption(s.PersonId, s.Person.Name)).ToList()))
            .FirstOrDefaultAsync(ct);
}
