using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>My coming meetings, then the recently held ones; all groups on request.</summary>
public sealed class IndexModel(AppDbContext db, MeetingRights rights) : PageModel
{
    private const int RecentCount = 6;
    private const int MaxUpcoming = 40;

    [BindProperty(SupportsGet = true, Name = "alla")] public bool AllGroups { get; set; }
    public bool HasGroups { get; private set; }
    public List<MeetingSummary> Upcoming { get; private set; } = [];
    public List<MeetingSummary> Recent { get; private set; } = [];

    /// <summary>Meetings where the user attends in place of an absent member: meeting id → the member's name.</summary>
    public Dictionary<int, string> StandingIn { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = await MeetingChoices.MyGroupIdsAsync(db, rights.PersonId, ct);
        HasGroups = mine.Count > 0;
        var now = db.Clock.GetUtcNow();
        var meetings = db.Meetings.Where(m => m.Group.RetiredAt == null);
        if (!AllGroups) meetings = meetings.Where(m => mine.Contains(m.GroupId));
        Upcoming = await MeetingViews.SummariesAsync(db, meetings.Where(m => m.EndsAt >= now).OrderBy(m => m.StartsAt).Take(MaxUpcoming), ct);
        Recent = await MeetingViews.SummariesAsync(db,
            meetings.Where(m => m.EndsAt < now).OrderByDescending(m => m.StartsAt).Take(RecentCount), ct);
        if (rights.PersonId is int me)
        {
            var ids = Upcoming.Select(m => m.Id).ToList();
            StandingIn = (await db.Attendances.AsNoTracking()
                    .Where(a => ids.Contains(a.MeetingId) && a.SubstitutePersonId == me && a.AbsenceReportedAt != null)
                    .Select(a => new { a.MeetingId, a.Membership.Person.Name }).ToListAsync(ct))
                .DistinctBy(a => a.MeetingId).ToDictionary(a => a.MeetingId, a => a.Name);
        }
    }
}
