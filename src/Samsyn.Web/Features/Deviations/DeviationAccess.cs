using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// Who sees a deviation's text: the parties involved – people acting for the reporting or a concerned organisation –
/// the convener of a group where those organisations hold seats, and administrators. Everyone else sees only
/// aggregate statistics; to them a deviation does not exist (404), so not even its existence leaks.
/// </summary>
public sealed record DeviationViewer(bool All, int? PersonId, IReadOnlySet<int> Own, IReadOnlySet<int> Convened)
{
    public bool Sees(int reportingId, IEnumerable<int> concernedIds)
    {
        var concerned = concernedIds.ToList();
        return All || Own.Contains(reportingId) || concerned.Any(Own.Contains)
            || (Convened.Contains(reportingId) && concerned.Any(Convened.Contains));
    }

    /// <summary>A handler acts for a concerned organisation: acknowledges and answers.</summary>
    public bool Handles(IEnumerable<int> concernedIds) => All || concernedIds.Any(Own.Contains);

    /// <summary>The reporting side (and the group's convener) closes an answered deviation or reopens it.</summary>
    public bool Follows(int reportingId, IEnumerable<int> concernedIds) =>
        All || Own.Contains(reportingId) || (Convened.Contains(reportingId) && concernedIds.Any(Convened.Contains));
}

public sealed class DeviationAccess(CurrentUser user, StructureRights rights, AppDbContext db)
{
    public bool IsAdministrator => rights.IsAdministrator;

    public bool MayManageProcesses => rights.CanManageRegisters;

    /// <summary>Administrators and conveners import counts from other systems.</summary>
    public bool MayImport => rights.CanCreatePeople;

    public int? PersonId => user.PersonId;

    public async Task<DeviationViewer> ViewerAsync(CancellationToken ct)
    {
        if (rights.IsAdministrator) return new DeviationViewer(true, user.PersonId, new HashSet<int>(), new HashSet<int>());
        if (user.PersonId is not int personId) return new DeviationViewer(false, null, new HashSet<int>(), new HashSet<int>());
        var own = await rights.OwnOrganisationIdsAsync(ct);
        var convenedGroups = db.Memberships.Where(m => m.PersonId == personId && m.Role == MemberRole.Convener && m.RetiredAt == null).Select(m => m.GroupId);
        var convened = await db.Memberships.Where(m => convenedGroups.Contains(m.GroupId) && m.RetiredAt == null && m.OrganisationId != null)
            .Select(m => m.OrganisationId!.Value).Distinct().ToListAsync(ct);
        return new DeviationViewer(false, personId, own, convened.ToHashSet());
    }

    /// <summary>The deviations <paramref name="viewer"/> may read, as a query.</summary>
    public static IQueryable<DeviationReport> Visible(IQueryable<DeviationReport> reports, DeviationViewer viewer)
    {
        if (viewer.All) return reports;
        var own = viewer.Own.ToList();
        var convened = viewer.Convened.ToList();
        return reports.Where(d => own.Contains(d.ReportingOrganisationId) || d.Concerned.Any(c => own.Contains(c.OrganisationId))
            || (convened.Contains(d.ReportingOrganisationId) && d.Concerned.Any(c => convened.Contains(c.OrganisationId))));
    }

    /// <summary>The organisations the user may report for (all active ones for an administrator).</summary>
    public async Task<List<(int Id, string Name)>> ReportableOrganisationsAsync(CancellationToken ct)
    {
        var own = rights.IsAdministrator ? null : (await rights.OwnOrganisationIdsAsync(ct)).ToList();
        var list = await db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null && (own == null || own.Contains(o.Id)))
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return [.. list.OrderBy(o => o.Name, StringComparer.Create(Infrastructure.SwedishTime.Culture, true)).Select(o => (o.Id, o.Name))];
    }

    public Task<bool> MayReportForAsync(int organisationId, CancellationToken ct) => rights.CanActForOrganisationAsync(organisationId, ct);

    /// <summary>The name of the signed-in person, for the history.</summary>
    public async Task<string> NameAsync(CancellationToken ct) =>
        user.PersonId is int id ? await db.People.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? user.UserName : user.UserName;
}
