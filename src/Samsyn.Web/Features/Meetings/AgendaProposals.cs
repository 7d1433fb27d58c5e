using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// How other capabilities put a question on a group's next meeting (a strained organisation, a
/// recurring deviation, a report-back): as a proposed item on the earliest future meeting whose
/// agenda is still open, one item per title and meeting, and the convener is told. A later call
/// with the same title updates the description of an item still proposed instead of adding another.
/// </summary>
public static class AgendaProposals
{
    /// <summary>The meeting the item went onto, or null when the group has no planned meeting ahead.</summary>
    public static async Task<Meeting?> ProposeOnNextMeetingAsync(
        AppDbContext db, int groupId, string title, string description, int? proposedByPersonId, int? presenterOrganisationId,
        AgendaItemKind kind = AgendaItemKind.Discussion, int durationMinutes = 10, CancellationToken ct = default)
    {
        var now = db.Clock.GetUtcNow();
        // Loaded and ordered here: SQLite cannot order by a DateTimeOffset column.
        var next = (await db.Meetings.Include(m => m.Group).Where(m => m.GroupId == groupId && m.StartsAt > now && m.Status == MeetingStatus.Planned).ToListAsync(ct))
            .OrderBy(m => m.StartsAt).FirstOrDefault();
        if (next is null) return null;
        var items = await db.AgendaItems.Where(i => i.MeetingId == next.Id).ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<AgendaItem>().Where(e => e.State == EntityState.Added && e.Entity.MeetingId == next.Id).Select(e => e.Entity);
        items = [.. items.Concat(pending).Distinct()];
        description = description.Length <= 2000 ? description : description[..1999] + "…";
        var existing = items.FirstOrDefault(i => i.Title == title && i.Status != AgendaItemStatus.Declined);
        if (existing is not null)
        {
            if (existing.Status == AgendaItemStatus.Proposed) existing.Description = description;
            return next;
        }
        db.AgendaItems.Add(new AgendaItem
        {
            MeetingId = next.Id, Order = items.Count == 0 ? 1 : items.Max(i => i.Order) + 1, Title = title,
            Kind = kind, DurationMinutes = durationMinutes, Status = AgendaItemStatus.Proposed,
            ProposedByPersonId = proposedByPersonId, PresenterOrganisationId = presenterOrganisationId,
            PresenterPersonId = proposedByPersonId, Description = description,
        });
        await MeetingNotifications.ItemProposedAsync(db, next, next.Group.Name, title, proposedByPersonId, ct);
        return next;
    }
}
