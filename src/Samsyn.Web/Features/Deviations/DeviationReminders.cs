using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// Reminds the concerned organisation's handlers of an unanswered deviation: a week before its due date and on the
/// due date itself, in the morning (the working day before when the date is a day off), each once per due date.
/// </summary>
public sealed class DeviationReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    public const int DaysAhead = 7;

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var hour = options.Value.ReminderHour;
        var today = SwedishTime.DateOf(now);
        var last = today.AddDays(DaysAhead + 3);
        var open = await db.DeviationReports.AsNoTracking()
            .Where(d => (d.Status == DeviationStatus.Received || d.Status == DeviationStatus.Acknowledged) && d.AnswerDueOn >= today && d.AnswerDueOn <= last)
            .Select(d => new { d.Id, d.AnswerDueOn, Step = d.Step.Name, Reporting = d.ReportingOrganisation.Name, Concerned = d.Concerned.Select(c => c.OrganisationId).ToList() })
            .ToListAsync(ct);
        var reminders = new List<Reminder>();
        foreach (var d in open)
        {
            var id = d.Id.ToString(CultureInfo.InvariantCulture);
            var due = d.AnswerDueOn;
            var weekBefore = ReminderTimes.MorningOf(due.AddDays(-DaysAhead), hour) <= now && today < due;
            var onTheDay = ReminderTimes.MorningOf(due, hour) <= now;
            if (!weekBefore && !onTheDay) continue;
            var handlers = await StructureRights.PeopleActingForAsync(db, d.Concerned, ct);
            var date = due.ToString("d MMMM yyyy", SwedishTime.Culture);
            if (onTheDay)
                reminders.Add(new Reminder($"deviation-due:{id}:{due:yyyyMMdd}", NotificationKind.DeviationAnswerDue, handlers,
                    $"Svar på avvikelse senast i dag: {d.Step}",
                    $"I dag {date} är sista dagen att svara på avvikelsen om \"{d.Step}\" från {d.Reporting} med analys och åtgärder.",
                    DeviationReporting.Link(d.Id), nameof(DeviationReport), id));
            else
                reminders.Add(new Reminder($"deviation-due-week:{id}:{due:yyyyMMdd}", NotificationKind.DeviationAnswerDue, handlers,
                    $"Svar på avvikelse senast {date}: {d.Step}",
                    $"Avvikelsen om \"{d.Step}\" från {d.Reporting} ska besvaras med analys och åtgärder senast {date}.",
                    DeviationReporting.Link(d.Id), nameof(DeviationReport), id));
        }
        return reminders;
    }
}

/// <summary>The answer deadlines of the deviations a person handles, as whole days in their calendar feed.</summary>
public sealed class DeviationCalendarSource : ICalendarSource
{
    public async Task<CalendarEntries> EntriesAsync(AppDbContext db, int personId, DateTimeOffset from, string baseUrl, CancellationToken ct)
    {
        var organisations = (await StructureRights.OrganisationIdsOfAsync(db, personId, ct)).ToList();
        var fromDate = SwedishTime.DateOf(from);
        var due = await db.DeviationReports.AsNoTracking()
            .Where(d => (d.Status == DeviationStatus.Received || d.Status == DeviationStatus.Acknowledged) && d.AnswerDueOn >= fromDate
                && d.Concerned.Any(c => organisations.Contains(c.OrganisationId)))
            .Select(d => new { d.Id, d.AnswerDueOn, Step = d.Step.Name, Reporting = d.ReportingOrganisation.Name }).ToListAsync(ct);
        return new CalendarEntries([], [.. due.Select(d => new CalendarDay($"deviation-answer-{d.Id.ToString(CultureInfo.InvariantCulture)}@samsyn", d.AnswerDueOn,
            $"Svar på avvikelse: {d.Step}", $"Sista dag att svara på avvikelsen om \"{d.Step}\" från {d.Reporting} med analys och åtgärder.",
            $"{baseUrl}{DeviationReporting.Link(d.Id)}"))]);
    }
}
