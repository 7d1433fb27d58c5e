using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>
/// Reminds the people of each recipient organisation that has not acknowledged a current bulletin, once, on the
/// morning two working days after it was sent (<see cref="ReminderTimes"/>): key <c>bulletin-unacknowledged:{id}:{orgId}</c>.
/// </summary>
public sealed class BulletinReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    public const int WorkingDaysToAcknowledge = 2;

    /// <summary>When the reminder for a bulletin sent at <paramref name="sentAt"/> falls due.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset sentAt, int hour) =>
        ReminderTimes.WorkingDaysAfter(SwedishTime.DateOf(sentAt), WorkingDaysToAcknowledge, hour);

    public static string Key(int bulletinId, int organisationId) =>
        $"bulletin-unacknowledged:{bulletinId.ToString(CultureInfo.InvariantCulture)}:{organisationId.ToString(CultureInfo.InvariantCulture)}";

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var today = SwedishTime.DateOf(now);
        var hour = options.Value.ReminderHour;
        var pending = (await db.BulletinRecipients.AsNoTracking()
                .Where(r => r.AcknowledgedAt == null && r.Bulletin.ValidUntil >= today)
                .Select(r => new { r.BulletinId, r.OrganisationId, Organisation = r.Organisation.Name, r.Bulletin.Title, r.Bulletin.SentAt, r.Bulletin.SenderName })
                .ToListAsync(ct))
            .Where(r => DueAt(r.SentAt, hour) <= now)
            .ToList();
        if (pending.Count == 0) return [];
        var people = await BulletinNotifications.PeopleActingForAsync(db, [.. pending.Select(r => r.OrganisationId).Distinct()], ct);
        return [.. pending.Select(r => new Reminder(
            Key(r.BulletinId, r.OrganisationId), NotificationKind.BulletinUnacknowledged,
            [.. people.GetValueOrDefault(r.OrganisationId) ?? []],
            BulletinNotifications.ReminderSubject(r.Title),
            BulletinNotifications.ReminderBody(r.Title, r.Organisation, r.SenderName, r.SentAt),
            BulletinNotifications.Link(r.BulletinId), nameof(Bulletin), r.BulletinId.ToString(CultureInfo.InvariantCulture)))];
    }
}
