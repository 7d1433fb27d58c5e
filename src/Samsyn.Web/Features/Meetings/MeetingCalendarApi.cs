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
        var ics = MeetingCalendar.Invitation((await ToCalendarAsync(db, [meeting], BaseUrl(http), withAttendees: true, ct))[0]);
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
        var items = await ToCalendarAsync(db, meetings, BaseUrl(http), withAttendees: false, ct);
        return Results.Text(MeetingCalendar.Feed(group.Name, items), ContentType, Encoding.UTF8);
    }

    /// <summary>The meetings as calendar events: one query for all their agendas, one for the invited seats.</summary>
    public static async Task<List<CalendarMeeting>> ToCalendarAsync(
        AppDbContext db, IReadOnlyList<Meeting> meetings, string baseUrl, bool withAttendees, CancellationToken ct)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var agendas = (await db.AgendaItems.AsNoTracking()
                .Where(i => ids.Contains(i.MeetingId) && i.Status == AgendaItemStatus.Accepted)
                .OrderBy(i => i.Order).Select(i => new { i.MeetingId, i.Title }).ToListAsync(ct))
            .ToLookup(i => i.MeetingId, i => i.Title);
        (string Name, string Email)? organiser = null;
        var attendees = new List<(string Name, string Email)>();
        if (withAttendees)
        {
            var groupIds = meetings.Select(m => m.GroupId).Distinct().ToList();
            var seats = await db.Memberships.AsNoTracking().Where(m => groupIds.Contains(m.GroupId) && m.RetiredAt == null)
                .Select(m => new { m.Role, m.Person.Name, m.Person.Email }).ToListAsync(ct);
            organiser = seats.Where(s => s.Role == MemberRole.Convener).Select(s => ((string, string)?)(s.Name, s.Email)).FirstOrDefault();
            attendees.AddRange(seats.Where(s => s.Role != MemberRole.Convener).Select(s => (s.Name, s.Email)));
        }
        return [.. meetings.Select(m => new CalendarMeeting(m.CalendarUid, m.CalendarSequence, m.Title, m.Group.Name,
            m.StartsAt, m.EndsAt, m.Location, m.Status == MeetingStatus.Cancelled,
            $"{baseUrl}/moten/{m.Id}", [.. agendas[m.Id]], organiser, attendees))];
    }

    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
