using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>
/// Who may do what with bulletins. Administrators and conveners (the Convener role) send to any area, group
/// or organisations; the convener of a group sends to that group. A bulletin is read by the people acting for
/// its recipient organisations, its sender, the conveners and administrators. The sender, the group's convener,
/// conveners and administrators follow up who has acknowledged; people acting for a recipient organisation
/// acknowledge for it. Only the sender (or an administrator) corrects a bulletin.
/// </summary>
public sealed class BulletinRights(CurrentUser user, AppDbContext db, StructureRights structure)
{
    public int? PersonId => user.PersonId;

    public string UserName => user.UserName;

    public bool IsAdministrator => user.IsInRole(Roles.Administrator);

    /// <summary>Administrators and the Convener role send to anyone and read every bulletin.</summary>
    public bool SendsToAnyone => IsAdministrator || user.IsInRole(Roles.Convener);

    /// <summary>The groups the person convenes (may send to, and follows up bulletins sent to).</summary>
    public async Task<IReadOnlySet<int>> ConvenedGroupIdsAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return new HashSet<int>();
        return (await db.Memberships.Where(m => m.PersonId == personId && m.Role == MemberRole.Convener && m.RetiredAt == null)
            .Select(m => m.GroupId).ToListAsync(ct)).ToHashSet();
    }

    public async Task<bool> MaySendAnythingAsync(CancellationToken ct) => SendsToAnyone || (await ConvenedGroupIdsAsync(ct)).Count > 0;

    public async Task<bool> MaySendToAsync(RecipientChoice choice, CancellationToken ct) =>
        SendsToAnyone || (choice.Kind == RecipientKind.Group && (await ConvenedGroupIdsAsync(ct)).Contains(choice.GroupId!.Value));

    public Task<IReadOnlySet<int>> OwnOrganisationIdsAsync(CancellationToken ct) => structure.OwnOrganisationIdsAsync(ct);

    public Task<bool> CanActForAsync(int organisationId, CancellationToken ct) => structure.CanActForOrganisationAsync(organisationId, ct);

    /// <summary>The bulletins the person may read, as a query to filter further.</summary>
    public async Task<IQueryable<Bulletin>> ReadableAsync(CancellationToken ct)
    {
        if (SendsToAnyone) return db.Bulletins;
        var me = user.PersonId;
        var organisations = (await OwnOrganisationIdsAsync(ct)).ToList();
        var groups = (await ConvenedGroupIdsAsync(ct)).ToList();
        return db.Bulletins.Where(b => (me != null && b.SenderPersonId == me)
            || (b.GroupId != null && groups.Contains(b.GroupId.Value))
            || b.Recipients.Any(r => organisations.Contains(r.OrganisationId)));
    }

    public async Task<bool> MayReadAsync(int bulletinId, CancellationToken ct) =>
        await (await ReadableAsync(ct)).AnyAsync(b => b.Id == bulletinId, ct);

    /// <summary>Sees every recipient's acknowledgement and may remind those who have not.</summary>
    public async Task<bool> FollowsUpAsync(int? senderPersonId, int? groupId, CancellationToken ct) =>
        SendsToAnyone || IsSender(senderPersonId) || (groupId is int g && (await ConvenedGroupIdsAsync(ct)).Contains(g));

    /// <summary>Corrects the text, links, validity and attachments.</summary>
    public bool MayCorrect(int? senderPersonId) => IsAdministrator || IsSender(senderPersonId);

    private bool IsSender(int? senderPersonId) => senderPersonId is not null && senderPersonId == user.PersonId;
}
