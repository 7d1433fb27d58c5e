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

    /// <summary>
    /// The organisations the signed-in person acts for: the one they work for, the ones whose seat
    /// they hold in a group, and the ones they are a named substitute for. An administrator acts for all.
    /// </summary>
    public async Task<IReadOnlySet<int>> OwnOrganisationIdsAsync(CancellationToken ct = default) =>
        user.PersonId is int personId ? await OrganisationIdsOfAsync(db, personId, ct) : new HashSet<int>();

    /// <summary>The organisations a person acts for (see <see cref="OwnOrganisationIdsAsync"/>), for work done on their behalf (reminders, calendar feeds).</summary>
    public static async Task<IReadOnlySet<int>> OrganisationIdsOfAsync(AppDbContext db, int personId, CancellationToken ct)
    {
        var employer = db.People.Where(p => p.Id == personId && p.OrganisationId != null).Select(p => p.OrganisationId!.Value);
        var seats = db.Memberships.Where(m => m.RetiredAt == null && m.OrganisationId != null
                && (m.PersonId == personId || m.Substitutes.Any(s => s.PersonId == personId)))
            .Select(m => m.OrganisationId!.Value);
        return (await employer.Concat(seats).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The people who act for any of the organisations, by the same rule: employees, seat holders and their substitutes.</summary>
    public static async Task<IReadOnlyList<int>> PeopleActingForAsync(AppDbContext db, IReadOnlyCollection<int> organisationIds, CancellationToken ct)
    {
        var employees = db.People.Where(p => p.RetiredAt == null && p.OrganisationId != null && organisationIds.Contains(p.OrganisationId.Value)).Select(p => p.Id);
        var seats = db.Memberships.Where(m => m.RetiredAt == null && m.OrganisationId != null && organisationIds.Contains(m.OrganisationId.Value));
        var holders = seats.Select(m => m.PersonId);
        var substitutes = seats.SelectMany(m => m.Substitutes.Select(s => s.PersonId));
        return (await employees.Concat(holders).Concat(substitutes).ToListAsync(ct)).Distinct().ToList();
    }

    /// <summary>Whether the signed-in person may act for (report for, acknowledge on behalf of) the organisation.</summary>
    public async Task<bool> CanActForOrganisationAsync(int organisationId, CancellationToken ct = default) =>
        IsAdministrator || (await OwnOrganisationIdsAsync(ct)).Contains(organisationId);

    public async Task<bool> CanManageGroupAsync(int groupId, CancellationToken ct = default)
    {
        if (IsAdministrator) return true;
        if (user.PersonId is not int personId) return false;
        return await db.Memberships.AnyAsync(
            m => m.GroupId == groupId && m.PersonId == personId && m.Role == MemberRole.Convener && m.RetiredAt == null, ct);
    }
}
