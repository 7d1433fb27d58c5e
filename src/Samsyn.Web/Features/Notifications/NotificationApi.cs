using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Notifications;

public sealed record NotificationItem(long Id, NotificationKind Kind, string Subject, string Body, string Link, DateTimeOffset CreatedAt, bool Read);

/// <summary>The signed-in person's notifications.</summary>
public static class NotificationApi
{
    public static RouteGroupBuilder MapNotificationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notiser");
        group.MapGet("/", List).WithName("ListNotifications").WithSummary("Mina notiser, nyast först (unreadOnly=true för olästa)");
        group.MapPost("/{id:long}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Markera en notis som läst");
        group.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Markera alla mina notiser som lästa");
        return group;
    }

    public static IQueryable<NotificationItem> Mine(this AppDbContext db, int personId, bool unreadOnly) =>
        db.Notifications.AsNoTracking()
            .Where(n => n.RecipientPersonId == personId && (!unreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.Id)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt != null));

    private static async Task<Results<Ok<PagedList<NotificationItem>>, ValidationProblem>> List(
        AppDbContext db, CurrentUser user, bool? unreadOnly, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (user.PersonId is not int personId) return TypedResults.Ok(new PagedList<NotificationItem>([], 0, page ?? 1, pageSize ?? Paging.DefaultPageSize));
        return TypedResults.Ok(await db.Mine(personId, unreadOnly == true).ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(long id, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientPersonId == user.PersonId, ct);
        if (notification is null) return ApiProblems.NotFound();
        notification.ReadAt ??= db.Clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkAllRead(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await db.MarkAllReadAsync(user.PersonId, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Marks every unread notification of the person read (the API and the notification centre alike).</summary>
    public static Task<int> MarkAllReadAsync(this AppDbContext db, int? personId, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow();
        return db.Notifications.Where(n => n.RecipientPersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, (DateTimeOffset?)now), ct);
    }
}
