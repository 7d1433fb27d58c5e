using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Documents;

/// <summary>The groups a document names, for the rights checks.</summary>
public sealed record DocumentGroups(bool IsInternal, int ApprovingGroupId, int? OwnerGroupId, int? PreparedByGroupId)
{
    public IEnumerable<int> All => new[] { (int?)ApprovingGroupId, OwnerGroupId, PreparedByGroupId }.OfType<int>();
}

/// <summary>
/// Who may do what with governing documents, decisions and exemptions. Everyone signed in reads documents that are
/// not internal; an internal one only the members, substitutes and conveners of its groups (approving, owning,
/// preparing) and an administrator. The conveners of those groups write drafts and keep the header; only the
/// approving group's convener approves. A group's convener registers its decisions and exemptions.
/// </summary>
public sealed class DocumentRights(CurrentUser user, AppDbContext db, StructureRights structure)
{
    public int? PersonId => user.PersonId;

    public string UserName => user.UserName;

    public bool IsAdministrator => structure.IsAdministrator;

    /// <summary>The groups where the signed-in person has a seat or is a named substitute.</summary>
    public async Task<IReadOnlySet<int>> OwnGroupIdsAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return new HashSet<int>();
        return (await db.Memberships.AsNoTracking()
            .Where(m => m.RetiredAt == null && (m.PersonId == personId || m.Substitutes.Any(s => s.PersonId == personId)))
            .Select(m => m.GroupId).Distinct().ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The documents the signed-in person may read.</summary>
    public async Task<IQueryable<GoverningDocument>> ReadableAsync(CancellationToken ct)
    {
        var documents = db.GoverningDocuments.AsNoTracking();
        if (IsAdministrator) return documents;
        var groups = (await OwnGroupIdsAsync(ct)).ToList();
        return documents.Where(d => !d.IsInternal || groups.Contains(d.ApprovingGroupId)
            || (d.OwnerGroupId != null && groups.Contains(d.OwnerGroupId.Value))
            || (d.PreparedByGroupId != null && groups.Contains(d.PreparedByGroupId.Value)));
    }

    public async Task<bool> MayReadAsync(DocumentGroups document, CancellationToken ct) =>
        !document.IsInternal || IsAdministrator || (await OwnGroupIdsAsync(ct)).Overlaps(document.All);

    /// <summary>Writes drafts, uploads files and keeps the header: a convener of one of the document's groups.</summary>
    public async Task<bool> MayEditAsync(DocumentGroups document, CancellationToken ct)
    {
        foreach (var group in document.All)
            if (await structure.CanManageGroupAsync(group, ct)) return true;
        return false;
    }

    public Task<bool> MayApproveAsync(DocumentGroups document, CancellationToken ct) =>
        structure.CanManageGroupAsync(document.ApprovingGroupId, ct);

    /// <summary>Registers a group's decisions and exemptions: its convener (or an administrator).</summary>
    public Task<bool> MayDecideForAsync(int groupId, CancellationToken ct) => structure.CanManageGroupAsync(groupId, ct);

    /// <summary>Whether the person convenes any group at all (offers "Nytt styrdokument" and the like).</summary>
    public async Task<bool> ConvenesAnyGroupAsync(CancellationToken ct) =>
        IsAdministrator || (user.PersonId is int personId
            && await db.Memberships.AnyAsync(m => m.PersonId == personId && m.RetiredAt == null && m.Role == MemberRole.Convener, ct));

    /// <summary>The groups the person convenes (all active groups for an administrator).</summary>
    public async Task<IReadOnlySet<int>> ConvenedGroupIdsAsync(CancellationToken ct)
    {
        if (IsAdministrator) return (await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null).Select(g => g.Id).ToListAsync(ct)).ToHashSet();
        if (user.PersonId is not int personId) return new HashSet<int>();
        return (await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId && m.RetiredAt == null && m.Role == MemberRole.Convener)
            .Select(m => m.GroupId).Distinct().ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The name that goes into "recorded by": the person's name, else the login.</summary>
    public async Task<string> DisplayNameAsync(CancellationToken ct) =>
        user.PersonId is int id ? await db.People.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? user.UserName : user.UserName;

    public static DocumentGroups GroupsOf(GoverningDocument d) => new(d.IsInternal, d.ApprovingGroupId, d.OwnerGroupId, d.PreparedByGroupId);
}
