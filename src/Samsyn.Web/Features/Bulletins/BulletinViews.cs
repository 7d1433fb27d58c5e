using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>To whom a bulletin went, in words: "Alla i SIMBA", "Ledningsgrupp i samverkan", "3 organisationer".</summary>
public sealed record BulletinAudience(RecipientKind Kind, int? AreaId, string? AreaName, int? GroupId, string? GroupName, string Description);

/// <summary>A bulletin in a list; <c>AwaitsMyAcknowledgement</c> when an organisation the reader acts for has not acknowledged yet.</summary>
public sealed record BulletinSummary(
    int Id, string Title, DateTimeOffset SentAt, DateOnly ValidUntil, bool IsCurrent, string SenderName, BulletinAudience Audience,
    int RecipientCount, int AcknowledgedCount, string AcknowledgementText,
    bool AwaitsMyAcknowledgement, int Version);

public sealed record RecipientView(int OrganisationId, string OrganisationName, bool Acknowledged, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy);

public sealed record LinkView(string Title, string Url);

public sealed record AttachmentView(int Id, string FileName, string ContentType, long Length, string Url);

public sealed record ReminderRoundView(DateTimeOffset SentAt, string SentBy, int OrganisationCount, int PersonCount);

/// <summary>
/// A bulletin as its reader sees it. <see cref="Recipients"/> lists every recipient for those who follow up
/// (<see cref="SeesAllRecipients"/>), otherwise only the organisations the reader acts for (<see cref="Mine"/>).
/// </summary>
public sealed record BulletinDetails(
    int Id, string Title, string Body, DateOnly ValidUntil, bool IsCurrent, DateTimeOffset SentAt, int? SenderPersonId, string SenderName,
    DateTimeOffset? CorrectedAt, BulletinAudience Audience, int RecipientCount, int AcknowledgedCount, string AcknowledgementText,
    bool SeesAllRecipients, IReadOnlyList<RecipientView> Recipients, IReadOnlyList<RecipientView> Mine,
    IReadOnlyList<LinkView> Links, IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<ReminderRoundView> Reminders, int Version)
{
    /// <summary>What the sender should know about the text just saved ("Otillåten formatering togs bort …"); empty otherwise.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}

public static class BulletinViews
{
    public static async Task<BulletinDetails?> DetailsAsync(AppDbContext db, BulletinRights rights, int id, CancellationToken ct)
    {
        var b = await db.Bulletins.AsNoTracking().Include(x => x.Area).Include(x => x.Group).Include(x => x.Links)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return null;
        var recipients = await db.BulletinRecipients.AsNoTracking().Where(r => r.BulletinId == id)
            .Select(r => new RecipientView(r.OrganisationId, r.Organisation.Name, r.AcknowledgedAt != null, r.AcknowledgedAt, r.AcknowledgedByName))
            .ToListAsync(ct);
        recipients = [.. recipients.OrderBy(r => r.Acknowledged).ThenBy(r => r.OrganisationName, StringComparer.Create(SwedishTime.Culture, false))];
        var own = await rights.OwnOrganisationIdsAsync(ct);
        var mine = recipients.Where(r => own.Contains(r.OrganisationId)).ToList();
        var all = await rights.FollowsUpAsync(b.SenderPersonId, b.GroupId, ct);
        var summary = AcknowledgementSummary.Of(recipients.Select(r => r.Acknowledged));
        var attachments = await db.BulletinAttachments.AsNoTracking().Where(a => a.BulletinId == id).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.Length }).ToListAsync(ct);
        var reminders = all
            ? (await db.BulletinReminderRounds.AsNoTracking().Where(r => r.BulletinId == id).OrderBy(r => r.Id)
                .Select(r => new ReminderRoundView(r.SentAt, r.SentByName, r.OrganisationCount, r.PersonCount)).ToListAsync(ct))
            : [];
        return new BulletinDetails(
            b.Id, b.Title, RichText.Render(b.Body), b.ValidUntil, b.IsCurrentOn(Today(db)), b.SentAt, b.SenderPersonId, b.SenderName,
            b.CorrectedAt, Audience(b.RecipientKind, b.AreaId, b.Area?.Name, b.GroupId, b.Group?.Name, recipients.Count),
            summary.Recipients, summary.Acknowledged, summary.Text, all, all ? recipients : mine, mine,
            [.. b.Links.OrderBy(l => l.Order).Select(l => new LinkView(l.Title, l.Url))],
            [.. attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Length, $"/api/v1/bulletins/{b.Id}/attachments/{a.Id}"))],
            reminders, b.Version);
    }

    /// <summary>The bulletins of <paramref name="query"/>, newest first (by id: SQLite cannot order by a DateTimeOffset).</summary>
    public static async Task<List<BulletinSummary>> SummariesAsync(AppDbContext db, IReadOnlySet<int> ownOrganisations, IQueryable<Bulletin> query, CancellationToken ct)
    {
        var own = ownOrganisations.ToList();
        var today = Today(db);
        var rows = await query.AsNoTracking().OrderByDescending(b => b.Id).Select(b => new
        {
            b.Id, b.Title, b.SentAt, b.ValidUntil, b.SenderName, b.RecipientKind, b.AreaId, AreaName = b.Area != null ? b.Area.Name : null,
            b.GroupId, GroupName = b.Group != null ? b.Group.Name : null, b.Version,
            Recipients = b.Recipients.Count, Acknowledged = b.Recipients.Count(r => r.AcknowledgedAt != null),
            MinePending = b.Recipients.Any(r => r.AcknowledgedAt == null && own.Contains(r.OrganisationId)),
        }).ToListAsync(ct);
        return [.. rows.Select(r => new BulletinSummary(
            r.Id, r.Title, r.SentAt, r.ValidUntil, r.ValidUntil >= today, r.SenderName,
            Audience(r.RecipientKind, r.AreaId, r.AreaName, r.GroupId, r.GroupName, r.Recipients),
            r.Recipients, r.Acknowledged, new AcknowledgementSummary(r.Recipients, r.Acknowledged).Text, r.MinePending, r.Version))];
    }

    public static DateOnly Today(AppDbContext db) => SwedishTime.DateOf(db.Clock.GetUtcNow());

    public static BulletinAudience Audience(RecipientKind kind, int? areaId, string? areaName, int? groupId, string? groupName, int count) =>
        new(kind, areaId, areaName, groupId, groupName, kind switch
        {
            RecipientKind.Area => $"Alla vård- och insatsgivare i {areaName}",
            RecipientKind.Group => $"Organisationerna i {groupName}",
            _ => count == 1 ? "1 vald organisation" : $"{count} valda organisationer",
        });
}
