using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// Raises the reminders that have fallen due, each once: the reminder's notifications and its
/// <see cref="SentReminder"/> row are saved together, and the row's unique key makes a second
/// instance's attempt fail instead of raising it again. A source that fails is logged and skipped,
/// so the reminders of every other source are still raised.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderService> logger)
{
    /// <summary>One scan at the current time. Returns how many reminders were raised.</summary>
    public async Task<int> RaiseDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var due = new List<Reminder>();
        foreach (var source in scope.ServiceProvider.GetServices<IReminderSource>())
        {
            // One capability's fault must not silence the others' reminders.
            try
            {
                due.AddRange(await source.DueAsync(db, now, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder source {Source} failed; the other sources' reminders are still raised", source.GetType().Name);
                db.ChangeTracker.Clear();
            }
        }
        if (due.Count == 0) return 0;

        var keys = due.Select(r => r.Key).ToList();
        var raised = (await db.SentReminders.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        foreach (var reminder in due.Where(r => !raised.Contains(r.Key)).DistinctBy(r => r.Key))
        {
            if (reminder.RecipientPersonIds.Count == 0) continue;
            db.SentReminders.Add(new SentReminder { Key = reminder.Key, RaisedAt = now });
            Notifier.Raise(db, reminder.RecipientPersonIds, reminder.Kind, reminder.Subject, reminder.Body, reminder.Link, reminder.EntityType, reminder.EntityId);
            try
            {
                await db.SaveChangesAsync(ct);
                count++;
            }
            catch (DbUpdateException e)
            {
                // Another instance raised it first.
                logger.LogDebug(e, "Reminder {Key} was raised elsewhere", reminder.Key);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return count;
    }
}

/// <summary>Runs the reminder scan every few minutes (Notifications:ReminderPollMinutes; 0 turns it off).</summary>
public sealed class ReminderWorker(ReminderService reminders, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ReminderPollMinutes <= 0) return;
        // SQLite's async calls complete synchronously: without this the first scan, which reads every kind of due item,
        // ran inside the host's start-up and delayed readiness by seconds on a large database.
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.ReminderPollMinutes), clock);
        do
        {
            try
            {
                var raised = await reminders.RaiseDueAsync(stoppingToken);
                if (raised > 0) logger.LogInformation("Raised {Count} reminders", raised);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reminder scan failed; trying again at the next round.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
