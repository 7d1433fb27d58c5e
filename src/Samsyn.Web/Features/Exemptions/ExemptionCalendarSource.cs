using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>The last day of each current exemption in the calendar of the conveners of the group that decided it.</summary>
public sealed class ExemptionCalendarSource : ICalendarSource
{
    public async Task<CalendarEntries> EntriesAsync(AppDbContext db, int personId, DateTimeOffset from, string baseUrl, CancellationToken ct)
    {
        var convened = db.Memberships.Where(m => m.PersonId == personId && m.RetiredAt == null && m.Role == MemberRole.Convener).Select(m => m.GroupId);
        var fromDate = SwedishTime.DateOf(from);
        var exemptions = (await db.Exemptions.AsNoTracking()
                .Where(e => e.ReturnConfirmedAt == null && e.ValidTo >= fromDate && convened.Contains(e.Decision.GroupId))
                .Select(e => new { e.Id, e.Document.Title, e.ValidTo, e.RevokedFrom }).ToListAsync(ct))
            .Select(e => new { e.Id, e.Title, LastDay = ExemptionRules.LastDay(e.ValidTo, e.RevokedFrom) })
            .Where(e => e.LastDay >= fromDate);
        return new CalendarEntries([], [.. exemptions.Select(e => new CalendarDay(
            $"exemption-ends-{e.Id.ToString(CultureInfo.InvariantCulture)}@samsyn", e.LastDay, $"Avsteg upphör: {e.Title}",
            $"Sista dagen för det temporära avsteget från \"{e.Title}\".", $"{baseUrl}{ExemptionQueries.Link(e.Id)}"))]);
    }
}
