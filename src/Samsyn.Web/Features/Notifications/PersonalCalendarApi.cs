using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Notifications;

/// <summary>Whether the person has a calendar address, and since when; the address itself is shown only when made.</summary>
public sealed record CalendarFeedStatus(bool Active, DateTimeOffset? CreatedAt);

/// <summary>A newly made calendar address: keep it, it is not shown again.</summary>
public sealed record CalendarFeedCreated(string Url, DateTimeOffset CreatedAt, string Hint);

/// <summary>The person's own calendar feed: make, replace and turn off the address, and the feed itself.</summary>
public static class PersonalCalendarApi
{
    public const string FeedPath = "/api/v1/calendar-feed/personal.ics";

    public static RouteGroupBuilder MapPersonalCalendarApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar-feed").WithTags("Notiser");
        group.MapGet("/", Status).WithName("GetCalendarFeed").WithSummary("Om jag har en personlig kalenderadress och sedan när");
        group.MapPost("/", Renew).WithName("RenewCalendarFeed")
            .WithSummary("Skapa en personlig kalenderadress, eller ersätt den gamla (som då slutar fungera). Adressen visas bara i svaret.");
        group.MapDelete("/", Revoke).WithName("RevokeCalendarFeed").WithSummary("Stäng av den personliga kalenderadressen");
        group.MapGet("/personal.ics", Feed).WithName("PersonalCalendarFeed").AllowAnonymous()
            .WithSummary("Mina möten, sista dagar för förslag och förfallodagar som iCalendar; kräver token från POST /calendar-feed");
        return api;
    }

    public static async Task<(string Token, PersonalCalendarFeed Feed)> RenewAsync(AppDbContext db, int personId, CancellationToken ct)
    {
        var feed = await db.PersonalCalendarFeeds.FirstOrDefaultAsync(f => f.PersonId == personId, ct);
        if (feed is null) db.PersonalCalendarFeeds.Add(feed = new PersonalCalendarFeed { PersonId = personId });
        var token = feed.Renew(db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (token, feed);
    }

    public static async Task<bool> RevokeAsync(AppDbContext db, int personId, CancellationToken ct)
    {
        var feed = await db.PersonalCalendarFeeds.FirstOrDefaultAsync(f => f.PersonId == personId, ct);
        if (feed is null) return false;
        db.PersonalCalendarFeeds.Remove(feed);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static string Url(string baseUrl, string token) => $"{baseUrl}{FeedPath}?token={token}";

    private static async Task<Results<Ok<CalendarFeedStatus>, ProblemHttpResult>> Status(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (user.PersonId is not int personId) return NotificationPreferencesApi.NoPerson();
        var createdAt = await db.PersonalCalendarFeeds.Where(f => f.PersonId == personId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new CalendarFeedStatus(createdAt is not null, createdAt));
    }

    private static async Task<Results<Ok<CalendarFeedCreated>, ProblemHttpResult>> Renew(AppDbContext db, CurrentUser user, HttpContext http, CancellationToken ct)
    {
        if (user.PersonId is not int personId) return NotificationPreferencesApi.NoPerson();
        var (token, feed) = await RenewAsync(db, personId, ct);
        return TypedResults.Ok(new CalendarFeedCreated(Url(MeetingCalendarApi.BaseUrl(http), token), feed.CreatedAt, MeetingCalendarApi.SubscriptionHint));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (user.PersonId is not int personId) return NotificationPreferencesApi.NoPerson();
        return await RevokeAsync(db, personId, ct) ? TypedResults.NoContent() : ApiProblems.NotFound("Du har ingen kalenderadress.");
    }

    private static async Task<IResult> Feed(string? token, AppDbContext db, IEnumerable<ICalendarSource> sources, HttpContext http, CancellationToken ct)
    {
        var feed = CalendarFeedToken.IsWellFormed(token)
            ? await db.PersonalCalendarFeeds.AsNoTracking().Include(f => f.Person)
                .FirstOrDefaultAsync(f => f.TokenHash == CalendarFeedToken.Hash(token!) && f.Person.RetiredAt == null, ct)
            : null;
        if (feed is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: "Kalenderadressen är ogiltig eller avstängd. Skapa en ny under Notiser → Inställningar i Samsyn.");
        var from = db.Clock.GetUtcNow().AddDays(-90);
        var meetings = new List<CalendarMeeting>();
        var days = new List<CalendarDay>();
        foreach (var source in sources)
        {
            var entries = await source.EntriesAsync(db, feed.PersonId, from, MeetingCalendarApi.BaseUrl(http), ct);
            meetings.AddRange(entries.Meetings);
            days.AddRange(entries.Days);
        }
        return Results.Text(MeetingCalendar.Feed($"Samsyn – {feed.Person.Name}", meetings, days), "text/calendar; charset=utf-8", Encoding.UTF8);
    }
}
