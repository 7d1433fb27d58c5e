using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// What the demo people find in their notification centre: the latest minutes approved, the
/// proposal waiting for the convener, an action item of the member's that falls due on the next
/// working day (so its reminder comes with the first reminder scan), and the substitute's choice
/// of a daily digest for reminders. No demo notification is emailed.
/// </summary>
public sealed class DemoNotifications(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var group = await db.Groups.FirstAsync(g => g.Name == "Ledningsgrupp i samverkan", ct);
        var now = clock.GetUtcNow();
        var latest = (await db.Meetings.Where(m => m.GroupId == group.Id && m.MinutesApprovedAt != null).ToListAsync(ct))
            .OrderBy(m => m.StartsAt).LastOrDefault();
        var next = (await db.Meetings.Where(m => m.GroupId == group.Id && m.Status == MeetingStatus.Planned).ToListAsync(ct))
            .Where(m => m.StartsAt > now).OrderBy(m => m.StartsAt).FirstOrDefault();
        var member = await db.People.FirstAsync(p => p.Email == "ledamot@simba.example", ct);
        var substitute = await db.People.FirstAsync(p => p.Email == "ersattare@simba.example", ct);

        if (latest is not null)
        {
            await MeetingNotifications.ChangedAsync(db, latest, group.Name, NotificationKind.MinutesApproved, actor: null, ct);
            var firstItem = await db.AgendaItems.Where(i => i.MeetingId == latest.Id).OrderBy(i => i.Order).FirstAsync(ct);
            db.ActionItems.Add(new ActionItem
            {
                AgendaItemId = firstItem.Id, MeetingId = latest.Id, OwnerPersonId = member.Id,
                Text = "Beskriv Ale kommuns erfarenheter av hjälpmedel vid hemgång inför nästa möte.",
                DueDate = SwedishCalendar.NextWorkingDay(SwedishTime.DateOf(now)),
            });
        }
        if (next is not null)
        {
            var proposal = await db.AgendaItems.Where(i => i.MeetingId == next.Id && i.Status == AgendaItemStatus.Proposed).FirstOrDefaultAsync(ct);
            if (proposal is not null) await MeetingNotifications.ItemProposedAsync(db, next, group.Name, proposal.Title, member.Id, ct);
        }
        foreach (var added in db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added))
            added.Entity.CreatedAt = now.AddDays(-1);

        var choice = new NotificationSettings { PersonId = substitute.Id };
        choice.Choose([
            (NotificationKind.MeetingTomorrow, DeliveryChannel.DailyDigest),
            (NotificationKind.AgendaDeadline, DeliveryChannel.DailyDigest),
            (NotificationKind.AgendaItemDecided, DeliveryChannel.InAppOnly),
        ]);
        db.NotificationSettings.Add(choice);
        await db.SaveChangesAsync(ct);

        // Nobody is emailed about demo events, should the demo be run with a mail server.
        await db.Notifications.Where(n => n.EmailStatus == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailStatus, DeliveryStatus.NotRequired), ct);
    }
}
