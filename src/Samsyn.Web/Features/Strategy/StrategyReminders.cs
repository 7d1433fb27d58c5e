using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>
/// Reminds a group's members a week before a follow-up of their activity plan is due
/// (<see cref="ReportingPeriods.DueDate"/>), while some activity still lacks that period's follow-up.
/// </summary>
public sealed class StrategyReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    public const int DaysBefore = 7;

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var today = SwedishTime.DateOf(now);
        var plans = await db.ActivityPlans.AsNoTracking()
            .Where(p => p.Year >= today.Year - 1 && p.Year <= today.Year && p.StrategicPlan.Status == PlanStatus.Adopted && p.Activities.Any())
            .Select(p => new { p.Id, p.GroupId, p.Year, Group = p.Group.Name, p.StrategicPlan.ReportingPeriod })
            .ToListAsync(ct);
        // Activities and their follow-ups read flat (a nested, correlated projection needs SQL APPLY, which SQLite lacks).
        var planIds = plans.Select(p => p.Id).ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => planIds.Contains(a.ActivityPlanId))
            .Select(a => new { a.Id, a.ActivityPlanId }).ToListAsync(ct);
        var activityIds = activities.Select(a => a.Id).ToList();
        var followUps = (await db.ActivityFollowUps.AsNoTracking().Where(f => activityIds.Contains(f.ActivityId))
                .Select(f => new { f.ActivityId, f.Year, f.Period }).ToListAsync(ct))
            .ToLookup(f => f.ActivityId);
        var reminders = new List<Reminder>();
        foreach (var plan in plans)
        {
            for (var period = 1; period <= ReportingPeriods.Count(plan.ReportingPeriod); period++)
            {
                var due = ReportingPeriods.DueDate(plan.Year, period, plan.ReportingPeriod);
                if (today > due || ReminderTimes.MorningOf(due.AddDays(-DaysBefore), options.Value.ReminderHour) > now) continue;
                if (activities.Where(a => a.ActivityPlanId == plan.Id).All(a => followUps[a.Id].Any(f => f.Year == plan.Year && f.Period == period))) continue;
                var members = await db.Memberships.AsNoTracking().Where(m => m.GroupId == plan.GroupId && m.RetiredAt == null).Select(m => m.PersonId).ToListAsync(ct);
                var label = ReportingPeriods.Label(plan.Year, period, plan.ReportingPeriod);
                var id = plan.Id.ToString(CultureInfo.InvariantCulture);
                reminders.Add(new Reminder($"strategy-follow-up:{id}:{plan.Year}:{period}", NotificationKind.FollowUpDue, members,
                    $"Uppföljning {label}: {plan.Group}",
                    $"Aktiviteterna i verksamhetsplanen för {plan.Group} ska följas upp för {label} senast {due.ToString("d MMMM yyyy", SwedishTime.Culture)}.",
                    $"/strategi/verksamhetsplaner/{id}", nameof(ActivityPlan), id));
            }
        }
        return reminders;
    }
}
