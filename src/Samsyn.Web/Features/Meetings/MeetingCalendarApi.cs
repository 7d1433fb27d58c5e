using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public sealed record CalendarSubscription(string Url, string Hint);

/// <summary>Invitations per meeting and a subscribable feed per group.</summary>
public static class MeetingCalendarApi
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public static RouteGroupBuilder MapMeetingCalendarApi(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings/{id:int}/invite.ics", Invite).WithTags("Möten").WithName("MeetingInvitation")
            .WithSummary("Kallelse som iCalendar (text/calendar); METHOD:CANCEL när mötet är inställt");
        api.MapGet("/groups/{groupId:int}/calendar-subscription", Subscription).WithTags("Möten").WithName("GroupCalendarSubscription")
            .WithSummary("Adressen till gruppens kalender att prenumerera på i Outlook eller Google");
        api.MapGet("/groups/{groupId:int}/calendar.ics", Feed).WithTags("Möten").WithName("GroupCalendarFeed")
            .WithSummary("Gruppens möten som iCalendar-flöde; kräver token från calendar-subscription")
            .AllowAnonymous();
        return api;
    }

    private static async Task<IResult> Invite(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        var ics = MeetingCalendar.Invitation(await ToCalendarAsync(db, meeting, BaseUrl(http), withAttendees: true, ct));
        return Results.Text(ics, ContentType, Encoding.UTF8);
    }

    public const string SubscriptionHint = "Lägg till adressen som en internetkalender i Outlook (Lägg till kalender → Från internet) eller Google Kalender.";

    private static async Task<Results<Ok<CalendarSubscription>, ProblemHttpResult>> Subscription(
        int groupId, AppDbContext db, GroupCalendarFeed feed, HttpContext http, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        return TypedResults.Ok(new CalendarSubscription(feed.Url(BaseUrl(http), groupId), SubscriptionHint));
    }

    private static async Task<IResult> Feed(int groupId, string? token, AppDbContext db, GroupCalendarFeed feed, HttpContext http, CancellationToken ct)
    {
        if (!feed.IsValid(groupId, token))
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Kalenderadressen är ogiltig. Hämta en ny i Samsyn.");
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return ApiProblems.NotFound();
        var since = db.Clock.GetUtcNow().AddYears(-1);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Group)
            .Where(m => m.GroupId == groupId && m.StartsAt >= since).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var items = new List<CalendarMeeting>();
        foreach (var m in meetings) items.Add(await ToCalendarAsync(db, m, BaseUrl(http), withAttendees: false, ct));
        return Results.Text(MeetingCalendar.Feed(group.Name, items), ContentType, Encoding.UTF8);
    }

    public static async Task<CalendarMeeting> ToCalendarAsync(AppDbContext db, Meeting meeting, string baseUrl, bool withAttendees, CancellationToken ct)
    {
        var agenda = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatus.Accepted).OrderBy(i => i.Order)
            .Select(i => i.Title).ToListAsync(ct);
        (string, string)? organiser = null;
        var attendees = new List<(string, string)>();
        if (withAttendees)
        {
            var seats = await db.Memberships.AsNoTracking().Where(m => m.GroupId == meeting.GroupId && m.RetiredAt == null)
                .Select(m => new { m.Role, m.Person.Name, m.Person.Email }).ToListAsync(ct);
            organiser = seats.Where(s => s.Role == MemberRole.Convener).Select(s => (s.Name, s.Email)).FirstOrDefault();
            attendees.AddRange(seats.Where(s => s.Role != MemberRole.Convener).Select(s => (s.Name, s.Email)));
        }
        return new CalendarMeeting(meeting.CalendarUid, meeting.CalendarSequence, meeting.Title, meeting.Group.Name,
            meeting.StartsAt, meeting.EndsAt, meeting.Location, meeting.Status == MeetingStatus.Cancelled,
            $"{baseUrl}/moten/{meeting.Id}", agenda, organiser is { } o && o.Item2 is not null ? o : null, attendees);
    }

    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
