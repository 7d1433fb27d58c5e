using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>Revision due dates in the calendar of those reminded of them: the conveners of the owning group (else the approving one) and the preparer.</summary>
public sealed class DocumentCalendarSource : ICalendarSource
{
    public async Task<CalendarEntries> EntriesAsync(AppDbContext db, int personId, DateTimeOffset from, string baseUrl, CancellationToken ct)
    {
        var convened = db.Memberships.Where(m => m.PersonId == personId && m.RetiredAt == null && m.Role == MemberRole.Convener).Select(m => m.GroupId);
        var fromDate = SwedishTime.DateOf(from);
        var documents = await db.GoverningDocuments.AsNoTracking()
            .Where(d => d.NextRevisionDue != null && d.NextRevisionDue >= fromDate
                && (convened.Contains(d.OwnerGroupId ?? d.ApprovingGroupId) || d.PreparedByPersonId == personId))
            .Select(d => new { d.Id, d.Title, Due = d.NextRevisionDue!.Value }).ToListAsync(ct);
        return new CalendarEntries([], [.. documents.Select(d => new CalendarDay(
            $"document-revision-{d.Id.ToString(CultureInfo.InvariantCulture)}@samsyn", d.Due, $"Revidering: {d.Title}",
            $"\"{d.Title}\" ska revideras senast denna dag.", $"{baseUrl}{DocumentViews.Link(d.Id)}"))]);
    }
}
