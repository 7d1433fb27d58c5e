using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// A person's meetings in their own calendar feed: every meeting of the groups they sit in, the
/// meetings they attend as a named substitute, the last day for agenda proposals while the agenda
/// is open, and the due dates of their open action items.
/// </summary>
public sealed class MeetingCalendarSource : ICalendarSource
{
    public async Task<CalendarEntries> EntriesAsync(AppDbContext db, int personId, DateTimeOffset from, string baseUrl, CancellationToken ct)
    {
        var groupIds = await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId && m.RetiredAt == null)
            .Select(m => m.GroupId).Distinct().ToListAsync(ct);
        var substituteFor = await db.Attendances.AsNoTracking().Where(a => a.SubstitutePersonId == personId)
            .Select(a => a.MeetingId).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Group)
            .Where(m => m.StartsAt >= from && (groupIds.Contains(m.GroupId) || substituteFor.Contains(m.Id)))
            .OrderBy(m => m.StartsAt).ToListAsync(ct);
        var calendarMeetings = await MeetingCalendarApi.ToCalendarAsync(db, meetings, baseUrl, withAttendees: false, ct);

        var days = new List<CalendarDay>();
        var today = SwedishTime.DateOf(db.Clock.GetUtcNow());
        var deadlines = await db.MeetingSettings.AsNoTracking().Where(s => groupIds.Contains(s.GroupId))
            .ToDictionaryAsync(s => s.GroupId, s => s.AgendaDeadlineWorkingDays, ct);
        foreach (var meeting in meetings.Where(m => groupIds.Contains(m.GroupId) && !m.IsAgendaPublished && m.Status != MeetingStatus.Cancelled))
        {
            var deadline = MeetingViews.AgendaDeadline(meeting.StartsAt, deadlines.GetValueOrDefault(meeting.GroupId, 3));
            if (deadline < today) continue;
            days.Add(new CalendarDay($"agenda-deadline-{meeting.CalendarUid}@samsyn", deadline,
                $"Sista dag för förslag: {meeting.Group.Name}",
                $"Sista dagen att föreslå punkter till mötet med {meeting.Group.Name} {MeetingNotifications.When(meeting)}.",
                $"{baseUrl}/moten/{meeting.Id.ToString(CultureInfo.InvariantCulture)}"));
        }

        var fromDate = SwedishTime.DateOf(from);
        var actions = await db.ActionItems.AsNoTracking()
            .Where(a => a.OwnerPersonId == personId && a.DoneAt == null && a.DueDate != null && a.DueDate >= fromDate)
            .Select(a => new { a.Id, a.MeetingId, a.Text, Due = a.DueDate!.Value }).ToListAsync(ct);
        days.AddRange(actions.Select(a => new CalendarDay($"action-item-{a.Id.ToString(CultureInfo.InvariantCulture)}@samsyn", a.Due,
            $"Åtgärd klar: {a.Text}", $"Du är ansvarig för åtgärden \"{a.Text}\".",
            $"{baseUrl}/moten/{a.MeetingId.ToString(CultureInfo.InvariantCulture)}/protokoll")));
        return new CalendarEntries(calendarMeetings, days);
    }
}
