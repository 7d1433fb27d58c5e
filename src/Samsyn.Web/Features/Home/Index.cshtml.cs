using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Home;

public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public sealed record MyGroup(int GroupId, string GroupName, string AreaName, MemberRole Role, bool AsSubstitute);

    public List<MyGroup> MyGroups { get; private set; } = [];

    /// <summary>The next meeting of the user's groups (not cancelled, not yet ended).</summary>
    public MeetingSummary? NextMeeting { get; private set; }
    public bool NextDeadlinePassed { get; private set; }
    public int AreaCount { get; private set; }
    public int OrganisationCount { get; private set; }
    public int GroupCount { get; private set; }
    public int PersonCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.PersonId is int personId)
        {
            var active = db.Memberships.AsNoTracking().Where(m => m.RetiredAt == null && m.Group.RetiredAt == null);
            var own = await active.Where(m => m.PersonId == personId)
                .Select(m => new MyGroup(m.GroupId, m.Group.Name, m.Group.Area.Name, m.Role, false)).ToListAsync(ct);
            var standIn = await active.Where(m => m.Substitutes.Any(s => s.PersonId == personId))
                .Select(m => new MyGroup(m.GroupId, m.Group.Name, m.Group.Area.Name, m.Role, true)).ToListAsync(ct);
            MyGroups = [.. own.Concat(standIn).OrderBy(g => g.GroupName)];
            var groupIds = MyGroups.Select(g => g.GroupId).Distinct().ToList();
            var now = db.Clock.GetUtcNow();
            NextMeeting = (await MeetingViews.SummariesAsync(db, db.Meetings
                .Where(m => groupIds.Contains(m.GroupId) && m.Status != MeetingStatus.Cancelled && m.EndsAt >= now)
                .OrderBy(m => m.StartsAt).Take(1), ct)).FirstOrDefault();
            NextDeadlinePassed = NextMeeting is not null && MeetingText.LocalDate(now) > NextMeeting.AgendaDeadline;
        }
        AreaCount = await db.Areas.CountAsync(a => a.RetiredAt == null, ct);
        OrganisationCount = await db.Organisations.CountAsync(o => o.RetiredAt == null, ct);
        GroupCount = await db.Groups.CountAsync(g => g.RetiredAt == null, ct);
        PersonCount = await db.People.CountAsync(p => p.RetiredAt == null, ct);
    }
}
