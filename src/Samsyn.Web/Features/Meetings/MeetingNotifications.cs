using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>Who must learn what when a meeting changes, in Swedish.</summary>
public static class MeetingNotifications
{
    public static string When(Meeting meeting) =>
        SwedishTime.ToLocal(meeting.StartsAt).ToString("dddd d MMMM yyyy 'kl.' HH.mm", SwedishTime.Culture);

    private static string Link(Meeting meeting) => $"/moten/{meeting.Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Members, named substitutes and the convener of the meeting's group.</summary>
    public static async Task<List<int>> EveryoneAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        var seats = db.Memberships.Where(m => m.GroupId == groupId && m.RetiredAt == null);
        return await seats.Select(m => m.PersonId)
            .Union(seats.SelectMany(m => m.Substitutes.Select(s => s.PersonId)))
            .ToListAsync(ct);
    }

    public static async Task<List<int>> ConvenersAsync(AppDbContext db, int groupId, CancellationToken ct) =>
        await db.Memberships.Where(m => m.GroupId == groupId && m.RetiredAt == null && m.Role == MemberRole.Convener)
            .Select(m => m.PersonId).ToListAsync(ct);

    public static async Task AgendaPublishedAsync(AppDbContext db, Meeting meeting, string groupName, int? actor, CancellationToken ct) =>
        Notifier.Raise(db, await EveryoneAsync(db, meeting.GroupId, ct), NotificationKind.AgendaPublished,
            $"Dagordningen är fastställd: {groupName} {When(meeting)}",
            $"Dagordningen för mötet med {groupName} {When(meeting)} är fastställd. Anmäl frånvaro i Samsyn om du inte kan delta, och ange vilken ersättare som kommer.",
            Link(meeting), nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), actor);

    public static async Task SubstituteRequestedAsync(AppDbContext db, Meeting meeting, string groupName, int substitutePersonId, int memberPersonId, CancellationToken ct)
    {
        var member = await db.People.Where(p => p.Id == memberPersonId).Select(p => p.Name).FirstAsync(ct);
        Notifier.Raise(db, [substitutePersonId], NotificationKind.SubstituteRequested,
            $"Du ersätter {member} vid {groupName} {When(meeting)}",
            $"{member} har anmält frånvaro till mötet med {groupName} {When(meeting)} och angett dig som ersättare. Mötet finns nu bland dina möten i Samsyn.",
            Link(meeting), nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture));
    }

    public static async Task ItemProposedAsync(AppDbContext db, Meeting meeting, string groupName, string title, int? proposer, CancellationToken ct) =>
        Notifier.Raise(db, await ConvenersAsync(db, meeting.GroupId, ct), NotificationKind.AgendaItemProposed,
            $"Nytt förslag till dagordningen: {title}",
            $"Ett förslag till punkt har kommit in till mötet med {groupName} {When(meeting)}: \"{title}\". Godta eller avböj det innan dagordningen fastställs.",
            Link(meeting), nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), proposer);

    public static void ItemDecided(AppDbContext db, Meeting meeting, AgendaItem item, int? actor)
    {
        if (item.ProposedByPersonId is not int proposer || item.Status == AgendaItemStatus.Proposed) return;
        var verdict = item.Status == AgendaItemStatus.Accepted ? "godtagits" : "avböjts";
        Notifier.Raise(db, [proposer], NotificationKind.AgendaItemDecided,
            $"Ditt förslag \"{item.Title}\" har {verdict}",
            $"Ditt förslag till mötet {When(meeting)} har {verdict} av sammankallande.",
            Link(meeting), nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), actor);
    }

    public static async Task ChangedAsync(AppDbContext db, Meeting meeting, string groupName, NotificationKind kind, int? actor, CancellationToken ct)
    {
        var (subject, body) = kind switch
        {
            NotificationKind.MeetingCancelled => ($"Inställt: {groupName} {When(meeting)}", $"Mötet med {groupName} {When(meeting)} är inställt."),
            NotificationKind.MinutesApproved => ($"Protokollet är godkänt: {groupName} {When(meeting)}", $"Protokollet från mötet med {groupName} {When(meeting)} är godkänt och finns i Samsyn."),
            _ => ($"Ändrad tid eller plats: {groupName}", $"Mötet med {groupName} är flyttat till {When(meeting)}{(meeting.Location is null ? "" : $", {meeting.Location}")}."),
        };
        Notifier.Raise(db, await EveryoneAsync(db, meeting.GroupId, ct), kind, subject, body, Link(meeting),
            nameof(Meeting), meeting.Id.ToString(CultureInfo.InvariantCulture), actor);
    }
}
