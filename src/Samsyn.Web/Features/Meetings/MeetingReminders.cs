using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The reminders meetings raise, in the morning of a working day (<see cref="ReminderTimes"/>):
/// the meeting itself the working day before; the last day for agenda proposals while the agenda
/// is open; an absence without a named substitute two working days before; and an action item the
/// working day before it is due.
/// </summary>
public sealed class MeetingReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    /// <summary>How far ahead meetings are looked at: more than any agenda deadline a group can set.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(45);

    private int Hour => options.Value.ReminderHour;

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var until = now + Horizon;
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Group)
            .Where(m => m.StartsAt > now && m.StartsAt < until && m.Status != MeetingStatus.Cancelled)
            .ToListAsync(ct);
        var reminders = new List<Reminder>();
        if (meetings.Count > 0) reminders.AddRange(await MeetingRemindersAsync(db, meetings, now, ct));
        reminders.AddRange(await ActionItemRemindersAsync(db, now, ct));
        return reminders;
    }

    private async Task<List<Reminder>> MeetingRemindersAsync(AppDbContext db, List<Meeting> meetings, DateTimeOffset now, CancellationToken ct)
    {
        var groupIds = meetings.Select(m => m.GroupId).Distinct().ToList();
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var seats = await db.Memberships.AsNoTracking().Where(s => groupIds.Contains(s.GroupId) && s.RetiredAt == null)
            .Select(s => new { s.Id, s.GroupId, s.PersonId, s.Role, Organisation = s.Organisation != null ? s.Organisation.Name : s.Person.Name })
            .ToListAsync(ct);
        var deadlines = await db.MeetingSettings.AsNoTracking().Where(s => groupIds.Contains(s.GroupId))
            .ToDictionaryAsync(s => s.GroupId, s => s.AgendaDeadlineWorkingDays, ct);
        var absences = await db.Attendances.AsNoTracking()
            .Where(a => meetingIds.Contains(a.MeetingId) && (a.Status == AttendanceStatus.Absent || a.Status == AttendanceStatus.SubstituteAttended))
            .Select(a => new { a.Id, a.MeetingId, a.MembershipId, a.SubstitutePersonId }).ToListAsync(ct);

        var reminders = new List<Reminder>();
        foreach (var meeting in meetings)
        {
            var groupSeats = seats.Where(s => s.GroupId == meeting.GroupId).ToList();
            var meetingAbsences = absences.Where(a => a.MeetingId == meeting.Id).ToList();
            var date = SwedishTime.DateOf(meeting.StartsAt);
            var id = meeting.Id.ToString(CultureInfo.InvariantCulture);
            var at = meeting.StartsAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
            var when = MeetingNotifications.When(meeting);
            var group = meeting.Group.Name;

            if (ReminderTimes.WorkingDayBefore(date, Hour) <= now)
            {
                // Those who come: the seats not reported absent, and the substitutes named for those that are.
                var absentSeats = meetingAbsences.Select(a => a.MembershipId).ToHashSet();
                var coming = groupSeats.Where(s => !absentSeats.Contains(s.Id)).Select(s => s.PersonId)
                    .Concat(meetingAbsences.Where(a => a.SubstitutePersonId != null).Select(a => a.SubstitutePersonId!.Value)).ToList();
                var where = string.IsNullOrWhiteSpace(meeting.Location) ? "" : $" i {meeting.Location}";
                reminders.Add(new Reminder($"meeting-soon:{id}:{at}", NotificationKind.MeetingTomorrow, coming,
                    $"Påminnelse: {group} {when}",
                    $"Mötet med {group} är {when}{where}. Dagordning och underlag finns i Samsyn.",
                    $"/moten/{id}", nameof(Meeting), id));
            }

            var deadline = MeetingViews.AgendaDeadline(meeting.StartsAt, deadlines.GetValueOrDefault(meeting.GroupId, 3));
            if (!meeting.IsAgendaPublished && ReminderTimes.MorningOf(deadline, Hour) <= now && SwedishTime.DateOf(now) <= deadline)
            {
                reminders.Add(new Reminder($"agenda-deadline:{id}:{deadline:yyyyMMdd}", NotificationKind.AgendaDeadline,
                    [.. groupSeats.Select(s => s.PersonId)],
                    $"Sista dag att föreslå punkter: {group} {when}",
                    $"I dag {deadline.ToString("d MMMM", SwedishTime.Culture)} är sista dagen att föreslå punkter till dagordningen för mötet med {group} {when}.",
                    $"/moten/{id}", nameof(Meeting), id));
            }

            if (ReminderTimes.WorkingDaysBefore(date, 2, Hour) <= now)
            {
                var conveners = groupSeats.Where(s => s.Role == MemberRole.Convener).Select(s => s.PersonId).ToList();
                foreach (var absence in meetingAbsences.Where(a => a.SubstitutePersonId == null))
                {
                    var seat = groupSeats.FirstOrDefault(s => s.Id == absence.MembershipId);
                    if (seat is null) continue;
                    reminders.Add(new Reminder($"absence-without-substitute:{absence.Id.ToString(CultureInfo.InvariantCulture)}:{at}",
                        NotificationKind.AbsenceWithoutSubstitute, [seat.PersonId, .. conveners],
                        $"Ingen ersättare för {seat.Organisation}: {group} {when}",
                        $"{seat.Organisation} har anmält förhinder till mötet med {group} {when} utan att ange någon ersättare. Ange en ersättare i Samsyn om någon kan komma.",
                        $"/moten/{id}", nameof(Meeting), id));
                }
            }
        }
        return reminders;
    }

    private async Task<List<Reminder>> ActionItemRemindersAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var today = SwedishTime.DateOf(now);
        var lastDate = today.AddDays(14);
        var items = await db.ActionItems.AsNoTracking()
            .Where(a => a.DoneAt == null && a.OwnerPersonId != null && a.DueDate != null && a.DueDate >= today && a.DueDate <= lastDate)
            .Select(a => new { a.Id, a.MeetingId, a.Text, Owner = a.OwnerPersonId!.Value, Due = a.DueDate!.Value }).ToListAsync(ct);
        return [.. items.Where(a => ReminderTimes.WorkingDayBefore(a.Due, Hour) <= now).Select(a => new Reminder(
            $"action-due:{a.Id.ToString(CultureInfo.InvariantCulture)}:{a.Due:yyyyMMdd}", NotificationKind.ActionItemDue, [a.Owner],
            $"Åtgärd ska vara klar {a.Due.ToString("d MMMM", SwedishTime.Culture)}: {Shorten(a.Text)}",
            $"Du är ansvarig för åtgärden \"{a.Text}\", som ska vara klar {a.Due.ToString("dddd d MMMM yyyy", SwedishTime.Culture)}. Markera den som klar i protokollet när den är gjord.",
            $"/moten/{a.MeetingId.ToString(CultureInfo.InvariantCulture)}/protokoll", nameof(ActionItem), a.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
