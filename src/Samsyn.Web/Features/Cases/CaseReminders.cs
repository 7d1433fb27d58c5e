using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// Reminds the receiving group's conveners of an open handover's report-back date: a week before
/// and on the day, in the morning of a working day (<see cref="ReminderTimes"/>), each once. A week
/// before is skipped for a handover made later than that: its date was news to them already.
/// </summary>
public sealed class CaseReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    public const int WeekBefore = 7;

    private int Hour => options.Value.ReminderHour;

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var today = SwedishTime.DateOf(now);
        // A week ahead, and a few days more: a week-before reminder on a Monday falls on the Friday before.
        var last = today.AddDays(WeekBefore + 4);
        var open = await db.Handovers.AsNoTracking()
            .Where(h => (h.Status == HandoverStatus.Sent || h.Status == HandoverStatus.Accepted) && h.ReportBackBy >= today && h.ReportBackBy <= last)
            .Select(h => new { h.Id, h.CaseId, h.ToGroupId, h.ReportBackBy, h.HandedOverAt, h.Assignment, Title = h.Case.Title, From = h.FromGroup.Name, To = h.ToGroup.Name })
            .ToListAsync(ct);
        if (open.Count == 0) return [];
        var groupIds = open.Select(h => h.ToGroupId).Distinct().ToList();
        var conveners = (await db.Memberships.AsNoTracking()
                .Where(m => groupIds.Contains(m.GroupId) && m.RetiredAt == null && m.Role == Structure.MemberRole.Convener)
                .Select(m => new { m.GroupId, m.PersonId }).ToListAsync(ct))
            .ToLookup(m => m.GroupId, m => m.PersonId);

        var reminders = new List<Reminder>();
        foreach (var h in open)
        {
            var recipients = conveners[h.ToGroupId].Distinct().ToList();
            var id = h.Id.ToString(CultureInfo.InvariantCulture);
            var link = CaseNotifications.Link(h.CaseId);
            var date = CaseText.Date(h.ReportBackBy);
            var weekBefore = ReminderTimes.MorningOf(h.ReportBackBy.AddDays(-WeekBefore), Hour);
            if (weekBefore <= now && h.HandedOverAt < weekBefore && today < h.ReportBackBy)
                reminders.Add(new Reminder($"report-back-week:{id}:{h.ReportBackBy:yyyyMMdd}", NotificationKind.ReportBackDue, recipients,
                    $"Återrapport om en vecka: {h.Title}",
                    $"{h.To} ska återrapportera frågan \"{h.Title}\" till {h.From} senast {date}. Uppdrag: {h.Assignment}",
                    link, nameof(Handover), id));
            if (ReminderTimes.MorningOf(h.ReportBackBy, Hour) <= now)
                reminders.Add(new Reminder($"report-back-day:{id}:{h.ReportBackBy:yyyyMMdd}", NotificationKind.ReportBackDue, recipients,
                    $"Återrapport senast {(h.ReportBackBy == today ? "i dag" : date)}: {h.Title}",
                    $"{h.To} ska återrapportera frågan \"{h.Title}\" till {h.From} senast {date}. Återrapportera i Samsyn, eller lämna tillbaka frågan med ett skäl.",
                    link, nameof(Handover), id));
        }
        return reminders;
    }
}

/// <summary>
/// Report-back dates in the receiving group's members' own calendar feeds, as whole-day events,
/// while the handover is open.
/// </summary>
public sealed class CaseCalendarSource : ICalendarSource
{
    public async Task<CalendarEntries> EntriesAsync(AppDbContext db, int personId, DateTimeOffset from, string baseUrl, CancellationToken ct)
    {
        var groupIds = await db.Memberships.AsNoTracking()
            .Where(m => m.RetiredAt == null && (m.PersonId == personId || m.Substitutes.Any(s => s.PersonId == personId)))
            .Select(m => m.GroupId).Distinct().ToListAsync(ct);
        var fromDate = SwedishTime.DateOf(from);
        var handovers = await db.Handovers.AsNoTracking()
            .Where(h => groupIds.Contains(h.ToGroupId) && (h.Status == HandoverStatus.Sent || h.Status == HandoverStatus.Accepted) && h.ReportBackBy >= fromDate)
            .Select(h => new { h.Id, h.CaseId, h.ReportBackBy, h.Assignment, Title = h.Case.Title, From = h.FromGroup.Name, To = h.ToGroup.Name })
            .ToListAsync(ct);
        var days = handovers.Select(h => new CalendarDay($"report-back-{h.Id.ToString(CultureInfo.InvariantCulture)}@samsyn", h.ReportBackBy,
            $"Återrapport: {h.Title}",
            $"{h.To} återrapporterar frågan \"{h.Title}\" till {h.From}. Uppdrag: {h.Assignment}",
            $"{baseUrl}{CaseNotifications.Link(h.CaseId)}")).ToList();
        return new CalendarEntries([], days);
    }
}
