using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// The one place every capability raises a notification. It only adds rows to the change's own
/// unit of work, so a notification is saved exactly when the change is, and never for a change
/// that was rolled back.
/// </summary>
public static class Notifier
{
    public static void Raise(
        AppDbContext db, IEnumerable<int> recipientPersonIds, NotificationKind kind, string subject, string body, string link,
        string? entityType = null, string? entityId = null, int? exceptPersonId = null)
    {
        var now = db.Clock.GetUtcNow();
        foreach (var personId in recipientPersonIds.Distinct().Where(id => id != exceptPersonId))
        {
            db.Notifications.Add(new Notification
            {
                RecipientPersonId = personId, Kind = kind, Subject = Truncate(subject, 300), Body = Truncate(body, 4000),
                Link = link, EntityType = entityType, EntityId = entityId, CreatedAt = now,
            });
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
