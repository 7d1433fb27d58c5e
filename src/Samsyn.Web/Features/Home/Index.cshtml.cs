using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Home;

public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public sealed record MyGroup(int GroupId, string GroupName, string AreaName, MemberRole Role, bool AsSubstitute);

    public List<MyGroup> MyGroups { get; private set; } = [];
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
        }
        AreaCount = await db.Areas.CountAsync(a => a.RetiredAt == null, ct);
        OrganisationCount = await db.Organisations.CountAsync(o => o.RetiredAt == null, ct);
        GroupCount = await db.Groups.CountAsync(g => g.RetiredAt == null, ct);
        PersonCount = await db.People.CountAsync(p => p.RetiredAt == null, ct);
    }
}
