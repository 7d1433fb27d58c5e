using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// Delivers the notification outbox by email. Each round first applies the recipients' preferences
/// (in-app only, daily digest), then sends what is due. A message is claimed with a conditional
/// update (a lease), so with several app instances every message is sent by one of them; a failure
/// is retried with back-off, and a message gives up after the configured number of attempts.
/// </summary>
public sealed class EmailDeliveryWorker(
    IServiceScopeFactory scopes, IOptions<SmtpOptions> options, IOptions<NotificationOptions> notificationOptions, TimeProvider clock,
    ILogger<EmailDeliveryWorker> logger)
    : BackgroundService
{
    private SmtpOptions Smtp => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Smtp.Enabled)
        {
            logger.LogInformation("Smtp:Host is not set; notifications are shown in Samsyn only.");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, Smtp.PollSeconds)), clock);
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

    /// <summary>One round: applies preferences, then claims and sends what is due. Returns how many emails were sent.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        await ApplyPreferencesAsync(db, now, ct);
        using var smtp = new SmtpClient();
        try
        {
            var sent = await SendImmediateAsync(db, smtp, now, ct);
            return sent + await SendDigestsAsync(db, smtp, now, ct);
        }
        finally
        {
            if (smtp.IsConnected) await smtp.DisconnectAsync(true, CancellationToken.None);
        }
    }

    /// <summary>
    /// Moves waiting messages whose recipient wants no email, or a digest, out of the immediate queue.
    /// Claimed messages (leased to a sender) are left alone, so nothing is sent twice.
    /// </summary>
    private static async Task ApplyPreferencesAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await Due(db.Notifications.AsNoTracking(), DeliveryStatus.Pending, now)
            .Where(n => db.NotificationSettings.Any(s => s.PersonId == n.RecipientPersonId))
            .OrderBy(n => n.Id).Take(1000).Select(n => new { n.Id, n.RecipientPersonId, n.Kind }).ToListAsync(ct);
        if (waiting.Count == 0) return;
        var personIds = waiting.Select(w => w.RecipientPersonId).Distinct().ToList();
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => personIds.Contains(s.PersonId)).ToDictionaryAsync(s => s.PersonId, ct);
        foreach (var channel in waiting.GroupBy(w => settings[w.RecipientPersonId].ChannelFor(w.Kind), w => w.Id))
        {
            if (channel.Key == DeliveryChannel.Immediately) continue;
            var ids = channel.ToList();
            var status = channel.Key == DeliveryChannel.DailyDigest ? DeliveryStatus.AwaitingDigest : DeliveryStatus.NotRequired;
            await Due(db.Notifications.Where(n => ids.Contains(n.Id)), DeliveryStatus.Pending, now)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailStatus, status), ct);
        }
    }

    private static IQueryable<Notification> Due(IQueryable<Notification> query, DeliveryStatus status, DateTimeOffset now) =>
        query.Where(n => n.EmailStatus == status && (n.EmailNextAttemptAt == null || n.EmailNextAttemptAt <= now));

    private async Task<int> SendImmediateAsync(AppDbContext db, SmtpClient smtp, DateTimeOffset now, CancellationToken ct)
    {
        var due = await Due(db.Notifications.AsNoTracking(), DeliveryStatus.Pending, now)
            .OrderBy(n => n.Id).Select(n => n.Id).Take(Smtp.BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            var claim = await ClaimAsync(db, db.Notifications.Where(n => n.Id == id), DeliveryStatus.Pending, now, ct);
            if (claim is null) continue;
            var notification = await db.Notifications.AsNoTracking().Include(n => n.Recipient).FirstAsync(n => n.Id == id, ct);
            if (!await TrySendAsync(db, smtp, claim.Value, notification.EmailAttempts, now,
                    () => NotificationEmail.Compose(notification, notification.Recipient.Name, notification.Recipient.Email, Smtp), ct))
                break;
            sent++;
        }
        return sent;
    }

    /// <summary>One email per person with everything kept for the digest since the last digest time.</summary>
    private async Task<int> SendDigestsAsync(AppDbContext db, SmtpClient smtp, DateTimeOffset now, CancellationToken ct)
    {
        // In UTC, as CreatedAt is stored: SQLite compares the stored numbers, which hold the clock time of the value's own offset.
        var cutoff = DigestSchedule.LatestDigestTime(now, notificationOptions.Value.DigestHour).ToUniversalTime();
        var people = await Due(db.Notifications.AsNoTracking(), DeliveryStatus.AwaitingDigest, now)
            .Where(n => n.CreatedAt < cutoff).Select(n => n.RecipientPersonId).Distinct().Take(Smtp.BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var personId in people)
        {
            var claim = await ClaimAsync(db, db.Notifications.Where(n => n.RecipientPersonId == personId && n.CreatedAt < cutoff),
                DeliveryStatus.AwaitingDigest, now, ct);
            if (claim is null) continue;
            var items = await db.Notifications.AsNoTracking().Include(n => n.Recipient).Where(n => n.EmailClaim == claim)
                .OrderBy(n => n.Id).ToListAsync(ct);
            if (items.Count == 0) continue;
            var recipient = items[0].Recipient;
            if (!await TrySendAsync(db, smtp, claim.Value, items.Max(n => n.EmailAttempts), now,
                    () => NotificationEmail.Digest(items, claim.Value, recipient.Name, recipient.Email, Smtp), ct))
                break;
            sent++;
        }
        return sent;
    }

    /// <summary>
    /// Takes the messages for this sender for the lease time, unless another sender already has them,
    /// and marks them with a claim of their own. Returns the claim, or null when nothing was taken.
    /// </summary>
    private static async Task<Guid?> ClaimAsync(AppDbContext db, IQueryable<Notification> messages, DeliveryStatus status, DateTimeOffset now, CancellationToken ct)
    {
        var claim = Guid.NewGuid();
        var until = now + DeliverySchedule.Lease;
        var claimed = await Due(messages, status, now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)until)
                .SetProperty(n => n.EmailClaim, (Guid?)claim)
                .SetProperty(n => n.EmailAttempts, n => n.EmailAttempts + 1), ct);
        return claimed > 0 ? claim : null;
    }

    /// <summary>Sends the claimed messages as one email. On failure schedules the retry; returns false when the server is unreachable.</summary>
    private async Task<bool> TrySendAsync(AppDbContext db, SmtpClient smtp, Guid claim, int attempts, DateTimeOffset now, Func<MimeMessage> compose, CancellationToken ct)
    {
        var claimed = db.Notifications.Where(n => n.EmailClaim == claim);
        try
        {
            if (!smtp.IsConnected) await ConnectAsync(smtp, ct);
            await smtp.SendAsync(compose(), ct);
            await claimed.ExecuteUpdateAsync(u => u
                .SetProperty(n => n.EmailStatus, DeliveryStatus.Sent)
                .SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(n => n.EmailClaim, (Guid?)null), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var giveUp = attempts >= Smtp.MaxAttempts;
            logger.LogWarning(e, "Email {Claim} failed (attempt {Attempt}){GiveUp}", claim, attempts, giveUp ? "; giving up" : "");
            var retryAt = now + DeliverySchedule.Backoff(attempts, TimeSpan.FromSeconds(Math.Max(1, Smtp.RetryBaseSeconds)));
            if (giveUp) await claimed.ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailStatus, DeliveryStatus.Failed), ct);
            await claimed.ExecuteUpdateAsync(u => u
                .SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)retryAt)
                .SetProperty(n => n.EmailClaim, (Guid?)null), ct);
            if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
            return e is not (System.Net.Sockets.SocketException or SmtpProtocolException or IOException);
        }
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        var security = Smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        smtp.Timeout = 15000;
        await smtp.ConnectAsync(Smtp.Host!, Smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(Smtp.UserName)) await smtp.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", ct);
    }
}
