using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Structure;

/// <summary>
/// Who may change the collaboration structure. Everyone signed in may read it.
/// Administrators change everything; a group's convener manages that group and its
/// members; conveners may register people; a person may edit their own contact details.
/// </summary>
public sealed class StructureRights(CurrentUser user, AppDbContext db)
{
    public bool IsAdministrator => user.IsInRole(Roles.Administrator);

    public bool CanManageRegisters => IsAdministrator;

    public bool CanCreatePeople => IsAdministrator || user.IsInRole(Roles.Convener);

    public bool CanEditPerson(int personId) => CanCreatePeople || user.PersonId == personId;

    public async Task<bool> CanManageGroupAsync(int groupId, CancellationToken ct = default)
    {
        if (IsAdministrator) return true;
        if (user.PersonId is not int personId) return false;
        return await db.Memberships.AnyAsync(
            m => m.GroupId == groupId && m.PersonId == personId && m.Role == MemberRole.Convener && m.RetiredAt == null, ct);
    }
}
