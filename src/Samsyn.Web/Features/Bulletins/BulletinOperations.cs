using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>
/// The bulletin changes that the API and the pages both make, each in one place with its guards and the
/// notifications it raises. Callers check rights and input first.
/// </summary>
public static class BulletinOperations
{
    /// <summary>How soon after a reminder by hand another one may be sent, so a double click does not remind everyone twice.</summary>
    public static readonly TimeSpan ReminderPause = TimeSpan.FromHours(1);

    /// <summary>
    /// Sends the bulletin: saves it with its recipients and tells the people acting for them, in one transaction
    /// (the notifications link to the bulletin, whose id the first save gives).
    /// </summary>
    public static async Task<Bulletin> SendAsync(AppDbContext db, BulletinDraft draft, RecipientChoice choice, IReadOnlyList<int> organisationIds,
        int? senderPersonId, string userName, CancellationToken ct)
    {
        var bulletin = new Bulletin
        {
            Title = draft.Title, Body = draft.Body.Html, ValidUntil = draft.ValidUntil, RecipientKind = choice.Kind,
            AreaId = choice.AreaId, GroupId = choice.GroupId, SenderPersonId = senderPersonId,
            SenderName = await NameOfAsync(db, senderPersonId, userName, ct), SentAt = Now(db),
        };
        bulletin.SetLinks(draft.Links);
        foreach (var organisationId in organisationIds) bulletin.Recipients.Add(new BulletinRecipient { OrganisationId = organisationId });
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync(ct);
        await BulletinNotifications.PublishedAsync(db, bulletin, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return bulletin;
    }

    /// <summary>Acknowledges for the organisation; true when this call recorded it, false when it was already acknowledged.</summary>
    public static async Task<(BulletinRecipient Recipient, bool Recorded)> AcknowledgeAsync(
        AppDbContext db, Bulletin bulletin, int organisationId, int? personId, string userName, CancellationToken ct)
    {
        var before = bulletin.Recipients.FirstOrDefault(r => r.OrganisationId == organisationId)?.IsAcknowledged;
        var recipient = bulletin.Acknowledge(organisationId, personId, await NameOfAsync(db, personId, userName, ct), Now(db));
        if (before == true) return (recipient, false);
        try
        {
            await db.SaveChangesAsync(ct);
            return (recipient, true);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else acknowledged for the organisation at the same moment: theirs stands.
            db.ChangeTracker.Clear();
            var stored = await db.BulletinRecipients.AsNoTracking().FirstAsync(r => r.BulletinId == bulletin.Id && r.OrganisationId == organisationId, ct);
            return (stored, false);
        }
    }

    /// <summary>Reminds the people of every organisation that has not acknowledged, now; recorded as a reminder round.</summary>
    public static async Task<BulletinReminderRound> RemindAsync(AppDbContext db, Bulletin bulletin, int? personId, string userName, CancellationToken ct)
    {
        var now = Now(db);
        if (!bulletin.IsCurrentOn(SwedishTime.DateOf(now))) throw new InvalidStateChangeException("Meddelandet är inte längre aktuellt.");
        var pending = bulletin.Recipients.Where(r => !r.IsAcknowledged).Select(r => r.OrganisationId).ToList();
        if (pending.Count == 0) throw new InvalidStateChangeException("Alla mottagare har redan bekräftat.");
        var last = (await db.BulletinReminderRounds.AsNoTracking().Where(r => r.BulletinId == bulletin.Id).Select(r => r.SentAt).ToListAsync(ct))
            .DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        if (now - last < ReminderPause)
            throw new InvalidStateChangeException(
                $"En påminnelse skickades kl. {SwedishTime.ToLocal(last).ToString("HH.mm", CultureInfo.InvariantCulture)}. Vänta en stund innan du påminner igen.");

        var people = await BulletinNotifications.PeopleActingForAsync(db, pending, ct);
        var names = await db.Organisations.AsNoTracking().Where(o => pending.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var id = bulletin.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var organisationId in pending)
        {
            Notifier.Raise(db, people.GetValueOrDefault(organisationId) ?? [], NotificationKind.BulletinUnacknowledged,
                BulletinNotifications.ReminderSubject(bulletin.Title),
                BulletinNotifications.ReminderBody(bulletin.Title, names[organisationId], bulletin.SenderName, bulletin.SentAt),
                BulletinNotifications.Link(bulletin.Id), nameof(Bulletin), id, personId);
        }
        var round = new BulletinReminderRound
        {
            BulletinId = bulletin.Id, SentAt = now, SentByName = await NameOfAsync(db, personId, userName, ct),
            OrganisationCount = pending.Count, PersonCount = people.Values.SelectMany(p => p).Where(p => p != personId).Distinct().Count(),
        };
        db.BulletinReminderRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    /// <summary>Checks and adds a file to the bulletin (unsaved); returns why it cannot be added, or null.</summary>
    public static async Task<(BulletinAttachment? Attachment, string? Error)> AttachAsync(
        AppDbContext db, int bulletinId, IFormFile file, int? personId, string userName, CancellationToken ct)
    {
        var count = await db.BulletinAttachments.CountAsync(a => a.BulletinId == bulletinId, ct)
            + db.ChangeTracker.Entries<BulletinAttachment>().Count(e => e.State == EntityState.Added && e.Entity.BulletinId == bulletinId);
        if (count >= Bulletin.MaxAttachments) return (null, $"Ett meddelande kan ha högst {Bulletin.MaxAttachments} bilagor.");
        var (upload, error) = await UploadedFiles.ReadAsync(file, FilePolicy.Attachments, ct);
        if (upload is null) return (null, error);
        var attachment = new BulletinAttachment
        {
            BulletinId = bulletinId, FileName = upload.FileName, ContentType = upload.ContentType, Length = upload.Length,
            Sha256 = upload.Sha256, UploadedAt = Now(db),
            UploadedByName = await NameOfAsync(db, personId, userName, ct), Content = new BulletinFile { Data = upload.Data },
        };
        db.BulletinAttachments.Add(attachment);
        return (attachment, null);
    }

    /// <summary>The current moment in whole milliseconds, so what the API answers equals what both databases store and give back.</summary>
    public static DateTimeOffset Now(AppDbContext db)
    {
        var now = db.Clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private static async Task<string> NameOfAsync(AppDbContext db, int? personId, string userName, CancellationToken ct) =>
        personId is int id ? await db.People.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? userName : userName;
}
