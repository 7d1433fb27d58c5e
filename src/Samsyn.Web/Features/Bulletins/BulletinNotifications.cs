using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>Who hears of a bulletin, and what they are told, in Swedish.</summary>
public static class BulletinNotifications
{
    public static string Link(int bulletinId) => $"/meddelanden/{bulletinId.ToString(CultureInfo.InvariantCulture)}";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", SwedishTime.Culture);

    /// <summary>
    /// The people acting for each organisation: those who work for it, and the active members and named substitutes
    /// holding its seats in a group. Retired people are left out.
    /// </summary>
    public static async Task<Dictionary<int, HashSet<int>>> PeopleActingForAsync(AppDbContext db, IReadOnlyCollection<int> organisationIds, CancellationToken ct)
    {
        var ids = organisationIds.ToList();
        var employed = await db.People.AsNoTracking()
            .Where(p => p.RetiredAt == null && p.OrganisationId != null && ids.Contains(p.OrganisationId.Value))
            .Select(p => new { Organisation = p.OrganisationId!.Value, Person = p.Id }).ToListAsync(ct);
        var seats = db.Memberships.AsNoTracking()
            .Where(m => m.RetiredAt == null && m.OrganisationId != null && ids.Contains(m.OrganisationId.Value));
        var members = await seats.Where(m => m.Person.RetiredAt == null)
            .Select(m => new { Organisation = m.OrganisationId!.Value, Person = m.PersonId }).ToListAsync(ct);
        // The two-argument SelectMany is a join, which SQLite can run (a nested Where would need APPLY).
        var substitutes = (await seats.SelectMany(m => m.Substitutes, (m, s) => new { Organisation = m.OrganisationId!.Value, Person = s.PersonId, Retired = s.Person.RetiredAt != null })
                .ToListAsync(ct))
            .Where(s => !s.Retired).Select(s => new { s.Organisation, s.Person });
        return employed.Concat(members).Concat(substitutes)
            .GroupBy(x => x.Organisation)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Person).ToHashSet());
    }

    /// <summary>Tells everyone acting for a recipient organisation that the bulletin has come, except the sender.</summary>
    public static async Task PublishedAsync(AppDbContext db, Bulletin bulletin, CancellationToken ct)
    {
        var people = await PeopleActingForAsync(db, [.. bulletin.Recipients.Select(r => r.OrganisationId)], ct);
        var id = bulletin.Id.ToString(CultureInfo.InvariantCulture);
        Notifier.Raise(db, people.Values.SelectMany(p => p), NotificationKind.BulletinPublished,
            $"Meddelande till alla: {bulletin.Title}",
            $"{bulletin.SenderName} har skickat ett meddelande till alla vård- och insatsgivare: \"{bulletin.Title}\". " +
            $"Det gäller till och med {Date(bulletin.ValidUntil)}. Läs det i Samsyn och bekräfta att din organisation har tagit del av det.",
            Link(bulletin.Id), nameof(Bulletin), id, bulletin.SenderPersonId);
    }

    public static string ReminderSubject(string title) => $"Påminnelse: bekräfta meddelandet \"{title}\"";

    public static string ReminderBody(string title, string organisation, string sender, DateTimeOffset sentAt) =>
        $"{organisation} har ännu inte bekräftat meddelandet \"{title}\" som {sender} skickade {Date(SwedishTime.DateOf(sentAt))}. " +
        "Läs det i Samsyn och bekräfta att er organisation har tagit del av det.";
}
