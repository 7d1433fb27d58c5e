using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// Who may do what with cases. Everyone signed in reads them. Anyone who acts for an organisation
/// of the area (and the group's convener) raises a case with a group; the handing group's convener
/// (or an administrator) puts it on the agenda, decides, hands over and closes; the receiving
/// group's convener (or an administrator) accepts, returns, notes and reports back.
/// </summary>
public sealed class CaseRights(CurrentUser user, StructureRights structure, AppDbContext db)
{
    public int? PersonId => user.PersonId;

    public bool IsAdministrator => structure.IsAdministrator;

    /// <summary>The handing group's convener manages its cases; the receiving group's convener its handovers.</summary>
    public Task<bool> CanManageGroupAsync(int groupId, CancellationToken ct) => structure.CanManageGroupAsync(groupId, ct);

    /// <summary>The organisations of the area the signed-in person acts for (employer, seats, substitute seats).</summary>
    public async Task<List<int>> OrganisationsInAreaAsync(int areaId, CancellationToken ct)
    {
        var own = await structure.OwnOrganisationIdsAsync(ct);
        if (own.Count == 0) return [];
        return await db.Organisations.AsNoTracking()
            .Where(o => own.Contains(o.Id) && o.AreaId == areaId && o.RetiredAt == null).Select(o => o.Id).ToListAsync(ct);
    }

    /// <summary>Whether the person may raise a case with the group: acting for an organisation of its area, or managing the group.</summary>
    public async Task<bool> CanRaiseAsync(int groupId, int areaId, CancellationToken ct) =>
        IsAdministrator || await CanManageGroupAsync(groupId, ct) || (await OrganisationsInAreaAsync(areaId, ct)).Count > 0;

    /// <summary>The actor the trail names: the person behind the login, else the login itself.</summary>
    public async Task<Actor> ActorAsync(CancellationToken ct)
    {
        if (user.PersonId is int personId
            && await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct) is { } name)
            return new Actor(personId, name);
        return new Actor(null, user.UserName);
    }
}
