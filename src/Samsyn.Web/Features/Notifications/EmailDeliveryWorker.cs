using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// Delivers the notification outbox by email. Each message is claimed with a conditional update
/// (a lease), so with several app instances every message is sent by one of them; a failure is
/// retried with back-off, and a message gives up after the configured number of attempts.
/// </summary>
public sealed class EmailDeliveryWorker(IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<EmailDeliveryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Smtp:Host is not set; notifications are shown in Samsyn only.");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        do
        {
            try
            {
                await DeliverPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Email delivery round failed; trying again at the next round.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: claims and sends what is due. Returns how many were sent.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailStatus == DeliveryStatus.Pending && (n.EmailNextAttemptAt == null || n.EmailNextAttemptAt <= now))
            .OrderBy(n => n.Id).Select(n => n.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;

        var sent = 0;
        using var smtp = new SmtpClient();
        foreach (var id in due)
        {
            if (!await ClaimAsync(db, id, now, ct)) continue;
            var notification = await db.Notifications.AsNoTracking().Include(n => n.Recipient).FirstAsync(n => n.Id == id, ct);
            try
            {
                if (!smtp.IsConnected) await ConnectAsync(smtp, ct);
                await smtp.SendAsync(NotificationEmail.Compose(notification, notification.Recipient.Name, notification.Recipient.Email, options.Value), ct);
                await db.Notifications.Where(n => n.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailStatus, DeliveryStatus.Sent).SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)null), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = notification.EmailAttempts;
                var giveUp = attempts >= options.Value.MaxAttempts;
                logger.LogWarning(e, "Email for notification {Id} failed (attempt {Attempt}){GiveUp}", id, attempts, giveUp ? "; giving up" : "");
                var retryAt = now + DeliverySchedule.Backoff(attempts);
                await db.Notifications.Where(n => n.Id == id)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(n => n.EmailStatus, giveUp ? DeliveryStatus.Failed : DeliveryStatus.Pending)
                        .SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)retryAt), ct);
                if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
                if (e is System.Net.Sockets.SocketException or SmtpProtocolException or IOException) break;
            }
        }
        if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
        return sent;
    }

    /// <summary>Takes the message for this instance for the lease time, unless another instance already has it.</summary>
    private static async Task<bool> ClaimAsync(AppDbContext db, long id, DateTimeOffset now, CancellationToken ct)
    {
        var until = now + DeliverySchedule.Lease;
        var claimed = await db.Notifications
            .Where(n => n.Id == id && n.EmailStatus == DeliveryStatus.Pending && (n.EmailNextAttemptAt == null || n.EmailNextAttemptAt <= now))
            .ExecuteUpdateAsync(u => u
                .SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)until)
                .SetProperty(n => n.EmailAttempts, n => n.EmailAttempts + 1), ct);
        return claimed == 1;
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        var o = options.Value;
        var security = o.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        smtp.Timeout = 15000;
        await smtp.ConnectAsync(o.Host!, o.Port, security, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
    }
}
