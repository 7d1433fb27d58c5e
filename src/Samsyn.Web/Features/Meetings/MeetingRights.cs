using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// Who may do what with meetings. Everyone signed in may read them. The group's convener (and
/// an administrator) plans, edits the agenda, records attendance and writes the minutes; members
/// and their substitutes propose agenda items; a member reports only their own absence.
/// </summary>
public sealed class MeetingRights(CurrentUser user, AppDbContext db, StructureRights structure)
{
    public int? PersonId => user.PersonId;

    public string UserName => user.UserName;

    public Task<bool> CanManageAsync(int groupId, CancellationToken ct) => structure.CanManageGroupAsync(groupId, ct);

    /// <summary>Members, named substitutes and the convener may propose items.</summary>
    public async Task<bool> CanProposeAsync(int groupId, CancellationToken ct)
    {
        if (await CanManageAsync(groupId, ct)) return true;
        if (user.PersonId is not int personId) return false;
        return await db.Memberships.AnyAsync(m => m.GroupId == groupId && m.RetiredAt == null
            && (m.PersonId == personId || m.Substitutes.Any(s => s.PersonId == personId)), ct);
    }
}
