using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>Who is told what about governing documents.</summary>
public static class DocumentNotifications
{
    /// <summary>The people seated in the groups (members and conveners, not substitutes).</summary>
    public static async Task<List<int>> MembersOfAsync(AppDbContext db, IEnumerable<int> groupIds, CancellationToken ct)
    {
        var ids = groupIds.Distinct().ToList();
        return await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.GroupId) && m.RetiredAt == null && m.Person.RetiredAt == null)
            .Select(m => m.PersonId).Distinct().ToListAsync(ct);
    }

    /// <summary>Tells the members of the approving and owning groups that a version is approved.</summary>
    public static async Task ApprovedAsync(AppDbContext db, GoverningDocument document, DocumentVersion version, int? actorPersonId, CancellationToken ct)
    {
        var people = await MembersOfAsync(db, DocumentRights.GroupsOf(document).All, ct);
        var number = version.Number.ToString(CultureInfo.InvariantCulture);
        Notifier.Raise(db, people, NotificationKind.DocumentApproved,
            $"Godkänt: {document.Title}, version {number}",
            $"{DocumentText.Type(document.Type)} \"{document.Title}\" version {number} är godkänd {DocumentText.Iso(version.ApprovedOn!.Value)}"
            + (version.ChangeNote is null ? "." : $". Ändringar: {version.ChangeNote}"),
            DocumentViews.Link(document.Id), nameof(GoverningDocument), document.Id.ToString(CultureInfo.InvariantCulture), actorPersonId);
    }
}
