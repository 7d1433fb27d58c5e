using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Strategy;

/// <summary>
/// Who may do what with strategy. Everyone signed in reads. The steering group's convener (and an
/// administrator) drafts, proposes, records the adoption of and revises the plan; a group's convener,
/// members and their substitutes edit the group's own activity plan and record its follow-ups.
/// </summary>
public sealed class StrategyRights(CurrentUser user, AppDbContext db, StructureRights structure)
{
    public string UserName => user.UserName;

    public int? PersonId => user.PersonId;

    public Task<bool> CanManagePlanAsync(int steeringGroupId, CancellationToken ct) => structure.CanManageGroupAsync(steeringGroupId, ct);

    public async Task<bool> CanEditActivityPlanAsync(int groupId, CancellationToken ct)
    {
        if (await structure.CanManageGroupAsync(groupId, ct)) return true;
        if (user.PersonId is not int personId) return false;
        return await db.Memberships.AnyAsync(m => m.GroupId == groupId && m.RetiredAt == null
            && (m.PersonId == personId || m.Substitutes.Any(s => s.PersonId == personId)), ct);
    }
}
